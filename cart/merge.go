package cart

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
)

// PriceChange is a line whose unit price changed: the shopper must see it
// before paying.
type PriceChange struct {
	LineID, SKU string
	Old, New    decimal.Decimal
}

// Report is what re-validating a cart found: prices changed (and
// applied, to be shown), items no longer for sale (removed), and lines
// short of stock (left as they are: checkout refuses them).
type Report struct {
	PriceChanges []PriceChange
	Removed      []Line
	Shortages    []LineStock
}

// Empty reports whether nothing needs the shopper's attention.
func (r Report) Empty() bool {
	return len(r.PriceChanges) == 0 && len(r.Removed) == 0 && len(r.Shortages) == 0
}

// Revalidate re-prices the cart from the catalogue for the customer
// group at at and checks its stock (when inv is not nil). Changed prices
// are applied and reported; items no longer for sale are removed and
// reported; lines short of stock are reported. When the stock check fails
// the report still lists the changes already applied to the cart.
func (c *Cart) Revalidate(ctx context.Context, cat Catalog, inv Inventory, group string, at time.Time) (Report, error) {
	var r Report
	if len(c.lines) == 0 {
		return r, nil
	}
	if cat == nil {
		return r, fmt.Errorf("%w: no catalogue", ErrSetup)
	}
	prices, err := cat.Prices(ctx, PriceQuery{SKUs: c.skus(), Channel: string(c.channel), Group: group, At: at})
	if err != nil {
		return Report{}, err
	}
	kept := c.lines[:0]
	for _, l := range c.lines {
		p, ok := prices[l.SKU]
		switch {
		case !ok:
			r.Removed = append(r.Removed, l)
			continue
		case !p.Equal(l.UnitPrice):
			r.PriceChanges = append(r.PriceChanges, PriceChange{LineID: l.ID, SKU: l.SKU, Old: l.UnitPrice, New: p})
			l.UnitPrice = p
		}
		kept = append(kept, l)
	}
	clear(c.lines[len(kept):])
	c.lines = kept
	if inv == nil {
		return r, nil
	}
	stock, err := c.Availability(ctx, inv, at)
	if err != nil {
		return r, err
	}
	for _, s := range stock {
		if !s.Enough() {
			r.Shortages = append(r.Shortages, s)
		}
	}
	return r, nil
}

// Merge adds the guest cart's lines into the saved cart, as when a guest
// logs in (the guest cart and its stock reservation are left as they
// are): lines of the same SKU and attributes add up (a guest {A x1}
// into a saved {A x2, B x1} gives {A x3, B x1}), the others are appended,
// and the guest's codes are kept. Limits apply: a quantity over a limit is
// an error and leaves saved unchanged. Re-price and re-check stock with
// Revalidate (MergeOnLogin does both).
func Merge(saved, guest *Cart) error {
	switch {
	case saved == nil || guest == nil:
		return fmt.Errorf("%w: merging a nil cart", ErrInvalidCart)
	case saved == guest || saved.id == guest.id:
		return fmt.Errorf("%w: merging cart %q into itself", ErrInvalidCart, saved.id)
	case saved.currency != guest.currency || saved.entry != guest.entry || saved.channel != guest.channel:
		return fmt.Errorf("%w: cart %q (%s, price entry %d, %s) and cart %q (%s, price entry %d, %s) do not merge", ErrInvalidCart,
			guest.id, guest.currency.Code(), guest.entry, guest.channel, saved.id, saved.currency.Code(), saved.entry, saved.channel)
	}
	lines := make([]Line, len(saved.lines), len(saved.lines)+len(guest.lines))
	copy(lines, saved.lines)
	index := make(map[string]int, cap(lines))
	for i := range lines {
		index[lines[i].identity()] = i
	}
	next := saved.next
	for _, g := range guest.lines {
		if i, ok := index[g.identity()]; ok {
			// The saved line keeps its item and price until Revalidate.
			lines[i].Quantity = lines[i].Quantity.Add(g.Quantity)
			continue
		}
		next++
		l := g.clone()
		l.ID = "L" + strconv.Itoa(next)
		index[l.identity()] = len(lines)
		lines = append(lines, l)
	}
	merged := *saved
	merged.lines, merged.next = lines, next
	if err := merged.checkAll(); err != nil {
		return err
	}
	for _, code := range guest.codes {
		merged.AddCode(code)
	}
	*saved = merged
	return nil
}

