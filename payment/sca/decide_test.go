package sca_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/sca"
)

func eur(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

func rate(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }

// remote is a customer's remote card payment with no history.
func remote(t testing.TB, amount string) sca.Request {
	return sca.Request{Amount: eur(t, amount), Instrument: sca.Card, Initiator: sca.Customer, Channel: sca.Remote}
}

func decide(t testing.TB, r sca.Request, p sca.Policy) sca.Decision {
	t.Helper()
	d, err := sca.Decide(r, p)
	require.NoError(t, err)
	return d
}

type change func(t testing.TB, r *sca.Request)

func since(count int, total string) change {
	return func(t testing.TB, r *sca.Request) {
		r.SinceLastSCA = sca.Counters{Count: count, Total: eur(t, total)}
	}
}

func fraudRate(s string) change {
	return func(_ testing.TB, r *sca.Request) { r.FraudRate = rate(s) }
}

func instrument(i sca.Instrument) change {
	return func(_ testing.TB, r *sca.Request) { r.Instrument = i }
}

// The examples of law-and-tax.md section 6, then the boundaries.
func TestDecide(t *testing.T) {
	tests := []struct {
		name    string
		amount  string
		changes []change
		want    sca.Exemption
	}{
		// Examples.
		{"EUR 24 with 2 previous payments totalling 61", "24.00", []change{since(2, "61.00")}, sca.LowValue},
		{"EUR 30.00 eligible", "30.00", nil, sca.LowValue},
		{"EUR 30.01 not", "30.01", nil, sca.None},
		{"fraud rate 0.05 %, EUR 240: TRA", "240.00", []change{fraudRate("0.05")}, sca.TRA},
		{"fraud rate 0.05 %, EUR 300: SCA", "300.00", []change{fraudRate("0.05")}, sca.None},
		{"fraud rate 0.008 %, EUR 480: TRA", "480.00", []change{fraudRate("0.008")}, sca.TRA},

		// Low value: the EUR 100 total counts this payment by default.
		{"total exactly 100 with this one, 6 payments", "30.00", []change{since(6, "70.00")}, sca.LowValue},
		{"total 100.01 with this one, 6 payments", "30.00", []change{since(6, "70.01")}, sca.None},
		{"total over 100 but 5 payments", "30.00", []change{since(5, "500.00")}, sca.LowValue},
		{"total over 100 and 6 payments", "30.00", []change{since(6, "500.00")}, sca.None},
		{"6 payments within 100", "10.00", []change{since(6, "90.00")}, sca.LowValue},
		{"zero amount", "0.00", []change{since(40, "1000.00")}, sca.None},
		{"zero amount, fresh counters", "0.00", nil, sca.LowValue},

		// TRA, cards: every bound is inclusive.
		{"card 0.01 %, EUR 500.00", "500.00", []change{fraudRate("0.01")}, sca.TRA},
		{"card 0.01 %, EUR 500.01", "500.01", []change{fraudRate("0.01")}, sca.None},
		{"card 0 %, EUR 500.00", "500.00", []change{fraudRate("0")}, sca.TRA},
		{"card 0.0101 %, EUR 250.00", "250.00", []change{fraudRate("0.0101")}, sca.TRA},
		{"card 0.0101 %, EUR 250.01", "250.01", []change{fraudRate("0.0101")}, sca.None},
		{"card 0.06 %, EUR 250.00", "250.00", []change{fraudRate("0.06")}, sca.TRA},
		{"card 0.06 %, EUR 250.01", "250.01", []change{fraudRate("0.06")}, sca.None},
		{"card 0.0601 %, EUR 100.00", "100.00", []change{fraudRate("0.0601")}, sca.TRA},
		{"card 0.0601 %, EUR 100.01", "100.01", []change{fraudRate("0.0601")}, sca.None},
		{"card 0.13 %, EUR 100.00", "100.00", []change{fraudRate("0.13")}, sca.TRA},
		{"card 0.13 %, EUR 100.01", "100.01", []change{fraudRate("0.13")}, sca.None},
		{"card 0.1301 %, EUR 30.01", "30.01", []change{fraudRate("0.1301")}, sca.None},
		{"card 100 %, EUR 30.01", "30.01", []change{fraudRate("100")}, sca.None},

		// TRA, credit transfers.
		{"transfer 0.005 %, EUR 500.00", "500.00", []change{instrument(sca.CreditTransfer), fraudRate("0.005")}, sca.TRA},
		{"transfer 0.0051 %, EUR 500.00", "500.00", []change{instrument(sca.CreditTransfer), fraudRate("0.0051")}, sca.None},
		{"transfer 0.01 %, EUR 250.00", "250.00", []change{instrument(sca.CreditTransfer), fraudRate("0.01")}, sca.TRA},
		{"transfer 0.01 %, EUR 250.01 (a card would pass)", "250.01", []change{instrument(sca.CreditTransfer), fraudRate("0.01")}, sca.None},
		{"transfer 0.015 %, EUR 100.00", "100.00", []change{instrument(sca.CreditTransfer), fraudRate("0.015")}, sca.TRA},
		{"transfer 0.015 %, EUR 100.01", "100.01", []change{instrument(sca.CreditTransfer), fraudRate("0.015")}, sca.None},
		{"transfer 0.0151 %, EUR 50.00", "50.00", []change{instrument(sca.CreditTransfer), fraudRate("0.0151")}, sca.None},
		{"transfer low value", "20.00", []change{instrument(sca.CreditTransfer)}, sca.LowValue},

		// TRA needs a known rate and nothing flagged.
		{"no fraud rate", "240.00", nil, sca.None},
		{"risk flagged", "240.00", []change{fraudRate("0.05"), func(_ testing.TB, r *sca.Request) { r.RiskFlagged = true }}, sca.None},
		{"risk flagged does not bar low value", "20.00", []change{func(_ testing.TB, r *sca.Request) { r.RiskFlagged = true }}, sca.LowValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := remote(t, tt.amount)
			for _, c := range tt.changes {
				c(t, &r)
			}
			d := decide(t, r, sca.DefaultPolicy())
			assert.Equal(t, tt.want, d.Exemption, d.Reason)
			assert.Equal(t, tt.want == sca.None, d.SCARequired)
			if d.SCARequired {
				assert.Equal(t, sca.IssuerLiable, d.LiabilityShift)
				assert.Empty(t, d.Applicable)
			} else {
				assert.Equal(t, sca.MerchantLiable, d.LiabilityShift)
				assert.Equal(t, tt.want, d.Applicable[0])
			}
		})
	}
}

