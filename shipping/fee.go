package shipping

import (
	"context"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping/parcel"
)

// FeeRule is how an offer's base fee is computed: Flat, WeightBrackets or
// CarrierRate. The set is closed; surcharges, the free-shipping threshold
// and customer perks apply on top of any of them.
type FeeRule interface {
	isFeeRule()
}

// Flat is one fee whatever the basket: 4.50 EUR for home delivery in
// Belgium, zero for click & collect.
type Flat struct {
	Amount money.Money // zero or positive, in the schedule's currency
}

// Bracket is a fee for weights in [MinGrams, MaxGrams): MinGrams
// inclusive, MaxGrams exclusive.
type Bracket struct {
	MinGrams int64
	MaxGrams int64
	Fee      money.Money
}

// WeightBrackets prices by the basket's total weight in grams. Brackets
// are sorted, contiguous (each starts where the previous one ends) and
// start at 0 g; a weight at or beyond the last MaxGrams makes the offer
// unavailable with ReasonTooHeavy.
type WeightBrackets struct {
	Brackets []Bracket
}

// CarrierRate asks the carrier for a live rate and adds the merchant's
// margin. A failing source makes the offer unavailable with
// ReasonCarrierFailed; it never fails the whole quote.
type CarrierRate struct {
	Source RateSource
	Margin Margin
}

func (Flat) isFeeRule()           {}
func (WeightBrackets) isFeeRule() {}
func (CarrierRate) isFeeRule()    {}

// Margin is what the merchant adds to a carrier's rate: rate + rate ×
// Percent/100 rounded with Rounding, + Fixed. The zero Margin adds nothing.
type Margin struct {
	Fixed    money.Money        // zero or positive
	Percent  decimal.Decimal    // 0 to 1000, in percent: 15 for 15 %
	Rounding money.RoundingMode // required when Percent is not zero
}

// RateRequest is what a RateSource is asked to price.
type RateRequest struct {
	Offer       string      // the offer's ID
	Carrier     string      // the offer's carrier
	Mode        Mode        // the offer's mode
	From        string      // the ship-from country
	Destination Destination // normalised
	WeightGrams int64       // the basket's total weight (see Basket.WeightGrams)
	Parcels     int         // at least 1
	// Packed, when the basket's Items were split for the offer's Service,
	// are the parcels (len(Packed) == Parcels), with their weights
	// (items plus tare) and stacked dimensions; nil otherwise. Shared
	// between offers: read only.
	Packed []parcel.Packed
}

// RateSource quotes a carrier's price for a shipment, in the schedule's
// currency: a carrier's API client, or an in-memory rate sheet. It must be
// safe for concurrent use if the Schedule is.
type RateSource interface {
	Rate(ctx context.Context, req RateRequest) (money.Money, error)
}

// RateFunc adapts a function to RateSource.
type RateFunc func(ctx context.Context, req RateRequest) (money.Money, error)

// Rate calls f.
func (f RateFunc) Rate(ctx context.Context, req RateRequest) (money.Money, error) {
	return f(ctx, req)
}

// Surcharge is added to an offer's base fee, in one zone of the offer or
// in all of them: Corsica +5.00, islands +20 %. Exactly one of Fixed and
// Percent is set. A reached free-shipping threshold waives surcharges too,
// unless KeepWhenFree.
type Surcharge struct {
	Name string // shown to the merchant, e.g. "Corsica"
	Zone string // one of the offer's zones; "" for all of them
	// Area limits the surcharge to one of the special areas carriers
	// surcharge (SpecialAreas: "Corsica", "the Balearic Islands", ...);
	// "" for none.
	Area         string
	Fixed        money.Money        // positive, in the schedule's currency
	Percent      decimal.Decimal    // of the base fee, in percent: 0 < Percent <= 1000
	Rounding     money.RoundingMode // required with Percent
	KeepWhenFree bool               // still charged when the threshold is reached
}

// Basis is the amount a free-shipping threshold is compared with. The zero
// Basis is GoodsAfterDiscountsGross, what the shopper sees.
type Basis uint8

// The threshold bases; the Basket carries one total for each.
const (
	// GoodsAfterDiscountsGross: goods after discounts, VAT included (default).
	GoodsAfterDiscountsGross Basis = iota
	// GoodsBeforeDiscountsGross: goods before discounts, VAT included.
	GoodsBeforeDiscountsGross
	// GoodsAfterDiscountsNet: goods after discounts, VAT excluded.
	GoodsAfterDiscountsNet
)

// Valid reports whether b is one of the Basis constants.
func (b Basis) Valid() bool { return b <= GoodsAfterDiscountsNet }

// String returns the basis's name.
func (b Basis) String() string {
	switch b {
	case GoodsAfterDiscountsGross:
		return "goods_after_discounts_gross"
	case GoodsBeforeDiscountsGross:
		return "goods_before_discounts_gross"
	case GoodsAfterDiscountsNet:
		return "goods_after_discounts_net"
	}
	return fmt.Sprintf("Basis(%d)", uint8(b))
}

// Threshold makes shipping free when the basket's total on Basis reaches
// Amount. The zero Threshold means the offer has none.
type Threshold struct {
	Amount money.Money // positive, in the schedule's currency
	Basis  Basis
}

// IsZero reports whether t is the zero Threshold: no free shipping.
func (t Threshold) IsZero() bool { return t == Threshold{} }

// Perk is a customer's advantage on shipping, from a subscription or a
// loyalty tier: free shipping, or a fixed amount or a percentage off the
// fee, on some modes or all of them. Exactly one of Free, AmountOff and
// PercentOff is set. Quote applies, per option, the perk that leaves the
// lowest fee (the first one listed on a tie) and names it; perks do not
// stack.
type Perk struct {
	Name       string             // e.g. "Premium subscription", "Gold tier"
	Modes      []Mode             // the modes it applies to; empty for all
	Free       bool               // the fee becomes zero
	AmountOff  money.Money        // positive; the fee never goes below zero
	PercentOff decimal.Decimal    // 0 < PercentOff <= 100, in percent
	Rounding   money.RoundingMode // required with PercentOff; rounds the amount taken off
}

// appliesTo reports whether p covers mode m.
func (p *Perk) appliesTo(m Mode) bool {
	if len(p.Modes) == 0 {
		return true
	}
	for _, pm := range p.Modes {
		if pm == m {
			return true
		}
	}
	return false
}

// checkPercent validates a percent in (0, limit] with its rounding mode.
func checkPercent(p decimal.Decimal, max int64, mode money.RoundingMode) string {
	limit := decimal.NewFromInt(max)
	switch {
	case p.Sign() <= 0:
		return fmt.Sprintf("percent %s must be positive", p)
	case p.GreaterThan(limit):
		return fmt.Sprintf("percent %s is above %s", p, limit)
	case !mode.Valid():
		return fmt.Sprintf("percent %s needs a rounding mode, have %v", p, mode)
	}
	return ""
}
