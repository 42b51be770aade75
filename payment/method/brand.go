package method

// Brand is a network or scheme whose logo a method shows and whose rules
// and fees apply (payments.md's third concept): "visa", "bancontact".
// Brands come and go, so the set is open: any well-formed name (see
// ValidName) is a brand; the constants are the ones the default
// catalogue uses. Its JSON and text form is the name.
type Brand string

// Brands used by the default catalogue.
const (
	Visa            Brand = "visa"
	Mastercard      Brand = "mastercard"
	Maestro         Brand = "maestro"
	Amex            Brand = "amex"
	CartesBancaires Brand = "cartes_bancaires"
	Bancontact      Brand = "bancontact"
	IDEAL           Brand = "ideal"
	PayPal          Brand = "paypal"
	Klarna          Brand = "klarna"
)

// ParseBrand returns s as a Brand when it is a well-formed name (exact:
// "Visa" is refused, not lower-cased); anything else is an
// *UnknownValueError matching ErrInvalidName.
func ParseBrand(s string) (Brand, error) {
	if !ValidName(s) {
		return "", &UnknownValueError{Err: ErrInvalidName, Value: s}
	}
	return Brand(s), nil
}

// Valid reports whether b is a well-formed brand name.
func (b Brand) Valid() bool { return ValidName(string(b)) }

// String returns the brand's name.
func (b Brand) String() string { return string(b) }

// MarshalText encodes the brand's name; a malformed name is an error.
func (b Brand) MarshalText() ([]byte, error) {
	if !b.Valid() {
		return nil, &UnknownValueError{Err: ErrInvalidName, Value: string(b)}
	}
	return []byte(b), nil
}

// UnmarshalText decodes a brand name as ParseBrand does.
func (b *Brand) UnmarshalText(text []byte) error {
	v, err := ParseBrand(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// MaxNameLen is the longest ID, alias or brand name. It matches the
// method IDs package payment/fee accepts.
const MaxNameLen = 64

// ValidName reports whether s is a well-formed ID, alias or brand: 1 to
// MaxNameLen lower-case ASCII letters, digits and underscores
// ("bancontact_mobile"). Names are stored in orders and fee rules, so
// they have one spelling; Catalog.Lookup still accepts any letter case.
func ValidName(s string) bool {
	if s == "" || len(s) > MaxNameLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}
