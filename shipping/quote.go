package shipping

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping/parcel"
)

// Basket is what Quote prices: the goods totals a free-shipping threshold
// may be compared with (fill at least the ones the schedule's bases use;
// the zero Money counts as zero), the total weight, the number of
// parcels or the items to split into parcels, the destination, the
// customer's perks and the order time.
type Basket struct {
	GoodsAfterDiscountsGross  money.Money // VAT included, after discounts: the default basis
	GoodsBeforeDiscountsGross money.Money // VAT included, before discounts
	GoodsAfterDiscountsNet    money.Money // VAT excluded, after discounts
	// WeightGrams is the total weight, zero or positive. Zero with Items
	// means "work it out": the weight of the packed parcels (items plus
	// the Packing's tare per parcel) for an offer with a Service, the
	// items' total weight for the others. A positive weight is used as
	// given by every offer, Items or not.
	WeightGrams int64
	// Parcels is the number of parcels, 0 meaning 1, for the offers that
	// do not split the basket: every offer when Items is empty, the
	// offers without a Service otherwise.
	Parcels     int
	Destination Destination
	Perks       []Perk    // the customer's shipping perks
	At          time.Time // when the order is placed, for the delivery promise
	// Items, optional, are the basket's lines (unit weight, unit
	// dimensions, quantity, a Ref echoed in reasons). For each offer with
	// a Service, Quote splits them with parcel.Split: the option's Parcels
	// is the split's count, or the option is unavailable with
	// ReasonParcelTooLarge when an item cannot ship with that service.
	// Every item needs a positive quantity, a weight of zero or more and
	// positive sides; at most parcel.MaxUnits units in all.
	Items []parcel.Item
}

// FreeShipping is where a basket stands against an offer's free-shipping
// threshold. When the offer has none, Offered is false and the other
// fields are zero: "no threshold" is not "zero left".
type FreeShipping struct {
	Offered   bool        // the offer has a threshold
	Threshold money.Money // the amount to reach
	Basis     Basis       // the total compared with it
	Left      money.Money // what is missing; zero once reached
}

// Reached reports whether the offer has a threshold and the basket
// reaches it.
func (f FreeShipping) Reached() bool { return f.Offered && f.Left.IsZero() }

// Option is one offer of the schedule quoted for a basket. An available
// option has a nil Unavailable and every other field set; an unavailable
// one has only Offer, Mode, Carrier, Parcels and Unavailable (and Zone
// when the failure came after the zone was found).
type Option struct {
	Offer        string       // the offer's ID
	Mode         Mode         // the offer's mode
	Carrier      string       // the offer's carrier
	Zone         string       // the zone that serves the destination
	Fee          money.Money  // what the customer pays
	FullFee      money.Money  // base fee plus surcharges, before the threshold and perks
	Surcharges   money.Money  // the surcharges included in FullFee
	FreeShipping FreeShipping // the threshold and the amount left to reach it
	Perk         string       // the name of the perk applied, "" for none
	// Parcels is the number of parcels: the split's count for an offer
	// with a Service when the basket has Items, Basket.Parcels (1 if
	// zero) otherwise; 0 when the items cannot be split
	// (ReasonParcelTooLarge).
	Parcels int
	Window  Window // the promised delivery window
	// Customs says why the parcel needs customs papers: the destination
	// is outside the EU VAT area (Canary Islands, Åland, ...); "" inside.
	Customs     string
	Unavailable *UnavailableError
}

// Available reports whether the option can be chosen.
func (o *Option) Available() bool { return o.Unavailable == nil }

// Quote prices basket b with every offer of the schedule and returns one
// Option per offer, in the schedule's order. An offer that cannot serve
// the basket (destination not served or excluded, an item too large for
// its parcel service, too heavy, carrier failure) gives an unavailable
// Option, not an error. The checks come in that order, so an option
// unavailable for its destination does not split the items.
//
// The fee of an available option is computed in this order: the base fee
// of the fee rule (for CarrierRate, the carrier's rate plus the margin);
// plus the surcharges of the matched zone (percentages of the base fee);
// zero, or only the surcharges kept when free, once the threshold is
// reached; minus the customer's best perk on what remains.
//
// Quote returns an error only for a basket it cannot price at all: a
// negative weight or parcel count, a zero At, goods totals or perks in
// another currency or invalid, an invalid item (*BasketError matching
// ErrInvalidBasket), an amount or weight overflow (matching
// money.ErrOverflow or parcel.ErrOverflow), or a ctx already done.
func (s *Schedule) Quote(ctx context.Context, b Basket) ([]Option, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	q := quoteState{b: &b, fromItems: b.WeightGrams == 0 && len(b.Items) > 0}
	if err := s.checkBasket(&b); err != nil {
		return nil, err
	}
	// What depends on the basket alone is computed once, not per offer.
	q.customs, _ = b.Destination.OutsideVATArea()
	if s.areas {
		q.area, _ = b.Destination.SpecialArea()
	}
	if len(b.Items) > 0 && len(s.services) > 0 {
		q.splits = make([]split, len(s.services))
	}
	opts := make([]Option, len(s.offers))
	for i := range s.offers {
		if err := s.quoteOffer(ctx, &s.offers[i], &q, &opts[i]); err != nil {
			return nil, err
		}
	}
	return opts, nil
}

