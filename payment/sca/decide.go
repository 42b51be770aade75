package sca

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Provisions relied on.
const (
	rts       = "Delegated Regulation (EU) 2018/389, "
	psd2      = "Directive (EU) 2015/2366 (PSD2), "
	artPayer  = psd2 + "art. 97(1)(b)"
	artMOTO   = psd2 + "recital 95"
	artSeries = rts + "art. 14(1)"
	artRecur  = rts + "art. 14(2)"
	artLow    = rts + "art. 16"
	artTRA    = rts + "art. 18"
)

// Thresholds of the regulation, in euro cents.
const (
	lowValueMax   = 30_00
	lowValueTotal = 100_00
	lowValueCount = 5
)

// verdict is what one test says of a request.
type verdict int

const (
	doesNotApply verdict = iota
	applies
	// barsLower: SCA is required and no other exemption may be used
	// (the first payment of a series, a changed amount).
	barsLower
)

// finding is a test's verdict with its reason and provision.
type finding struct {
	exemption Exemption
	verdict   verdict
	reason    string // why it applies, or why not
	article   string
}

// Decide chooses the exemption to request for a payment. It is a pure
// function of r and p.
//
// A payment outside SCA needs no exemption: a mail or telephone order or
// a direct debit is OutOfScope, a payment the merchant initiates is
// MerchantInitiated (both are listed in Applicable when both hold), and
// no exemption is tested. Otherwise the exemptions are tested in a fixed
// order of preference, the first that applies is the decision and the
// others that apply follow it in Applicable:
//
//  1. Recurring: a later payment of a series at the series' amount. The
//     first payment of a series, or one that changes its amount, needs
//     SCA (art. 14(1)) and no other exemption is tested;
//  2. LowValue (art. 16);
//  3. TRA (art. 18).
//
// Recurring comes first because the issuer has already authenticated
// the series; low value comes before TRA because it does not depend on
// the PSP's fraud rate. When nothing applies, SCA is required and the
// Reason says why each exemption failed.
//
// An invalid request is a *RequestError, an amount in another currency a
// *CurrencyError.
func Decide(r Request, p Policy) (Decision, error) {
	if err := check(r); err != nil {
		return Decision{}, err
	}
	found := applying(outOfScope(r), merchantInitiated(r))
	if len(found) == 0 {
		s := series(r)
		if s.verdict == barsLower {
			return required(s.reason, s.article), nil
		}
		low, risk := lowValue(r, p), tra(r)
		found = applying(s, low, risk)
		if len(found) == 0 {
			return required(low.reason+"; "+risk.reason, artPayer), nil
		}
	}
	d := Decision{Exemption: found[0].exemption, Reason: found[0].reason, Article: found[0].article,
		LiabilityShift: MerchantLiable, Applicable: make([]Exemption, len(found))}
	for i, f := range found {
		d.Applicable[i] = f.exemption
	}
	return d, nil
}

// applying returns the findings that apply, in order.
func applying(fs ...finding) []finding {
	out := fs[:0]
	for _, f := range fs {
		if f.verdict == applies {
			out = append(out, f)
		}
	}
	return out
}

func required(reason, article string) Decision {
	return Decision{Exemption: None, SCARequired: true, Reason: "SCA required: " + reason,
		Article: article, LiabilityShift: IssuerLiable}
}

func outOfScope(r Request) finding {
	switch {
	case r.Channel == MOTO:
		return finding{OutOfScope, applies, "a mail or telephone order is not an electronic remote payment", artMOTO}
	case r.Instrument == DirectDebit:
		return finding{OutOfScope, applies, "a direct debit is initiated by the payee", artPayer}
	}
	return finding{exemption: OutOfScope}
}

func merchantInitiated(r Request) finding {
	if r.Initiator == Merchant {
		return finding{MerchantInitiated, applies, "a merchant-initiated payment is not initiated by the payer", artPayer}
	}
	return finding{exemption: MerchantInitiated}
}

func series(r Request) finding {
	switch {
	case r.Series == nil:
		return finding{exemption: Recurring}
	case r.Series.First:
		return finding{Recurring, barsLower, "the first payment of a recurring series needs SCA", artSeries}
	case !r.Series.SameAmountAsFirst:
		return finding{Recurring, barsLower, "a changed amount amends the recurring series and needs SCA again", artSeries}
	}
	return finding{Recurring, applies, "a later payment of a recurring series of the same amount to the same payee", artRecur}
}

// lowValue tests art. 16: at most EUR 30, and since the last SCA a
// total of at most EUR 100 or at most 5 payments.
func lowValue(r Request, p Policy) finding {
	amount := r.Amount.Minor()
	if amount > lowValueMax {
		return finding{exemption: LowValue, reason: fmt.Sprintf("%v is above the low-value limit of 30.00 EUR", r.Amount)}
	}
	total, limit := r.SinceLastSCA.Total, int64(lowValueTotal)
	shown := fmt.Sprintf("%d payments totalling %v", r.SinceLastSCA.Count, total)
	if p.CountCurrentInLowValueTotal {
		limit -= amount // total + amount <= 100, without overflow
		if sum, err := total.Add(r.Amount); err == nil {
			shown = fmt.Sprintf("%d payments totalling %v with this one", r.SinceLastSCA.Count, sum)
		}
	}
	if total.Minor() <= limit || r.SinceLastSCA.Count <= lowValueCount {
		return finding{LowValue, applies, fmt.Sprintf(
			"%v is at most 30.00 EUR and since the last SCA there were %s (at most 100.00 EUR or at most 5 payments)",
			r.Amount, shown), artLow}
	}
	return finding{exemption: LowValue, reason: fmt.Sprintf(
		"since the last SCA there were %s (more than 100.00 EUR and more than 5 payments)", shown)}
}

// band is a fraud-rate ceiling of art. 18 and the amount it allows.
type band struct {
	rate  decimal.Decimal // percent
	limit int64           // euro cents
}

// bands returns the annex's bands for an instrument, best first.
func bands(i Instrument) [3]band {
	if i == CreditTransfer {
		return [3]band{{decimal.New(5, -3), 500_00}, {decimal.New(1, -2), 250_00}, {decimal.New(15, -3), 100_00}}
	}
	return [3]band{{decimal.New(1, -2), 500_00}, {decimal.New(6, -2), 250_00}, {decimal.New(13, -2), 100_00}}
}

// tra tests art. 18: an amount within the band of the PSP's fraud rate,
// and nothing flagged by the real-time risk analysis.
func tra(r Request) finding {
	no := func(format string, args ...any) finding {
		return finding{exemption: TRA, reason: "no transaction risk analysis: " + fmt.Sprintf(format, args...)}
	}
	switch {
	case !r.FraudRate.Valid:
		return no("the PSP's fraud rate is not known")
	case r.RiskFlagged:
		return no("the real-time risk analysis flagged the payment")
	}
	rate := r.FraudRate.Decimal
	bs := bands(r.Instrument)
	for _, b := range bs {
		if rate.GreaterThan(b.rate) {
			continue
		}
		limit := fmt.Sprintf("%s EUR for a %s fraud rate of %s %% (at most %s %%)", cents(b.limit), r.Instrument, rate, b.rate)
		if r.Amount.Minor() > b.limit {
			return no("%v is above the limit of %s", r.Amount, limit)
		}
		return finding{TRA, applies, fmt.Sprintf("%v is at most %s, and the risk analysis flagged nothing", r.Amount, limit), artTRA}
	}
	return no("a %s fraud rate of %s %% is above %s %%, the highest band", r.Instrument, rate, bs[2].rate)
}

// cents writes euro cents as "250.00".
func cents(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }
