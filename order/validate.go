package order

import (
	"fmt"
	"math"
	"strconv"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/internal/country"
	"github.com/comptoir/comptoir/money"
)

// Validate checks every invariant of the order and returns nil, or a
// *ValidationError (matching ErrInvalidOrder) listing every violation with
// its path, not only the first:
//
//   - the order: an id other than uuid.Nil, a placing time, a known channel,
//     a currency, at least one line;
//   - the customer: a known kind, a valid country, a time for a given
//     marketing consent; the billing address's country (and the shipping
//     address's, when there is one) valid: ISO 3166-1 alpha-2, upper case,
//     assigned (not "UK", "EU" or "ZZ");
//   - every amount in the order's currency (zero amounts included) and not
//     negative;
//   - each line: an id, unique within the order; a SKU and a tax category; a
//     positive quantity; a non-negative unit price; 0 <= VAT rate < 1; Net +
//     VAT = Gross; VAT matching the rate (see below); its base (Gross when
//     the unit price includes VAT, Net otherwise) equal to Quantity ×
//     UnitPrice less its discounts, rounded to the minor unit (the
//     difference is below one minor unit); variant attributes named, sorted
//     by name, names unique; weight not negative;
//   - each discount naming a promotion of the order; each promotion's amount
//     the sum of its discounts on lines and shipping; promotion ids unique;
//   - the shipping fee: a mode when a line is goods (neither digital nor a
//     service); one split entry per rate, each at a rate some line uses,
//     with Net + VAT = Gross and VAT matching the rate as a line's; the
//     split summing to the fee's Net, VAT and Gross; Net + VAT = Gross; a
//     promised window with both ends, in order;
//   - the VAT breakdown: exactly one entry per rate used by the lines or the
//     shipping split, each equal to the sum of their Net, VAT and Gross at
//     that rate, with VAT matching the rate (see below);
//   - the totals: the sums of the breakdown; Gross also the sum of the
//     lines' and the shipping's Gross; Net + VAT = Gross; Discount the sum
//     of every discount;
//   - each payment reference: a provider and a reference.
//
// VAT matches the rate r when, in minor units, it is exactly zero at rate 0
// and otherwise:
//
//   - for a line or a shipping split entry: |VAT − Net × r| < 3(1 + r)/2
//     (below 1.82 at 21 %, 1.59 at 6 %);
//   - for a VAT breakdown entry summing n amounts (the lines and the
//     shipping share at that rate): |VAT − Net × r| <= n(1 + r)/2.
//
// These are the widest errors of the two ways of rounding VAT, which both
// pass: per line (each line's and each shipping share's VAT rounded on its
// own, on the net or on the gross: within (1 + r)/2) and per rate (each
// rate's VAT rounded once on its total, on the net or on the gross, and
// allocated back to the lines and the shipping share by largest remainder:
// below 3(1 + r)/2 for a part, within (1 + r)/2 for the total). The factor
// 1 + r comes from VAT taken on the gross: VAT − Net × r = (1 + r)(VAT −
// Gross × r/(1 + r)). Net × r is computed exactly.
//
// Decimals with more than 18 decimal places or 18 integer digits are
// reported as out of range and take no part in the sums, so validating any
// decoded document is quick.
func (o Order) Validate() error {
	c := &checker{cur: o.Currency}
	c.order(o)
	return c.result(ErrInvalidOrder)
}

// checker accumulates problems.
type checker struct {
	cur      money.Currency
	problems []Problem
}

func (c *checker) addf(path, format string, args ...any) {
	c.problems = append(c.problems, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (c *checker) result(sentinel error) error {
	if len(c.problems) == 0 {
		return nil
	}
	return &ValidationError{Err: sentinel, Problems: c.problems}
}

// where is a path prefix, written out only when a problem is reported so
// that a valid order costs no string building: list[i].sub[j], where i or
// j is negative when absent ("totals", "lines[2]", "lines[2].discounts[0]").
type where struct {
	list string
	i    int
	sub  string
	j    int
}

// root is the prefix of a top-level field, such as "totals".
func root(name string) where { return where{list: name, i: -1, j: -1} }

// elem is the prefix of list[i].
func elem(list string, i int) where { return where{list: list, i: i, j: -1} }

// elem returns the prefix of w.sub[j].
func (w where) elem(sub string, j int) where {
	w.sub, w.j = sub, j
	return w
}

// at returns the path of field inside w, or of w itself for "".
func (w where) at(field string) string {
	b := make([]byte, 0, 48)
	b = append(b, w.list...)
	if w.i >= 0 {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(w.i), 10)
		b = append(b, ']')
	}
	if w.sub != "" {
		b = append(b, '.')
		b = append(b, w.sub...)
		if w.j >= 0 {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(w.j), 10)
			b = append(b, ']')
		}
	}
	if field != "" {
		b = append(b, '.')
		b = append(b, field...)
	}
	return string(b)
}

