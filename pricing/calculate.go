package pricing

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/vat"
)

// Calculate taxes a document under a policy. It is a pure function: the
// same document and policy always give the same result, and it is safe for
// concurrent use.
//
// The steps: each line's amount is quantity × unit price, rounded once,
// less the line's own discounts (Line.Discounts), which may not exceed it.
// Document discounts are then allocated to the lines in turn, in
// proportion to what is left of each line (largest remainder), and stop at
// zero. The shipping charge is split across the lines' VAT rates in
// proportion to the goods' values after all discounts. When prices include
// VAT but the net is what counts (a zero-rated sale, or KeepNet across
// borders), the VAT of the price country is taken out first, of each line
// and shipping part on its own (the rounding policy applies to the VAT
// charged, not to this conversion). Then VAT is computed per rate on the
// total and allocated back to the lines and shipping parts (RoundPerRate),
// or per line (RoundPerLine), always as the VAT inside a gross amount or on
// top of a net one: a gross is never rebuilt from a rounded net.
//
// Errors: an invalid policy (ErrInvalidPolicy), a document that cannot be
// priced (*DocumentError, ErrInvalidDocument), a rate the vat table does
// not have (vat errors), amounts out of range (money.ErrOverflow).
func Calculate(doc Document, p Policy) (Result, error) {
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	b := new(buffers) // one allocation for a typical document's working space
	c := &calc{doc: doc, p: p, items: b.items[:0], groups: b.groups[:0], rates: b.rates[:0], byCategory: b.byCategory[:0],
		weights: b.weights[:0], parts: b.parts[:0]}
	if err := c.check(); err != nil {
		return Result{}, err
	}
	if err := c.resolveRates(); err != nil {
		return Result{}, err
	}
	discounts, applied, err := c.discount()
	if err != nil {
		return Result{}, err
	}
	if err := c.splitShipping(); err != nil {
		return Result{}, err
	}
	if err := c.tax(); err != nil {
		return Result{}, err
	}
	a := assembly{items: c.items, groups: c.groups, rates: c.rates, netBasis: c.netBasis,
		ownDiscounts: c.ownDiscounts, lineDiscount: c.lineDiscount}
	return a.result(doc, discounts, applied)
}

// calc is the working state of one Calculate call. Its slices start on
// buffers sized for a typical document, so a call allocates little beyond
// its Result.
type calc struct {
	doc Document
	p   Policy
	// netBasis: VAT is added to net amounts; otherwise it is taken out of
	// gross ones.
	netBasis bool
	// stripPriceVAT: gross-entered prices lose their price country's VAT
	// to reach the net basis.
	stripPriceVAT bool

	items  []item // the lines, then one shipping part per group
	groups []group
	rates  []keyed // the applied rates
	// byCategory caches each category's group.
	byCategory []categoryGroup
	weights    []int64       // scratch, reused
	parts      []money.Money // scratch, reused

	// ownDiscounts counts the lines' own discounts, lineDiscount sums them.
	ownDiscounts int
	lineDiscount money.Money
}

// buffers back calc's slices for documents of up to 16 lines and 4 rates;
// larger documents grow them as usual.
type buffers struct {
	items      [16]item
	groups     [4]group
	rates      [4]keyed
	byCategory [4]categoryGroup
	weights    [16]int64
	parts      [16]money.Money
}

// item is a line or a shipping part.
type item struct {
	line   int // document line, or -1 for a shipping part
	group  int
	amount money.Money // quantity × unit price (lines only)
	value  money.Money // after the line's own and the document discounts, on the price basis
	base   money.Money // on the calculation's basis: gross, or net
	vat    money.Money
}

// group is a pair of applied rate and price rate. Lines in a group are
// treated alike, and the shipping charge is split across groups.
type group struct {
	rate      int // into calc.rates
	priceRate decimal.Decimal
	priceKey  rateKey
}

// rateKey identifies a rate's value whatever its exponent (0.21 and 0.210
// are one rate), so grouping compares integers, not decimals.
type rateKey struct {
	coef int64
	exp  int32
	big  string // the canonical text of a rate too long for coef
}

