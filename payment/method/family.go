package method

// Family is the kind of a method (payments.md's first concept): how the
// money moves, whatever the brand. Its JSON and text form is the
// constant's value ("bank_redirect").
type Family string

// The method families.
const (
	// Card: a debit or credit card, entered or stored (Visa, Mastercard,
	// Bancontact card, Cartes Bancaires).
	Card Family = "card"
	// BankRedirect: the buyer approves a transfer in their bank's app or
	// site (iDEAL, KBC/CBC and Belfius buttons).
	BankRedirect Family = "bank_redirect"
	// BankDebit: the merchant pulls the money under a mandate (SEPA direct
	// debit); it stays "processing" for days.
	BankDebit Family = "bank_debit"
	// Wallet: an app or account that pays for the buyer (PayPal, Apple
	// Pay, Bancontact mobile).
	Wallet Family = "wallet"
	// PayLater: invoice or instalments, credit given by a third party
	// (Klarna).
	PayLater Family = "pay_later"
)

// Families returns every family, in a fixed order.
func Families() []Family { return []Family{Card, BankRedirect, BankDebit, Wallet, PayLater} }

// ParseFamily returns the family named s. Names are exact (lower case);
// anything else is an *UnknownValueError matching ErrUnknownFamily.
func ParseFamily(s string) (Family, error) {
	f := Family(s)
	if !f.Valid() {
		return "", &UnknownValueError{Err: ErrUnknownFamily, Value: s}
	}
	return f, nil
}

// Valid reports whether f is one of the Family constants.
func (f Family) Valid() bool {
	switch f {
	case Card, BankRedirect, BankDebit, Wallet, PayLater:
		return true
	}
	return false
}

// String returns the family's name.
func (f Family) String() string { return string(f) }

// MarshalText encodes the family's name; an unknown family is an error,
// so nothing is written that cannot be read back.
func (f Family) MarshalText() ([]byte, error) {
	if !f.Valid() {
		return nil, &UnknownValueError{Err: ErrUnknownFamily, Value: string(f)}
	}
	return []byte(f), nil
}

// UnmarshalText decodes a family name as ParseFamily does.
func (f *Family) UnmarshalText(b []byte) error {
	v, err := ParseFamily(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}
