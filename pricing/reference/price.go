package reference

import (
	"context"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
)

// Window lengths in days. The law fixes at least 30 days (Directive 98/6/EC
// art. 6a(2)), and Belgium 7 days for a product on the market for fewer than
// 30 days (art. 6a(4), CDE art. VI.18-VI.19); Options may set other values for
// other Member States' choices, up to MaxWindowDays.
const (
	DefaultWindowDays           = 30
	DefaultNewProductWindowDays = 7
	MaxWindowDays               = 366
)

// Options are the shop's policy for PriceAt.
type Options struct {
	// Location is the shop's time zone, in which days are counted, normally
	// Europe/Brussels. It is required: a guessed zone would move the window
	// by hours.
	Location *time.Location

	// WindowDays is the length of the window in days, DefaultWindowDays
	// when 0. A product also counts as new while it has been on the market
	// for fewer than WindowDays days.
	WindowDays int

	// NewProductWindowDays is the window of a new product,
	// DefaultNewProductWindowDays when 0. It may not exceed WindowDays; set
	// it equal to WindowDays where the Belgian short window does not apply.
	NewProductWindowDays int

	// CampaignStart, when not zero, asks for the progressive-reduction rule
	// (Directive 98/6/EC art. 6a(5)). It is the instant the first reduction
	// of the current campaign took effect, as recorded in the history (its
	// Change.At). The reference price is then the one computed for that
	// instant, provided the campaign was uninterrupted: every price in force
	// from CampaignStart up to the instant asked about is below that
	// reference price. A price back at or above it ends the campaign
	// (ErrCampaignInterrupted), and the next reduction needs a reference
	// price of its own.
	CampaignStart time.Time
}

// policy is Options with the defaults filled in and checked.
type policy struct {
	loc      *time.Location
	days     int
	newDays  int
	campaign time.Time // zero: no progressive rule
}

func (o Options) policy() (policy, error) {
	p := policy{loc: o.Location, days: o.WindowDays, newDays: o.NewProductWindowDays, campaign: o.CampaignStart}
	if p.loc == nil {
		return p, inputErr("Options.Location", "nil; the shop's time zone is required")
	}
	if p.days == 0 {
		p.days = DefaultWindowDays
	}
	if p.newDays == 0 {
		p.newDays = DefaultNewProductWindowDays
	}
	if p.days < 0 || p.days > MaxWindowDays {
		return p, inputErr("Options.WindowDays", "%d is not between 1 and %d", o.WindowDays, MaxWindowDays)
	}
	if p.newDays < 0 || p.newDays > p.days {
		return p, inputErr("Options.NewProductWindowDays", "%d is not between 1 and WindowDays %d", p.newDays, p.days)
	}
	return p, nil
}

// Window is the period whose lowest price is the reference price: the
// instants [From, To), which are the civil days First to Last (inclusive) in
// the shop's time zone, Days days in all.
type Window struct {
	From, To    time.Time
	First, Last calendar.Date
	Days        int
}

func newWindow(day calendar.Date, days int, loc *time.Location) Window {
	first := day.AddDays(-days)
	return Window{From: first.In(loc), To: day.In(loc), First: first, Last: day.AddDays(-1), Days: days}
}

// Price is a reference price and how it was found.
type Price struct {
	SKU, Channel string

	// Amount is the reference price: the lowest price in force at any
	// instant of Window.
	Amount money.Money

	// LowestFrom is the first instant of Window at which Amount was in
	// force: Window.From when it was already the price then.
	LowestFrom time.Time

	// Window is the window searched.
	Window Window

	// Launched is the instant of the first recorded change of the SKU on
	// the channel: when the product came on the market there.
	Launched time.Time

	// NewProduct reports that the product had been on the market for fewer
	// days than the normal window on the first day of the reduction, so the
	// short window applied (Belgium: 7 days instead of 30).
	NewProduct bool

	// Progressive reports that the progressive-reduction rule applied:
	// Amount, Window and NewProduct are those of the campaign's first
	// reduction, at CampaignStart.
	Progressive   bool
	CampaignStart time.Time
}

// String explains the price in one line, e.g. "100.00 EUR: lowest price
// from 2026-06-24 to 2026-06-30 (7-day window, on the market since
// 2026-06-20)".
func (p Price) String() string {
	s := fmt.Sprintf("%s: lowest price from %s to %s (%d-day window", p.Amount, p.Window.First, p.Window.Last, p.Window.Days)
	loc := p.Window.From.Location()
	if p.NewProduct {
		s += fmt.Sprintf(", on the market since %s", calendar.DateOf(p.Launched, loc))
	}
	if p.Progressive {
		s += fmt.Sprintf(", progressive campaign since %s", calendar.DateOf(p.CampaignStart, loc))
	}
	return s + ")"
}