func keyOf(d decimal.Decimal) rateKey {
	if d.NumDigits() > 18 {
		return keyOfText(d.String())
	}
	coef, exp := d.CoefficientInt64(), d.Exponent()
	if coef == 0 {
		return rateKey{}
	}
	for coef%10 == 0 {
		coef, exp = coef/10, exp+1
	}
	return rateKey{coef: coef, exp: exp}
}

// keyOfText keys a rate with a long coefficient from its canonical text,
// which has no trailing zeros: "0.21" written with twenty decimals keys as
// 0.21 does, and a rate that really needs more than 18 digits keys by its
// text.
func keyOfText(text string) rateKey {
	intPart, frac, _ := strings.Cut(text, ".")
	digits := strings.TrimLeft(intPart+frac, "-0")
	if len(digits) > 18 {
		return rateKey{big: text}
	}
	coef, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || coef == 0 {
		return rateKey{big: text}
	}
	if strings.HasPrefix(text, "-") {
		coef = -coef
	}
	exp := -int32(len(frac))
	for coef%10 == 0 {
		coef, exp = coef/10, exp+1
	}
	return rateKey{coef: coef, exp: exp}
}

func (c *calc) zero() money.Money { return money.Zero(c.doc.Currency) }

// check validates the document and decides the basis. The lines' own
// discounts are checked with the lines' amounts, by takeLineDiscounts.
func (c *calc) check() error {
	d := c.doc
	if d.Currency.IsZero() {
		return docErr("currency", "missing")
	}
	if !d.Date.IsValid() {
		return docErr("date", "missing or invalid: %s", d.Date)
	}
	t := d.Treatment.Treatment
	if !t.Valid() {
		return docErr("treatment", "no VAT treatment decided (%v)", t)
	}
	if !t.ZeroRated() && d.Treatment.Country == "" {
		return docErr("treatment.country", "%v needs the country whose rates apply", t)
	}
	if t.ZeroRated() && strings.TrimSpace(d.Treatment.LegalMention) == "" {
		return docErr("treatment.legal_mention", "a zero-rated invoice must print its legal mention; take the Decision from vat.Due")
	}
	for i := range d.Lines {
		if err := checkLine(&d.Lines[i]); err != nil {
			err.Field = fmt.Sprintf("lines[%d].%s", i, err.Field)
			return err
		}
	}
	if err := c.checkAmount(d.Shipping); err != nil {
		err.Field = "shipping"
		return err
	}
	for i, dis := range d.Discounts {
		if err := c.checkAmount(dis.Amount); err != nil {
			err.Field = fmt.Sprintf("discounts[%d]", i)
			return err
		}
	}
	if len(d.Lines) == 0 && !d.Shipping.IsZero() {
		return docErr("shipping", "a shipping charge without goods has no VAT rate to follow")
	}
	crossBorder := t.ZeroRated() || d.Treatment.Country != c.priceCountry()
	c.netBasis = c.p.Entry == PricesExcludeVAT || t.ZeroRated() || crossBorder && c.p.CrossBorder == KeepNet
	c.stripPriceVAT = c.netBasis && c.p.Entry == PricesIncludeVAT
	return nil
}

// checkLine returns a *DocumentError whose Field is relative to the line.
func checkLine(l *Line) *DocumentError {
	switch {
	case l.Quantity.Sign() <= 0:
		return &DocumentError{"quantity", fmt.Sprintf("must be positive, got %s", l.Quantity)}
	case l.UnitPrice.Sign() < 0:
		return &DocumentError{"unit_price", fmt.Sprintf("must not be negative, got %s", l.UnitPrice)}
	case l.Rate.Valid && (l.Rate.Decimal.Sign() < 0 || l.Rate.Decimal.Cmp(decimal.New(1, 0)) >= 0):
		return &DocumentError{"rate", fmt.Sprintf("must be a fraction in [0, 1), got %s", l.Rate.Decimal)}
	case !l.Rate.Valid && !l.Category.Valid():
		return &DocumentError{"category", fmt.Sprintf("unknown category %q and no explicit rate", l.Category)}
	}
	return nil
}