func TestLowValuePolicy(t *testing.T) {
	r := remote(t, "30.00")
	r.SinceLastSCA = sca.Counters{Count: 6, Total: eur(t, "100.00")}
	literal := decide(t, r, sca.Policy{})
	assert.Equal(t, sca.LowValue, literal.Exemption, "the regulation counts the previous payments only")
	assert.Equal(t, "30.00 EUR is at most 30.00 EUR and since the last SCA there were 6 payments totalling 100.00 EUR (at most 100.00 EUR or at most 5 payments)", literal.Reason)

	conservative := decide(t, r, sca.DefaultPolicy())
	assert.True(t, conservative.SCARequired, "this payment makes 130.00")
	assert.Equal(t, "SCA required: since the last SCA there were 6 payments totalling 130.00 EUR with this one (more than 100.00 EUR and more than 5 payments); no transaction risk analysis: the PSP's fraud rate is not known", conservative.Reason)
	assert.True(t, sca.DefaultPolicy().CountCurrentInLowValueTotal)
}

func TestOutOfScope(t *testing.T) {
	tests := []struct {
		name           string
		change         func(r *sca.Request)
		want           sca.Exemption
		wantApplicable []sca.Exemption
		article        string
	}{
		{"telephone order", func(r *sca.Request) { r.Channel = sca.MOTO }, sca.OutOfScope,
			[]sca.Exemption{sca.OutOfScope}, "Directive (EU) 2015/2366 (PSD2), recital 95"},
		{"direct debit", func(r *sca.Request) { r.Instrument = sca.DirectDebit }, sca.OutOfScope,
			[]sca.Exemption{sca.OutOfScope}, "Directive (EU) 2015/2366 (PSD2), art. 97(1)(b)"},
		{"merchant-initiated", func(r *sca.Request) { r.Initiator = sca.Merchant }, sca.MerchantInitiated,
			[]sca.Exemption{sca.MerchantInitiated}, "Directive (EU) 2015/2366 (PSD2), art. 97(1)(b)"},
		{"merchant-initiated telephone order", func(r *sca.Request) { r.Initiator, r.Channel = sca.Merchant, sca.MOTO }, sca.OutOfScope,
			[]sca.Exemption{sca.OutOfScope, sca.MerchantInitiated}, "Directive (EU) 2015/2366 (PSD2), recital 95"},
		{"small merchant-initiated payment: no exemption to request", func(r *sca.Request) {
			r.Initiator, r.Amount, r.FraudRate = sca.Merchant, eur(t, "20.00"), rate("0.01")
		}, sca.MerchantInitiated, []sca.Exemption{sca.MerchantInitiated}, "Directive (EU) 2015/2366 (PSD2), art. 97(1)(b)"},
		{"merchant-initiated first payment of a series", func(r *sca.Request) {
			r.Initiator, r.Series = sca.Merchant, &sca.Series{First: true}
		}, sca.MerchantInitiated, []sca.Exemption{sca.MerchantInitiated}, "Directive (EU) 2015/2366 (PSD2), art. 97(1)(b)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := remote(t, "2500.00")
			tt.change(&r)
			d := decide(t, r, sca.DefaultPolicy())
			assert.Equal(t, tt.want, d.Exemption)
			assert.False(t, d.SCARequired)
			assert.Equal(t, tt.wantApplicable, d.Applicable)
			assert.Equal(t, tt.article, d.Article)
			assert.Equal(t, sca.MerchantLiable, d.LiabilityShift)
		})
	}
}

