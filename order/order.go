package order

import (
	"slices"
	"sort"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Order is the immutable snapshot of a placed order: what was bought, at
// which prices and VAT, by whom, delivered how, for how much. It is a value:
// no method modifies it, and its slices must not be modified once the order
// is placed (take a Clone to derive a changed copy). What happens to the
// order afterwards is recorded as Events in a History, never in the Order.
//
// Every amount is in the order's Currency, zero amounts included (use
// money.Zero(currency) rather than the currency-less zero Money). Amounts
// are never negative. Validate checks every invariant.
type Order struct {
	// ID identifies the order; never uuid.Nil.
	ID uuid.UUID `json:"id"`
	// PlacedAt is when the contract was concluded (the order confirmed).
	PlacedAt time.Time `json:"placed_at"`
	// Channel is the sales channel.
	Channel Channel `json:"channel"`
	// Currency is the currency of every amount in the order. In JSON it is
	// the ISO 4217 code.
	Currency money.Currency `json:"currency"`
	// Customer is the buyer.
	Customer Customer `json:"customer"`
	// BillingAddress is where the invoice goes; its country is required.
	BillingAddress Address `json:"billing_address"`
	// ShippingAddress is where the goods go; it may be empty (nothing
	// shipped, or collected on site), and then has no country.
	ShippingAddress Address `json:"shipping_address"`
	// Lines are the goods and services bought; at least one.
	Lines []Line `json:"lines"`
	// Shipping is the delivery chosen and its fee.
	Shipping Shipping `json:"shipping"`
	// VATBreakdown has one entry per VAT rate used by the lines or the
	// shipping fee: the sum of their net, VAT and gross at that rate.
	VATBreakdown []RateAmounts `json:"vat_breakdown"`
	// Totals are the sums over the breakdown.
	Totals Totals `json:"totals"`
	// Promotions are the promotions applied, with the amount each took off.
	Promotions []Promotion `json:"promotions,omitempty"`
	// Payments reference the payments made or started at checkout.
	Payments []PaymentRef `json:"payments,omitempty"`
}

// Customer is the buyer of an order, as known when it was placed.
type Customer struct {
	// ID is the merchant's customer reference; empty for a guest checkout.
	ID string `json:"id,omitempty"`
	// Kind tells a consumer from a business.
	Kind CustomerKind `json:"kind"`
	// VATNumber is the buyer's VAT number as given, with its country prefix
	// ("BE0403019261"); empty when none was given. Its format and
	// registration are checked by pricing, not here.
	VATNumber string `json:"vat_number,omitempty"`
	// Country is the customer's country, ISO 3166-1 alpha-2 ("BE").
	Country string `json:"country"`
	// Language is the language of customer-facing text (BCP 47, "fr-BE");
	// the zero Tag (und) means the shop's default.
	Language language.Tag `json:"language"`
	// MarketingConsent records whether the customer agreed to marketing
	// messages, and when (GDPR requires the record).
	MarketingConsent Consent `json:"marketing_consent"`
}

// Consent is a recorded yes or no with the time it was given or refused.
// Given consent must have a time. In JSON a zero At is left out.
type Consent struct {
	// Given is true when the customer agreed, false when they refused or
	// were not asked.
	Given bool `json:"given"`
	// At is when the consent was given or refused; required when Given.
	At time.Time `json:"at"`
}

// Address is a postal address. Only the country is checked (by Validate);
// the other fields are kept as given.
type Address struct {
	// Name is the addressee, a person.
	Name string `json:"name,omitempty"`
	// Company is the addressee's company; empty for a private address.
	Company string `json:"company,omitempty"`
	// Lines are the street lines, in order ("Rue de la Station 12").
	Lines []string `json:"lines,omitempty"`
	// PostalCode is the postal code as written locally ("4000", "L-3895").
	PostalCode string `json:"postal_code,omitempty"`
	// City is the city or locality.
	City string `json:"city,omitempty"`
	// Country is ISO 3166-1 alpha-2, upper case ("BE").
	Country string `json:"country,omitempty"`
}

// IsZero reports whether every field of the address is empty.
func (a Address) IsZero() bool {
	return a.Name == "" && a.Company == "" && len(a.Lines) == 0 && a.PostalCode == "" && a.City == "" && a.Country == ""
}

// Line is one line of an order: a quantity of one product variant, priced.
//
// Its amounts satisfy Net + VAT = Gross, and the priced base (Gross when the
// unit price includes VAT, Net otherwise) is Quantity × UnitPrice less the
// Discounts, rounded to the currency's minor unit.
type Line struct {
	// ID identifies the line within its order (unique, not empty). Events
	// name lines by this id.
	ID string `json:"id"`
	// SKU is the product or variant reference.
	SKU string `json:"sku"`
	// Name is the product's name as shown to the buyer.
	Name string `json:"name,omitempty"`
	// Attributes are the variant's attributes (size, colour), sorted by
	// name, names unique. NewAttributes builds them from a map.
	Attributes []Attribute `json:"attributes,omitempty"`
	// Quantity is the number of units, or a decimal amount for goods sold
	// by weight or length (1.25 kg). Positive.
	Quantity decimal.Decimal `json:"quantity"`
	// UnitPrice is the price of one unit, which may have more decimals
	// than the currency (0.0125 EUR per screw). Never negative.
	UnitPrice decimal.Decimal `json:"unit_price"`
	// UnitPriceIncludesVAT tells whether UnitPrice (and the Discounts)
	// include VAT, as B2C prices do.
	UnitPriceIncludesVAT bool `json:"unit_price_includes_vat"`
	// TaxCategory is the product's tax category ("standard", "foodstuffs").
	TaxCategory string `json:"tax_category"`
	// VATRate is the rate applied, as a fraction: 0.21 for 21 %, 0 for an
	// exempt or reverse-charged supply. 0 <= VATRate < 1.
	VATRate decimal.Decimal `json:"vat_rate"`
	// Discounts are the promotions' shares allocated to this line, on the
	// same VAT basis as UnitPrice. A return or cancellation refunds exactly
	// these shares.
	Discounts []Discount `json:"discounts,omitempty"`
	// Net is the line's amount after discounts, excluding VAT.
	Net money.Money `json:"net"`
	// VAT is the line's VAT: Net × VATRate, to within a rounding (see
	// Validate).
	VAT money.Money `json:"vat"`
	// Gross is Net + VAT, the line's amount after discounts including VAT.
	Gross money.Money `json:"gross"`
	// WeightGrams is the weight of the whole line (all units), in grams.
	WeightGrams int64 `json:"weight_grams"`
	// Supplier is the supplier's reference (returns concentrated on one
	// supplier are a KPI signal); empty when unknown.
	Supplier string `json:"supplier,omitempty"`
	// Category is the catalogue category.
	Category string `json:"category,omitempty"`
	// Flags are the product properties the withdrawal right depends on.
	Flags Flags `json:"flags"`
}

// Attribute is one variant attribute, such as {Name: "size", Value: "M"}.
type Attribute struct {
	// Name is the attribute's name ("size"); not empty.
	Name string `json:"name"`
	// Value is its value ("M").
	Value string `json:"value"`
}

// NewAttributes returns the attributes of m sorted by name, the order
// Validate requires.
func NewAttributes(m map[string]string) []Attribute {
	if len(m) == 0 {
		return nil
	}
	out := make([]Attribute, 0, len(m))
	for k, v := range m {
		out = append(out, Attribute{Name: k, Value: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Flags are the product properties that decide the withdrawal right of a
// line (Directive 2011/83/EU art. 16). They describe the product; what
// happened after delivery (a seal broken) is an event, not a flag.
type Flags struct {
	// Personalised: made to the consumer's specifications (art. 16(c)).
	Personalised bool `json:"personalised,omitempty"`
	// Perishable: liable to deteriorate or expire rapidly (art. 16(d)).
	Perishable bool `json:"perishable,omitempty"`
	// SealedHygiene: sealed, not returnable for health or hygiene reasons
	// once unsealed (art. 16(e)).
	SealedHygiene bool `json:"sealed_hygiene,omitempty"`
	// SealedMedia: sealed audio, video or software (art. 16(i)).
	SealedMedia bool `json:"sealed_media,omitempty"`
	// Digital: digital content not supplied on a tangible medium.
	Digital bool `json:"digital,omitempty"`
	// Service: a service rather than goods.
	Service bool `json:"service,omitempty"`
	// Subscription: regular delivery of goods over a period; the
	// withdrawal period starts with the first delivery.
	Subscription bool `json:"subscription,omitempty"`
}

// Discount is the share of one promotion allocated to a line or to the
// shipping fee. Amount is not negative.
type Discount struct {
	// PromotionID names the promotion among the order's Promotions.
	PromotionID string `json:"promotion_id"`
	// Amount is the share of the promotion taken off here.
	Amount money.Money `json:"amount"`
}

// RateAmounts are net, VAT and gross amounts at one VAT rate, used for the
// order's VAT breakdown and for the shipping fee's split.
type RateAmounts struct {
	// Rate is a fraction: 0.21 for 21 %.
	Rate decimal.Decimal `json:"rate"`
	// Net is the amount excluding VAT at Rate.
	Net money.Money `json:"net"`
	// VAT is the VAT at Rate: Net × Rate, to within the roundings of the
	// amounts summed (see Validate).
	VAT money.Money `json:"vat"`
	// Gross is Net + VAT.
	Gross money.Money `json:"gross"`
}

// Shipping is the delivery chosen at checkout and its fee. With mixed VAT
// rates the fee is split across rates in proportion to the goods' values
// (Split), one entry per rate, and Net, VAT and Gross are the sums of the
// split. A free delivery has zero amounts and an empty Split.
type Shipping struct {
	// Mode is the delivery mode ("home", "pickup_point", "locker",
	// "click_and_collect", "express"); required when a line is goods.
	Mode string `json:"mode,omitempty"`
	// Carrier is the carrier's reference ("bpost"); empty for collection.
	Carrier string `json:"carrier,omitempty"`
	// Split is the fee's net, VAT and gross per VAT rate.
	Split []RateAmounts `json:"split,omitempty"`
	// Net is the fee after shipping discounts, excluding VAT: the sum of
	// the split's Net.
	Net money.Money `json:"net"`
	// VAT is the fee's VAT: the sum of the split's VAT.
	VAT money.Money `json:"vat"`
	// Gross is Net + VAT, the fee after shipping discounts including VAT.
	Gross money.Money `json:"gross"`
	// Discounts are the promotions' shares that reduced the fee (free
	// shipping), on the gross basis, for information.
	Discounts []Discount `json:"discounts,omitempty"`
	// CheapestStandardFee is the gross fee of the cheapest standard delivery
	// offered at checkout: the most a withdrawal refunds for delivery when
	// the consumer chose a dearer one.
	CheapestStandardFee money.Money `json:"cheapest_standard_fee"`
	// Promise is the delivery window promised at checkout; zero when none.
	Promise Window `json:"promise"`
}

// Window is a time interval [Earliest, Latest]. The zero Window means none
// and encodes as JSON null.
type Window struct {
	// Earliest is the start of the window.
	Earliest time.Time `json:"earliest"`
	// Latest is the end of the window, not before Earliest.
	Latest time.Time `json:"latest"`
}

// IsZero reports whether both ends are zero.
func (w Window) IsZero() bool { return w.Earliest.IsZero() && w.Latest.IsZero() }

// Totals are the order's totals: the sums of the VAT breakdown. Discount is
// the sum of every discount on lines and shipping, for information (it is
// already deducted from the other totals).
type Totals struct {
	// Net is the sum of the breakdown's Net: the order excluding VAT.
	Net money.Money `json:"net"`
	// VAT is the sum of the breakdown's VAT.
	VAT money.Money `json:"vat"`
	// Gross is the sum of the breakdown's Gross, Net + VAT: what the
	// customer pays.
	Gross money.Money `json:"gross"`
	// Discount is the sum of every discount on the lines and the shipping.
	Discount money.Money `json:"discount"`
}

// Promotion is a promotion applied to the order. Amount is the total it took
// off, which equals the sum of its Discounts on the lines and the shipping.
type Promotion struct {
	// ID identifies the promotion; unique within the order. Discounts name
	// it.
	ID string `json:"id"`
	// Code is the code the customer entered; empty for an automatic
	// promotion.
	Code string `json:"code,omitempty"`
	// Description describes the promotion to the customer.
	Description string `json:"description,omitempty"`
	// Amount is the total the promotion took off.
	Amount money.Money `json:"amount"`
}

// PaymentRef references a payment at a payment service provider.
type PaymentRef struct {
	// Provider names the PSP ("mollie", "stripe").
	Provider string `json:"provider"`
	// Reference is the payment's id at the provider or in comptoir's payment package.
	Reference string `json:"reference"`
	// Method is the payment method ("bancontact", "card", "ideal").
	Method string `json:"method,omitempty"`
}

// Line returns the line with the given id.
func (o Order) Line(id string) (Line, bool) {
	for _, l := range o.Lines {
		if l.ID == id {
			return l, true
		}
	}
	return Line{}, false
}

// LineQuantities returns every line's id with its ordered quantity, in line
// order: the content of an event that ships, delivers or cancels the whole
// order.
func (o Order) LineQuantities() []LineQuantity {
	out := make([]LineQuantity, len(o.Lines))
	for i, l := range o.Lines {
		out[i] = LineQuantity{LineID: l.ID, Quantity: l.Quantity}
	}
	return out
}

// Clone returns a deep copy of o: changing the copy's slices leaves o
// untouched. Decimals and times are immutable values and are shared.
func (o Order) Clone() Order {
	c := o
	c.BillingAddress.Lines = slices.Clone(o.BillingAddress.Lines)
	c.ShippingAddress.Lines = slices.Clone(o.ShippingAddress.Lines)
	if o.Lines != nil {
		c.Lines = make([]Line, len(o.Lines))
		for i, l := range o.Lines {
			l.Attributes = slices.Clone(l.Attributes)
			l.Discounts = slices.Clone(l.Discounts)
			c.Lines[i] = l
		}
	}
	c.Shipping.Split = slices.Clone(o.Shipping.Split)
	c.Shipping.Discounts = slices.Clone(o.Shipping.Discounts)
	c.VATBreakdown = slices.Clone(o.VATBreakdown)
	c.Promotions = slices.Clone(o.Promotions)
	c.Payments = slices.Clone(o.Payments)
	return c
}

// Equal reports whether o and p describe the same order: decimals compare
// by value (1.50 equals 1.5), times by instant (whatever their location),
// language tags by their canonical form, and a nil slice equals an empty
// one. It is the equality a JSON round trip preserves.
func (o Order) Equal(p Order) bool {
	return o.ID == p.ID &&
		o.PlacedAt.Equal(p.PlacedAt) &&
		o.Channel == p.Channel &&
		o.Currency == p.Currency &&
		customerEqual(o.Customer, p.Customer) &&
		addressEqual(o.BillingAddress, p.BillingAddress) &&
		addressEqual(o.ShippingAddress, p.ShippingAddress) &&
		slicesEqual(o.Lines, p.Lines, lineEqual) &&
		shippingEqual(o.Shipping, p.Shipping) &&
		slicesEqual(o.VATBreakdown, p.VATBreakdown, rateAmountsEqual) &&
		o.Totals == p.Totals &&
		slicesEqual(o.Promotions, p.Promotions, func(a, b Promotion) bool { return a == b }) &&
		slicesEqual(o.Payments, p.Payments, func(a, b PaymentRef) bool { return a == b })
}

func slicesEqual[T any](a, b []T, eq func(T, T) bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !eq(a[i], b[i]) {
			return false
		}
	}
	return true
}

func customerEqual(a, b Customer) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.VATNumber == b.VATNumber &&
		a.Country == b.Country && a.Language.String() == b.Language.String() &&
		a.MarketingConsent.Given == b.MarketingConsent.Given &&
		a.MarketingConsent.At.Equal(b.MarketingConsent.At)
}

func addressEqual(a, b Address) bool {
	return a.Name == b.Name && a.Company == b.Company && slices.Equal(a.Lines, b.Lines) &&
		a.PostalCode == b.PostalCode && a.City == b.City && a.Country == b.Country
}

func lineEqual(a, b Line) bool {
	return a.ID == b.ID && a.SKU == b.SKU && a.Name == b.Name &&
		slices.Equal(a.Attributes, b.Attributes) &&
		decEqual(a.Quantity, b.Quantity) && decEqual(a.UnitPrice, b.UnitPrice) &&
		a.UnitPriceIncludesVAT == b.UnitPriceIncludesVAT &&
		a.TaxCategory == b.TaxCategory && decEqual(a.VATRate, b.VATRate) &&
		slices.Equal(a.Discounts, b.Discounts) &&
		a.Net == b.Net && a.VAT == b.VAT && a.Gross == b.Gross &&
		a.WeightGrams == b.WeightGrams && a.Supplier == b.Supplier &&
		a.Category == b.Category && a.Flags == b.Flags
}

func rateAmountsEqual(a, b RateAmounts) bool {
	return decEqual(a.Rate, b.Rate) && a.Net == b.Net && a.VAT == b.VAT && a.Gross == b.Gross
}

func shippingEqual(a, b Shipping) bool {
	return a.Mode == b.Mode && a.Carrier == b.Carrier &&
		slicesEqual(a.Split, b.Split, rateAmountsEqual) &&
		a.Net == b.Net && a.VAT == b.VAT && a.Gross == b.Gross &&
		slices.Equal(a.Discounts, b.Discounts) &&
		a.CheapestStandardFee == b.CheapestStandardFee &&
		a.Promise.Earliest.Equal(b.Promise.Earliest) && a.Promise.Latest.Equal(b.Promise.Latest)
}
