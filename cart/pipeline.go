package cart

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/parcel"
)

// promotions applies the engine to the cart's lines (pipeline step 2).
func (co *Checkout) promotions(c *Cart, r *Request, p *priced) error {
	engine := co.Promotions
	if engine == nil {
		var err error
		if engine, err = promo.NewEngine(promo.Policy{Mode: co.Policy.Mode}); err != nil {
			return err
		}
	}
	pc := promo.Cart{Currency: c.currency, Entry: c.entry, Channel: string(c.channel), At: r.At, Codes: c.codes,
		Customer: promo.Customer{ID: r.Customer.ID, Groups: r.Groups, Tier: r.Tier, FirstOrder: r.FirstOrder},
		Lines:    make([]promo.Line, len(c.lines))}
	var rates rateCache
	for i, l := range c.lines {
		pl := promo.Line{ID: l.ID, SKU: l.SKU, Product: l.Product, Tags: l.Tags, Quantity: l.Quantity, UnitPrice: l.UnitPrice}
		if l.Category != "" {
			pl.Categories = []string{l.Category}
		}
		// The rate of the seller's country converts totals between the
		// bases thresholds may use; a category with no rate there leaves
		// it unset, and only a threshold needing it fails.
		pl.VATRate = rates.of(co.ShipFrom.Country, l.TaxCategory, p)
		pc.Lines[i] = pl
	}
	res, err := engine.Apply(pc, r.Counts)
	if err != nil {
		return err
	}
	p.promoRes, p.summary.Promotions = res, res
	for _, o := range res.Outcomes {
		if add, ok := o.AmountToQualify(); ok {
			p.summary.Almost = append(p.summary.Almost, Almost{PromotionID: o.PromotionID, Add: add})
		}
	}
	return nil
}

// rateCache remembers the rates of the categories seen, a cart having
// few categories and many lines.
type rateCache struct {
	cats  [4]vat.Category
	rates [4]decimal.NullDecimal
	n     int
}

func (rc *rateCache) of(country string, cat vat.Category, p *priced) decimal.NullDecimal {
	for i := range rc.n {
		if rc.cats[i] == cat {
			return rc.rates[i]
		}
	}
	var r decimal.NullDecimal
	if rate, err := vat.Rate(country, cat, p.date); err == nil {
		r = decimal.NewNullDecimal(rate)
	}
	if rc.n < len(rc.cats) {
		rc.cats[rc.n], rc.rates[rc.n] = cat, r
		rc.n++
	}
	return r
}

// treatment decides where VAT is due (vat.Due). The sale's amount, which
// counts toward the micro-seller threshold, is the goods after discounts
// without VAT, in EUR.
func (co *Checkout) treatment(c *Cart, r *Request, p *priced) (vat.Decision, error) {
	kind := vat.Consumer
	if r.Customer.Kind == order.Business {
		kind = vat.Business
	}
	sale := vat.Sale{Seller: co.Seller, CrossBorderThisYear: r.CrossBorderThisYear, CrossBorderLastYear: r.CrossBorderLastYear,
		Customer: kind, BuyerCheck: r.BuyerCheck, ShipFrom: co.ShipFrom, Date: p.date,
		ShipTo: vat.Place{Country: r.Billing.Country}, Supply: vat.ElectronicService}
	if p.goods {
		sale.Supply, sale.ShipTo = vat.Goods, vat.Place{Country: r.Shipping.Country, PostalCode: r.Shipping.PostalCode}
	}
	if r.Customer.VATNumber != "" {
		n, err := vat.ParseNumber(r.Customer.VATNumber)
		if err != nil {
			return vat.Decision{}, fmt.Errorf("cart: customer VAT number: %w", err)
		}
		sale.BuyerNumber = n
	}
	if sale.ShipTo.Country != co.ShipFrom.Country {
		// A cross-border sale taxed as to a consumer (a business without
		// a checked number is) counts toward the distance-sales threshold.
		amount, err := co.domesticNet(c, p, money.Zero(c.currency))
		if err != nil {
			return vat.Decision{}, err
		}
		sale.Amount = amount
	}
	p.sale = sale
	return vat.Due(sale)
}

// redecide decides the treatment again once the shipping fee is known,
// when the sale stayed under the micro-seller threshold on its goods: the
// delivery charged counts toward it too.
func (co *Checkout) redecide(c *Cart, r *Request, p *priced, dec vat.Decision, fee money.Money) (vat.Decision, error) {
	if dec.Treatment != vat.MicroSellerOrigin || fee.IsZero() {
		return dec, nil
	}
	amount, err := co.domesticNet(c, p, fee)
	if err != nil {
		return vat.Decision{}, err
	}
	sale := p.sale
	sale.Amount = amount
	return vat.Due(sale)
}

