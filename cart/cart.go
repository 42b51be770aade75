package cart

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/shipping/parcel"
)

// Item is a catalogue entry as a cart line needs it.
type Item struct {
	// SKU and Attributes (the variant: size, colour) make the line's
	// identity: adding the same SKU with the same attributes adds to the
	// line.
	SKU        string
	Attributes []order.Attribute
	Name       string
	// Product groups variants; Category and Tags are what promotions
	// select on (Category also goes to the order).
	Product, Category string
	Tags              []string
	// UnitPrice is in major units, on the cart's price entry, and may
	// have more decimals than the currency (0.0125 EUR per screw).
	UnitPrice   decimal.Decimal
	TaxCategory vat.Category
	// WeightGrams and Dimensions are one unit's (one kilogram's or metre's
	// for goods sold by weight or length), as packed.
	WeightGrams int64
	Dimensions  parcel.Dimensions
	// Flags are what the withdrawal right needs to know.
	Flags    order.Flags
	Supplier string
	// ByMeasure allows fractional quantities: goods sold by weight or
	// length. Other items are sold in whole units.
	ByMeasure bool
}

// identity is the line key: SKU plus the variant attributes, sorted,
// each part quoted so that no value can imitate another.
func (it *Item) identity() string {
	if len(it.Attributes) == 0 {
		return strconv.Quote(it.SKU)
	}
	key := strconv.Quote(it.SKU)
	for _, a := range it.Attributes {
		key += strconv.Quote(a.Name) + strconv.Quote(a.Value)
	}
	return key
}

// clone copies the item's slices, so that the caller's and the cart's
// never alias.
func (it Item) clone() Item {
	it.Attributes, it.Tags = slices.Clone(it.Attributes), slices.Clone(it.Tags)
	return it
}

func (l Line) clone() Line {
	l.Item = l.Item.clone()
	return l
}

func (it *Item) validate() error {
	switch {
	case it.SKU == "":
		return fmt.Errorf("%w: empty SKU", ErrInvalidItem)
	case it.UnitPrice.Sign() < 0:
		return fmt.Errorf("%w: %s: negative unit price %s", ErrInvalidItem, it.SKU, it.UnitPrice)
	case !it.TaxCategory.Valid():
		return fmt.Errorf("%w: %s: no tax category", ErrInvalidItem, it.SKU)
	case it.WeightGrams < 0:
		return fmt.Errorf("%w: %s: negative weight", ErrInvalidItem, it.SKU)
	}
	for i, a := range it.Attributes {
		if a.Name == "" || (i > 0 && it.Attributes[i-1].Name >= a.Name) {
			return fmt.Errorf("%w: %s: attributes must be named, unique and sorted by name (order.NewAttributes)", ErrInvalidItem, it.SKU)
		}
	}
	return nil
}

// Line is a cart line: an item and its quantity.
type Line struct {
	// ID is the line's id in the cart, stable while the line exists.
	ID string
	Item
	Quantity decimal.Decimal
	// AddedPrice is the unit price when the line was added: a later price
	// change is reported, never silently applied (Revalidate).
	AddedPrice decimal.Decimal
}

// Limits caps quantities; a zero field means no limit of that kind.
type Limits struct {
	// LineQuantity caps one line's quantity, OrderQuantity the sum of all
	// lines' quantities.
	LineQuantity, OrderQuantity decimal.Decimal
	// Lines caps the number of lines.
	Lines int
}

// Cart is a shopper's cart: lines, entered codes, currency, price entry
// and channel. It is a mutable workspace, not safe for concurrent use:
// guard it as you guard the session that owns it. Checkout turns it into
// an immutable order.Order.
type Cart struct {
	id       string
	currency money.Currency
	entry    pricing.PriceEntry
	channel  order.Channel
	limits   Limits
	lines    []Line
	codes    []string
	next     int
}

// Config describes a new cart.
type Config struct {
	// ID identifies the cart; it also names its stock reservation.
	ID       string
	Currency money.Currency
	// Entry says whether unit prices include VAT: PricesIncludeVAT for
	// consumers, PricesExcludeVAT for B2B.
	Entry   pricing.PriceEntry
	Channel order.Channel
	Limits  Limits
}

