package sca_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/sca"
)

// The examples of law-and-tax.md section 6.
func Example() {
	eur := func(s string) money.Money { m, _ := money.Parse(s, "EUR"); return m }
	rate := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	card := func(amount string) sca.Request {
		return sca.Request{Amount: eur(amount), Instrument: sca.Card, Initiator: sca.Customer, Channel: sca.Remote}
	}

	r := card("24.00")
	r.SinceLastSCA = sca.Counters{Count: 2, Total: eur("61.00")}
	show("EUR 24, 2 payments totalling 61", r)
	show("EUR 30.00", card("30.00"))
	show("EUR 30.01", card("30.01"))

	for _, c := range []struct{ rate, amount string }{{"0.05", "240.00"}, {"0.05", "300.00"}, {"0.008", "480.00"}} {
		r := card(c.amount)
		r.FraudRate = rate(c.rate)
		show("fraud rate "+c.rate+" %, EUR "+c.amount, r)
	}
	// Output:
	// EUR 24, 2 payments totalling 61: low_value (SCA required: false, liability: merchant)
	// EUR 30.00: low_value (SCA required: false, liability: merchant)
	// EUR 30.01: none (SCA required: true, liability: issuer)
	// fraud rate 0.05 %, EUR 240.00: transaction_risk_analysis (SCA required: false, liability: merchant)
	// fraud rate 0.05 %, EUR 300.00: none (SCA required: true, liability: issuer)
	// fraud rate 0.008 %, EUR 480.00: transaction_risk_analysis (SCA required: false, liability: merchant)
}

func show(label string, r sca.Request) {
	d, err := sca.Decide(r, sca.DefaultPolicy())
	if err != nil {
		fmt.Println(label+":", err)
		return
	}
	fmt.Printf("%s: %s (SCA required: %v, liability: %s)\n", label, d.Exemption, d.SCARequired, d.LiabilityShift)
}

// A monthly subscription: the first payment needs SCA even though it is
// small; the later ones at the same amount are exempted; a price change
// needs SCA again.
func ExampleDecide_recurring() {
	amount, _ := money.Parse("9.99", "EUR")
	for _, s := range []sca.Series{
		{First: true, SameAmountAsFirst: true},
		{SameAmountAsFirst: true},
		{SameAmountAsFirst: false},
	} {
		r := sca.Request{Amount: amount, Instrument: sca.Card, Initiator: sca.Customer, Channel: sca.Remote, Series: &s}
		d, _ := sca.Decide(r, sca.DefaultPolicy())
		fmt.Printf("%s: %s\n", d.Exemption, d.Reason)
	}
	// Output:
	// none: SCA required: the first payment of a recurring series needs SCA
	// recurring: a later payment of a recurring series of the same amount to the same payee
	// none: SCA required: a changed amount amends the recurring series and needs SCA again
}

// The Reason says why each exemption failed, with the values compared.
func ExampleDecide_reason() {
	amount, _ := money.Parse("300.00", "EUR")
	r := sca.Request{Amount: amount, Instrument: sca.Card, Initiator: sca.Customer, Channel: sca.Remote,
		FraudRate: decimal.NewNullDecimal(decimal.RequireFromString("0.05"))}
	d, _ := sca.Decide(r, sca.DefaultPolicy())
	fmt.Println(d.Reason)
	fmt.Println(d.Article)
	// Output:
	// SCA required: 300.00 EUR is above the low-value limit of 30.00 EUR; no transaction risk analysis: 300.00 EUR is above the limit of 250.00 EUR for a card fraud rate of 0.05 % (at most 0.06 %)
	// Directive (EU) 2015/2366 (PSD2), art. 97(1)(b)
}

// Merchant-initiated payments and telephone orders are outside SCA.
func ExampleDecide_outOfScope() {
	amount, _ := money.Parse("1200.00", "EUR")
	r := sca.Request{Amount: amount, Instrument: sca.Card, Initiator: sca.Merchant, Channel: sca.MOTO}
	d, _ := sca.Decide(r, sca.DefaultPolicy())
	fmt.Println(d.Exemption, d.Applicable, d.Reason)
	// Output:
	// out_of_scope [out_of_scope merchant_initiated] a mail or telephone order is not an electronic remote payment
}

// Thresholds are in euros: another currency is an error, not a guess.
func ExampleDecide_currency() {
	amount, _ := money.Parse("25.00", "GBP")
	_, err := sca.Decide(sca.Request{Amount: amount, Instrument: sca.Card, Initiator: sca.Customer, Channel: sca.Remote}, sca.DefaultPolicy())
	fmt.Println(err)
	fmt.Println(errors.Is(err, sca.ErrNotEUR))
	// Output:
	// sca: request Amount in GBP: thresholds are in EUR, convert the amount first
	// true
}