// fmtMinor formats minor units in the order's currency.
func (c *checker) fmtMinor(v int64) string {
	if m, err := money.FromMinor(v, c.cur); err == nil {
		return m.String()
	}
	return strconv.FormatInt(v, 10) + " minor units"
}

// amount checks that the amount at w.field is in the order's currency and,
// when nonNegative, not negative. It reports whether the currency is right.
func (c *checker) amount(w where, field string, m money.Money, nonNegative bool) bool {
	ok := true
	if !c.cur.IsZero() && m.Currency() != c.cur {
		if m.Currency().IsZero() {
			c.addf(w.at(field), "amount has no currency, want %s (write a zero as 0.00 %s)", c.cur.Code(), c.cur.Code())
		} else {
			c.addf(w.at(field), "amount %v is not in the order currency %s", m, c.cur.Code())
		}
		ok = false
	}
	if nonNegative && m.Sign() < 0 {
		c.addf(w.at(field), "amount %v is negative", m)
	}
	return ok
}

// sum is an int64 total of minor units that remembers an overflow.
type sum struct {
	v        int64
	overflow bool
}

func (s *sum) add(x int64) {
	r := s.v + x
	if (x > 0 && r < s.v) || (x < 0 && r > s.v) || r == math.MinInt64 {
		s.overflow = true
	}
	s.v = r
}

func (s *sum) addMoney(m money.Money) { s.add(m.Minor()) }

// equal checks that the money at w.field equals the sum s, described by what.
func (c *checker) equal(w where, field string, got money.Money, s sum, what string) {
	if s.overflow {
		c.addf(w.at(field), "%s overflows", what)
		return
	}
	if got.Minor() != s.v {
		c.addf(w.at(field), "%v, but %s is %s", got, what, c.fmtMinor(s.v))
	}
}

// netVATGross checks net + VAT = gross, reported at w.gross.
func (c *checker) netVATGross(w where, net, vat, gross money.Money) {
	var s sum
	s.addMoney(net)
	s.addMoney(vat)
	if s.overflow {
		c.addf(w.at("gross"), "net %v + VAT %v overflows", net, vat)
		return
	}
	if s.v != gross.Minor() {
		c.addf(w.at("gross"), "net %v + VAT %v = %s, not gross %v", net, vat, c.fmtMinor(s.v), gross)
	}
}

// amounts checks the currency and sign of net, VAT and gross at w, and that
// they add up.
func (c *checker) amounts(w where, net, vat, gross money.Money) {
	c.amount(w, "net", net, true)
	c.amount(w, "vat", vat, true)
	c.amount(w, "gross", gross, true)
	c.netVATGross(w, net, vat, gross)
}

// ValidCountry reports whether s is an assigned ISO 3166-1 alpha-2 country
// code in upper case: "BE" and "XK" (Kosovo, as the EU uses it) are; "be",
// "UK" (use GB), "EL" (a VAT prefix, not a country), "EU" and "ZZ" are not.
func ValidCountry(s string) bool { return country.Valid(s) }

func (c *checker) country(path, s string) {
	switch {
	case s == "":
		c.addf(path, "country is missing")
	case !ValidCountry(s):
		c.addf(path, "%q is not an ISO 3166-1 alpha-2 country code (two upper-case letters, assigned)", s)
	}
}

// rateSums accumulates net, VAT and gross per VAT rate.
type rateSums struct {
	key             rateKey
	rate            decimal.Decimal
	net, vat, gross sum
	n               int64 // the number of amounts summed: lines and shipping
	used            bool  // an entry of the breakdown matched it
}

func findRate(rs []rateSums, k rateKey) int {
	for i := range rs {
		if rs[i].key == k {
			return i
		}
	}
	return -1
}

