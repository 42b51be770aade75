package eco

import (
	"fmt"
	"slices"

	"github.com/comptoir/comptoir/money"
)

// ContributionConfig is how a merchant describes the voluntary contribution
// a shopper may add to a shipping quote, towards the real cost of delivery
// or a low-emission delivery.
type ContributionConfig struct {
	// Currency is the currency of every amount; required.
	Currency money.Currency
	// Options are fixed amounts offered ("add 0.50, 1.00 or 2.00"), each
	// positive and distinct; they keep their order.
	Options []money.Money
	// Min and Max bound a free amount the shopper types, inclusive. Both
	// zero: no free amount. Otherwise 0 < Min <= Max.
	Min, Max money.Money
}

// ContributionOffer is a validated ContributionConfig. It is immutable; the
// zero ContributionOffer offers nothing.
type ContributionOffer struct {
	currency money.Currency
	options  []money.Money
	min, max money.Money
	free     bool
}

// NewContributionOffer validates cfg: a currency, every amount in it,
// options positive and distinct, a free range with 0 < Min <= Max, and at
// least one option or a free range. Errors are *ContributionError matching
// ErrInvalidContribution.
func NewContributionOffer(cfg ContributionConfig) (ContributionOffer, error) {
	if cfg.Currency.IsZero() {
		return ContributionOffer{}, &ContributionError{Field: "currency", Reason: "required"}
	}
	for i, o := range cfg.Options {
		field := fmt.Sprintf("options[%d]", i)
		if err := checkAmount(field, o, cfg.Currency); err != nil {
			return ContributionOffer{}, err
		}
		if j := slices.Index(cfg.Options[:i], o); j >= 0 {
			return ContributionOffer{}, &ContributionError{Field: field, Reason: fmt.Sprintf("%v repeats options[%d]", o, j)}
		}
	}
	free := !(cfg.Min.IsZero() && cfg.Max.IsZero())
	if free {
		if err := checkAmount("min", cfg.Min, cfg.Currency); err != nil {
			return ContributionOffer{}, err
		}
		if err := checkAmount("max", cfg.Max, cfg.Currency); err != nil {
			return ContributionOffer{}, err
		}
		if cfg.Max.Minor() < cfg.Min.Minor() {
			return ContributionOffer{}, &ContributionError{Field: "max", Reason: fmt.Sprintf("%v is below min %v", cfg.Max, cfg.Min)}
		}
	}
	if len(cfg.Options) == 0 && !free {
		return ContributionOffer{}, &ContributionError{Field: "options", Reason: "no option and no free range: nothing to offer"}
	}
	o := ContributionOffer{currency: cfg.Currency, options: slices.Clone(cfg.Options), free: free}
	if free {
		o.min, o.max = cfg.Min, cfg.Max
	}
	return o, nil
}

// checkAmount requires a positive amount in currency c.
func checkAmount(field string, m money.Money, c money.Currency) error {
	if m.Currency() != c {
		return &ContributionError{Field: field, Reason: fmt.Sprintf("%v is not in %v", m, c)}
	}
	if m.Sign() <= 0 {
		return &ContributionError{Field: field, Reason: fmt.Sprintf("%v is not positive", m)}
	}
	return nil
}

// Currency returns the offer's currency.
func (o ContributionOffer) Currency() money.Currency { return o.currency }

// Options returns the fixed amounts offered, in the merchant's order.
func (o ContributionOffer) Options() []money.Money { return slices.Clone(o.options) }

// Range returns the bounds of a free amount, and false when the offer takes
// no free amount.
func (o ContributionOffer) Range() (lo, hi money.Money, ok bool) {
	return o.min, o.max, o.free
}

// Choose returns the contribution for the amount the shopper chose: one of
// the options, or an amount in [Min, Max]. A zero amount, in any currency
// or none, declines and gives the zero Contribution. Any other amount must
// be in the offer's currency and allowed by it; if not, the error is a
// *ContributionError for field "amount".
func (o ContributionOffer) Choose(amount money.Money) (Contribution, error) {
	if amount.IsZero() {
		return Contribution{}, nil
	}
	if o.currency.IsZero() {
		return Contribution{}, &ContributionError{Field: "amount", Reason: "the offer allows no contribution"}
	}
	if amount.Currency() != o.currency {
		return Contribution{}, &ContributionError{Field: "amount", Reason: fmt.Sprintf("%v is not in %v", amount, o.currency)}
	}
	if slices.Contains(o.options, amount) {
		return Contribution{amount: amount}, nil
	}
	if o.free && o.min.Minor() <= amount.Minor() && amount.Minor() <= o.max.Minor() {
		return Contribution{amount: amount, free: true}, nil
	}
	reason := fmt.Sprintf("%v is not one of the options %v", amount, o.options)
	if o.free {
		reason += fmt.Sprintf(" nor within [%v, %v]", o.min, o.max)
	}
	return Contribution{}, &ContributionError{Field: "amount", Reason: reason}
}

// Contribution is a voluntary contribution chosen by a shopper, made only by
// ContributionOffer.Choose so it always satisfies its offer. The zero
// Contribution is no contribution. Contribution is comparable with ==.
type Contribution struct {
	amount money.Money
	free   bool
}

// Amount returns the amount, the zero Money for no contribution.
func (c Contribution) Amount() money.Money { return c.amount }

// IsZero reports whether there is no contribution.
func (c Contribution) IsZero() bool { return c.amount.IsZero() }

// Free reports whether the amount was typed in the free range rather than
// picked among the options.
func (c Contribution) Free() bool { return c.free }

// String returns the amount, or "none".
func (c Contribution) String() string {
	if c.IsZero() {
		return "none"
	}
	return c.amount.String()
}

// AddTo returns fee + the contribution: what the shopper pays for
// shipping. The fee must not be negative (zero, for free shipping, is
// fine). No contribution returns fee unchanged. A fee in another currency
// is an error matching money.ErrCurrencyMismatch.
func (c Contribution) AddTo(fee money.Money) (money.Money, error) {
	if fee.Sign() < 0 {
		return money.Money{}, &ContributionError{Field: "fee", Reason: fmt.Sprintf("%v is negative", fee)}
	}
	if c.IsZero() {
		return fee, nil
	}
	if fee.Currency() != c.amount.Currency() {
		// Money lets a currency-less zero adopt the other currency; a fee
		// always has one, so refuse it here rather than guess.
		return money.Money{}, fmt.Errorf("eco: adding contribution %v to fee %v: %w",
			c.amount, fee, &money.MismatchError{Op: "add", A: fee.Currency(), B: c.amount.Currency()})
	}
	total, err := fee.Add(c.amount)
	if err != nil {
		return money.Money{}, fmt.Errorf("eco: adding contribution %v to fee %v: %w", c.amount, fee, err)
	}
	return total, nil
}

// Gap returns what the shopper's fee leaves of the real delivery cost:
// realCost - fee, or zero when the fee covers it. A merchant may show it
// next to the offer ("delivery costs us 6.90; you pay 4.90"). Both amounts
// must share a currency and not be negative.
func Gap(realCost, fee money.Money) (money.Money, error) {
	if realCost.Sign() < 0 || fee.Sign() < 0 {
		return money.Money{}, &ContributionError{Field: "gap", Reason: fmt.Sprintf("negative amount in %v - %v", realCost, fee)}
	}
	d, err := realCost.Sub(fee)
	if err != nil {
		return money.Money{}, fmt.Errorf("eco: gap between real cost %v and fee %v: %w", realCost, fee, err)
	}
	if d.Sign() < 0 {
		return money.Zero(d.Currency()), nil
	}
	return d, nil
}