func TestRecurring(t *testing.T) {
	subscription := func(amount string, s sca.Series) sca.Request {
		r := remote(t, amount)
		r.Series = &s
		r.FraudRate = rate("0.01")
		return r
	}
	first := decide(t, subscription("9.99", sca.Series{First: true, SameAmountAsFirst: true}), sca.DefaultPolicy())
	assert.True(t, first.SCARequired, "low value does not exempt the first payment of a series")
	assert.Equal(t, sca.None, first.Exemption)
	assert.Equal(t, "Delegated Regulation (EU) 2018/389, art. 14(1)", first.Article)
	assert.Equal(t, "SCA required: the first payment of a recurring series needs SCA", first.Reason)

	later := decide(t, subscription("9.99", sca.Series{SameAmountAsFirst: true}), sca.DefaultPolicy())
	assert.Equal(t, sca.Recurring, later.Exemption)
	assert.Equal(t, []sca.Exemption{sca.Recurring, sca.LowValue, sca.TRA}, later.Applicable)
	assert.Equal(t, "Delegated Regulation (EU) 2018/389, art. 14(2)", later.Article)

	bigger := decide(t, subscription("450.00", sca.Series{SameAmountAsFirst: true}), sca.DefaultPolicy())
	assert.Equal(t, []sca.Exemption{sca.Recurring, sca.TRA}, bigger.Applicable)

	changed := decide(t, subscription("12.99", sca.Series{}), sca.DefaultPolicy())
	assert.True(t, changed.SCARequired)
	assert.Equal(t, "SCA required: a changed amount amends the recurring series and needs SCA again", changed.Reason)
}

func TestApplicableOrder(t *testing.T) {
	r := remote(t, "20.00")
	r.FraudRate = rate("0.01")
	d := decide(t, r, sca.DefaultPolicy())
	assert.Equal(t, sca.LowValue, d.Exemption)
	assert.Equal(t, []sca.Exemption{sca.LowValue, sca.TRA}, d.Applicable)
	assert.Equal(t, "Delegated Regulation (EU) 2018/389, art. 16", d.Article)
}

func TestReasons(t *testing.T) {
	r := remote(t, "24.00")
	r.SinceLastSCA = sca.Counters{Count: 2, Total: eur(t, "61.00")}
	assert.Equal(t, "24.00 EUR is at most 30.00 EUR and since the last SCA there were 2 payments totalling 85.00 EUR with this one (at most 100.00 EUR or at most 5 payments)",
		decide(t, r, sca.DefaultPolicy()).Reason)

	r = remote(t, "240.00")
	r.FraudRate = rate("0.05")
	d := decide(t, r, sca.DefaultPolicy())
	assert.Equal(t, "240.00 EUR is at most 250.00 EUR for a card fraud rate of 0.05 % (at most 0.06 %), and the risk analysis flagged nothing", d.Reason)
	assert.Equal(t, "Delegated Regulation (EU) 2018/389, art. 18", d.Article)

	r.Amount = eur(t, "300.00")
	d = decide(t, r, sca.DefaultPolicy())
	assert.Equal(t, "SCA required: 300.00 EUR is above the low-value limit of 30.00 EUR; no transaction risk analysis: 300.00 EUR is above the limit of 250.00 EUR for a card fraud rate of 0.05 % (at most 0.06 %)", d.Reason)
	assert.Equal(t, "Directive (EU) 2015/2366 (PSD2), art. 97(1)(b)", d.Article)

	r.FraudRate = rate("0.2")
	assert.Contains(t, decide(t, r, sca.DefaultPolicy()).Reason, "a card fraud rate of 0.2 % is above 0.13 %, the highest band")
	r.FraudRate, r.RiskFlagged = rate("0.01"), true
	assert.Contains(t, decide(t, r, sca.DefaultPolicy()).Reason, "the real-time risk analysis flagged the payment")
}

