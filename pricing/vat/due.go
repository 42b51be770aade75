package vat

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/internal/country"
	"github.com/comptoir/comptoir/money"
)

// Supply is the kind of thing sold, which decides where it is taxed.
type Supply uint8

// Supplies. The zero Supply is not one.
const (
	// Goods are dispatched or transported to the customer.
	Goods Supply = iota + 1
	// ElectronicService is a telecommunications, broadcasting or
	// electronically supplied service (art. 58): e-books, streaming,
	// software downloads. It is taxed where the customer belongs.
	ElectronicService
)

// CustomerKind tells a consumer from a business.
type CustomerKind uint8

// Customer kinds. The zero CustomerKind is not one.
const (
	// Consumer: a natural person acting outside trade.
	Consumer CustomerKind = iota + 1
	// Business: a taxable person or legal person buying as such.
	Business
)

// Seller is the seller's VAT situation.
type Seller struct {
	// Country is the Member State where the seller is established.
	Country string
	// EstablishedElsewhere: the seller is also established in another
	// Member State, which rules out the micro-seller exception.
	EstablishedElsewhere bool
	// OptedForDestination: the seller chose destination VAT for all its
	// distance sales (binding for two calendar years).
	OptedForDestination bool
}

// Sale is what Due decides on.
type Sale struct {
	Seller Seller
	// CrossBorderThisYear and CrossBorderLastYear are the seller's EU
	// cross-border sales to consumers (distance sales of goods and
	// electronic services), VAT excluded, in EUR: this calendar year before
	// this sale, and the whole previous year.
	CrossBorderThisYear, CrossBorderLastYear money.Money
	// Amount is this sale, VAT excluded, in EUR; it counts toward the
	// threshold when the sale is a cross-border consumer sale.
	Amount money.Money
	// Customer is who buys.
	Customer CustomerKind
	// BuyerNumber is the VAT number the buyer gave; the zero Number if none.
	BuyerNumber Number
	// BuyerCheck is the registry's answer for BuyerNumber, or nil when it
	// was not checked. An exemption needs a valid answer for that number.
	BuyerCheck *Registration
	// ShipFrom is where goods are dispatched from (unused for services).
	ShipFrom Place
	// ShipTo is where goods are delivered, or where the customer of a
	// service belongs.
	ShipTo Place
	// Supply is goods or an electronic service.
	Supply Supply
	// Date is the day of the chargeable event.
	Date calendar.Date
}

// MicroSellerThreshold is the EU-wide threshold of cross-border sales to
// consumers, VAT excluded, up to which a seller established in one Member
// State keeps its own country's VAT (art. 59c): EUR 10,000.
const MicroSellerThreshold = 10_000_00 // minor units of EUR

// ossStart is when the One-Stop Shop and the EU-wide threshold began; Due
// does not model the national thresholds before it.
func ossStart() calendar.Date { return calendar.Date{Year: 2021, Month: time.July, Day: 1} }

// ErrInvalidSale marks a sale Due cannot decide on; see SaleError.
var ErrInvalidSale = errors.New("vat: invalid sale")

// SaleError says which field of a Sale is wrong.
type SaleError struct {
	Field, Reason string
}

// Error names the field and the problem.
func (e *SaleError) Error() string { return fmt.Sprintf("vat: sale %s: %s", e.Field, e.Reason) }

// Is reports whether target is ErrInvalidSale.
func (e *SaleError) Is(target error) bool { return target == ErrInvalidSale }

// Legal mentions for zero-rated invoices (Directive 2006/112/EC art. 226).
const (
	MentionIntraCommunity = "Exempt intra-Community supply of goods, Article 138 Directive 2006/112/EC: VAT to be accounted for by the customer"
	MentionReverseCharge  = "Reverse charge, Article 196 Directive 2006/112/EC: VAT to be accounted for by the customer"
	MentionExport         = "Exempt export of goods, Article 146 Directive 2006/112/EC"
	MentionOutsideScope   = "Outside the scope of EU VAT: place of supply outside the European Union (Articles 44 and 58 Directive 2006/112/EC)"
)