// quoteState is what one Quote works out once for all offers.
type quoteState struct {
	b         *Basket // checked
	fromItems bool    // b.WeightGrams was zero and is the items' weight
	customs   string  // b.Destination.OutsideVATArea
	area      string  // b.Destination.SpecialArea, if the schedule needs it
	splits    []split // per Schedule.services, nil without items or services
}

// split is the basket's items split for one service, computed on first
// use.
type split struct {
	done    bool
	packed  []parcel.Packed
	weight  int64             // the packed parcels' total weight
	tooBig  *parcel.ItemError // an item that cannot ship with the service
	detail  string            // tooBig explained
	failure error             // any other error of parcel.Split
}

// split returns the basket split for service i.
func (s *Schedule) split(q *quoteState, i int) *split {
	sp := &q.splits[i]
	if sp.done {
		return sp
	}
	sp.done = true
	cs := &s.services[i]
	packed, err := parcel.Split(q.b.Items, cs.service, cs.packing)
	var ie *parcel.ItemError
	var le *parcel.LimitsError
	switch {
	case err == nil:
	case errors.As(err, &ie) && errors.As(ie.Err, &le):
		sp.tooBig, sp.detail = ie, tooLargeDetail(ie, le, cs.service.Name)
		return sp
	default:
		sp.failure = err
		return sp
	}
	var w int64
	for k := range packed {
		pw := int64(packed[k].Parcel.Weight)
		if w > math.MaxInt64-pw {
			sp.failure = &parcel.OverflowError{Op: "total weight"}
			return sp
		}
		w += pw
	}
	sp.packed, sp.weight = packed, w
	return sp
}

// tooLargeDetail names the item, the service and every limit the item
// breaks.
func tooLargeDetail(ie *parcel.ItemError, le *parcel.LimitsError, service string) string {
	var sb strings.Builder
	if service == "" {
		service = "the offer's parcel service"
	} else {
		service = fmt.Sprintf("%q", service)
	}
	fmt.Fprintf(&sb, "item %d (%q) cannot ship as %s: ", ie.Index, ie.Ref, service)
	for i, l := range le.Failed {
		if i > 0 {
			sb.WriteString("; ")
		}
		sb.WriteString(strings.TrimPrefix(l.Error(), "parcel: "))
	}
	return sb.String()
}

// checkBasket validates b and normalises its destination, totals,
// parcel count and, from its items, weight in place.
func (s *Schedule) checkBasket(b *Basket) error {
	if b.WeightGrams < 0 {
		return basketErr("weight_grams", "%d g is negative", b.WeightGrams)
	}
	if b.Parcels < 0 {
		return basketErr("parcels", "%d is negative", b.Parcels)
	}
	if b.Parcels == 0 {
		b.Parcels = 1
	}
	if b.At.IsZero() {
		return basketErr("at", "the order time is not set")
	}
	b.Destination.Country = strings.ToUpper(b.Destination.Country)
	if !validCountry(b.Destination.Country) {
		return basketErr("destination.country", "%q is not an ISO 3166-1 alpha-2 code", b.Destination.Country)
	}
	b.Destination.PostalCode = NormalizePostalCode(b.Destination.PostalCode)
	for _, t := range [...]struct {
		m     *money.Money
		field string
	}{
		{&b.GoodsAfterDiscountsGross, "goods_after_discounts_gross"},
		{&b.GoodsBeforeDiscountsGross, "goods_before_discounts_gross"},
		{&b.GoodsAfterDiscountsNet, "goods_after_discounts_net"},
	} {
		m, err := s.amount(*t.m, t.field, false)
		if err != nil {
			return basketErr(t.field, "%s", err.(*ConfigError).Reason)
		}
		*t.m = m
	}
	for i := range b.Perks {
		if err := s.checkPerk(&b.Perks[i], fmt.Sprintf("perks[%d]", i)); err != nil {
			return err
		}
	}
	if len(b.Items) > 0 {
		w, err := checkItems(b.Items)
		if err != nil {
			return err
		}
		if b.WeightGrams == 0 {
			b.WeightGrams = w
		}
	}
	if b.Destination.PostalCode == "" && s.needsPostalCode(b.Destination.Country) {
		return basketErr("destination.postal_code", "missing, and the schedule's zones or surcharges for %s depend on it", b.Destination.Country)
	}
	return nil
}

