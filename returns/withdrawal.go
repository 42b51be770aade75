package returns

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/order"
)

// Errors of the withdrawal decision.
var (
	// ErrInvalidInput: an order, facts or policy the decision cannot use.
	ErrInvalidInput = errors.New("returns: invalid input")
)

// Policy says how periods are counted.
type Policy struct {
	// Calendar counts the periods; nil for the default of law-and-tax P5,
	// the union of the consumer's and the trader's national calendars.
	Calendar *calendar.Calendar
	// TraderCountry is where the trader is established (for the default
	// calendar).
	TraderCountry string
	// Location turns the instants of the order's events into civil days:
	// the shop's time zone (Europe/Brussels). Required.
	Location *time.Location
}

// Facts are what happened to an order that its events do not record:
// when the withdrawal information was given, and per line what the
// consumer did after delivery or agreed to for a service or digital
// content.
type Facts struct {
	// Concluded is when the contract was concluded; zero for the order's
	// PlacedAt.
	Concluded time.Time
	// NotInformed: the trader never gave the withdrawal information
	// (art. 10: the period is extended by 12 months). InformedAt, when
	// set, is when the consumer received it late, which ends the
	// extension 14 days later.
	NotInformed bool
	InformedAt  time.Time
	// Lines are the facts per order line ID.
	Lines map[string]LineFacts
}

// Exception is an art. 16 exception the line's flags cannot express.
type Exception string

// The exceptions a shop declares per line; "" for none.
const (
	// FinancialMarket: a price depending on financial-market fluctuations
	// (art. 16(b)).
	FinancialMarket Exception = "16b"
	// Alcohol: alcoholic drinks priced at conclusion, delivered after 30
	// days, of market-dependent value (art. 16(g)).
	Alcohol Exception = "16g"
	// UrgentRepair: repairs or maintenance the consumer asked to come for
	// urgently (art. 16(h)).
	UrgentRepair Exception = "16h"
	// Newspaper: a newspaper, periodical or magazine, not a subscription
	// (art. 16(j)).
	Newspaper Exception = "16j"
	// Auction: a contract concluded at a public auction (art. 16(k)).
	Auction Exception = "16k"
	// DatedLeisure: accommodation, transport of goods, car rental,
	// catering or leisure for a specific date or period (art. 16(l)).
	DatedLeisure Exception = "16l"
)

// exceptionText describes the declared exceptions; unknown codes are
// refused.
func exceptionText(e Exception) (string, bool) {
	switch e {
	case FinancialMarket:
		return "the price depends on financial-market fluctuations", true
	case Alcohol:
		return "alcoholic drinks priced at conclusion, delivered after 30 days, of market-dependent value", true
	case UrgentRepair:
		return "urgent repairs or maintenance requested by the consumer", true
	case Newspaper:
		return "a newspaper, periodical or magazine outside a subscription", true
	case Auction:
		return "concluded at a public auction", true
	case DatedLeisure:
		return "accommodation, transport of goods, car rental, catering or leisure for a specific date or period", true
	}
	return "", false
}

// LineFacts are what happened to one line.
type LineFacts struct {
	// Exception declares an art. 16 exception the flags cannot express
	// (a concert ticket: DatedLeisure); "" for none.
	Exception Exception
	// Unsealed: sealed hygiene goods or sealed audio, video or software
	// unsealed after delivery (art. 16(e), (i)).
	Unsealed bool
	// Mixed: goods inseparably mixed with other items after delivery
	// (art. 16(f)).
	Mixed bool
	// PerformanceStarted: the service or the supply of digital content
	// began within the period; FullyPerformed: the service is done.
	PerformanceStarted, FullyPerformed bool
	// ExpressConsent, Acknowledged and Confirmed: the consumer asked for
	// performance to begin, acknowledged losing the right, and received
	// the confirmation on a durable medium (art. 16(a), (m)).
	ExpressConsent, Acknowledged, Confirmed bool
}

// Reason is why a decision came out as it did, with the provision.
type Reason struct {
	Rule    string
	Article string
	Text    string
}

// LineDecision is the withdrawal right of one order line.
type LineDecision struct {
	LineID string
	// Right: the consumer may withdraw from this line.
	Right  bool
	Reason Reason
	// Started: the period has started (goods delivered, or a service or
	// digital content concluded); Start is its event day and StartReason
	// why that day. A right whose period has not started can be exercised
	// at once.
	Started     bool
	Start       calendar.Date
	StartReason Reason
	// Ends is the last day to send the notice; Extended when the missing
	// information extended it.
	Ends     calendar.Date
	Extended bool
}

// Open reports whether a notice sent on day d is in time for the line.
func (l LineDecision) Open(d calendar.Date) bool {
	return l.Right && (!l.Started || !d.After(l.Ends))
}

// Decision is the withdrawal right of an order, line by line.
type Decision struct {
	// Consumer: the buyer is a consumer; a business has no right at all.
	Consumer bool
	Lines    []LineDecision
}

// Line returns the decision for line id.
func (d Decision) Line(id string) (LineDecision, bool) {
	for _, l := range d.Lines {
		if l.LineID == id {
			return l, true
		}
	}
	return LineDecision{}, false
}