// domesticNet is the goods after discounts and the delivery fee without
// the seller's own VAT: the amount a cross-border sale adds to the EUR
// 10,000 threshold.
func (co *Checkout) domesticNet(c *Cart, p *priced, fee money.Money) (money.Money, error) {
	if c.currency.Code() != "EUR" {
		return money.Money{}, fmt.Errorf("%w: the EU distance-sales threshold counts in EUR; a %s cart cannot be measured against it", ErrSetup, c.currency.Code())
	}
	res, err := co.tax(c, p, vat.Decision{Treatment: vat.Domestic, Country: co.ShipFrom.Country}, fee)
	if err != nil {
		return money.Money{}, err
	}
	return res.Totals.Net, nil
}

// tax runs the tax calculation on the discounted lines and a shipping
// fee (pipeline step 4).
func (co *Checkout) tax(c *Cart, p *priced, dec vat.Decision, fee money.Money) (pricing.Result, error) {
	doc := pricing.Document{Currency: c.currency, Date: p.date, PriceCountry: co.ShipFrom.Country,
		Lines: make([]pricing.Line, len(c.lines)), Shipping: fee, Treatment: dec}
	n := 0
	for _, l := range p.promoRes.Lines {
		n += len(l.Discounts)
	}
	discounts := make([]pricing.AllocatedDiscount, 0, n)
	for i, l := range c.lines {
		pl := pricing.Line{ID: l.ID, Quantity: l.Quantity, UnitPrice: l.UnitPrice, Category: l.TaxCategory}
		if ds := p.promoRes.Lines[i].Discounts; len(ds) > 0 {
			start := len(discounts)
			for _, d := range ds {
				discounts = append(discounts, pricing.AllocatedDiscount{ID: d.PromotionID, Amount: d.Amount})
			}
			pl.Discounts = discounts[start:len(discounts):len(discounts)]
		}
		doc.Lines[i] = pl
	}
	return pricing.Calculate(doc, co.Policy)
}

// ship quotes delivery on the discounted goods and picks the option
// (pipeline step 3), then applies free-shipping promotions. It returns
// the fee to tax.
func (co *Checkout) ship(ctx context.Context, c *Cart, r *Request, p *priced, dec vat.Decision) (money.Money, error) {
	zero := money.Zero(c.currency)
	if !p.goods {
		return zero, nil
	}
	basket, err := co.basket(c, r, p, dec)
	if err != nil {
		return money.Money{}, err
	}
	opts, err := co.Shipping.Quote(ctx, basket)
	if err != nil {
		return money.Money{}, err
	}
	p.summary.Options = opts
	chosen, err := choose(opts, r.Offer)
	if err != nil {
		return money.Money{}, err
	}
	p.summary.Chosen = chosen
	p.summary.FreeShippingLeft = zero
	if chosen.FreeShipping.Offered && !chosen.FreeShipping.Left.IsZero() {
		p.summary.FreeShippingLeft = chosen.FreeShipping.Left
	}
	fee := chosen.Fee
	p.summary.ShippingDiscount = zero
	if id, ok := p.promoRes.FreeShippingFor(string(chosen.Mode)); ok && fee.Sign() > 0 {
		p.summary.ShippingDiscount, p.summary.ShippingPromotion = fee, id
		p.summary.FreeShippingLeft = zero
		fee = zero
	}
	return fee, nil
}

// basket is what the shipping quote prices: the goods totals on the
// bases the schedule's thresholds read, the weight or the items, the
// destination.
func (co *Checkout) basket(c *Cart, r *Request, p *priced, dec vat.Decision) (shipping.Basket, error) {
	b := shipping.Basket{
		Destination: shipping.Destination{Country: r.Shipping.Country, PostalCode: r.Shipping.PostalCode},
		Perks:       r.Perks, At: r.At,
	}
	if err := co.goodsTotals(&b, c, p, dec); err != nil {
		return shipping.Basket{}, err
	}
	items, weight, err := parcelItems(c)
	if err != nil {
		return shipping.Basket{}, err
	}
	b.Items, b.WeightGrams = items, weight
	return b, nil
}