func (c *checker) order(o Order) {
	if o.ID == uuid.Nil {
		c.addf("id", "order id is the nil uuid")
	}
	if o.PlacedAt.IsZero() {
		c.addf("placed_at", "placing time is missing")
	}
	switch {
	case o.Channel == "":
		c.addf("channel", "channel is missing")
	case !o.Channel.Valid():
		c.addf("channel", "unknown channel %q", string(o.Channel))
	}
	if o.Currency.IsZero() {
		c.addf("currency", "currency is missing")
	}
	c.customer(o.Customer)
	c.country("billing_address.country", o.BillingAddress.Country)
	if !o.ShippingAddress.IsZero() {
		c.country("shipping_address.country", o.ShippingAddress.Country)
	}

	// Discounts, summed per promotion (from lines and shipping) and overall.
	promos := c.promotionIDs(o.Promotions)
	perPromo := make([]sum, len(o.Promotions))
	var allDiscounts sum
	discounts := func(w where, ds []Discount) {
		for j, d := range ds {
			dw := w.elem("discounts", j)
			if d.PromotionID == "" {
				c.addf(dw.at("promotion_id"), "promotion id is missing")
			} else if k := indexOf(promos, d.PromotionID); k < 0 {
				c.addf(dw.at("promotion_id"), "promotion %q is not among the order's promotions", d.PromotionID)
			} else {
				perPromo[k].addMoney(d.Amount)
			}
			c.amount(dw, "amount", d.Amount, true)
			allDiscounts.addMoney(d.Amount)
		}
	}

	var rates []rateSums
	addRate := func(r decimal.Decimal, net, vat, gross money.Money) {
		k := keyOf(r)
		i := findRate(rates, k)
		if i < 0 {
			rates = append(rates, rateSums{key: k, rate: r})
			i = len(rates) - 1
		}
		rates[i].net.addMoney(net)
		rates[i].vat.addMoney(vat)
		rates[i].gross.addMoney(gross)
		rates[i].n++
	}
	var linesGross sum
	hasGoods := false
	if len(o.Lines) == 0 {
		c.addf("lines", "an order has at least one line")
	}
	for i := range o.Lines {
		l, w := &o.Lines[i], elem("lines", i)
		baseOK := c.line(w, i, l, o.Lines)
		discounts(w, l.Discounts)
		if baseOK {
			c.lineBase(w, l)
		}
		linesGross.addMoney(l.Gross)
		if !l.Flags.Digital && !l.Flags.Service {
			hasGoods = true
		}
		if rateOK(l.VATRate) {
			addRate(l.VATRate, l.Net, l.VAT, l.Gross)
		}
	}
	lineRates := len(rates)

	c.shipping(o.Shipping, hasGoods, rates[:lineRates:lineRates])
	discounts(root("shipping"), o.Shipping.Discounts)
	for _, sp := range o.Shipping.Split {
		if rateOK(sp.Rate) {
			addRate(sp.Rate, sp.Net, sp.VAT, sp.Gross)
		}
	}

	for k, pr := range o.Promotions {
		c.equal(elem("promotions", k), "amount", pr.Amount, perPromo[k], "the sum of its discounts on lines and shipping")
	}

	// The VAT breakdown: one entry per rate, each the sum at that rate.
	var bNet, bVAT, bGross sum
	for i := range o.VATBreakdown {
		b, w := &o.VATBreakdown[i], elem("vat_breakdown", i)
		c.amounts(w, b.Net, b.VAT, b.Gross)
		bNet.addMoney(b.Net)
		bVAT.addMoney(b.VAT)
		bGross.addMoney(b.Gross)
		if !c.rate(w, "rate", b.Rate) {
			continue
		}
		r := findRate(rates, keyOf(b.Rate))
		switch {
		case r < 0:
			c.addf(w.at("rate"), "no line and no shipping fee is taxed at rate %s", b.Rate)
		case rates[r].used:
			c.addf(w.at("rate"), "rate %s appears more than once", b.Rate)
		default:
			rs := &rates[r]
			rs.used = true
			if rs.net.v != b.Net.Minor() || rs.vat.v != b.VAT.Minor() || rs.gross.v != b.Gross.Minor() ||
				rs.net.overflow || rs.vat.overflow || rs.gross.overflow {
				what := "the sum of lines and shipping at rate " + rs.rate.String()
				c.equal(w, "net", b.Net, rs.net, what)
				c.equal(w, "vat", b.VAT, rs.vat, what)
				c.equal(w, "gross", b.Gross, rs.gross, what)
			}
			c.vat(w, b.Rate, b.Net, b.VAT, rs.n, false)
		}
	}
	for _, rs := range rates {
		if !rs.used {
			c.addf("vat_breakdown", "no entry for rate %s, used by the lines or the shipping fee", rs.rate)
		}
	}

	// Totals.
	t, tw := o.Totals, root("totals")
	c.amounts(tw, t.Net, t.VAT, t.Gross)
	c.amount(tw, "discount", t.Discount, true)
	c.equal(tw, "net", t.Net, bNet, "the sum of the VAT breakdown's net")
	c.equal(tw, "vat", t.VAT, bVAT, "the sum of the VAT breakdown's VAT")
	c.equal(tw, "gross", t.Gross, bGross, "the sum of the VAT breakdown's gross")
	linesGross.addMoney(o.Shipping.Gross)
	c.equal(tw, "gross", t.Gross, linesGross, "the sum of the lines' and the shipping's gross")
	c.equal(tw, "discount", t.Discount, allDiscounts, "the sum of the discounts on lines and shipping")

	for i, pay := range o.Payments {
		if pay.Provider == "" {
			c.addf(elem("payments", i).at("provider"), "payment provider is missing")
		}
		if pay.Reference == "" {
			c.addf(elem("payments", i).at("reference"), "payment reference is missing")
		}
	}
}