// New returns an empty cart.
func New(c Config) (*Cart, error) {
	switch {
	case c.ID == "":
		return nil, fmt.Errorf("%w: empty cart ID", ErrInvalidCart)
	case c.Currency.IsZero():
		return nil, fmt.Errorf("%w: no currency", ErrInvalidCart)
	case c.Entry != pricing.PricesIncludeVAT && c.Entry != pricing.PricesExcludeVAT:
		return nil, fmt.Errorf("%w: price entry %d", ErrInvalidCart, c.Entry)
	case !c.Channel.Valid():
		return nil, fmt.Errorf("%w: channel %q", ErrInvalidCart, c.Channel)
	case c.Limits.Lines < 0 || c.Limits.LineQuantity.Sign() < 0 || c.Limits.OrderQuantity.Sign() < 0:
		return nil, fmt.Errorf("%w: negative limit", ErrInvalidCart)
	}
	return &Cart{id: c.ID, currency: c.Currency, entry: c.Entry, channel: c.Channel, limits: c.Limits}, nil
}

// ID returns the cart's id.
func (c *Cart) ID() string { return c.id }

// Currency returns the currency of every price in the cart.
func (c *Cart) Currency() money.Currency { return c.currency }

// Entry says whether the cart's unit prices include VAT.
func (c *Cart) Entry() pricing.PriceEntry { return c.entry }

// Channel returns the cart's sales channel.
func (c *Cart) Channel() order.Channel { return c.channel }

// Lines returns a copy of the lines, in the order they were added.
func (c *Cart) Lines() []Line {
	out := make([]Line, len(c.lines))
	for i, l := range c.lines {
		out[i] = l.clone()
	}
	return out
}

// Len is the number of lines.
func (c *Cart) Len() int { return len(c.lines) }

// Line returns the line with id.
func (c *Cart) Line(id string) (Line, bool) {
	i := c.index(id)
	if i < 0 {
		return Line{}, false
	}
	return c.lines[i].clone(), true
}

func (c *Cart) index(id string) int {
	return slices.IndexFunc(c.lines, func(l Line) bool { return l.ID == id })
}

// Add adds qty of it: to the line with the same SKU and attributes, or
// to a new line. An existing line keeps its price (a changed price is
// the catalogue's business: Revalidate reports it). It returns the line
// as it now is.
func (c *Cart) Add(it Item, qty decimal.Decimal) (Line, error) { return c.add(it, qty, false) }

// add adds qty of it; reprice sets an existing line's price to it's.
func (c *Cart) add(it Item, qty decimal.Decimal, reprice bool) (Line, error) {
	if err := it.validate(); err != nil {
		return Line{}, err
	}
	if err := checkQuantity(&it, qty); err != nil {
		return Line{}, err
	}
	if i := c.indexOf(it.identity()); i >= 0 {
		l := c.lines[i]
		l.Quantity = l.Quantity.Add(qty)
		if reprice {
			l.UnitPrice = it.UnitPrice
		}
		if err := c.check(i, l); err != nil {
			return Line{}, err
		}
		c.lines[i] = l
		return l.clone(), nil
	}
	c.next++
	l := Line{ID: "L" + strconv.Itoa(c.next), Item: it.clone(), Quantity: qty, AddedPrice: it.UnitPrice}
	if err := c.check(-1, l); err != nil {
		c.next--
		return Line{}, err
	}
	c.lines = append(c.lines, l)
	return l.clone(), nil
}

func (c *Cart) indexOf(identity string) int {
	for i := range c.lines {
		if c.lines[i].identity() == identity {
			return i
		}
	}
	return -1
}

func (c *Cart) byIdentity(identity string) (Line, bool) {
	if i := c.indexOf(identity); i >= 0 {
		return c.lines[i], true
	}
	return Line{}, false
}

// SetQuantity changes a line's quantity; zero removes the line.
func (c *Cart) SetQuantity(lineID string, qty decimal.Decimal) error {
	i := c.index(lineID)
	if i < 0 {
		return fmt.Errorf("%w: %q", ErrNoLine, lineID)
	}
	if qty.IsZero() {
		c.lines = slices.Delete(c.lines, i, i+1)
		return nil
	}
	l := c.lines[i]
	if err := checkQuantity(&l.Item, qty); err != nil {
		return err
	}
	l.Quantity = qty
	if err := c.check(i, l); err != nil {
		return err
	}
	c.lines[i] = l
	return nil
}

// Remove removes a line.
func (c *Cart) Remove(lineID string) error { return c.SetQuantity(lineID, decimal.Zero) }

// Clear removes every line and code.
func (c *Cart) Clear() { c.lines, c.codes = nil, nil }

