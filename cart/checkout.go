package cart

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/shipping"
)

// Checkout runs the pipeline of pricing.md on a cart: promotions, the
// shipping quote and the chosen option, VAT with the treatment and the
// policy, totals, the delivery promise; Place then confirms the stock and
// produces the immutable order.Order. Set it up once; it is safe for
// concurrent use when its Inventory is.
type Checkout struct {
	// Promotions applies the shop's promotions; nil for none.
	Promotions *promo.Engine
	// Shipping quotes delivery; required when a cart holds goods (lines
	// that are neither digital nor services). Its fees are on the carts'
	// price entry (VAT included for consumer carts).
	Shipping *shipping.Schedule
	// Inventory confirms stock when an order is placed; nil for none.
	Inventory Inventory
	// Catalog, when set, re-prices the cart when an order is placed
	// (pipeline step 1): a price that changed since it was added is
	// applied to the cart and refused with a *ChangedError, so the
	// shopper sees it before placing the order again.
	Catalog Catalog
	// Policy is the tax calculation's (pricing.DefaultPolicy for a
	// Belgian consumer shop). Its Entry must be the carts'.
	Policy pricing.Policy
	// Seller and ShipFrom decide where VAT is due (vat.Due).
	Seller   vat.Seller
	ShipFrom vat.Place
	// Location is the shop's time zone: the day of the sale (VAT rates)
	// and of the delivery promise.
	Location *time.Location
	// Minimum is the smallest order, as goods after discounts on the
	// cart's price entry (net for B2B carts); zero for none.
	Minimum money.Money
}

// Request is what a checkout needs besides the cart: who buys, where to,
// when, the delivery chosen and the promotion usage so far.
type Request struct {
	// OrderID is the order's id; uuid.Nil lets Place make one.
	OrderID  uuid.UUID
	At       time.Time
	Customer order.Customer
	// PriceGroup is the customer group the catalogue prices for ("" for
	// the public price list).
	PriceGroup string
	// Groups, Tier and FirstOrder qualify the customer for promotions.
	Groups     []string
	Tier       string
	FirstOrder bool
	Billing    order.Address
	Shipping   order.Address
	// Offer is the shipping offer chosen; "" prices the cheapest
	// available one (for showing a cart), Place requires one.
	Offer string
	Perks []shipping.Perk
	// Counts are the promotion usage counts (promo.Store.Counts).
	Counts promo.Counts
	// BuyerCheck is the registry's answer for the customer's VAT number,
	// needed for an intra-Community exemption.
	BuyerCheck *vat.Registration
	// CrossBorderThisYear and CrossBorderLastYear are the seller's EU
	// distance sales to consumers in EUR (vat.Sale).
	CrossBorderThisYear, CrossBorderLastYear money.Money
}

// Summary is a priced cart, what a shop shows before payment.
type Summary struct {
	Lines []SummaryLine
	// Promotions is the promotion engine's result, with an outcome for
	// every promotion; Almost are those money alone keeps away.
	Promotions promo.Result
	Almost     []Almost
	// Options are every shipping option quoted; Chosen the one priced
	// (nil when the cart holds no goods).
	Options []shipping.Option
	Chosen  *shipping.Option
	// FreeShippingLeft is what is missing to reach the chosen option's
	// free-shipping threshold; zero when reached, when it has none or when
	// a promotion makes delivery free.
	FreeShippingLeft money.Money
	// MinimumLeft is what is missing to reach the Checkout's minimum
	// order; zero when reached or when there is none.
	MinimumLeft money.Money
	// ShippingDiscount is what a free-shipping promotion took off the
	// chosen fee, and ShippingPromotion that promotion.
	ShippingDiscount  money.Money
	ShippingPromotion string
	// Tax is the tax calculation: VAT per rate, shipping split, totals.
	Tax       pricing.Result
	Treatment vat.Decision
	// Uses are the promotions the placed order records, with their codes
	// and limits: what to redeem in the promotion store (set by Place;
	// promotions that gave nothing to the order, such as free shipping
	// for a mode not chosen, are not in it). Gifts of GiftItem
	// promotions are in Promotions.Gifts: checkout does not add them, a
	// shop adds the gift to the cart at a zero price.
	Uses []promo.Use
}

// Redemption returns the uses of a placed order to redeem.
func (s Summary) Redemption(orderID, customerID string) promo.Redemption {
	return promo.Redemption{OrderID: orderID, CustomerID: customerID, Uses: slices.Clone(s.Uses)}
}

// SummaryLine is a cart line after promotions and tax.
type SummaryLine struct {
	Line
	Amount    money.Money
	Discounts []promo.Discount
	pricing.Amounts
	Rate decimal.Decimal
}

// Almost is a promotion a shopper can reach by adding Add to the cart.
type Almost struct {
	PromotionID string
	Add         money.Money
}

// Errors of checkout.
var (
	// ErrEmptyCart: nothing to check out.
	ErrEmptyCart = errors.New("cart: empty cart")
	// ErrInvalidAddress: an address checkout cannot ship or bill to (see
	// AddressError).
	ErrInvalidAddress = errors.New("cart: invalid address")
	// ErrNoShipping: no shipping option serves the cart, or the one chosen
	// does not (see NoShippingError).
	ErrNoShipping = errors.New("cart: no shipping option")
	// ErrInvalidCode: an entered code is unknown, expired or used up (see
	// CodeError).
	ErrInvalidCode = errors.New("cart: invalid code")
	// ErrBelowMinimum: the cart is below the minimum order (see
	// MinimumError).
	ErrBelowMinimum = errors.New("cart: below the minimum order")
	// ErrSetup: the Checkout is not configured to price this cart.
	ErrSetup = errors.New("cart: checkout set-up")
	// ErrChanged: prices or items changed since the shopper saw them (see
	// ChangedError).
	ErrChanged = errors.New("cart: cart changed")
)