// Due decides where VAT is due on a sale by a seller established in the
// EU (law-and-tax.md V-place), from 2021-07-01, when the One-Stop Shop
// began. The decision names the rule applied:
//
//   - goods leaving the EU VAT area, including its territories outside it
//     (the Canary Islands, Ceuta, Melilla, Heligoland, Büsingen, Livigno,
//     Campione d'Italia, Mount Athos, Åland, the French overseas
//     departments), recognised by postal code: Export;
//   - an electronic service to a customer outside the EU: Export (outside
//     the scope of EU VAT);
//   - goods delivered in the Member State they leave from, or a service to
//     a customer of the seller's country: Domestic, that country's VAT;
//   - to a business in another Member State whose VAT number the registry
//     confirmed (BuyerCheck valid for BuyerNumber), a number issued by a
//     Member State other than the one the goods leave from (the seller's,
//     for services): IntraCommunityExempt, exempt goods or reverse-charged
//     services; an unchecked, invalid, missing or non-qualifying number
//     (the origin country's own, or a non-Union OSS "EU" number) is taxed as
//     for a consumer;
//   - to a consumer in another Member State: MicroSellerOrigin when the
//     seller is established in one Member State only, did not opt for
//     destination VAT, dispatches goods from that State, and its
//     cross-border consumer sales stay at most EUR 10,000 last year and
//     this year including this sale; otherwise OSSDestination.
//
// Northern Ireland (GB with a BT postal code) is inside the EU VAT area for
// goods, with the United Kingdom's rates; Monaco is taxed as France. Country
// codes must be ISO 3166-1 alpha-2 in upper case: an unknown or misspelt
// destination is an error, never an export.
func Due(s Sale) (Decision, error) {
	if err := checkSale(s); err != nil {
		return Decision{}, err
	}
	eu := func(country string) bool { return IsEU(country, s.Date) }
	goods := s.Supply == Goods
	to := areaOf(s.ShipTo, goods, eu)
	origin := s.Seller.Country
	if goods {
		from := areaOf(s.ShipFrom, true, eu)
		if !from.inside {
			return Decision{}, &SaleError{"ship_from", "goods dispatched from outside the EU VAT area (imports) are not modelled: " + from.reason}
		}
		origin = from.country
	}
	switch {
	case !to.inside && goods:
		return Decision{Treatment: Export, Rule: "Directive 2006/112/EC art. 146(1)(a)",
			Reason: "goods leave the EU VAT area: " + to.reason, LegalMention: MentionExport}, nil
	case !to.inside:
		return Decision{Treatment: Export, Rule: "Directive 2006/112/EC art. 44, 58",
			Reason: "the customer belongs outside the EU VAT area: " + to.reason, LegalMention: MentionOutsideScope}, nil
	case to.country == origin:
		rule := "Directive 2006/112/EC art. 32"
		if !goods {
			rule = "Directive 2006/112/EC art. 44, 58"
		}
		return Decision{Treatment: Domestic, Country: origin, Rule: rule, Reason: domesticReason(goods, origin, to)}, nil
	case s.Customer == Business && confirmed(s, origin):
		return intraCommunity(goods, to.country, s.BuyerNumber), nil
	}
	return distanceSale(s, goods, origin, to.country)
}

func checkSale(s Sale) error {
	switch {
	case !s.Date.IsValid():
		return &SaleError{"date", "missing or invalid"}
	case s.Date.Before(ossStart()):
		return &SaleError{"date", fmt.Sprintf("%s is before %s: the national distance-selling thresholds before the One-Stop Shop are not modelled", s.Date, ossStart())}
	case !IsEU(s.Seller.Country, s.Date):
		return &SaleError{"seller.country", fmt.Sprintf("%q is not an EU Member State on %s; only EU sellers are modelled", s.Seller.Country, s.Date)}
	case s.Supply != Goods && s.Supply != ElectronicService:
		return &SaleError{"supply", "neither goods nor an electronic service"}
	case s.Customer != Consumer && s.Customer != Business:
		return &SaleError{"customer", "neither a consumer nor a business"}
	case !country.Valid(s.ShipTo.Country):
		return &SaleError{"ship_to.country", fmt.Sprintf("%q is not an ISO 3166-1 alpha-2 code in upper case%s", s.ShipTo.Country, countryHint(s.ShipTo.Country))}
	case s.Supply == Goods && !country.Valid(s.ShipFrom.Country):
		return &SaleError{"ship_from.country", fmt.Sprintf("%q is not an ISO 3166-1 alpha-2 code in upper case%s", s.ShipFrom.Country, countryHint(s.ShipFrom.Country))}
	}
	for _, f := range []struct {
		name string
		m    money.Money
	}{{"cross_border_this_year", s.CrossBorderThisYear}, {"cross_border_last_year", s.CrossBorderLastYear}, {"amount", s.Amount}} {
		if f.m.Sign() < 0 {
			return &SaleError{f.name, fmt.Sprintf("negative: %v", f.m)}
		}
		if !f.m.Currency().IsZero() && f.m.Currency().Code() != "EUR" {
			return &SaleError{f.name, fmt.Sprintf("the threshold is in EUR; convert %v first", f.m)}
		}
	}
	return nil
}