// MergeOnLogin merges guest into saved and re-validates the result: the
// report lists the prices that changed since the lines were added, items
// gone and shortages.
// The guest cart's stock reservation is released first, so that what the
// guest held counts for the merged cart.
func MergeOnLogin(ctx context.Context, saved, guest *Cart, cat Catalog, inv Inventory, group string, at time.Time) (Report, error) {
	if err := Merge(saved, guest); err != nil {
		return Report{}, err
	}
	if inv != nil {
		if err := inv.Release(ctx, guest.id); err != nil {
			return Report{}, err
		}
	}
	return saved.Revalidate(ctx, cat, inv, group, at)
}

// List is a B2B favourites list, or a past order to order again: items
// and quantities to add in one go.
type List struct {
	Name string
	// Entry is the price entry of the entries' unit prices; AddList
	// reports price changes only against a list on the cart's entry.
	Entry   pricing.PriceEntry
	Entries []Entry
}

// Entry is an item of a list with its quantity; the item's unit price is
// the one it had when listed.
type Entry struct {
	Item     Item
	Quantity decimal.Decimal
}

// ListOf returns the cart's lines as a list.
func (c *Cart) ListOf(name string) List {
	l := List{Name: name, Entry: c.entry, Entries: make([]Entry, len(c.lines))}
	for i, line := range c.lines {
		l.Entries[i] = Entry{Item: line.Item.clone(), Quantity: line.Quantity}
	}
	return l
}

// OrderAgain returns the lines of a past order as a list, for "order
// again". Prices are the order's; AddList re-prices them. The items
// carry what an order keeps: a line's weight per unit is its weight
// divided by its quantity (rounded up), a fractional quantity marks goods
// sold by measure, and tags, product and dimensions, which an order does
// not keep, are empty: refresh items from the catalogue where they
// matter.
func OrderAgain(o order.Order) (List, error) {
	l := List{Name: "order " + o.ID.String(), Entries: make([]Entry, len(o.Lines))}
	if len(o.Lines) > 0 {
		l.Entry = pricing.PricesExcludeVAT
		if o.Lines[0].UnitPriceIncludesVAT {
			l.Entry = pricing.PricesIncludeVAT
		}
	}
	for i, ol := range o.Lines {
		cat, err := vat.ParseCategory(ol.TaxCategory)
		if err != nil {
			return List{}, fmt.Errorf("cart: order line %s: %w", ol.ID, err)
		}
		if ol.Quantity.Sign() <= 0 {
			return List{}, fmt.Errorf("%w: order line %s: quantity %s", ErrInvalidQuantity, ol.ID, ol.Quantity)
		}
		unitWeight := decimal.NewFromInt(ol.WeightGrams).DivRound(ol.Quantity, 6).Ceil().IntPart()
		l.Entries[i] = Entry{Quantity: ol.Quantity, Item: Item{
			SKU: ol.SKU, Attributes: slices.Clone(ol.Attributes), Name: ol.Name, Category: ol.Category,
			UnitPrice: ol.UnitPrice, TaxCategory: cat, WeightGrams: unitWeight, Flags: ol.Flags,
			Supplier: ol.Supplier, ByMeasure: !ol.Quantity.IsInteger(),
		}}
	}
	return l, nil
}

// AddList adds a list's entries at the catalogue's current prices for the
// customer group. A price that differs from what the shopper last saw —
// the line's price for an entry already in the cart, the listed price
// otherwise (when the list is on the cart's price entry) — is reported;
// entries no longer for sale are skipped and reported. An entry the cart
// refuses (a limit) is an error and adds nothing.
func (c *Cart) AddList(ctx context.Context, l List, cat Catalog, group string, at time.Time) (Report, error) {
	if cat == nil {
		return Report{}, fmt.Errorf("%w: no catalogue", ErrSetup)
	}
	skus := make([]string, 0, len(l.Entries))
	for _, e := range l.Entries {
		skus = append(skus, e.Item.SKU)
	}
	prices, err := cat.Prices(ctx, PriceQuery{SKUs: skus, Channel: string(c.channel), Group: group, At: at})
	if err != nil {
		return Report{}, err
	}
	work := *c
	work.lines = slices.Clone(c.lines)
	var r Report
	for _, e := range l.Entries {
		it := e.Item
		p, ok := prices[it.SKU]
		if !ok {
			r.Removed = append(r.Removed, Line{Item: it.clone(), Quantity: e.Quantity})
			continue
		}
		shown, compare := it.UnitPrice, l.Entry == c.entry
		if existing, found := work.byIdentity(it.identity()); found {
			shown, compare = existing.UnitPrice, true
		}
		it.UnitPrice = p
		line, err := work.add(it, e.Quantity, true)
		if err != nil {
			return Report{}, err
		}
		if compare && !shown.Equal(p) {
			r.PriceChanges = append(r.PriceChanges, PriceChange{LineID: line.ID, SKU: it.SKU, Old: shown, New: p})
		}
	}
	*c = work
	return r, nil
}
