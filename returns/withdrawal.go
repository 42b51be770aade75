package returns

import (
	"errors"
	"fmt"
	"time"

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

// LineFacts are what happened to one line.
type LineFacts struct {
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

// Decide decides, for each line of the order in h, whether the consumer
// may withdraw, from which day the 14-day period runs and until when
// (Directive 2011/83/EU arts 9-10 and 16; law-and-tax.md section 2).
func Decide(h order.History, f Facts, p Policy) (Decision, error) {
	o := h.Order()
	if p.Location == nil {
		return Decision{}, fmt.Errorf("%w: no time zone to count days in", ErrInvalidInput)
	}
	cal, err := p.calendar(o)
	if err != nil {
		return Decision{}, err
	}
	d := Decision{Consumer: o.Customer.Kind == order.Consumer, Lines: make([]LineDecision, len(o.Lines))}
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
					return Decision{}, fmt.Errorf("returns: line %s: %w", l.ID, err)
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
	case fl.Digital && f.PerformanceStarted && f.ExpressConsent && f.Acknowledged && f.Confirmed:
		return false, Reason{"16m", "art. 16(m)", "digital content supplied with prior express consent, acknowledgement and confirmation"}
	case fl.Digital && f.PerformanceStarted:
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
	// Art. 10(1): 12 months after the end of the initial period (its raw
	// end, P4 then P3).
	extended, err := cal.PeriodEndMonths(start.AddDays(14), 12)
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
