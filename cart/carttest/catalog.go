package carttest

import (
	"context"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/internal/fault"
)

// Catalog is an in-memory cart.Catalog. Build it with NewCatalog; the zero
// Catalog is ready to use too. It is safe for concurrent use.
type Catalog struct {
	mu      sync.Mutex
	prices  map[priceKey]decimal.Decimal
	sales   map[string][]sale // by SKU
	queries []cart.PriceQuery
	faults  fault.Injector[Op]
}

var _ cart.Catalog = (*Catalog)(nil)

// priceKey names a regular price: channel and group "" for any.
type priceKey struct {
	sku, channel, group string
}

// sale is a dated sale price, in effect in [from, until) (no end for a
// zero until).
type sale struct {
	price       decimal.Decimal
	from, until time.Time
}

// NewCatalog returns a Catalog that sells nothing.
func NewCatalog() *Catalog {
	c := &Catalog{}
	c.init()
	return c
}

// init makes the maps of a zero Catalog. The caller holds c.mu, or owns c.
func (c *Catalog) init() {
	if c.prices != nil {
		return
	}
	c.prices = map[priceKey]decimal.Decimal{}
	c.sales = map[string][]sale{}
}

// SetPrice sets the regular price of sku, for every channel and group
// without a price of their own. Prices are stored as given, zero or
// negative ones too, so that tests can feed odd prices to a cart.
func (c *Catalog) SetPrice(sku string, price decimal.Decimal) {
	c.SetPriceFor(sku, "", "", price)
}

// SetPriceFor sets the regular price of sku on channel for the customer
// group ("" for either stands for any). The most specific price wins: the
// channel's and the group's, then the group's on any channel, then the
// channel's for any group, then the one set by SetPrice.
func (c *Catalog) SetPriceFor(sku, channel, group string, price decimal.Decimal) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.init()
	c.prices[priceKey{sku, channel, group}] = price
}

// SetSale puts sku on sale at price from from until until (excluded; a
// zero until never ends), on every channel and for every group, wherever
// price is below the regular price. Of overlapping sales the lowest price
// wins. A window with until not after from is never in effect. A sale does
// not put on sale a SKU without a regular price.
func (c *Catalog) SetSale(sku string, price decimal.Decimal, from, until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.init()
	c.sales[sku] = append(c.sales[sku], sale{price: price, from: from, until: until})
}

// Remove takes sku off the catalogue: its prices and sales are forgotten,
// and Prices leaves it out until it is priced again.
func (c *Catalog) Remove(sku string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	maps.DeleteFunc(c.prices, func(k priceKey, _ decimal.Decimal) bool { return k.sku == sku })
	delete(c.sales, sku)
}

// Prices returns the price of each SKU of q that is for sale: the most
// specific regular price for q.Channel and q.Group, or the lowest sale
// price in effect at q.At when it is lower. SKUs not for sale are left
// out. The query is recorded (see Queries).
func (c *Catalog) Prices(ctx context.Context, q cart.PriceQuery) (map[string]decimal.Decimal, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.faults.Begin(ctx, OpPrices, All); err != nil {
		return nil, err
	}
	q.SKUs = slices.Clone(q.SKUs)
	c.queries = append(c.queries, q)
	m := make(map[string]decimal.Decimal, len(q.SKUs))
	for _, sku := range q.SKUs {
		if p, ok := c.price(sku, q.Channel, q.Group, q.At); ok {
			m[sku] = p
		}
	}
	return m, nil
}

// Price returns what Prices would answer for sku, and whether it is for
// sale, without counting a call, recording a query or failing.
func (c *Catalog) Price(sku, channel, group string, at time.Time) (decimal.Decimal, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.price(sku, channel, group, at)
}

// Queries returns the queries Prices answered, failed calls aside, in
// order. They are copies.
func (c *Catalog) Queries() []cart.PriceQuery {
	c.mu.Lock()
	defer c.mu.Unlock()
	qs := slices.Clone(c.queries)
	for i := range qs {
		qs[i].SKUs = slices.Clone(qs[i].SKUs)
	}
	return qs
}

// Fail makes every later call of op (OpPrices, or All) fail with err,
// until Fail(op, nil). A failure set for op itself wins over one set for
// All. An injected failure is returned as is.
func (c *Catalog) Fail(op Op, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.faults.Fail(op, err)
}

// FailNext makes the next call of op (OpPrices, or All) fail with err,
// once. Failures queued by several calls are used in turn, and before
// those set by Fail. A nil err is ignored.
func (c *Catalog) FailNext(op Op, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.faults.FailNext(op, err)
}

// CallCount returns how many calls of op (OpPrices, or All) were made,
// failed ones included.
func (c *Catalog) CallCount(op Op) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return callCount(&c.faults, op)
}

// price is the price of sku on channel for group at at. The caller holds
// c.mu.
func (c *Catalog) price(sku, channel, group string, at time.Time) (decimal.Decimal, bool) {
	p, ok := c.regular(sku, channel, group)
	if !ok {
		return decimal.Decimal{}, false
	}
	for _, s := range c.sales[sku] {
		if s.active(at) && s.price.LessThan(p) {
			p = s.price
		}
	}
	return p, true
}

// regular is the most specific regular price of sku. The caller holds
// c.mu.
func (c *Catalog) regular(sku, channel, group string) (decimal.Decimal, bool) {
	for _, k := range [...]priceKey{{sku, channel, group}, {sku, "", group}, {sku, channel, ""}, {sku, "", ""}} {
		if p, ok := c.prices[k]; ok {
			return p, true
		}
	}
	return decimal.Decimal{}, false
}

// active reports whether the sale is in effect at at.
func (s sale) active(at time.Time) bool {
	return !at.Before(s.from) && (s.until.IsZero() || at.Before(s.until))
}