// checkAmount accepts the zero Money or a non-negative amount in the
// document's currency. The caller sets the error's Field.
func (c *calc) checkAmount(m money.Money) *DocumentError {
	if m.Sign() < 0 {
		return &DocumentError{Reason: fmt.Sprintf("must not be negative, got %v", m)}
	}
	if !m.Currency().IsZero() && m.Currency() != c.doc.Currency {
		return &DocumentError{Reason: fmt.Sprintf("%v is not in the document currency %s", m, c.doc.Currency)}
	}
	return nil
}

// resolveRates finds each line's applied and price rates, groups the lines
// and computes their amounts and their values after their own discounts.
func (c *calc) resolveRates() error {
	d := c.doc
	for i := range d.Lines {
		l := &d.Lines[i]
		g, err := c.lineGroup(l)
		if err != nil {
			return fmt.Errorf("lines[%d]: %w", i, err)
		}
		amount, err := money.FromUnitPrice(l.UnitPrice, l.Quantity, d.Currency, c.p.Mode)
		if err != nil {
			return fmt.Errorf("lines[%d]: %w", i, err)
		}
		value := amount
		if len(l.Discounts) > 0 {
			if value, err = c.takeLineDiscounts(i, amount); err != nil {
				return err
			}
		}
		c.items = append(c.items, item{line: i, group: g, amount: amount, value: value})
	}
	return nil
}

// takeLineDiscounts checks line i's own discounts, returns its amount less
// them and adds them to the calculation's count and sum. Each must be the
// zero Money or a non-negative amount in the document's currency, and
// more than the amount in all is an error: those discounts were decided
// upstream and do not stop at zero.
func (c *calc) takeLineDiscounts(i int, amount money.Money) (money.Money, error) {
	value := amount
	for j, dis := range c.doc.Lines[i].Discounts {
		if err := c.checkAmount(dis.Amount); err != nil {
			err.Field = fmt.Sprintf("lines[%d].discounts[%d]", i, j)
			return money.Money{}, err
		}
		var err error
		// value and the discount are not negative: no overflow.
		if value, err = value.Sub(dis.Amount); err != nil {
			return money.Money{}, err
		}
		if value.Sign() < 0 {
			return money.Money{}, docErr(fmt.Sprintf("lines[%d].discounts[%d]", i, j),
				"the line's discounts exceed its amount %v by %v", amount, value.Neg())
		}
		if c.lineDiscount, err = c.lineDiscount.Add(dis.Amount); err != nil {
			return money.Money{}, err
		}
	}
	c.ownDiscounts += len(c.doc.Lines[i].Discounts)
	return value, nil
}

// lineGroup returns the group of a line's applied and price rates. Within
// a document both depend on the category alone, so each category is looked
// up once.
func (c *calc) lineGroup(l *Line) (int, error) {
	if !l.Rate.Valid {
		for _, cg := range c.byCategory {
			if cg.category == l.Category {
				return cg.group, nil
			}
		}
	}
	applied, err := c.appliedRate(l)
	if err != nil {
		return 0, err
	}
	priceRate := applied
	if c.stripPriceVAT {
		if priceRate, err = c.priceRate(l); err != nil {
			return 0, err
		}
	}
	g := c.groupOf(applied, priceRate)
	if !l.Rate.Valid {
		c.byCategory = append(c.byCategory, categoryGroup{l.Category, g})
	}
	return g, nil
}

// categoryGroup remembers the group of a category's lines.
type categoryGroup struct {
	category vat.Category
	group    int
}

// keyed is a rate with its key.
type keyed struct {
	rate decimal.Decimal
	key  rateKey
}

func (c *calc) appliedRate(l *Line) (keyed, error) {
	switch {
	case c.doc.Treatment.Treatment.ZeroRated():
		return keyed{rate: decimal.Zero}, nil
	case l.Rate.Valid:
		return keyed{l.Rate.Decimal, keyOf(l.Rate.Decimal)}, nil
	}
	return c.lookup(c.doc.Treatment.Country, l.Category)
}

func (c *calc) priceRate(l *Line) (keyed, error) {
	if l.Rate.Valid {
		return keyed{l.Rate.Decimal, keyOf(l.Rate.Decimal)}, nil
	}
	pc := c.priceCountry()
	if pc == "" {
		return keyed{}, docErr("price_country", "needed to take the price country's VAT out of gross prices")
	}
	return c.lookup(pc, l.Category)
}

