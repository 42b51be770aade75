package refund

// Means is the means of payment a payment was made with, and a refund goes
// back by. Its text form is the constant's value ("store_credit").
type Means string

// The means of payment.
const (
	// MeansCard: a debit or credit card (Bancontact, Visa, Mastercard);
	// refunded to the card.
	MeansCard Means = "card"
	// MeansBank: a bank transfer or direct debit (SEPA, iDEAL); refunded by
	// transfer to the account.
	MeansBank Means = "bank"
	// MeansWallet: a wallet (PayPal, Apple Pay, Wero); refunded to it.
	MeansWallet Means = "wallet"
	// MeansVoucher: a gift voucher or gift card; refunded by crediting it
	// back.
	MeansVoucher Means = "voucher"
	// MeansStoreCredit: the customer's credit at the shop; refunded as store
	// credit.
	MeansStoreCredit Means = "store_credit"
	// MeansCash: cash (paid at a collection point); refunded in cash.
	MeansCash Means = "cash"
)

// AllMeans returns every means of payment, in a fixed order.
func AllMeans() []Means {
	return []Means{MeansCard, MeansBank, MeansWallet, MeansVoucher, MeansStoreCredit, MeansCash}
}

// ParseMeans returns the means named s. Names are exact (lower case);
// anything else is an *UnknownMeansError matching ErrUnknownMeans.
func ParseMeans(s string) (Means, error) {
	m := Means(s)
	if !m.Valid() {
		return "", &UnknownMeansError{Value: s}
	}
	return m, nil
}

// Valid reports whether m is one of the Means constants.
func (m Means) Valid() bool {
	switch m {
	case MeansCard, MeansBank, MeansWallet, MeansVoucher, MeansStoreCredit, MeansCash:
		return true
	}
	return false
}

// String returns the means' name.
func (m Means) String() string { return string(m) }

// MarshalText encodes the means' name; an unknown means is an error, so
// nothing is written that cannot be read back.
func (m Means) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, &UnknownMeansError{Value: string(m)}
	}
	return []byte(m), nil
}

// UnmarshalText decodes a means' name; an unknown name is an error and
// leaves m unchanged.
func (m *Means) UnmarshalText(b []byte) error {
	v, err := ParseMeans(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
