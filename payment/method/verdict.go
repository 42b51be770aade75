package method

import (
	"strings"
	"time"

	"github.com/comptoir/comptoir/money"
)

// Reason is why a method is not shown. Its text form is the constant's
// value.
type Reason string

// The reasons, in the order a Verdict lists them.
const (
	// ReasonCountry: the method does not serve the buyer's country.
	ReasonCountry Reason = "country"
	// ReasonCurrency: the method does not take the payment's currency.
	ReasonCurrency Reason = "currency"
	// ReasonBelowMinimum: the amount is below the method's minimum.
	ReasonBelowMinimum Reason = "below_minimum"
	// ReasonAboveMaximum: the amount is above the method's maximum.
	ReasonAboveMaximum Reason = "above_maximum"
	// ReasonChannel: the method does not work on the channel.
	ReasonChannel Reason = "channel"
	// ReasonNotYet: the method is offered from a later time.
	ReasonNotYet Reason = "not_yet"
	// ReasonNoLonger: the method stopped being offered.
	ReasonNoLonger Reason = "no_longer"
)

// String returns the reason's name.
func (r Reason) String() string { return string(r) }

// Refusal is one reason a method is not shown, with the values compared
// in Detail ("amount 0.50 EUR is below the minimum 1.00 EUR").
type Refusal struct {
	Reason Reason
	Detail string
}

// Verdict tells whether a method is shown for a query and, if not, every
// reason why.
type Verdict struct {
	Method   Method
	Refusals []Refusal // empty when the method is shown
}

// Shown reports whether the method is shown.
func (v Verdict) Shown() bool { return len(v.Refusals) == 0 }

// Has reports whether r is one of the reasons the method is not shown.
func (v Verdict) Has(r Reason) bool {
	for _, f := range v.Refusals {
		if f.Reason == r {
			return true
		}
	}
	return false
}

// String returns "card: shown" or the method's ID and every detail:
// "ideal: not shown: buyer country BE is not one of NL".
func (v Verdict) String() string {
	if v.Shown() {
		return v.Method.ID + ": shown"
	}
	var b strings.Builder
	b.WriteString(v.Method.ID)
	b.WriteString(": not shown: ")
	for k, f := range v.Refusals {
		if k > 0 {
			b.WriteString("; ")
		}
		b.WriteString(f.Detail)
	}
	return b.String()
}

// refusals spells out the failed bits of a method with rules r; nil
// when nothing failed.
func refusals(r *Rules, q *query, f failed) []Refusal {
	if f == 0 {
		return nil
	}
	var out []Refusal
	for bit := failCountry; bit <= failNoLonger; bit <<= 1 {
		if f&bit != 0 {
			reason, detail := explain(r, q, bit)
			out = append(out, Refusal{Reason: reason, Detail: detail})
		}
	}
	return out
}

// explain gives the reason and the values compared for one failed bit.
func explain(r *Rules, q *query, bit failed) (Reason, string) {
	amount := q.amount.String()
	switch bit {
	case failCountry:
		return ReasonCountry, "buyer country " + q.country + " is not one of " + strings.Join(r.Countries, ", ")
	case failCurrency:
		return ReasonCurrency, "currency " + q.amount.Currency().Code() + " is not one of " + currencies(r.Currencies)
	case failBelowMin:
		rg, _ := rangeIn(r.Amounts, q.amount)
		return ReasonBelowMinimum, "amount " + amount + " is below the minimum " + rg.Min.String()
	case failAboveMax:
		rg, _ := rangeIn(r.Amounts, q.amount)
		return ReasonAboveMaximum, "amount " + amount + " is above the maximum " + rg.Max.String()
	case failChannel:
		return ReasonChannel, "channel " + string(q.channel) + " is not one of " + channels(r.Channels)
	case failNotYet:
		return ReasonNotYet, "offered from " + r.From.Format(time.RFC3339)
	default:
		return ReasonNoLonger, "offered until " + r.Until.Format(time.RFC3339)
	}
}

func currencies(cs []money.Currency) string {
	codes := make([]string, len(cs))
	for i, c := range cs {
		codes[i] = c.Code()
	}
	return strings.Join(codes, ", ")
}

func channels(chs []Channel) string {
	names := make([]string, len(chs))
	for i, ch := range chs {
		names[i] = string(ch)
	}
	return strings.Join(names, ", ")
}