// priceCountry is the country whose VAT entered gross prices include: the
// document's PriceCountry, or, when it is empty, the treatment's country
// for domestic and micro-seller sales, which apply the seller's own VAT.
func (c *calc) priceCountry() string {
	t := c.doc.Treatment
	if c.doc.PriceCountry == "" && (t.Treatment == vat.Domestic || t.Treatment == vat.MicroSellerOrigin) {
		return t.Country
	}
	return c.doc.PriceCountry
}

// lookup asks the vat table for a rate.
func (c *calc) lookup(country string, cat vat.Category) (keyed, error) {
	r, err := vat.Rate(country, cat, c.doc.Date)
	if err != nil {
		return keyed{}, err
	}
	return keyed{r, keyOf(r)}, nil
}

// groupOf returns the index of the (applied, priceRate) group, adding it.
func (c *calc) groupOf(applied, priceRate keyed) int {
	ri := slices.IndexFunc(c.rates, func(r keyed) bool { return r.key == applied.key })
	if ri < 0 {
		c.rates = append(c.rates, applied)
		ri = len(c.rates) - 1
	}
	for i, g := range c.groups {
		if g.rate == ri && g.priceKey == priceRate.key {
			return i
		}
	}
	c.groups = append(c.groups, group{rate: ri, priceRate: priceRate.rate, priceKey: priceRate.key})
	return len(c.groups) - 1
}

// scratch returns the weights and parts buffers, emptied.
func (c *calc) scratch() ([]int64, []money.Money) { return c.weights[:0], c.parts[:0] }

// keep stores grown scratch buffers for the next use.
func (c *calc) keep(weights []int64, parts []money.Money) { c.weights, c.parts = weights, parts }

// discount allocates the document discounts to the lines, each in
// proportion to what the lines' own discounts and the discounts before it
// left of the lines. Each line's discounts are a window of one array, the
// lines' windows in order: line i's holds its own discounts (copied), then
// its share of each document discount, so discount k's share of line i is
// k past the line's own. Without line discounts, that is
// discounts[i*len(doc.Discounts)+k]. applied, after the windows in the
// same array, is what each document discount took in all (pricing.md:
// discounts stop at zero, so it may be less than asked). Both go to the
// Result.
func (c *calc) discount() (discounts, applied []AllocatedDiscount, err error) {
	d := c.doc
	n, nd := len(d.Lines), len(d.Discounts)
	if nd == 0 && c.ownDiscounts == 0 {
		return nil, nil, nil
	}
	size := c.ownDiscounts + n*nd
	all := make([]AllocatedDiscount, size+nd)
	discounts, applied = all[:size:size], all[size:]
	if c.ownDiscounts > 0 {
		at := 0
		for i := range d.Lines {
			for _, dis := range d.Lines[i].Discounts {
				if dis.Amount.IsZero() {
					dis.Amount = c.zero() // a zero discount may come without a currency
				}
				discounts[at], at = dis, at+1
			}
			at += nd
		}
	}
	for k, dis := range d.Discounts {
		weights, parts := c.scratch()
		left := c.zero()
		for _, it := range c.items {
			weights = append(weights, it.value.Minor())
			if left, err = left.Add(it.value); err != nil {
				return nil, nil, err
			}
		}
		took := dis.Amount
		switch {
		case took.IsZero():
			took = c.zero() // a zero discount may come without a currency
		case took.Minor() > left.Minor():
			took = left
		}
		applied[k] = AllocatedDiscount{ID: dis.ID, Amount: took}
		if parts, err = c.allocate(parts, took, weights); err != nil {
			return nil, nil, err
		}
		at := k // line i's share: its window's start, its own discounts, k
		for i, part := range parts {
			if c.ownDiscounts > 0 {
				at += len(d.Lines[i].Discounts)
			}
			discounts[at] = AllocatedDiscount{ID: dis.ID, Amount: part}
			at += nd
			if c.items[i].value, err = c.items[i].value.Sub(part); err != nil {
				return nil, nil, err
			}
		}
		c.keep(weights, parts)
	}
	return discounts, applied, nil
}