// FullWithdrawal reports whether returning the given units withdraws
// from every line that carries the right, all of it: the refund then
// includes the delivery (up to the cheapest standard one).
func (d Decision) FullWithdrawal(o order.Order, returned []Units) bool {
	withRight := false
	for _, ld := range d.Lines {
		if !ld.Right {
			continue
		}
		withRight = true
		var ordered, back = decimal.Zero, decimal.Zero
		for _, l := range o.Lines {
			if l.ID == ld.LineID {
				ordered = l.Quantity
			}
		}
		for _, u := range returned {
			if u.LineID == ld.LineID {
				back = back.Add(u.Quantity)
			}
		}
		if back.LessThan(ordered) {
			return false
		}
	}
	return withRight
}

// Decide decides, for each line of the order in h, whether the consumer
// may withdraw, from which day the 14-day period runs and until when
// (Directive 2011/83/EU arts 9-10 and 16; law-and-tax.md section 2).
func Decide(h order.History, f Facts, p Policy) (Decision, error) {
	o := h.Order()
	if err := checkInput(o, f, p); err != nil {
		return Decision{}, err
	}
	d := Decision{Consumer: o.Customer.Kind == order.Consumer, Lines: make([]LineDecision, len(o.Lines))}
	if !d.Consumer {
		for i, l := range o.Lines { // no right, no period: no calendar needed
			d.Lines[i] = LineDecision{LineID: l.ID}
			d.Lines[i].Right, d.Lines[i].Reason = right(o, l, LineFacts{})
		}
		return d, nil
	}
	cal, err := p.calendar(o)
	if err != nil {
		return Decision{}, err
	}
	concluded := f.Concluded
	if concluded.IsZero() {
		concluded = o.PlacedAt
	}
	goodsDelivered, allDelivered := lastGoodsDelivery(h)
	var memo endMemo // lines of one order mostly share a start day
	for i, l := range o.Lines {
		ld := LineDecision{LineID: l.ID}
		ld.Right, ld.Reason = right(o, l, f.Lines[l.ID])
		if ld.Right {
			start, ok, why := startDay(h, l, concluded, goodsDelivered, allDelivered)
			ld.StartReason = why
			if ok {
				ld.Started, ld.Start = true, calendar.DateOf(start, p.Location)
				if ld.Ends, ld.Extended, err = memo.ends(cal, ld.Start, f, p.Location); err != nil {
					return Decision{}, fmt.Errorf("%w: line %s: %w", ErrInvalidInput, l.ID, err)
				}
			}
		}
		d.Lines[i] = ld
	}
	return d, nil
}

// endMemo remembers the last period computed.
type endMemo struct {
	ok       bool
	start    calendar.Date
	end      calendar.Date
	extended bool
}

func (m *endMemo) ends(cal *calendar.Calendar, start calendar.Date, f Facts, loc *time.Location) (calendar.Date, bool, error) {
	if m.ok && m.start == start {
		return m.end, m.extended, nil
	}
	end, ext, err := ends(cal, start, f, loc)
	if err == nil {
		*m = endMemo{ok: true, start: start, end: end, extended: ext}
	}
	return end, ext, err
}

// checkInput refuses what would otherwise turn into a wrong answer: no
// time zone, no time of conclusion, an unknown customer kind, facts about
// lines the order does not have, unknown exception codes.
func checkInput(o order.Order, f Facts, p Policy) error {
	switch {
	case p.Location == nil:
		return fmt.Errorf("%w: no time zone to count days in", ErrInvalidInput)
	case o.PlacedAt.IsZero() && f.Concluded.IsZero():
		return fmt.Errorf("%w: the order has no time of placing and the facts no time of conclusion", ErrInvalidInput)
	case !o.Customer.Kind.Valid():
		return fmt.Errorf("%w: customer kind %q", ErrInvalidInput, o.Customer.Kind)
	}
	for id, lf := range f.Lines {
		found := false
		for _, l := range o.Lines {
			found = found || l.ID == id
		}
		if !found {
			return fmt.Errorf("%w: facts about line %q, which the order does not have", ErrInvalidInput, id)
		}
		if _, ok := exceptionText(lf.Exception); lf.Exception != "" && !ok {
			return fmt.Errorf("%w: line %s: exception %q", ErrInvalidInput, id, lf.Exception)
		}
	}
	return nil
}

// calendar is the policy's calendar, or the union of the consumer's and
// the trader's.
func (p Policy) calendar(o order.Order) (*calendar.Calendar, error) {
	if p.Calendar != nil {
		return p.Calendar, nil
	}
	consumer, err := calendar.For(o.Customer.Country)
	if err != nil {
		return nil, fmt.Errorf("%w: the consumer's country: %w (pass Policy.Calendar)", ErrInvalidInput, err)
	}
	trader, err := calendar.For(p.TraderCountry)
	if err != nil {
		return nil, fmt.Errorf("%w: the trader's country: %w (pass Policy.Calendar)", ErrInvalidInput, err)
	}
	return calendar.Union(consumer, trader)
}