// checkItems validates basket items and returns their total weight.
func checkItems(items []parcel.Item) (int64, error) {
	var units int
	var weight int64
	for i := range items {
		it := &items[i]
		field := func(f string) string { return fmt.Sprintf("items[%d].%s", i, f) }
		switch {
		case it.Quantity <= 0:
			return 0, basketErr(field("quantity"), "%d is not positive", it.Quantity)
		case it.Quantity > parcel.MaxUnits-units:
			return 0, basketErr(field("quantity"), "%d brings the basket beyond parcel.MaxUnits (%d units)", it.Quantity, parcel.MaxUnits)
		case it.Weight < 0:
			return 0, basketErr(field("weight"), "%v is negative", it.Weight)
		}
		if err := it.Dimensions.Validate(); err != nil {
			return 0, basketErr(field("dimensions"), "%s", strings.TrimPrefix(err.Error(), "parcel: "))
		}
		units += it.Quantity
		w := int64(it.Weight)
		if w > (math.MaxInt64-weight)/int64(it.Quantity) {
			return 0, &parcel.OverflowError{Op: "basket weight"}
		}
		weight += w * int64(it.Quantity)
	}
	return weight, nil
}

// checkPerk validates a customer perk.
func (s *Schedule) checkPerk(p *Perk, field string) error {
	for j, m := range p.Modes {
		if !m.Valid() {
			return basketErr(fmt.Sprintf("%s.modes[%d]", field, j), "unknown mode %q", m)
		}
	}
	n := 0
	if p.Free {
		n++
	}
	if !p.AmountOff.IsZero() {
		n++
		if _, err := s.amount(p.AmountOff, field, true); err != nil {
			return basketErr(field+".amount_off", "%s", err.(*ConfigError).Reason)
		}
	}
	if !p.PercentOff.IsZero() {
		n++
		if msg := checkPercent(p.PercentOff, 100, p.Rounding); msg != "" {
			return basketErr(field+".percent_off", "%s", msg)
		}
	}
	if n != 1 {
		return basketErr(field, "perk %q: set exactly one of free, amount_off and percent_off", p.Name)
	}
	return nil
}

// unavailable marks opt as unavailable.
func unavailable(opt *Option, reason Reason, detail string, err error) {
	opt.Unavailable = &UnavailableError{Offer: opt.Offer, Reason: reason, Detail: detail, Err: err}
}

// load is what offer o ships: the weight, the parcel count and, when the
// basket was split for the offer, the parcels.
type load struct {
	weight  int64
	parcels int
	packed  []parcel.Packed
}

