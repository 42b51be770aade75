package fee

// MaxMethodLen is the longest method ID a rule or a transaction may carry.
const MaxMethodLen = 64

// validMethod reports whether id is a method ID as package payment/method
// writes them ("card", "bancontact_card", "sepa_direct_debit"): 1 to
// MaxMethodLen lower-case ASCII letters, digits and underscores. Checking
// the syntax catches "Card" or "ideal " that would otherwise never match a
// rule, without this package knowing the list of methods, which is data.
func validMethod(id string) bool {
	if id == "" || len(id) > MaxMethodLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// methodRule is the reason a method ID is refused, for error messages.
const methodRule = "a method ID is 1 to 64 lower-case letters, digits and underscores"
