package fee_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fee"
)

// The schedules below are ILLUSTRATIVE: built from the typical EU figures
// of payments.md (cards 0.25 EUR + 1.5 % to 1.8 % for EEA consumer cards,
// up to 0.25 EUR + 3.25 % international, iDEAL about 0.29 EUR, a failed
// SEPA debit 0.95 EUR, chargebacks 10 to 20 EUR). They are not the price
// list of any real PSP.

// eur parses an amount in euros.
func eur(tb testing.TB, s string) money.Money {
	tb.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(tb, err)
	return m
}

// eurCurrency is the euro.
func eurCurrency(tb testing.TB) money.Currency {
	tb.Helper()
	c, err := money.ParseCurrency("EUR")
	require.NoError(tb, err)
	return c
}

// pct is a percentage.
func pct(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// illustrativeA is a blended offer priced per method, without monthly
// terms.
func illustrativeA(tb testing.TB) fee.Config {
	tb.Helper()
	return fee.Config{
		Name:     "Illustrative A (per method)",
		Currency: eurCurrency(tb),
		Rounding: money.HalfUp,
		Rules: []fee.Rule{
			{Name: "cards, international", Method: "card", Region: fee.RegionInternational, Event: fee.Success, Fixed: eur(tb, "0.25"), Percent: pct("3.25")},
			{Name: "cards, consumer, EEA", Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer, Event: fee.Success, Fixed: eur(tb, "0.25"), Percent: pct("1.5")},
			{Name: "cards, consumer, domestic", Method: "card", Region: fee.RegionDomestic, Segment: fee.SegmentConsumer, Event: fee.Success, Fixed: eur(tb, "0.25"), Percent: pct("1.5")},
			{Name: "cards, other", Method: "card", Event: fee.Success, Fixed: eur(tb, "0.25"), Percent: pct("1.8")},
			{Name: "Bancontact", Method: "bancontact_card", Event: fee.Success, Fixed: eur(tb, "0.25"), Percent: pct("1.4")},
			{Name: "iDEAL", Method: "ideal", Event: fee.Success, Fixed: eur(tb, "0.29")},
			{Name: "SEPA direct debit", Method: "sepa_direct_debit", Event: fee.Success, Fixed: eur(tb, "0.30")},
			{Name: "failed SEPA direct debit", Method: "sepa_direct_debit", Event: fee.Failure, Fixed: eur(tb, "0.95")},
			{Name: "other failures", Event: fee.Failure},
			{Name: "refunds", Event: fee.Refund, Fixed: eur(tb, "0.25")},
			{Name: "chargebacks", Event: fee.Chargeback, Fixed: eur(tb, "15.00")},
		},
	}
}

// illustrativeB has lower rates and a monthly subscription, and takes
// PayPal.
func illustrativeB(tb testing.TB) fee.Config {
	tb.Helper()
	return fee.Config{
		Name:       "Illustrative B (subscription)",
		Currency:   eurCurrency(tb),
		Rounding:   money.HalfUp,
		MonthlyFee: eur(tb, "25.00"),
		Rules: []fee.Rule{
			{Method: "card", Region: fee.RegionInternational, Event: fee.Success, Fixed: eur(tb, "0.19"), Percent: pct("2.9")},
			{Method: "card", Event: fee.Success, Fixed: eur(tb, "0.19"), Percent: pct("1.2")},
			{Method: "bancontact_card", Event: fee.Success, Fixed: eur(tb, "0.19"), Percent: pct("1.2")},
			{Method: "ideal", Event: fee.Success, Fixed: eur(tb, "0.25")},
			{Method: "sepa_direct_debit", Event: fee.Success, Fixed: eur(tb, "0.25")},
			{Method: "paypal", Event: fee.Success, Fixed: eur(tb, "0.35"), Percent: pct("2.9")},
			{Method: "sepa_direct_debit", Event: fee.Failure, Fixed: eur(tb, "0.95")},
			{Event: fee.Failure},
			{Event: fee.Refund},
			{Event: fee.Chargeback, Fixed: eur(tb, "10.00")},
		},
	}
}

// illustrativeC is one flat rate for every method, with a floor, a cap
// and a monthly minimum; refunds cost a percentage of the refunded amount.
func illustrativeC(tb testing.TB) fee.Config {
	tb.Helper()
	return fee.Config{
		Name:           "Illustrative C (flat, monthly minimum)",
		Currency:       eurCurrency(tb),
		Rounding:       money.HalfUp,
		MonthlyMinimum: eur(tb, "30.00"),
		Rules: []fee.Rule{
			{Event: fee.Success, Fixed: eur(tb, "0.25"), Percent: pct("1.8"), Min: eur(tb, "0.30"), Max: eur(tb, "25.00")},
			{Event: fee.Failure},
			{Event: fee.Refund, Percent: pct("1"), Max: eur(tb, "5.00")},
			{Event: fee.Chargeback, Fixed: eur(tb, "20.00")},
		},
	}
}

// build validates a Config that must be valid.
func build(tb testing.TB, c fee.Config) *fee.Schedule {
	tb.Helper()
	s, err := fee.NewSchedule(c)
	require.NoError(tb, err)
	return s
}

// tx is a transaction.
func tx(method string, r fee.Region, s fee.Segment, e fee.Event, amount money.Money) fee.Transaction {
	return fee.Transaction{Method: method, Region: r, Segment: s, Event: e, Amount: amount}
}

// repeat appends n copies of t to txs.
func repeat(txs []fee.Transaction, n int, t fee.Transaction) []fee.Transaction {
	for range n {
		txs = append(txs, t)
	}
	return txs
}

// month is a small shop's month: cards, Bancontact, iDEAL and SEPA, a
// failed debit, two refunds and a chargeback; 5,700.00 EUR of volume.
func month(tb testing.TB) []fee.Transaction {
	tb.Helper()
	var txs []fee.Transaction
	txs = repeat(txs, 40, tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(tb, "50.00")))
	txs = repeat(txs, 10, tx("card", fee.RegionInternational, fee.SegmentConsumer, fee.Success, eur(tb, "80.00")))
	txs = repeat(txs, 30, tx("bancontact_card", fee.RegionAny, fee.SegmentAny, fee.Success, eur(tb, "40.00")))
	txs = repeat(txs, 20, tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(tb, "60.00")))
	txs = repeat(txs, 5, tx("sepa_direct_debit", fee.RegionAny, fee.SegmentAny, fee.Success, eur(tb, "100.00")))
	txs = append(txs, tx("sepa_direct_debit", fee.RegionAny, fee.SegmentAny, fee.Failure, eur(tb, "100.00")))
	txs = repeat(txs, 2, tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Refund, eur(tb, "50.00")))
	return append(txs, tx("card", fee.RegionInternational, fee.SegmentConsumer, fee.Chargeback, eur(tb, "80.00")))
}