// AddCode records a promotion code the shopper entered (normalised by the
// promotion engine); entering it twice keeps one.
func (c *Cart) AddCode(code string) {
	if code != "" && !slices.Contains(c.codes, code) {
		c.codes = append(c.codes, code)
	}
}

// RemoveCode forgets a code.
func (c *Cart) RemoveCode(code string) {
	c.codes = slices.DeleteFunc(c.codes, func(s string) bool { return s == code })
}

// Codes returns the entered codes.
func (c *Cart) Codes() []string { return slices.Clone(c.codes) }

func checkQuantity(it *Item, qty decimal.Decimal) error {
	switch {
	case qty.Sign() <= 0:
		return fmt.Errorf("%w: %s: %s is not positive", ErrInvalidQuantity, it.SKU, qty)
	case !it.ByMeasure && !qty.IsInteger():
		return fmt.Errorf("%w: %s: %s is not a whole number of units", ErrInvalidQuantity, it.SKU, qty)
	}
	return nil
}

// check tests the limits with line l in place of line i (a new line when
// i < 0).
func (c *Cart) check(i int, l Line) error {
	lim := c.limits
	if !lim.LineQuantity.IsZero() && l.Quantity.GreaterThan(lim.LineQuantity) {
		return &LimitError{Limit: "line quantity", Max: lim.LineQuantity, Wanted: l.Quantity, SKU: l.SKU}
	}
	if i < 0 && lim.Lines > 0 && len(c.lines)+1 > lim.Lines {
		return &LimitError{Limit: "lines", Max: decimal.NewFromInt(int64(lim.Lines)), Wanted: decimal.NewFromInt(int64(len(c.lines) + 1)), SKU: l.SKU}
	}
	if lim.OrderQuantity.IsZero() {
		return nil
	}
	total := l.Quantity
	for k, o := range c.lines {
		if k != i {
			total = total.Add(o.Quantity)
		}
	}
	if total.GreaterThan(lim.OrderQuantity) {
		return &LimitError{Limit: "order quantity", Max: lim.OrderQuantity, Wanted: total, SKU: l.SKU}
	}
	return nil
}

// checkAll tests every limit on the cart as it is.
func (c *Cart) checkAll() error {
	lim := c.limits
	if lim.Lines > 0 && len(c.lines) > lim.Lines {
		return &LimitError{Limit: "lines", Max: decimal.NewFromInt(int64(lim.Lines)), Wanted: decimal.NewFromInt(int64(len(c.lines)))}
	}
	total := decimal.Zero
	for _, l := range c.lines {
		if !lim.LineQuantity.IsZero() && l.Quantity.GreaterThan(lim.LineQuantity) {
			return &LimitError{Limit: "line quantity", Max: lim.LineQuantity, Wanted: l.Quantity, SKU: l.SKU}
		}
		if !lim.OrderQuantity.IsZero() {
			total = total.Add(l.Quantity)
		}
	}
	if !lim.OrderQuantity.IsZero() && total.GreaterThan(lim.OrderQuantity) {
		return &LimitError{Limit: "order quantity", Max: lim.OrderQuantity, Wanted: total}
	}
	return nil
}

// Errors of cart changes.
var (
	// ErrInvalidCart: a cart configuration that cannot work.
	ErrInvalidCart = errors.New("cart: invalid cart")
	// ErrInvalidItem: an item without SKU or tax category, or with a
	// negative price or weight, or unsorted attributes.
	ErrInvalidItem = errors.New("cart: invalid item")
	// ErrInvalidQuantity: a quantity that is not positive, or fractional
	// for an item sold in units.
	ErrInvalidQuantity = errors.New("cart: invalid quantity")
	// ErrNoLine: no line has the given ID.
	ErrNoLine = errors.New("cart: no such line")
	// ErrLimit: a change would exceed the cart's Limits (see LimitError).
	ErrLimit = errors.New("cart: quantity limit")
)

// LimitError says which limit a change would exceed.
type LimitError struct {
	Limit       string // "line quantity", "order quantity" or "lines"
	Max, Wanted decimal.Decimal
	SKU         string
}

// Error names the limit.
func (e *LimitError) Error() string {
	return fmt.Sprintf("cart: %s %s over the limit of %s (%s)", e.Limit, e.Wanted, e.Max, e.SKU)
}

// Is reports whether target is ErrLimit.
func (e *LimitError) Is(target error) bool { return target == ErrLimit }