// right decides whether a line carries the right, and why.
func right(o order.Order, l order.Line, f LineFacts) (bool, Reason) {
	if o.Customer.Kind != order.Consumer {
		return false, Reason{"business", "Directive 2011/83/EU art. 2(1), 9", "only a consumer has the right of withdrawal"}
	}
	fl := l.Flags
	if text, ok := exceptionText(f.Exception); ok {
		return false, Reason{string(f.Exception), "art. 16(" + string(f.Exception[2:]) + ")", text}
	}
	// A digital service (streaming, a cloud account) is a service: 16(a),
	// not 16(m), decides it.
	digitalContent := fl.Digital && !fl.Service
	switch {
	case fl.Personalised:
		return false, Reason{"16c", "art. 16(c)", "made to the consumer's specifications or clearly personalised"}
	case fl.Perishable:
		return false, Reason{"16d", "art. 16(d)", "liable to deteriorate or expire rapidly"}
	case fl.SealedHygiene && f.Unsealed:
		return false, Reason{"16e", "art. 16(e)", "sealed for health or hygiene reasons and unsealed after delivery"}
	case fl.SealedMedia && f.Unsealed:
		return false, Reason{"16i", "art. 16(i)", "sealed audio, video or software unsealed after delivery"}
	case f.Mixed:
		return false, Reason{"16f", "art. 16(f)", "inseparably mixed with other items after delivery"}
	case fl.Service && f.FullyPerformed && f.ExpressConsent && f.Acknowledged:
		return false, Reason{"16a", "art. 16(a)", "service fully performed after the consumer's express consent and acknowledgement"}
	case digitalContent && f.PerformanceStarted && f.ExpressConsent && f.Acknowledged && f.Confirmed:
		return false, Reason{"16m", "art. 16(m)", "digital content supplied with prior express consent, acknowledgement and confirmation"}
	case digitalContent && f.PerformanceStarted:
		return true, Reason{"16m-incomplete", "art. 16(m)", "supply began without all of consent, acknowledgement and confirmation: the right stays"}
	case fl.SealedHygiene || fl.SealedMedia:
		return true, Reason{"sealed", "art. 16(e), (i)", "still sealed: the right stays until unsealed"}
	}
	return true, Reason{"9", "art. 9", "a consumer may withdraw within 14 days without giving a reason"}
}

// lastGoodsDelivery is when the last good of the order (apart from
// subscriptions) was delivered, and whether every such good was.
func lastGoodsDelivery(h order.History) (time.Time, bool) {
	var ids []string
	for _, l := range h.Order().Lines {
		if !l.Flags.Digital && !l.Flags.Service && !l.Flags.Subscription {
			ids = append(ids, l.ID)
		}
	}
	if len(ids) == 0 {
		return time.Time{}, false
	}
	return h.DeliveredAt(ids...)
}

// startDay is the event day of the period (law-and-tax W-start).
func startDay(h order.History, l order.Line, concluded, goodsDelivered time.Time, allDelivered bool) (time.Time, bool, Reason) {
	fl := l.Flags
	switch {
	case fl.Service || fl.Digital:
		return concluded, true, Reason{"start-conclusion", "art. 9(2)(a), (c)", "services and digital content: the day the contract was concluded"}
	case fl.Subscription:
		at, ok := h.FirstDeliveredAt(l.ID)
		return at, ok, Reason{"start-first-delivery", "art. 9(2)(b)(iv)", "regular delivery of goods: the day the first good is delivered"}
	case !allDelivered:
		return time.Time{}, false, Reason{"start-pending", "art. 9(2)(b)", "not every good of the order is delivered yet"}
	}
	return goodsDelivered, true, Reason{"start-last-good", "art. 9(2)(b)(i)-(iii)",
		"goods: the day the consumer took possession of the last good (or lot) of the order"}
}

// ends is the last day of the period from start, extended by 12 months
// when the information was never given, cut when it was given late.
func ends(cal *calendar.Calendar, start calendar.Date, f Facts, loc *time.Location) (calendar.Date, bool, error) {
	end, err := cal.PeriodEnd(start, 14)
	if err != nil || (!f.NotInformed && f.InformedAt.IsZero()) {
		return end, false, err
	}
	// Art. 10(1): 12 months after the end of the initial period. Counted
	// from its actual end (after P3), the later and safe of the two
	// readings (law-and-tax P5's spirit), then P4 and P3.
	extended, err := cal.PeriodEndMonths(end, 12)
	if err != nil {
		return calendar.Date{}, false, err
	}
	if f.InformedAt.IsZero() {
		return extended, true, nil
	}
	// Art. 10(2): information given within the 12 months ends the period
	// 14 days after the day the consumer receives it.
	informed := calendar.DateOf(f.InformedAt, loc)
	if informed.After(extended) {
		return extended, true, nil
	}
	late, err := cal.PeriodEnd(informed, 14)
	if err != nil {
		return calendar.Date{}, false, err
	}
	if late.Before(end) {
		return end, false, nil // informed in time after all
	}
	return late, true, nil
}
