package sca

import (
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// Instrument is how the payer pays.
type Instrument string

// The instruments.
const (
	Card           Instrument = "card"
	CreditTransfer Instrument = "credit_transfer"
	// DirectDebit is initiated by the payee on a mandate: outside SCA.
	DirectDebit Instrument = "direct_debit"
)

// Valid reports whether i is one of the instruments above.
func (i Instrument) Valid() bool { return i == Card || i == CreditTransfer || i == DirectDebit }

// Initiator is who starts the payment.
type Initiator string

// The initiators.
const (
	// Customer: the payer starts the payment, at checkout.
	Customer Initiator = "customer"
	// Merchant: the payee charges a card it holds on an earlier
	// agreement (a merchant-initiated transaction), without the payer.
	Merchant Initiator = "merchant"
)

// Valid reports whether i is Customer or Merchant.
func (i Initiator) Valid() bool { return i == Customer || i == Merchant }

// Channel is how the payment order reaches the shop.
type Channel string

// The channels.
const (
	// Remote: over the internet or an app (an electronic remote payment).
	Remote Channel = "remote"
	// MOTO: a mail or telephone order, keyed in by the shop.
	MOTO Channel = "moto"
)

// Valid reports whether c is Remote or MOTO.
func (c Channel) Valid() bool { return c == Remote || c == MOTO }

// Request describes a payment about to be authorised.
type Request struct {
	// Amount is the payment's amount in euros; other currencies are an
	// error (ErrNotEUR): convert first.
	Amount     money.Money
	Instrument Instrument
	Initiator  Initiator
	Channel    Channel
	// SinceLastSCA counts the payer's remote payments since the last
	// strong authentication, without this one, as the issuer would.
	SinceLastSCA Counters
	// FraudRate is the PSP's fraud rate for the instrument's remote
	// payments, in percent (0.05 for 0.05 %); not Valid when unknown,
	// and then transaction risk analysis is not requested.
	FraudRate decimal.NullDecimal
	// RiskFlagged is true when the real-time risk analysis flagged the
	// payment (such as a fraud.Decision to review or with request_3ds):
	// transaction risk analysis cannot then be requested.
	RiskFlagged bool
	// Series is set for a payment of a series of recurring payments to
	// the same payee; nil otherwise.
	Series *Series
}

// Counters are the payer's remote payments since the last strong
// customer authentication.
type Counters struct {
	Count int
	Total money.Money // in euros; the zero Money when Count is 0
}

// Series places a payment in a series of recurring payments to the same
// payee.
type Series struct {
	// First is true for the payment that creates the series.
	First bool
	// SameAmountAsFirst is true when the amount is the series' amount;
	// false for a changed amount, which amends the series.
	SameAmountAsFirst bool
}

// Policy holds the choices the regulation leaves to the merchant.
type Policy struct {
	// CountCurrentInLowValueTotal adds the payment being decided to the
	// total of payments since the last SCA before comparing it with EUR
	// 100. The regulation counts only the previous payments; counting
	// this one too is the conservative reading, which DefaultPolicy
	// takes, so the issuer, whatever it counts, does not refuse the
	// exemption. The zero Policy reads the regulation literally.
	CountCurrentInLowValueTotal bool
}

// DefaultPolicy returns the conservative merchant policy:
// CountCurrentInLowValueTotal is true.
func DefaultPolicy() Policy { return Policy{CountCurrentInLowValueTotal: true} }