func indexOf(ids []string, id string) int {
	for i, v := range ids {
		if v == id {
			return i
		}
	}
	return -1
}

// rateOK reports whether d is a usable VAT rate: in range, 0 <= d < 1.
func rateOK(d decimal.Decimal) bool {
	return decInRange(d) && d.Sign() >= 0 && belowOne(d)
}

// belowOne reports whether a non-negative decimal in range is below 1, that
// is has no integer digit, without allocating.
func belowOne(d decimal.Decimal) bool {
	return d.Sign() == 0 || int64(d.NumDigits())+int64(d.Exponent()) <= 0
}

// rate checks the VAT rate at w.field and reports whether it is usable.
func (c *checker) rate(w where, field string, d decimal.Decimal) bool {
	switch {
	case !decInRange(d):
		c.addf(w.at(field), "rate %s is out of range", shortDec(d))
	case d.Sign() < 0 || !belowOne(d):
		c.addf(w.at(field), "rate %s is not a fraction in [0, 1) (21 %% is 0.21)", d)
	default:
		return true
	}
	return false
}

// shortDec formats a decimal that may be huge without expanding it.
func shortDec(d decimal.Decimal) string {
	if decInRange(d) {
		return d.String()
	}
	return d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
}

func (c *checker) customer(cu Customer) {
	switch {
	case cu.Kind == "":
		c.addf("customer.kind", "customer kind is missing")
	case !cu.Kind.Valid():
		c.addf("customer.kind", "unknown customer kind %q", string(cu.Kind))
	}
	c.country("customer.country", cu.Country)
	if cu.MarketingConsent.Given && cu.MarketingConsent.At.IsZero() {
		c.addf("customer.marketing_consent.at", "a given consent needs the time it was given")
	}
}

func (c *checker) promotionIDs(ps []Promotion) []string {
	ids := make([]string, len(ps))
	for i, pr := range ps {
		w := elem("promotions", i)
		switch {
		case pr.ID == "":
			c.addf(w.at("id"), "promotion id is missing")
		case indexOf(ids[:i], pr.ID) >= 0:
			c.addf(w.at("id"), "duplicate promotion id %q (also promotions[%d])", pr.ID, indexOf(ids[:i], pr.ID))
		}
		ids[i] = pr.ID
		c.amount(w, "amount", pr.Amount, true)
	}
	return ids
}

// line checks one line's own fields and reports whether its base can be
// checked against quantity × unit price (every figure it needs is sound).
func (c *checker) line(w where, i int, l *Line, all []Line) bool {
	switch {
	case l.ID == "":
		c.addf(w.at("id"), "line id is missing")
	default:
		for j := range i {
			if all[j].ID == l.ID {
				c.addf(w.at("id"), "duplicate line id %q (also lines[%d])", l.ID, j)
				break
			}
		}
	}
	if l.SKU == "" {
		c.addf(w.at("sku"), "SKU is missing")
	}
	for j, a := range l.Attributes {
		switch {
		case a.Name == "":
			c.addf(w.elem("attributes", j).at("name"), "attribute name is missing")
		case j > 0 && a.Name <= l.Attributes[j-1].Name:
			c.addf(w.elem("attributes", j).at("name"), "attribute %q is not after %q: attributes are sorted by name, names unique", a.Name, l.Attributes[j-1].Name)
		}
	}
	qtyOK := decInRange(l.Quantity)
	switch {
	case !qtyOK:
		c.addf(w.at("quantity"), "quantity %s is out of range", shortDec(l.Quantity))
	case l.Quantity.Sign() <= 0:
		c.addf(w.at("quantity"), "quantity %s is not positive", l.Quantity)
		qtyOK = false
	}
	priceOK := decInRange(l.UnitPrice)
	switch {
	case !priceOK:
		c.addf(w.at("unit_price"), "unit price %s is out of range", shortDec(l.UnitPrice))
	case l.UnitPrice.Sign() < 0:
		c.addf(w.at("unit_price"), "unit price %s is negative", l.UnitPrice)
		priceOK = false
	}
	if l.TaxCategory == "" {
		c.addf(w.at("tax_category"), "tax category is missing")
	}
	rateOK := c.rate(w, "vat_rate", l.VATRate)
	curOK := c.amount(w, "net", l.Net, true)
	curOK = c.amount(w, "vat", l.VAT, true) && curOK
	curOK = c.amount(w, "gross", l.Gross, true) && curOK
	c.netVATGross(w, l.Net, l.VAT, l.Gross)
	if rateOK {
		c.vat(w, l.VATRate, l.Net, l.VAT, amountSlack, true)
	}
	if l.WeightGrams < 0 {
		c.addf(w.at("weight_grams"), "weight %d g is negative", l.WeightGrams)
	}
	for _, d := range l.Discounts {
		if d.Amount.Currency() != c.cur {
			curOK = false
		}
	}
	return qtyOK && priceOK && curOK && !c.cur.IsZero()
}