// allocate appends the parts of m over weights to parts; a zero m, which
// may have no currency, gives zeros in the document's currency.
func (c *calc) allocate(parts []money.Money, m money.Money, weights []int64) ([]money.Money, error) {
	if m.IsZero() {
		for range weights {
			parts = append(parts, c.zero())
		}
		return parts, nil
	}
	return m.AppendAllocation(parts, weights...)
}

// splitShipping splits the shipping charge across the groups in proportion
// to the goods' values after discounts, or their amounts before discounts
// when everything was discounted to zero, and adds a shipping item per
// group. When the goods are all free, a single applied rate takes the
// whole charge (split evenly over the price rates it gathers); across
// several applied rates there is no proportion to follow, and that is an
// error.
func (c *calc) splitShipping() error {
	s := c.doc.Shipping
	if s.IsZero() {
		return nil
	}
	weights, parts := c.scratch()
	weights, err := c.groupWeights(weights, func(it item) money.Money { return it.value })
	if err == nil && allZero(weights) {
		weights, err = c.groupWeights(weights[:0], func(it item) money.Money { return it.amount })
	}
	switch {
	case err != nil:
		return err
	case allZero(weights) && len(c.rates) == 1:
		for g := range weights { // one rate: split evenly over its groups
			weights[g] = 1
		}
	case allZero(weights):
		return docErr("shipping", "the goods are all free and have several VAT rates, so the charge has no proportion to follow")
	}
	if parts, err = s.AppendAllocation(parts, weights...); err != nil {
		return err
	}
	for g, part := range parts {
		if weights[g] > 0 {
			c.items = append(c.items, item{line: -1, group: g, value: part})
		}
	}
	c.keep(weights, parts)
	return nil
}

// groupWeights appends, per group, the sum of value over the group's items.
func (c *calc) groupWeights(weights []int64, value func(item) money.Money) ([]int64, error) {
	var buf [4]money.Money // on the stack for up to 4 groups
	sums := buf[:0]
	for range c.groups {
		sums = append(sums, money.Money{})
	}
	for _, it := range c.items {
		var err error
		if sums[it.group], err = sums[it.group].Add(value(it)); err != nil {
			return weights, err
		}
	}
	for _, m := range sums {
		weights = append(weights, m.Minor())
	}
	return weights, nil
}

func allZero(ws []int64) bool {
	for _, w := range ws {
		if w != 0 {
			return false
		}
	}
	return true
}