// ChangedError is a cart whose prices or contents changed since the
// shopper last saw them; the report says how. The cart already holds the
// changes.
type ChangedError struct{ Report Report }

// Error counts the changes.
func (e *ChangedError) Error() string {
	return fmt.Sprintf("cart: %d prices changed, %d items no longer for sale", len(e.Report.PriceChanges), len(e.Report.Removed))
}

// Is reports whether target is ErrChanged.
func (e *ChangedError) Is(target error) bool { return target == ErrChanged }

// Quote prices the cart for r: promotions, shipping options, the chosen
// (or cheapest) option, VAT and totals.
func (co *Checkout) Quote(ctx context.Context, c *Cart, r Request) (Summary, error) {
	if co == nil || c == nil {
		return Summary{}, fmt.Errorf("%w: nil checkout or cart", ErrSetup)
	}
	p, err := co.price(ctx, c, &r)
	if err != nil {
		return Summary{}, err
	}
	return p.summary, nil
}

// priced is a cart through the pipeline.
type priced struct {
	summary  Summary
	date     calendar.Date
	goods    bool
	promoRes promo.Result
	sale     vat.Sale // what the treatment was decided on
}

func (co *Checkout) price(ctx context.Context, c *Cart, r *Request) (*priced, error) {
	if err := co.check(c, r); err != nil {
		return nil, err
	}
	p := &priced{date: calendar.DateOf(r.At, co.Location), goods: hasGoods(c)}
	if err := co.promotions(c, r, p); err != nil {
		return nil, err
	}
	dec, err := co.treatment(c, r, p)
	if err != nil {
		return nil, err
	}
	fee, err := co.ship(ctx, c, r, p, dec)
	if err != nil {
		return nil, err
	}
	if dec, err = co.redecide(c, r, p, dec, fee); err != nil {
		return nil, err
	}
	tax, err := co.tax(c, p, dec, fee)
	if err != nil {
		return nil, err
	}
	p.summary.Tax, p.summary.Treatment = tax, dec
	if p.summary.MinimumLeft, err = co.minimumLeft(c, p.promoRes.Total); err != nil {
		return nil, err
	}
	p.summary.Lines = summaryLines(c, p.promoRes, tax)
	return p, nil
}

func (co *Checkout) check(c *Cart, r *Request) error {
	switch {
	case co.Location == nil:
		return fmt.Errorf("%w: no time zone", ErrSetup)
	case co.Policy.Entry != c.entry:
		return fmt.Errorf("%w: the policy's price entry is not the cart's", ErrSetup)
	case len(c.lines) == 0:
		return ErrEmptyCart
	case r.At.IsZero():
		return fmt.Errorf("%w: no time", ErrInvalidCart)
	case !r.Customer.Kind.Valid():
		return fmt.Errorf("%w: customer kind %q", ErrInvalidCart, r.Customer.Kind)
	case !order.ValidCountry(r.Customer.Country):
		return fmt.Errorf("%w: customer country %q", ErrInvalidCart, r.Customer.Country)
	case !order.ValidCountry(co.ShipFrom.Country):
		return fmt.Errorf("%w: ship-from country %q", ErrSetup, co.ShipFrom.Country)
	case co.Seller.Country == "":
		return fmt.Errorf("%w: the seller's country is missing", ErrSetup)
	case co.Promotions != nil && co.Promotions.Mode() != co.Policy.Mode:
		// One rounding for the promotions and the tax, or a line's
		// amount differs between them.
		return fmt.Errorf("%w: the promotions round %v, the tax %v", ErrSetup, co.Promotions.Mode(), co.Policy.Mode)
	}
	if err := co.Policy.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrSetup, err)
	}
	if !order.ValidCountry(r.Billing.Country) {
		return &AddressError{Field: "billing.country", Reason: fmt.Sprintf("%q is not an ISO 3166-1 country", r.Billing.Country)}
	}
	if !hasGoods(c) {
		return nil
	}
	switch {
	case co.Shipping == nil:
		return fmt.Errorf("%w: goods without a shipping schedule", ErrSetup)
	case !order.ValidCountry(r.Shipping.Country):
		return &AddressError{Field: "shipping.country", Reason: fmt.Sprintf("%q is not an ISO 3166-1 country", r.Shipping.Country)}
	case r.Shipping.PostalCode == "":
		return &AddressError{Field: "shipping.postal_code", Reason: "missing"}
	}
	return nil
}

// hasGoods reports whether some line is neither digital nor a service.
func hasGoods(c *Cart) bool {
	for _, l := range c.lines {
		if !l.Flags.Digital && !l.Flags.Service {
			return true
		}
	}
	return false
}

// AddressError says what is wrong with an address.
type AddressError struct {
	Field, Reason string
}

// Error names the field.
func (e *AddressError) Error() string { return "cart: address " + e.Field + ": " + e.Reason }

// Is reports whether target is ErrInvalidAddress.
func (e *AddressError) Is(target error) bool { return target == ErrInvalidAddress }
