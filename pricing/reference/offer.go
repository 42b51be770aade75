package reference

import (
	"fmt"

	"github.com/comptoir/comptoir/calendar"
)

// Sector is the kind of goods an offer is about, as far as the waiting
// periods care. The zero Sector is SectorUnknown, which CheckOffer rejects:
// an unclassified product must not pass as exempt.
type Sector uint8

// The sectors.
const (
	SectorUnknown      Sector = iota // not classified: an error
	SectorClothing                   // clothing (habillement, kleding)
	SectorLeatherGoods               // leather goods (maroquinerie, lederwaren)
	SectorShoes                      // shoes (chaussures, schoenen)
	SectorOther                      // any other goods: no waiting period
)

// Valid reports whether s is one of the named sectors other than
// SectorUnknown.
func (s Sector) Valid() bool { return s > SectorUnknown && s <= SectorOther }

// String returns the sector's name, e.g. "leather goods", or "Sector(n)".
func (s Sector) String() string {
	switch s {
	case SectorUnknown:
		return "unknown sector"
	case SectorClothing:
		return "clothing"
	case SectorLeatherGoods:
		return "leather goods"
	case SectorShoes:
		return "shoes"
	case SectorOther:
		return "other goods"
	}
	return fmt.Sprintf("Sector(%d)", uint8(s))
}

// OfferKind is the commercial practice an offer uses. The zero OfferKind is
// OfferUnknown, which CheckOffer rejects.
type OfferKind uint8

// The offer kinds.
const (
	OfferUnknown OfferKind = iota // not classified: an error
	// OfferReduction announces a price reduction (a was price, a
	// percentage, an amount off), or suggests one.
	OfferReduction
	// OfferVoucher hands out vouchers giving a reduction.
	OfferVoucher
	// OfferJoint is a joint offer, several items for the price of fewer
	// (1+1 free, 3 for 2). It stays allowed in the waiting periods.
	OfferJoint
	// OfferConditional is a reduction on a condition, such as the second
	// item at half price. Outside the prior-price rule (law-and-tax R4), but
	// it announces a reduction, so CheckOffer treats it as one.
	OfferConditional
)

// Valid reports whether k is one of the named kinds other than
// OfferUnknown.
func (k OfferKind) Valid() bool { return k > OfferUnknown && k <= OfferConditional }

// String returns the kind's name, e.g. "joint offer", or "OfferKind(n)".
func (k OfferKind) String() string {
	switch k {
	case OfferUnknown:
		return "unknown offer"
	case OfferReduction:
		return "price reduction"
	case OfferVoucher:
		return "reduction voucher"
	case OfferJoint:
		return "joint offer"
	case OfferConditional:
		return "conditional reduction"
	}
	return fmt.Sprintf("OfferKind(%d)", uint8(k))
}

// Offer is an offer as CheckOffer sees it: what it is, on which goods, and
// the days First to Last (both included) on which it is announced, shown or
// handed out. For a single day, First == Last.
type Offer struct {
	Kind        OfferKind
	Sector      Sector
	First, Last calendar.Date
}

// Reason is why CheckOffer did or did not flag an offer.
type Reason uint8

// The reasons, in the order CheckOffer considers them.
const (
	// ReasonSectorNotCovered: the waiting periods concern only clothing,
	// leather goods and shoes.
	ReasonSectorNotCovered Reason = iota + 1
	// ReasonJointOffer: joint offers stay allowed in a waiting period.
	ReasonJointOffer
	// ReasonOutsideWaitingPeriods: no day of the offer is in a waiting
	// period.
	ReasonOutsideWaitingPeriods
	// ReasonWaitingPeriod: a reduction or voucher on clothing, leather goods
	// or shoes during a waiting period, which CDE art. VI.25 ff. ban. The
	// only reason that flags.
	ReasonWaitingPeriod
)

// String explains the reason and names the rule.
func (r Reason) String() string {
	switch r {
	case ReasonSectorNotCovered:
		return "not clothing, leather goods or shoes: no waiting period applies (CDE art. VI.25 ff.)"
	case ReasonJointOffer:
		return "joint offer: allowed during the waiting period (CDE art. VI.25 ff.)"
	case ReasonOutsideWaitingPeriods:
		return "outside the waiting periods"
	case ReasonWaitingPeriod:
		return "reduction announced or voucher handed out on clothing, leather goods or shoes during the waiting period: banned (CDE art. VI.25 ff.)"
	}
	return fmt.Sprintf("Reason(%d)", uint8(r))
}

// Verdict is the result of CheckOffer.
type Verdict struct {
	// Flagged reports that the offer falls foul of a waiting period.
	Flagged bool
	// Reason says why, and names the rule.
	Reason Reason
	// Period is the first waiting period the offer's days overlap, whether
	// or not that flags it, and the zero Period when they overlap none.
	Period Period
}

// CheckOffer flags an announced reduction, conditional reduction or
// reduction voucher on clothing, leather goods or shoes any of whose days
// falls in a Belgian waiting period (law-and-tax R5). Joint offers and other
// goods are never flagged. A flag is a finding for the merchant to act on,
// not a decision: the waiting periods are only part of CDE art. VI.25 ff.
//
// An unknown or out-of-range Kind or Sector, an invalid First or Last, or a
// Last before First is an error matching ErrInvalidInput.
func CheckOffer(o Offer) (Verdict, error) {
	if err := o.validate(); err != nil {
		return Verdict{}, err
	}
	v := Verdict{Period: firstWaitingPeriod(o.First, o.Last)}
	switch {
	case o.Sector == SectorOther:
		v.Reason = ReasonSectorNotCovered
	case o.Kind == OfferJoint:
		v.Reason = ReasonJointOffer
	case v.Period.Kind == 0:
		v.Reason = ReasonOutsideWaitingPeriods
	default:
		v.Flagged, v.Reason = true, ReasonWaitingPeriod
	}
	return v, nil
}

func (o Offer) validate() error {
	if !o.Kind.Valid() {
		return inputErr("Offer.Kind", "%v", o.Kind)
	}
	if !o.Sector.Valid() {
		return inputErr("Offer.Sector", "%v", o.Sector)
	}
	if !o.First.IsValid() {
		return inputErr("Offer.First", "%v is not a valid date", o.First)
	}
	if !o.Last.IsValid() {
		return inputErr("Offer.Last", "%v is not a valid date", o.Last)
	}
	if o.Last.Before(o.First) {
		return inputErr("Offer.Last", "%v is before First %v", o.Last, o.First)
	}
	return nil
}

// firstWaitingPeriod returns the earliest waiting period that overlaps the
// days first to last, or the zero Period. The winter period of a year
// starts in December of the year before, so the loop runs one year past
// last; periods that would start before year 1 or end after 9999 are not
// considered.
func firstWaitingPeriod(first, last calendar.Date) Period {
	for y := first.Year; y <= min(last.Year+1, 9999); y++ {
		periods := [2]Period{winterWaiting(y), summerWaiting(y)}
		if y < 2 {
			periods[0] = Period{}
		}
		for _, p := range periods {
			if p.Kind != 0 && !p.Last.Before(first) && !p.First.After(last) {
				return p
			}
		}
	}
	return Period{}
}