func TestDecideErrors(t *testing.T) {
	usd, err := money.Parse("10.00", "USD")
	require.NoError(t, err)
	tests := []struct {
		name   string
		change func(r *sca.Request)
		field  string
		notEUR bool
	}{
		{"negative amount", func(r *sca.Request) { r.Amount = eur(t, "-0.01") }, "Amount", false},
		{"missing amount", func(r *sca.Request) { r.Amount = money.Money{} }, "Amount", false},
		{"amount in dollars", func(r *sca.Request) { r.Amount = usd }, "Amount", true},
		{"total in dollars", func(r *sca.Request) { r.SinceLastSCA = sca.Counters{Count: 1, Total: usd} }, "SinceLastSCA.Total", true},
		{"negative total", func(r *sca.Request) { r.SinceLastSCA = sca.Counters{Count: 1, Total: eur(t, "-5.00")} }, "SinceLastSCA.Total", false},
		{"negative count", func(r *sca.Request) { r.SinceLastSCA.Count = -1 }, "SinceLastSCA.Count", false},
		{"a total without payments", func(r *sca.Request) { r.SinceLastSCA.Total = eur(t, "10.00") }, "SinceLastSCA.Total", false},
		{"negative fraud rate", func(r *sca.Request) { r.FraudRate = rate("-0.01") }, "FraudRate", false},
		{"fraud rate over 100 %", func(r *sca.Request) { r.FraudRate = rate("100.01") }, "FraudRate", false},
		{"no instrument", func(r *sca.Request) { r.Instrument = "" }, "Instrument", false},
		{"unknown instrument", func(r *sca.Request) { r.Instrument = "paypal" }, "Instrument", false},
		{"no initiator", func(r *sca.Request) { r.Initiator = "" }, "Initiator", false},
		{"unknown initiator", func(r *sca.Request) { r.Initiator = "Customer" }, "Initiator", false},
		{"no channel", func(r *sca.Request) { r.Channel = "" }, "Channel", false},
		{"unknown channel", func(r *sca.Request) { r.Channel = "pos" }, "Channel", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := remote(t, "20.00")
			tt.change(&r)
			d, err := sca.Decide(r, sca.DefaultPolicy())
			assert.Equal(t, sca.Decision{}, d)
			assert.ErrorIs(t, err, sca.ErrInvalidRequest)
			assert.Equal(t, tt.notEUR, isNotEUR(err))
			if tt.notEUR {
				var ce *sca.CurrencyError
				require.ErrorAs(t, err, &ce)
				assert.Equal(t, tt.field, ce.Field)
				assert.Equal(t, "USD", ce.Currency)
				return
			}
			var re *sca.RequestError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tt.field, re.Field)
		})
	}
	_, err = sca.Decide(sca.Request{}, sca.DefaultPolicy())
	assert.ErrorIs(t, err, sca.ErrInvalidRequest, "the zero Request")
}

func isNotEUR(err error) bool {
	var ce *sca.CurrencyError
	return errors.As(err, &ce) && errors.Is(err, sca.ErrNotEUR)
}

func TestDecideIsPure(t *testing.T) {
	r := remote(t, "9.99")
	r.Series = &sca.Series{SameAmountAsFirst: true}
	r.FraudRate = rate("0.01")
	a := decide(t, r, sca.DefaultPolicy())
	b := decide(t, r, sca.DefaultPolicy())
	assert.Equal(t, a, b)
	a.Applicable[0] = sca.None
	assert.Equal(t, sca.Recurring, decide(t, r, sca.DefaultPolicy()).Applicable[0])
	assert.Equal(t, sca.Series{SameAmountAsFirst: true}, *r.Series)
}

func TestEnums(t *testing.T) {
	assert.True(t, sca.Card.Valid())
	assert.True(t, sca.DirectDebit.Valid())
	assert.False(t, sca.Instrument("Card").Valid())
	assert.True(t, sca.Merchant.Valid())
	assert.False(t, sca.Initiator("payee").Valid())
	assert.True(t, sca.MOTO.Valid())
	assert.False(t, sca.Channel("").Valid())
}