// goodsTotals fills the basket's goods totals the schedule reads. The
// promotions' totals are already on the cart's price entry; the other
// bases take a tax calculation, done only when a threshold needs it. A
// gross price is what the shopper pays only when the sale is taxed and
// the policy keeps gross prices.
func (co *Checkout) goodsTotals(b *shipping.Basket, c *Cart, p *priced, dec vat.Decision) error {
	after, before := p.promoRes.Total, p.promoRes.Subtotal
	if c.entry == pricing.PricesExcludeVAT {
		b.GoodsAfterDiscountsNet = after
	} else if taxed(dec) && co.Policy.CrossBorder == pricing.KeepGross {
		b.GoodsAfterDiscountsGross, b.GoodsBeforeDiscountsGross = after, before
	}
	s := co.Shipping
	if b.GoodsAfterDiscountsNet.IsZero() && s.Uses(shipping.GoodsAfterDiscountsNet) ||
		b.GoodsAfterDiscountsGross.IsZero() && s.Uses(shipping.GoodsAfterDiscountsGross) {
		res, err := co.tax(c, p, dec, money.Zero(c.currency))
		if err != nil {
			return err
		}
		b.GoodsAfterDiscountsNet, b.GoodsAfterDiscountsGross = res.Totals.Net, res.Totals.Gross
	}
	if b.GoodsBeforeDiscountsGross.IsZero() && s.Uses(shipping.GoodsBeforeDiscountsGross) {
		bare := *p
		bare.promoRes.Lines = make([]promo.LineResult, len(c.lines))
		res, err := co.tax(c, &bare, dec, money.Zero(c.currency))
		if err != nil {
			return err
		}
		b.GoodsBeforeDiscountsGross = res.Totals.Gross
	}
	return nil
}

// taxed reports whether the treatment charges VAT.
func taxed(dec vat.Decision) bool {
	switch dec.Treatment {
	case vat.Domestic, vat.OSSDestination, vat.MicroSellerOrigin:
		return true
	}
	return false
}

// parcelItems returns the goods as parcel items when every goods line is
// in whole units with dimensions, so that offers can split them into
// parcels; otherwise no items and the total weight.
func parcelItems(c *Cart) ([]parcel.Item, int64, error) {
	items := make([]parcel.Item, 0, len(c.lines))
	for _, l := range c.lines {
		if l.Flags.Digital || l.Flags.Service {
			continue
		}
		if l.ByMeasure || l.Dimensions.Validate() != nil || !l.Quantity.IsInteger() || l.Quantity.GreaterThan(decimal.NewFromInt(parcel.MaxUnits)) {
			weight, err := totalWeight(c)
			return nil, weight, err
		}
		items = append(items, parcel.Item{Ref: l.ID, Weight: parcel.Grams(l.WeightGrams), Dimensions: l.Dimensions, Quantity: int(l.Quantity.IntPart())})
	}
	return items, 0, nil
}

// totalWeight is the goods' weight in grams, rounded up.
func totalWeight(c *Cart) (int64, error) {
	var total int64
	for _, l := range c.lines {
		if l.Flags.Digital || l.Flags.Service {
			continue
		}
		w, err := lineWeight(l)
		if err != nil {
			return 0, err
		}
		if total > math.MaxInt64-w {
			return 0, fmt.Errorf("%w: total weight over %d g", ErrInvalidItem, int64(math.MaxInt64))
		}
		total += w
	}
	return total, nil
}

// choose returns the offer asked for, or the cheapest available one.
func choose(opts []shipping.Option, offer string) (*shipping.Option, error) {
	var best *shipping.Option
	for i := range opts {
		o := &opts[i]
		if offer != "" && o.Offer == offer {
			if !o.Available() {
				return nil, &NoShippingError{Offer: offer, Reasons: []string{o.Unavailable.Error()}}
			}
			return o, nil
		}
		if offer == "" && o.Available() && (best == nil || cheaper(o.Fee, best.Fee)) {
			best = o
		}
	}
	if best != nil {
		return best, nil
	}
	e := &NoShippingError{Offer: offer}
	for _, o := range opts {
		if o.Unavailable != nil {
			e.Reasons = append(e.Reasons, o.Offer+": "+o.Unavailable.Error())
		}
	}
	if offer != "" {
		e.Reasons = append(e.Reasons, "no offer "+offer)
	}
	return nil, e
}

func cheaper(a, b money.Money) bool {
	c, err := a.Cmp(b)
	return err == nil && c < 0
}

// NoShippingError says why no shipping option serves the cart.
type NoShippingError struct {
	Offer   string
	Reasons []string
}

// Error lists the reasons.
func (e *NoShippingError) Error() string {
	return "cart: no shipping option: " + strings.Join(e.Reasons, "; ")
}

// Is reports whether target is ErrNoShipping.
func (e *NoShippingError) Is(target error) bool { return target == ErrNoShipping }

// summaryLines joins the cart lines, their promotions and their tax.
func summaryLines(c *Cart, pr promo.Result, tax pricing.Result) []SummaryLine {
	out := make([]SummaryLine, len(c.lines))
	for i, l := range c.lines {
		t := tax.Lines[i]
		out[i] = SummaryLine{Line: l, Amount: pr.Lines[i].Amount, Discounts: pr.Lines[i].Discounts,
			Amounts: pricing.Amounts{Net: t.Net, VAT: t.VAT, Gross: t.Gross}, Rate: t.Rate}
	}
	return out
}