// countryHint suggests the code meant by a common mistake.
func countryHint(s string) string {
	switch strings.ToUpper(s) {
	case "EL":
		return " (Greece is GR; EL is its VAT prefix)"
	case "UK":
		return " (the United Kingdom is GB)"
	case "XI":
		return " (Northern Ireland is GB with a BT postal code)"
	}
	if len(s) == 2 && country.Valid(strings.ToUpper(s)) {
		return fmt.Sprintf(" (did you mean %s?)", strings.ToUpper(s))
	}
	return ""
}

func domesticReason(goods bool, country string, to vatArea) string {
	r := "goods delivered in " + country + ", the Member State they are dispatched from"
	if !goods {
		r = "the customer belongs in " + country + ", the seller's Member State"
	}
	if to.reason != "" {
		r += "; " + to.reason
	}
	return r
}

// confirmed reports whether the buyer's number qualifies for the exemption
// or the reverse charge: checked and found valid, and issued by a Member
// State (not a non-Union OSS "EU" number) other than the one the goods
// leave from, or the seller's for services (art. 138(1)(b), 196).
// Northern Ireland's XI numbers count for goods only.
func confirmed(s Sale, origin string) bool {
	n := s.BuyerNumber
	return !n.IsZero() && n.Country() != "" && n.Country() != origin &&
		(s.Supply == Goods || !n.IsNorthernIreland()) &&
		s.BuyerCheck != nil && s.BuyerCheck.Valid && s.BuyerCheck.Number == n
}

func intraCommunity(goods bool, dest string, n Number) Decision {
	if goods {
		return Decision{Treatment: IntraCommunityExempt, Rule: "Directive 2006/112/EC art. 138(1), 200",
			Reason:       fmt.Sprintf("goods to a business in %s with VAT number %s confirmed by VIES: exempt, the buyer reverse-charges", dest, n),
			LegalMention: MentionIntraCommunity}
	}
	return Decision{Treatment: IntraCommunityExempt, Rule: "Directive 2006/112/EC art. 44, 196",
		Reason:       fmt.Sprintf("a service to a business in %s with VAT number %s confirmed by VIES: taxed where the customer is, reverse charge", dest, n),
		LegalMention: MentionReverseCharge}
}

// distanceSale decides a cross-border sale to a consumer (or to a business
// without a confirmed number, taxed alike).
func distanceSale(s Sale, goods bool, origin, dest string) (Decision, error) {
	who := "a consumer"
	if s.Customer == Business {
		who = "a business without a VAT number confirmed by VIES, taxed as a consumer,"
	}
	thisYear, err := s.CrossBorderThisYear.Add(s.Amount)
	if err != nil {
		return Decision{}, &SaleError{"amount", err.Error()}
	}
	var notMicro string
	switch {
	case s.Seller.EstablishedElsewhere:
		notMicro = "the seller is established in more than one Member State"
	case s.Seller.OptedForDestination:
		notMicro = "the seller opted for destination VAT"
	case goods && origin != s.Seller.Country:
		notMicro = "the goods are dispatched from " + origin + ", not from the seller's Member State"
	case s.CrossBorderLastYear.Minor() > MicroSellerThreshold:
		notMicro = fmt.Sprintf("last year's EU cross-border consumer sales, %s, exceeded EUR 10,000", euros(s.CrossBorderLastYear))
	case thisYear.Minor() > MicroSellerThreshold:
		notMicro = fmt.Sprintf("this year's EU cross-border consumer sales reach %s with this sale, over EUR 10,000", euros(thisYear))
	}
	if notMicro == "" {
		return Decision{Treatment: MicroSellerOrigin, Country: s.Seller.Country, Rule: "Directive 2006/112/EC art. 59c",
			Reason: fmt.Sprintf("a distance sale to %s in %s by a seller established in %s only, with EU cross-border consumer sales of %s this year (this sale included) and %s last year, within EUR 10,000: the seller's VAT",
				who, dest, s.Seller.Country, euros(thisYear), euros(s.CrossBorderLastYear))}, nil
	}
	rule := "Directive 2006/112/EC art. 33(a), 369a-369k (OSS)"
	if !goods {
		rule = "Directive 2006/112/EC art. 58, 369a-369k (OSS)"
	}
	return Decision{Treatment: OSSDestination, Country: dest, Rule: rule,
		Reason: fmt.Sprintf("a distance sale to %s in %s: destination VAT through the One-Stop Shop, because %s", who, dest, notMicro)}, nil
}

// euros prints an amount in EUR, the zero Money as 0.00 EUR.
func euros(m money.Money) string {
	if m.Currency().IsZero() {
		return "0.00 EUR"
	}
	return m.String()
}