// lineBase checks that the line's priced base is quantity × unit price less
// the discounts, to within the rounding to a minor unit.
func (c *checker) lineBase(w where, l *Line) {
	base, field := l.Net, "net"
	if l.UnitPriceIncludesVAT {
		base, field = l.Gross, "gross"
	}
	var want sum // base + discounts, in minor units
	want.addMoney(base)
	for _, d := range l.Discounts {
		want.addMoney(d.Amount)
	}
	if want.overflow {
		return // an amount this large is reported by the sums
	}
	// want must be the exact product rounded down or up (the product
	// itself when it is a whole number of minor units). A product beyond
	// the range of Money fails to round up, and is above any amount.
	lo, err := money.FromUnitPrice(l.UnitPrice, l.Quantity, c.cur, money.Floor)
	if err == nil && lo.Minor() <= want.v {
		hi, err := money.FromUnitPrice(l.UnitPrice, l.Quantity, c.cur, money.Ceiling)
		if err != nil || want.v <= hi.Minor() {
			return
		}
	}
	digits := int32(c.cur.Digits())
	basis := "excluding"
	if l.UnitPriceIncludesVAT {
		basis = "including"
	}
	disc := want.v - base.Minor()
	exact := l.Quantity.Mul(l.UnitPrice).Sub(decimal.New(disc, -digits))
	c.addf(w.at(field), "quantity %s × unit price %s (%s VAT) − discounts %s = %s, not %s %v",
		l.Quantity, l.UnitPrice, basis, c.fmtMinor(disc), exact, field, base)
}

func (c *checker) shipping(s Shipping, hasGoods bool, lineRates []rateSums) {
	sw := root("shipping")
	if hasGoods && s.Mode == "" {
		c.addf("shipping.mode", "delivery mode is missing for an order with goods")
	}
	var n, v, g sum
	for i, sp := range s.Split {
		w := elem("shipping.split", i)
		c.amounts(w, sp.Net, sp.VAT, sp.Gross)
		n.addMoney(sp.Net)
		v.addMoney(sp.VAT)
		g.addMoney(sp.Gross)
		if !c.rate(w, "rate", sp.Rate) {
			continue
		}
		k := keyOf(sp.Rate)
		for j := range i {
			if rateOK(s.Split[j].Rate) && keyOf(s.Split[j].Rate) == k {
				c.addf(w.at("rate"), "rate %s appears more than once (also shipping.split[%d])", sp.Rate, j)
				break
			}
		}
		if findRate(lineRates, k) < 0 {
			c.addf(w.at("rate"), "no line is taxed at rate %s: shipping follows the VAT of the goods", sp.Rate)
		}
		c.vat(w, sp.Rate, sp.Net, sp.VAT, amountSlack, true)
	}
	c.amounts(sw, s.Net, s.VAT, s.Gross)
	c.equal(sw, "net", s.Net, n, "the sum of the split's net")
	c.equal(sw, "vat", s.VAT, v, "the sum of the split's VAT")
	c.equal(sw, "gross", s.Gross, g, "the sum of the split's gross")
	c.amount(sw, "cheapest_standard_fee", s.CheapestStandardFee, true)
	if !s.Promise.IsZero() {
		switch {
		case s.Promise.Earliest.IsZero() || s.Promise.Latest.IsZero():
			c.addf("shipping.promise", "a delivery promise needs both ends")
		case s.Promise.Latest.Before(s.Promise.Earliest):
			c.addf("shipping.promise", "latest %s is before earliest %s", fmtTime(s.Promise.Latest), fmtTime(s.Promise.Earliest))
		}
	}
}
