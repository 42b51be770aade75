package reference

import (
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// ExactPercentScale is the number of decimal places of
// Announcement.ExactPercent.
const ExactPercentScale = 6

// Announcement is a price reduction as it may be advertised: the reference
// price it is measured from (the "was" price), the new price, and the
// reduction as an amount and a percentage (Directive 98/6/EC art. 6a(1):
// the reduction is computed from the prior price).
type Announcement struct {
	Reference Price       // the reference price; Reference.Amount is the was price
	Now       money.Money // the new price
	Amount    money.Money // Reference.Amount - Now, above zero

	// Percent is the reduction in whole percent, rounded toward zero so
	// that it never overstates it: 100.00 to 66.67 is 33 %, not 33.33 or
	// 34. PercentPlaces gives more places, still rounded toward zero.
	Percent decimal.Decimal

	// ExactPercent is the reduction in percent to ExactPercentScale places,
	// rounded half away from zero: for records and checks, not for
	// advertising, since the last place may round up.
	ExactPercent decimal.Decimal
}

// Was returns the was price to show: the reference price.
func (a Announcement) Was() money.Money { return a.Reference.Amount }

// PercentPlaces returns the reduction in percent rounded toward zero to
// places decimal places (33.33 for places 2 in the example of Percent), so
// that, like Percent, it never overstates the reduction. A negative places
// rounds to tens (-1) or hundreds (-2) of percent, toward zero.
func (a Announcement) PercentPlaces(places int32) decimal.Decimal {
	return truncatedPercent(a.Amount, a.Reference.Amount, places)
}

// truncatedPercent is 100 * part / whole rounded toward zero to places:
// QuoRem's quotient is exactly that truncation, where DivRound would round
// half up and could overstate.
func truncatedPercent(part, whole money.Money, places int32) decimal.Decimal {
	q, _ := percentNumerator(part).QuoRem(whole.Decimal(), places)
	return q
}

func percentNumerator(part money.Money) decimal.Decimal {
	return part.Decimal().Mul(decimal.NewFromInt(100))
}

// Announce computes the reduction from ref to now, to be advertised with
// was as the "was" price. was must be ref.Amount, the only prior price the
// law allows to show: anything else, such as last month's list price, is a
// *WasPriceError (ErrWasPrice). now must be at least zero (ErrInvalidInput),
// in the reference price's currency (money.ErrCurrencyMismatch) and below it
// (a *NotReducedError, ErrNotReduced). A zero ref, with no amount, is
// ErrInvalidInput.
func Announce(ref Price, was, now money.Money) (Announcement, error) {
	if ref.Amount.Currency().IsZero() {
		return Announcement{}, inputErr("reference price", "empty")
	}
	if was != ref.Amount {
		return Announcement{}, &WasPriceError{Was: was, Reference: ref.Amount}
	}
	if now.Currency().IsZero() || now.Sign() < 0 {
		return Announcement{}, inputErr("new price", "%s is not an amount of at least zero", now)
	}
	cmp, err := now.Cmp(ref.Amount)
	if err != nil {
		return Announcement{}, err
	}
	if cmp >= 0 {
		return Announcement{}, &NotReducedError{Now: now, Reference: ref.Amount}
	}
	amount, err := ref.Amount.Sub(now)
	if err != nil {
		return Announcement{}, err
	}
	return Announcement{
		Reference:    ref,
		Now:          now,
		Amount:       amount,
		Percent:      truncatedPercent(amount, ref.Amount, 0),
		ExactPercent: percentNumerator(amount).DivRound(ref.Amount.Decimal(), ExactPercentScale),
	}, nil
}
