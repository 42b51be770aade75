package promo

import (
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
)

// Line is a cart line as promotions see it.
type Line struct {
	// ID identifies the line in the result; unique in the cart.
	ID string
	// SKU is the variant sold; Product the product it is a variant of.
	SKU, Product string
	// Categories and Tags are what selectors match besides SKU and Product.
	Categories, Tags []string
	// Quantity is a positive number of units, or of kilograms or metres
	// for goods sold by weight or length. Unit-based actions (buy X get Y,
	// maximum quantities) count whole units; a line with a fractional
	// quantity is one indivisible item for them.
	Quantity decimal.Decimal
	// UnitPrice is in major units of the cart's currency, on the cart's
	// price entry (VAT included or not), after catalogue prices and sale
	// prices; it may have more decimals than the currency.
	UnitPrice decimal.Decimal
	// VATRate is the line's VAT rate as a fraction (0.21). It is needed
	// only when a threshold's Basis differs from the cart's price entry.
	VATRate decimal.NullDecimal
}

// Customer is who the cart is priced for.
type Customer struct {
	// ID is the customer's account; "" for a guest.
	ID string
	// Groups are the customer groups the customer belongs to ("b2b",
	// "staff", "members").
	Groups []string
	// Tier is the customer's loyalty tier, "" for none.
	Tier string
	// FirstOrder says the customer has never placed an order.
	FirstOrder bool
}

// Cart is everything promotions depend on besides the usage counts:
// Apply is a pure function of a Cart and Counts.
type Cart struct {
	Currency money.Currency
	// Entry says whether unit prices include VAT.
	Entry pricing.PriceEntry
	Lines []Line
	// Customer, Channel ("web", "shop", "b2b-portal"), the time of pricing
	// and the codes the shopper entered.
	Customer Customer
	Channel  string
	At       time.Time
	Codes    []string
}

// Basis says which goods total a threshold compares. The zero Basis is
// the default of pricing.md: after the discounts applied before, VAT
// included.
type Basis struct {
	// ExcludeVAT compares totals without VAT, as B2B spend tiers do.
	ExcludeVAT bool
	// BeforeDiscounts compares totals before any promotion.
	BeforeDiscounts bool
}

// String describes the basis.
func (b Basis) String() string {
	s := "after discounts"
	if b.BeforeDiscounts {
		s = "before discounts"
	}
	if b.ExcludeVAT {
		return s + ", VAT excluded"
	}
	return s + ", VAT included"
}

// Selector picks the lines an action or a condition is about. A line is
// selected when its unit price is in the price range, it matches at least
// one of the include lists (or there are none) and none of the exclude
// lists. The zero Selector selects every line.
type Selector struct {
	SKUs, Products, Categories, Tags                             []string
	ExcludeSKUs, ExcludeProducts, ExcludeCategories, ExcludeTags []string
	// UnitPriceFrom and UnitPriceBelow bound the line's unit price
	// (major units, on the cart's price entry) to [from, below), as in
	// "bracelets under 75 EUR"; unset bounds are open.
	UnitPriceFrom, UnitPriceBelow decimal.NullDecimal
}

// Selects reports whether l is selected.
func (s *Selector) Selects(l *Line) bool {
	if (s.UnitPriceFrom.Valid && l.UnitPrice.LessThan(s.UnitPriceFrom.Decimal)) ||
		(s.UnitPriceBelow.Valid && !l.UnitPrice.LessThan(s.UnitPriceBelow.Decimal)) {
		return false
	}
	if hits(s.ExcludeSKUs, l.SKU) || hits(s.ExcludeProducts, l.Product) ||
		overlaps(s.ExcludeCategories, l.Categories) || overlaps(s.ExcludeTags, l.Tags) {
		return false
	}
	if len(s.SKUs)+len(s.Products)+len(s.Categories)+len(s.Tags) == 0 {
		return true
	}
	return hits(s.SKUs, l.SKU) || hits(s.Products, l.Product) ||
		overlaps(s.Categories, l.Categories) || overlaps(s.Tags, l.Tags)
}

func hits(set []string, v string) bool { return v != "" && slices.Contains(set, v) }

func overlaps(set, vs []string) bool {
	for _, v := range vs {
		if hits(set, v) {
			return true
		}
	}
	return false
}

// String describes the selection ("" for every line), for explanations.
func (s Selector) String() string {
	var parts []string
	add := func(name string, vs []string) {
		if len(vs) > 0 {
			parts = append(parts, name+" "+strings.Join(vs, ", "))
		}
	}
	add("SKU", s.SKUs)
	add("product", s.Products)
	add("category", s.Categories)
	add("tag", s.Tags)
	add("not SKU", s.ExcludeSKUs)
	add("not product", s.ExcludeProducts)
	add("not category", s.ExcludeCategories)
	add("not tag", s.ExcludeTags)
	if s.UnitPriceFrom.Valid {
		parts = append(parts, "unit price from "+s.UnitPriceFrom.Decimal.String())
	}
	if s.UnitPriceBelow.Valid {
		parts = append(parts, "unit price below "+s.UnitPriceBelow.Decimal.String())
	}
	return strings.Join(parts, "; ")
}