// quoteOffer fills opt for offer o.
func (s *Schedule) quoteOffer(ctx context.Context, o *compiledOffer, q *quoteState, opt *Option) error {
	b := q.b
	*opt = Option{Offer: o.id, Mode: o.mode, Carrier: o.carrier, Parcels: b.Parcels, Customs: q.customs}
	d := b.Destination
	zm := resolve(s.zones, o.zones, d.Country, d.PostalCode)
	if zm.zone < 0 {
		if zm.excluded {
			unavailable(opt, ReasonExcluded, fmt.Sprintf("%s %s is excluded from zone %q", d.Country, d.PostalCode, s.zones[zm.excludedBy].name), nil)
		} else {
			unavailable(opt, ReasonNotServed, fmt.Sprintf("no zone covers %s %s", d.Country, d.PostalCode), nil)
		}
		return nil
	}
	opt.Zone = s.zones[zm.zone].name

	ld := load{weight: b.WeightGrams, parcels: b.Parcels}
	if o.service >= 0 && q.splits != nil {
		sp := s.split(q, o.service)
		switch {
		case sp.failure != nil:
			return fmt.Errorf("shipping: offer %q: splitting the items: %w", o.id, sp.failure)
		case sp.tooBig != nil:
			opt.Parcels = 0
			unavailable(opt, ReasonParcelTooLarge, sp.detail, sp.tooBig)
			return nil
		}
		ld.parcels, ld.packed = len(sp.packed), sp.packed
		if q.fromItems {
			ld.weight = sp.weight
		}
		opt.Parcels = ld.parcels
	}

	base, ok, err := s.baseFee(ctx, o, &ld, b.Destination, opt)
	if err != nil || !ok {
		return err
	}
	surcharges, kept := money.Zero(s.currency), money.Zero(s.currency)
	area := q.area
	for i := range o.surcharges {
		sc := &o.surcharges[i]
		if sc.zone >= 0 && sc.zone != zm.zone || sc.area != "" && sc.area != area {
			continue
		}
		amt := sc.fixed
		if !sc.rate.IsZero() {
			if amt, err = base.Mul(sc.rate, sc.mode); err != nil {
				return err
			}
		}
		if surcharges, err = surcharges.Add(amt); err != nil {
			return err
		}
		if sc.keep {
			if kept, err = kept.Add(amt); err != nil {
				return err
			}
		}
	}
	full, err := base.Add(surcharges)
	if err != nil {
		return err
	}
	opt.FullFee, opt.Surcharges, opt.Fee = full, surcharges, full

	if !o.threshold.IsZero() {
		fs := FreeShipping{Offered: true, Threshold: o.threshold.Amount, Basis: o.threshold.Basis, Left: money.Zero(s.currency)}
		total := b.GoodsAfterDiscountsGross
		switch o.threshold.Basis {
		case GoodsBeforeDiscountsGross:
			total = b.GoodsBeforeDiscountsGross
		case GoodsAfterDiscountsNet:
			total = b.GoodsAfterDiscountsNet
		}
		left, err := o.threshold.Amount.Sub(total)
		if err != nil {
			return err
		}
		if left.Sign() > 0 {
			fs.Left = left
		} else {
			opt.Fee = kept
		}
		opt.FreeShipping = fs
	}

	if before := opt.Fee; before.Sign() > 0 {
		for i := range b.Perks {
			p := &b.Perks[i]
			if !p.appliesTo(o.mode) {
				continue
			}
			// Each perk is applied alone to the fee before perks; they do
			// not stack.
			fee, err := applyPerk(p, before)
			if err != nil {
				return err
			}
			if c, _ := fee.Cmp(opt.Fee); c < 0 {
				opt.Fee, opt.Perk = fee, p.Name
			}
		}
	}
	opt.Window = o.transit.promise(b.At, s.loc, s.cal)
	return nil
}

// baseFee computes the fee rule's amount; ok is false when the option was
// marked unavailable.
func (s *Schedule) baseFee(ctx context.Context, o *compiledOffer, ld *load, dest Destination, opt *Option) (fee money.Money, ok bool, err error) {
	f := &o.fee
	switch f.kind {
	case feeFlat:
		return f.flat, true, nil
	case feeBrackets:
		for i := range f.brackets {
			if br := &f.brackets[i]; ld.weight < br.MaxGrams {
				return br.Fee, true, nil
			}
		}
		unavailable(opt, ReasonTooHeavy, fmt.Sprintf("%d g, the last bracket ends at %d g", ld.weight, f.brackets[len(f.brackets)-1].MaxGrams), nil)
		return money.Money{}, false, nil
	}
	rate, err := f.source.Rate(ctx, RateRequest{
		Offer: o.id, Carrier: o.carrier, Mode: o.mode, From: s.shipFrom,
		Destination: dest, WeightGrams: ld.weight, Parcels: ld.parcels, Packed: ld.packed,
	})
	if rate.IsZero() && rate.Currency().IsZero() {
		rate = money.Zero(s.currency)
	}
	switch {
	case err != nil:
		unavailable(opt, ReasonCarrierFailed, "", err)
		return money.Money{}, false, nil
	case rate.Currency() != s.currency:
		unavailable(opt, ReasonCarrierFailed, fmt.Sprintf("rate %v is not in %s", rate, s.currency), nil)
		return money.Money{}, false, nil
	case rate.Sign() < 0:
		unavailable(opt, ReasonCarrierFailed, fmt.Sprintf("negative rate %v", rate), nil)
		return money.Money{}, false, nil
	}
	fee = rate
	if !f.marginRate.IsZero() {
		m, err := rate.Mul(f.marginRate, f.marginMode)
		if err != nil {
			return money.Money{}, false, err
		}
		if fee, err = fee.Add(m); err != nil {
			return money.Money{}, false, err
		}
	}
	if fee, err = fee.Add(f.marginFix); err != nil {
		return money.Money{}, false, err
	}
	return fee, true, nil
}

// applyPerk returns fee after perk p, never below zero.
func applyPerk(p *Perk, fee money.Money) (money.Money, error) {
	off := p.AmountOff
	switch {
	case p.Free:
		return money.Zero(fee.Currency()), nil
	case !p.PercentOff.IsZero():
		var err error
		if off, err = fee.Mul(p.PercentOff.Shift(-2), p.Rounding); err != nil {
			return money.Money{}, err
		}
	}
	if c, _ := off.Cmp(fee); c >= 0 {
		return money.Zero(fee.Currency()), nil
	}
	return fee.Sub(off)
}
