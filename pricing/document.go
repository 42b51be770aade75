package pricing

import (
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/vat"
)

// Line is a document line to tax.
type Line struct {
	// ID identifies the line in the result.
	ID string
	// Quantity is a positive number of units, or of kilograms or metres
	// for goods sold by weight or length.
	Quantity decimal.Decimal
	// UnitPrice is in major units of the document's currency and may have
	// more decimals than it (0.0125 EUR per screw); it includes VAT or not
	// as the Policy's Entry says.
	UnitPrice decimal.Decimal
	// Category selects the rate in the country whose VAT applies.
	Category vat.Category
	// Rate, when valid, is the VAT rate to use instead of the category's
	// (a fraction: 0.21). It is then also the rate an entered gross price
	// is taken to include.
	Rate decimal.NullDecimal
	// Discounts are discounts already allocated to this line, such as the
	// line and order discounts a promotion engine spread over the lines
	// itself, on the price basis (gross when prices include VAT, net
	// otherwise). They are taken off the line's amount before tax and
	// before the document discounts. Each is in the document's currency (a
	// zero Money without currency counts as zero) and not negative, and
	// together they may not exceed the line's amount: unlike document
	// discounts, which stop at zero, they are facts decided upstream, so
	// more than the line is an error (a *DocumentError naming
	// "lines[i].discounts[j]"), not a silent cap. They open the line's
	// LineResult.Discounts and count in Totals.Discount.
	Discounts []AllocatedDiscount
}

// Discount is a document-level discount on the price basis (gross when
// prices include VAT), allocated to the lines in proportion to what is left
// of them after their own discounts (Line.Discounts) and the document
// discounts before it. A discount larger than what is left of the goods
// stops at zero (pricing.md): Result.Discounts says what each one took.
type Discount struct {
	ID     string
	Amount money.Money
}

// Document is what Calculate taxes: lines, with the discounts already
// allocated to them, a shipping charge and document-level discounts, under
// a VAT treatment.
type Document struct {
	// Currency of every amount and price.
	Currency money.Currency
	// Date is the day of the chargeable event; it picks the rates in force.
	Date calendar.Date
	// PriceCountry is the country whose VAT entered gross prices include,
	// normally the seller's (ISO 3166-1 alpha-2). It is needed only when
	// prices include VAT and the treatment applies another country's rates
	// or none.
	PriceCountry string
	Lines        []Line
	// Shipping is the shipping charge on the price basis; zero for none.
	// It follows the goods' VAT (law-and-tax.md V-shipping).
	Shipping money.Money
	// Discounts are the document-level discounts, in order; each is
	// allocated over what the lines' own discounts and the discounts
	// before it left.
	Discounts []Discount
	// Treatment says whose VAT applies, from vat.Due.
	Treatment vat.Decision
}

// AllocatedDiscount is an amount of one discount, on the price basis: a
// discount already allocated to a line (Line.Discounts), a line's share of
// a document discount, or a document discount as applied. ID names the
// discount (a promotion, a coupon).
type AllocatedDiscount struct {
	ID     string
	Amount money.Money
}

// LineResult is a taxed line.
type LineResult struct {
	ID string
	// Rate is the VAT rate applied (0 for zero-rated treatments).
	Rate decimal.Decimal
	// Amount is quantity × unit price rounded with the policy's mode, on
	// the price basis, before discounts.
	Amount money.Money
	// Discounts is everything taken off Amount, on the price basis: first
	// the line's own discounts, as Line.Discounts gives them and in its
	// order (a zero without currency given the document's), then the
	// line's shares of the document discounts, in the document's order:
	// with o = len(Line.Discounts), Discounts[:o] are the line's own and
	// Discounts[o+k] is its share of Result.Discounts[k]. Amount less
	// their sum is the line's value after discounts on the price basis:
	// its Net when prices exclude VAT, its Gross when they include it and
	// that VAT stays (domestic sales, KeepGross across borders); when the
	// price country's VAT is taken out instead (zero-rated sales, KeepNet
	// across borders), Net is that value less its price country's VAT.
	// Nil when neither the line nor the document has discounts.
	Discounts []AllocatedDiscount
	// Net, VAT and Gross are the line's taxed amounts after discounts.
	Net, VAT, Gross money.Money
}

// Amounts are a net amount, its VAT and their sum.
type Amounts struct {
	Net, VAT, Gross money.Money
}

// add adds b to a.
func (a *Amounts) add(b Amounts) (err error) {
	if a.Net, err = a.Net.Add(b.Net); err != nil {
		return err
	}
	if a.VAT, err = a.VAT.Add(b.VAT); err != nil {
		return err
	}
	a.Gross, err = a.Gross.Add(b.Gross)
	return err
}

// RateTotal is net (the taxable base), VAT and gross at one rate.
type RateTotal struct {
	Rate decimal.Decimal
	Amounts
}

// ShippingResult is the taxed shipping charge, split across the goods'
// rates in proportion to their values.
type ShippingResult struct {
	// Split has one entry per rate, ascending by rate; empty without
	// shipping.
	Split []RateTotal
	Amounts
}

// Totals of a document.
type Totals struct {
	Amounts
	// Discount is the sum of every discount applied, on the price basis:
	// the lines' own discounts (Line.Discounts) plus the document discounts
	// as applied (Result.Discounts), which is also the sum of every line's
	// LineResult.Discounts.
	Discount money.Money
}

// Result is a taxed document. It satisfies: each line's and each rate's Net
// + VAT = Gross; the VAT lines are the sums of the lines and shipping parts
// at their rate; the totals are the sums of the VAT lines, and Gross is
// also the lines' plus the shipping's gross; each line's Amount less its
// Discounts (its own, then its shares of the document discounts) is its
// value after discounts on the price basis; every document discount's
// shares sum to it as applied; Totals.Discount is the sum of every line's
// Discounts, so the lines' own discounts plus the document discounts as
// applied; nothing is negative.
type Result struct {
	// Lines are in the document's order: Lines[i] is Document.Lines[i].
	Lines    []LineResult
	Shipping ShippingResult
	// Discounts are the document discounts as applied, in the document's
	// order: the amount requested, or less when the goods could not absorb
	// it. Their allocations to the lines sum to these amounts.
	Discounts []AllocatedDiscount
	// VAT has one line per rate, ascending by rate, for the invoice.
	VAT    []RateTotal
	Totals Totals
	// Treatment is the VAT treatment applied; its LegalMention goes on the
	// invoice of a zero-rated sale.
	Treatment vat.Decision
}