// PriceAt returns the reference price of sku on channel for a reduction that
// takes effect at the instant at: the lowest price in force at any instant of
// the WindowDays civil days before the day of at, in opts.Location. The
// window ends at the start of that day; the price in force at its start
// counts even if it was set before. A product first recorded on the channel
// fewer than WindowDays days before that day uses the NewProductWindowDays
// window, and opts.CampaignStart applies the progressive-reduction rule (see
// Options).
//
// Errors: ErrInvalidInput for a nil history, an empty sku or channel, a zero
// at, invalid options or a campaign starting after at; ErrNoHistory when no
// price was in force in the window (a *NoHistoryError); ErrCampaignInterrupted
// when the campaign's prices did not stay below its reference price; and
// whatever the history returns, such as money.ErrCurrencyMismatch for a store
// that mixes currencies.
func PriceAt(ctx context.Context, h History, sku, channel string, at time.Time, opts Options) (Price, error) {
	p, err := validateQuery(h, sku, channel, at, opts)
	if err != nil {
		return Price{}, err
	}
	if p.campaign.IsZero() {
		return lowest(ctx, h, sku, channel, at, p)
	}
	ref, err := lowest(ctx, h, sku, channel, p.campaign, p)
	if err != nil {
		return Price{}, err
	}
	if err := checkCampaign(ctx, h, ref, p.campaign, at); err != nil {
		return Price{}, err
	}
	ref.Progressive, ref.CampaignStart = true, p.campaign
	return ref, nil
}

func validateQuery(h History, sku, channel string, at time.Time, opts Options) (policy, error) {
	if h == nil {
		return policy{}, inputErr("History", "nil")
	}
	if err := validateKey(sku, channel); err != nil {
		return policy{}, err
	}
	if at.IsZero() {
		return policy{}, inputErr("at", "zero time")
	}
	p, err := opts.policy()
	if err != nil {
		return p, err
	}
	if p.campaign.After(at) {
		return p, inputErr("Options.CampaignStart", "%s is after the reduction at %s",
			p.campaign.Format(time.RFC3339), at.Format(time.RFC3339))
	}
	return p, nil
}

// window returns the window of a reduction starting on day for a product
// launched on launch, and whether the new-product rule shortened it.
func (p policy) window(day, launch calendar.Date) (Window, bool) {
	if launch.DaysUntil(day) < p.days {
		return newWindow(day, p.newDays, p.loc), true
	}
	return newWindow(day, p.days, p.loc), false
}

// lowest computes the reference price for a reduction at at, without the
// progressive rule.
func lowest(ctx context.Context, h History, sku, channel string, at time.Time, p policy) (Price, error) {
	first, err := h.First(ctx, sku, channel)
	if err != nil {
		return Price{}, err
	}
	if err := first.Validate(); err != nil {
		return Price{}, err // a store's fault, reported rather than computed on
	}
	w, isNew := p.window(calendar.DateOf(at, p.loc), calendar.DateOf(first.At, p.loc))
	if !first.At.Before(w.To) {
		return Price{}, &NoHistoryError{SKU: sku, Channel: channel, Before: w.To}
	}
	acc := &lowestInForce{sku: sku, channel: channel, w: w, currency: first.Price.Currency()}
	if err := scanInForce(ctx, h, acc); err != nil {
		return Price{}, err
	}
	if acc.err != nil {
		return Price{}, acc.err
	}
	if !acc.found {
		return Price{}, &NoHistoryError{SKU: sku, Channel: channel, Before: w.To}
	}
	return Price{
		SKU: sku, Channel: channel,
		Amount: acc.low, LowestFrom: later(acc.lowAt, w.From),
		Window: w, Launched: first.At, NewProduct: isNew,
	}, nil
}

// lowestInForce keeps the earliest of the lowest prices in force in w, one
// change at a time.
type lowestInForce struct {
	sku      string
	channel  string
	w        Window
	currency money.Currency
	low      money.Money
	lowAt    time.Time
	found    bool
	err      error
}

// scanInForce feeds acc the changes in force in its window. A MemoryHistory
// is read in place, which saves building a Change and an indirect call per
// price: about a quarter of a query over a window of daily changes.
func scanInForce(ctx context.Context, h History, acc *lowestInForce) error {
	if m, ok := h.(*MemoryHistory); ok && m != nil {
		return m.scan(ctx, acc)
	}
	return h.InForce(ctx, acc.sku, acc.channel, acc.w.From, acc.w.To, func(c Change) bool {
		return acc.add(c.At, c.Price)
	})
}

// add takes the next change in time order. What a store should not send is
// checked rather than trusted: a change at or after the window's end stops
// the scan, and a price in another currency than the first change's is a
// *CurrencyError, so a faulty store cannot turn a CHF price into a EUR
// reference.
func (a *lowestInForce) add(at time.Time, price money.Money) bool {
	if !at.Before(a.w.To) {
		return false
	}
	if price.Currency() != a.currency {
		a.err = &CurrencyError{SKU: a.sku, Channel: a.channel, Want: a.currency, Got: price.Currency()}
		return false
	}
	// A change at or before the window's start replaces everything before
	// it: only the last such change is in force in the window.
	if !at.After(a.w.From) || !a.found || price.Minor() < a.low.Minor() {
		a.low, a.lowAt, a.found = price, at, true
	}
	return true
}

// checkCampaign reports the first price in force during [start, at) that is
// not below the campaign's reference price.
func checkCampaign(ctx context.Context, h History, ref Price, start, at time.Time) error {
	var bad error
	err := h.InForce(ctx, ref.SKU, ref.Channel, start, at, func(c Change) bool {
		cmp, err := c.Price.Cmp(ref.Amount)
		switch {
		case err != nil:
			bad = err
		case cmp >= 0:
			bad = &InterruptedError{SKU: ref.SKU, Channel: ref.Channel, At: later(c.At, start), Price: c.Price, Reference: ref.Amount}
		}
		return bad == nil
	})
	if err != nil {
		return err
	}
	return bad
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