// tax puts every item on the calculation's basis and computes its VAT.
func (c *calc) tax() error {
	for i := range c.items {
		it := &c.items[i]
		it.base = it.value
		if c.stripPriceVAT {
			inside, err := it.value.IncludedPart(c.groups[it.group].priceRate, c.p.Mode)
			if err != nil {
				return err
			}
			if it.base, err = it.value.Sub(inside); err != nil {
				return err
			}
		}
	}
	for r := range c.rates {
		var err error
		if c.p.Rounding == RoundPerLine {
			err = c.taxPerLine(r)
		} else {
			err = c.taxPerRate(r)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// vatOf is the VAT on a base at rate r: on top of a net, inside a gross.
func (c *calc) vatOf(base money.Money, r int) (money.Money, error) {
	if c.netBasis {
		return base.Mul(c.rates[r].rate, c.p.Mode)
	}
	return base.IncludedPart(c.rates[r].rate, c.p.Mode)
}

func (c *calc) taxPerLine(r int) error {
	for i := range c.items {
		it := &c.items[i]
		if c.groups[it.group].rate != r {
			continue
		}
		v, err := c.vatOf(it.base, r)
		if err != nil {
			return err
		}
		it.vat = v
	}
	return nil
}

// taxPerRate computes the rate's VAT once on its total base and allocates
// it to the items in proportion to their bases.
func (c *calc) taxPerRate(r int) error {
	weights, parts := c.scratch()
	total := c.zero()
	for _, it := range c.items {
		if c.groups[it.group].rate != r {
			continue
		}
		weights = append(weights, it.base.Minor())
		var err error
		if total, err = total.Add(it.base); err != nil {
			return err
		}
	}
	vatTotal, err := c.vatOf(total, r)
	if err != nil {
		return err
	}
	if total.IsZero() {
		vatTotal = c.zero() // nothing to weigh the allocation by
	}
	if parts, err = c.allocate(parts, vatTotal, weights); err != nil {
		return err
	}
	k := 0
	for i := range c.items {
		if c.groups[c.items[i].group].rate == r {
			c.items[i].vat, k = parts[k], k+1
		}
	}
	c.keep(weights, parts)
	return nil
}

// netGross returns an item's net and gross once its VAT is known: on the
// net basis the VAT adds to the base, on the gross basis it is inside it.
func netGross(it item, netBasis bool) (net, gross money.Money, err error) {
	if netBasis {
		gross, err = it.base.Add(it.vat)
		return it.base, gross, err
	}
	net, err = it.base.Sub(it.vat)
	return net, it.base, err
}

// assembly is the part of the working state the Result is built from.
type assembly struct {
	items        []item
	groups       []group
	rates        []keyed
	netBasis     bool
	ownDiscounts int         // the number of the lines' own discounts
	lineDiscount money.Money // their sum
}

// result assembles the Result and its sums.
func (a assembly) result(d Document, discounts, applied []AllocatedDiscount) (Result, error) {
	zero := money.Zero(d.Currency)
	zeros := Amounts{zero, zero, zero}
	n, nr := len(d.Lines), len(a.rates)
	res := Result{Treatment: d.Treatment, Lines: make([]LineResult, n)}
	// One array holds the VAT lines and, after them, the shipping split.
	totals := make([]RateTotal, 2*nr)
	for r, rt := range a.rates {
		totals[r] = RateTotal{Rate: rt.rate, Amounts: zeros}
		totals[nr+r] = totals[r]
	}
	byRate, shipping := totals[:nr:nr], totals[nr:]
	k := len(d.Discounts)
	at := 0 // the start of the next line's window: lines come first, in order
	for _, it := range a.items {
		net, gross, err := netGross(it, a.netBasis)
		if err != nil {
			return Result{}, err
		}
		r := a.groups[it.group].rate
		amounts := Amounts{Net: net, VAT: it.vat, Gross: gross}
		if err = byRate[r].add(amounts); err != nil {
			return Result{}, err
		}
		if it.line < 0 {
			if err = shipping[r].add(amounts); err != nil {
				return Result{}, err
			}
			continue
		}
		lr := &res.Lines[it.line]
		lr.ID, lr.Rate, lr.Amount = d.Lines[it.line].ID, a.rates[r].rate, it.amount
		lr.Net, lr.VAT, lr.Gross = net, it.vat, gross
		w := k // the line's window of one array: its own discounts, its shares
		if a.ownDiscounts > 0 {
			w += len(d.Lines[it.line].Discounts)
		}
		if w > 0 {
			lr.Discounts = discounts[at : at+w : at+w]
			at += w
		}
	}
	res.Shipping = ShippingResult{Amounts: zeros}
	split := shipping[:0]
	for _, s := range shipping {
		if s.Gross.IsZero() && s.Net.IsZero() {
			continue
		}
		split = append(split, s)
		if err := res.Shipping.add(s.Amounts); err != nil {
			return Result{}, err
		}
	}
	if len(split) > 0 {
		res.Shipping.Split = split
	}
	res.VAT = byRate
	res.Totals = Totals{Amounts: zeros, Discount: zero}
	for _, rt := range byRate {
		if err := res.Totals.add(rt.Amounts); err != nil {
			return Result{}, err
		}
	}
	if !a.lineDiscount.IsZero() {
		res.Totals.Discount = a.lineDiscount
	}
	if len(applied) > 0 {
		res.Discounts = applied
	}
	for _, dis := range applied {
		var err error
		if res.Totals.Discount, err = res.Totals.Discount.Add(dis.Amount); err != nil {
			return Result{}, err
		}
	}
	byAscendingRate := func(a, b RateTotal) int { return a.Rate.Cmp(b.Rate) }
	slices.SortFunc(res.VAT, byAscendingRate)
	slices.SortFunc(res.Shipping.Split, byAscendingRate)
	return res, nil
}
