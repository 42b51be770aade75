package fraud

// Truth is the value of a condition: True, False, or Unknown when an
// attribute it reads is missing (an empty country, no email). A rule
// fires only on True, so a missing attribute never makes a rule fire by
// itself, even under Not: Not(card country in Europe) is Unknown, not
// True, for a payment without a card country. Test for absence with
// Missing.
type Truth uint8

// The three truth values.
const (
	False Truth = iota
	True
	Unknown
)

// Known returns True or False.
func Known(b bool) Truth {
	if b {
		return True
	}
	return False
}

// Not returns the negation; Unknown stays Unknown.
func (t Truth) Not() Truth {
	switch t {
	case True:
		return False
	case False:
		return True
	}
	return Unknown
}

// And is Kleene's conjunction: False if either is False, otherwise
// Unknown if either is Unknown, otherwise True.
func (t Truth) And(u Truth) Truth {
	switch {
	case t == False || u == False:
		return False
	case t == True && u == True:
		return True
	}
	return Unknown
}

// Or is Kleene's disjunction: True if either is True, otherwise Unknown
// if either is Unknown, otherwise False.
func (t Truth) Or(u Truth) Truth {
	switch {
	case t == True || u == True:
		return True
	case t == False && u == False:
		return False
	}
	return Unknown
}

// String returns "true", "false" or "unknown".
func (t Truth) String() string {
	switch t {
	case True:
		return "true"
	case False:
		return "false"
	}
	return "unknown"
}
