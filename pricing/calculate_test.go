package pricing_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
)

func eur(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

func line(id, qty, unit string, cat vat.Category) pricing.Line {
	return pricing.Line{ID: id, Quantity: dec(qty), UnitPrice: dec(unit), Category: cat}
}

func domesticBE() vat.Decision { return vat.Decision{Treatment: vat.Domestic, Country: "BE"} }

// doc is a Belgian document dated 2026-06-15 with the given lines.
func doc(t testing.TB, lines ...pricing.Line) pricing.Document {
	cur, err := money.ParseCurrency("EUR")
	require.NoError(t, err)
	return pricing.Document{Currency: cur, Date: day(t, "2026-06-15"), PriceCountry: "BE", Lines: lines, Treatment: domesticBE()}
}

func calculate(t testing.TB, d pricing.Document, p pricing.Policy) pricing.Result {
	t.Helper()
	res, err := pricing.Calculate(d, p)
	require.NoError(t, err)
	checkInvariants(t, d, p, res)
	return res
}

func rateLine(t testing.TB, res pricing.Result, rate string) pricing.RateTotal {
	t.Helper()
	for _, rt := range res.VAT {
		if rt.Rate.Equal(dec(rate)) {
			return rt
		}
	}
	t.Fatalf("no VAT line at %s in %v", rate, res.VAT)
	return pricing.RateTotal{}
}

// law-and-tax.md V-rounding: 19.99 gross at 6 % and 49.99 gross at 21 %.
func TestVATFromGrossSpecExample(t *testing.T) {
	res := calculate(t, doc(t, line("book", "1", "19.99", vat.Books), line("pan", "1", "49.99", vat.Standard)), pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "1.13"), rateLine(t, res, "0.06").VAT)
	assert.Equal(t, eur(t, "8.68"), rateLine(t, res, "0.21").VAT)
	assert.Equal(t, eur(t, "69.98"), res.Totals.Gross)
	assert.Equal(t, eur(t, "9.81"), res.Totals.VAT)
}

// law-and-tax.md: 12.10 gross at 21 % -> net 10.00, VAT 2.10.
func TestNeverRebuildGrossFromNet(t *testing.T) {
	res := calculate(t, doc(t, line("a", "1", "12.10", vat.Standard)), pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "10.00"), res.Lines[0].Net)
	assert.Equal(t, eur(t, "2.10"), res.Lines[0].VAT)
	assert.Equal(t, eur(t, "12.10"), res.Lines[0].Gross)

	// pricing.md: 3 x 9.99 gross at 21 %: VAT 5.20, net 24.77, gross stays 29.97.
	res = calculate(t, doc(t, line("a", "3", "9.99", vat.Standard)), pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "5.20"), res.Lines[0].VAT)
	assert.Equal(t, eur(t, "24.77"), res.Lines[0].Net)
	assert.Equal(t, eur(t, "29.97"), res.Lines[0].Gross)
}

// law-and-tax.md: 10 lines of 0.05 net at 21 %: per line 10 x 0.01 = 0.10;
// per rate on the total 0.105 -> 0.11.
func TestRoundingPolicies(t *testing.T) {
	var lines []pricing.Line
	for i := range 10 {
		lines = append(lines, line(fmt.Sprint(i), "1", "0.05", vat.Standard))
	}
	p := pricing.DefaultPolicy()
	p.Entry = pricing.PricesExcludeVAT

	perRate := calculate(t, doc(t, lines...), p)
	assert.Equal(t, eur(t, "0.11"), perRate.Totals.VAT)
	assert.Equal(t, eur(t, "0.50"), perRate.Totals.Net)

	p.Rounding = pricing.RoundPerLine
	perLine := calculate(t, doc(t, lines...), p)
	assert.Equal(t, eur(t, "0.10"), perLine.Totals.VAT)
	for _, l := range perLine.Lines {
		assert.Equal(t, eur(t, "0.01"), l.VAT)
	}
}

// pricing.md: 10.00 off 3 x 5.00 -> 3.34, 3.33, 3.33.
func TestDiscountAllocation(t *testing.T) {
	d := doc(t, line("a", "1", "5.00", vat.Standard), line("b", "1", "5.00", vat.Standard), line("c", "1", "5.00", vat.Standard))
	d.Discounts = []pricing.Discount{{ID: "TEN", Amount: eur(t, "10.00")}}
	res := calculate(t, d, pricing.DefaultPolicy())
	for i, want := range []string{"3.34", "3.33", "3.33"} {
		require.Len(t, res.Lines[i].Discounts, 1)
		assert.Equal(t, "TEN", res.Lines[i].Discounts[0].ID)
		assert.Equal(t, eur(t, want), res.Lines[i].Discounts[0].Amount)
	}
	assert.Equal(t, eur(t, "5.00"), res.Totals.Gross)
	assert.Equal(t, eur(t, "10.00"), res.Totals.Discount)

	// A second discount is spread over what the first left.
	d.Discounts = append(d.Discounts, pricing.Discount{ID: "ONE", Amount: eur(t, "1.00")})
	res = calculate(t, d, pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "0.33"), res.Lines[0].Discounts[1].Amount) // 1.66, 1.67, 1.67 left: 0.33, 0.34, 0.33
	assert.Equal(t, eur(t, "4.00"), res.Totals.Gross)
}

// pricing.md cross-border: 12.10 gross at BE 21 % shipped to FR (20 %).
func TestCrossBorderPolicies(t *testing.T) {
	d := doc(t, line("a", "1", "12.10", vat.Standard))
	d.Treatment = vat.Decision{Treatment: vat.OSSDestination, Country: "FR"}

	keepGross := calculate(t, d, pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "10.08"), keepGross.Lines[0].Net)
	assert.Equal(t, eur(t, "2.02"), keepGross.Lines[0].VAT)
	assert.Equal(t, eur(t, "12.10"), keepGross.Lines[0].Gross)
	assert.True(t, keepGross.Lines[0].Rate.Equal(dec("0.2")))

	p := pricing.DefaultPolicy()
	p.CrossBorder = pricing.KeepNet
	keepNet := calculate(t, d, p)
	assert.Equal(t, eur(t, "10.00"), keepNet.Lines[0].Net)
	assert.Equal(t, eur(t, "2.00"), keepNet.Lines[0].VAT)
	assert.Equal(t, eur(t, "12.00"), keepNet.Lines[0].Gross)

	d.PriceCountry = ""
	_, err := pricing.Calculate(d, p)
	assert.ErrorIs(t, err, pricing.ErrInvalidDocument, "keep-net needs the price country")
}

func TestZeroRatedTreatments(t *testing.T) {
	for _, tr := range []vat.Decision{
		{Treatment: vat.IntraCommunityExempt, LegalMention: vat.MentionIntraCommunity},
		{Treatment: vat.Export, LegalMention: vat.MentionExport},
	} {
		d := doc(t, line("a", "2", "12.10", vat.Standard), line("b", "1", "10.60", vat.Books))
		d.Treatment = tr
		d.Shipping = eur(t, "6.05")
		res := calculate(t, d, pricing.DefaultPolicy())
		// Gross-entered Belgian prices lose their Belgian VAT: 24.20 -> 20.00, 10.60 -> 10.00.
		assert.Equal(t, eur(t, "20.00"), res.Lines[0].Net, tr.Treatment)
		assert.Equal(t, eur(t, "10.00"), res.Lines[1].Net, tr.Treatment)
		assert.True(t, res.Totals.VAT.IsZero())
		assert.Equal(t, res.Totals.Net, res.Totals.Gross)
		require.Len(t, res.VAT, 1)
		assert.True(t, res.VAT[0].Rate.IsZero())
		assert.Equal(t, tr.LegalMention, res.Treatment.LegalMention)

		// Net-entered prices stay as they are.
		p := pricing.DefaultPolicy()
		p.Entry = pricing.PricesExcludeVAT
		res = calculate(t, d, p)
		assert.Equal(t, eur(t, "24.20"), res.Lines[0].Net)
		assert.Equal(t, eur(t, "40.85"), res.Totals.Gross) // 24.20 + 10.60 + 6.05
	}
}

// law-and-tax.md V-shipping: the charge follows the goods' VAT, split in
// proportion to their values, one VAT line per rate.
func TestShippingSplit(t *testing.T) {
	d := doc(t, line("knife", "2", "24.99", vat.Standard), line("book", "1", "19.99", vat.Books))
	d.Shipping = eur(t, "4.50")
	res := calculate(t, d, pricing.DefaultPolicy())
	require.Len(t, res.Shipping.Split, 2)
	// 4.50 over 19.99 (6 %) and 49.98 (21 %): 1.29 and 3.21.
	assert.True(t, res.Shipping.Split[0].Rate.Equal(dec("0.06")))
	assert.Equal(t, eur(t, "1.29"), res.Shipping.Split[0].Gross)
	assert.Equal(t, eur(t, "3.21"), res.Shipping.Split[1].Gross)
	assert.Equal(t, eur(t, "4.50"), res.Shipping.Gross)
	assert.Equal(t, eur(t, "1.20"), rateLine(t, res, "0.06").VAT) // 21.28 gross at 6 %
	assert.Equal(t, eur(t, "9.23"), rateLine(t, res, "0.21").VAT) // 53.19 gross at 21 %
	assert.Equal(t, eur(t, "74.47"), res.Totals.Gross)
}

func TestExplicitRateAndWeighedGoods(t *testing.T) {
	p := pricing.DefaultPolicy()
	p.Entry = pricing.PricesExcludeVAT
	screws := line("screws", "1000", "0.0125", vat.Standard) // pricing.md: 12.50 EUR
	cheese := pricing.Line{ID: "cheese", Quantity: dec("1.234"), UnitPrice: dec("3.99"), Rate: decimal.NewNullDecimal(dec("0.06"))}
	res := calculate(t, doc(t, screws, cheese), p)
	assert.Equal(t, eur(t, "12.50"), res.Lines[0].Amount)
	assert.Equal(t, eur(t, "4.92"), res.Lines[1].Amount)
	assert.True(t, res.Lines[1].Rate.Equal(dec("0.06")))
}

func TestEmptyDocument(t *testing.T) {
	res := calculate(t, doc(t), pricing.DefaultPolicy())
	assert.Empty(t, res.Lines)
	assert.Empty(t, res.VAT)
	assert.True(t, res.Totals.Gross.IsZero())
	assert.Equal(t, "EUR", res.Totals.Gross.Currency().Code())
}

func TestRatesFollowTheDate(t *testing.T) {
	// Belgian accommodation: 6 % until 2026-02-28, 12 % from 2026-03-01.
	d := doc(t, line("night", "1", "106.00", vat.Accommodation))
	d.Date = day(t, "2026-02-28")
	assert.Equal(t, eur(t, "6.00"), calculate(t, d, pricing.DefaultPolicy()).Totals.VAT)
	d.Date = day(t, "2026-03-01")
	assert.Equal(t, eur(t, "11.36"), calculate(t, d, pricing.DefaultPolicy()).Totals.VAT)
}

func TestCalculateErrors(t *testing.T) {
	usd, err := money.New(100, "USD")
	require.NoError(t, err)
	tests := []struct {
		name   string
		modify func(*pricing.Document, *pricing.Policy)
		want   error
	}{
		{"zero policy", func(d *pricing.Document, p *pricing.Policy) { *p = pricing.Policy{} }, pricing.ErrInvalidPolicy},
		{"no rounding mode", func(d *pricing.Document, p *pricing.Policy) { p.Mode = 0 }, pricing.ErrInvalidPolicy},
		{"no currency", func(d *pricing.Document, p *pricing.Policy) { d.Currency = money.Currency{} }, pricing.ErrInvalidDocument},
		{"no date", func(d *pricing.Document, p *pricing.Policy) { d.Date = calendar.Date{} }, pricing.ErrInvalidDocument},
		{"no treatment", func(d *pricing.Document, p *pricing.Policy) { d.Treatment = vat.Decision{} }, pricing.ErrInvalidDocument},
		{"zero quantity", func(d *pricing.Document, p *pricing.Policy) { d.Lines[0].Quantity = decimal.Zero }, pricing.ErrInvalidDocument},
		{"negative quantity", func(d *pricing.Document, p *pricing.Policy) { d.Lines[0].Quantity = dec("-1") }, pricing.ErrInvalidDocument},
		{"negative price", func(d *pricing.Document, p *pricing.Policy) { d.Lines[0].UnitPrice = dec("-0.01") }, pricing.ErrInvalidDocument},
		{"unknown category", func(d *pricing.Document, p *pricing.Policy) { d.Lines[0].Category = "jewels" }, pricing.ErrInvalidDocument},
		{"rate of 21 instead of 0.21", func(d *pricing.Document, p *pricing.Policy) {
			d.Lines[0].Rate = decimal.NewNullDecimal(dec("21"))
		}, pricing.ErrInvalidDocument},
		{"zero-rated without its legal mention", func(d *pricing.Document, p *pricing.Policy) {
			d.Treatment = vat.Decision{Treatment: vat.Export}
		}, pricing.ErrInvalidDocument},
		{"free goods at two rates with shipping", func(d *pricing.Document, p *pricing.Policy) {
			d.Lines = []pricing.Line{line("a", "1", "0", vat.Standard), line("b", "1", "0", vat.Books)}
			d.Shipping = eur(t, "4.95")
		}, pricing.ErrInvalidDocument},
		{"amounts beyond int64", func(d *pricing.Document, p *pricing.Policy) {
			d.Lines = []pricing.Line{line("a", "1", "50000000000000000", vat.Standard), line("b", "1", "50000000000000000", vat.Standard)}
			d.Discounts = []pricing.Discount{{ID: "X", Amount: eur(t, "1.00")}}
		}, money.ErrOverflow},
		{"negative discount", func(d *pricing.Document, p *pricing.Policy) {
			d.Discounts = []pricing.Discount{{ID: "X", Amount: eur(t, "-1.00")}}
		}, pricing.ErrInvalidDocument},
		{"shipping in another currency", func(d *pricing.Document, p *pricing.Policy) { d.Shipping = usd }, pricing.ErrInvalidDocument},
		{"shipping without goods", func(d *pricing.Document, p *pricing.Policy) {
			d.Lines = nil
			d.Shipping = eur(t, "4.50")
		}, pricing.ErrInvalidDocument},
		{"unknown country", func(d *pricing.Document, p *pricing.Policy) { d.Treatment.Country = "XX" }, vat.ErrUnknownCountry},
		{"before the rate table", func(d *pricing.Document, p *pricing.Policy) { d.Date = day(t, "2019-12-31") }, vat.ErrNoRate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, p := doc(t, line("a", "1", "12.10", vat.Standard)), pricing.DefaultPolicy()
			tt.modify(&d, &p)
			_, err := pricing.Calculate(d, p)
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

// TestRandomDocuments generates documents under every policy and checks the
// invariants of each result, and that pricing again gives the same result.
func TestRandomDocuments(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	cats := []vat.Category{vat.Standard, vat.Books, vat.Foodstuffs, vat.Restaurant}
	treatments := []vat.Decision{
		domesticBE(),
		{Treatment: vat.OSSDestination, Country: "FR"},
		{Treatment: vat.OSSDestination, Country: "DE"},
		{Treatment: vat.MicroSellerOrigin, Country: "BE"},
		{Treatment: vat.IntraCommunityExempt, LegalMention: vat.MentionIntraCommunity},
		{Treatment: vat.Export, LegalMention: vat.MentionExport},
	}
	for n := range 2000 {
		var lines []pricing.Line
		for i := range r.IntN(12) {
			qty := decimal.New(1+r.Int64N(20), 0)
			if r.IntN(4) == 0 {
				qty = decimal.New(1+r.Int64N(5000), -3) // weighed goods
			}
			lines = append(lines, pricing.Line{
				ID: fmt.Sprint(i), Quantity: qty,
				UnitPrice: decimal.New(r.Int64N(50_000), -int32(2+r.IntN(3))),
				Category:  cats[r.IntN(len(cats))],
			})
		}
		d := doc(t, lines...)
		d.Treatment = treatments[r.IntN(len(treatments))]
		p := pricing.Policy{
			Entry:       pricing.PriceEntry(1 + r.IntN(2)),
			Rounding:    pricing.VATRounding(1 + r.IntN(2)),
			CrossBorder: pricing.CrossBorder(1 + r.IntN(2)),
			Mode:        money.RoundingMode(1 + r.IntN(6)),
		}
		if len(lines) > 0 && r.IntN(2) == 0 {
			d.Shipping = eur(t, fmt.Sprintf("%d.%02d", r.IntN(20), r.IntN(100)))
		}
		first, err := pricing.Calculate(d, p)
		require.NoError(t, err, "document %d", n)
		for i, l := range first.Lines {
			// Discounts already allocated to the line, up to its amount.
			d.Lines[i].Discounts = randomLineDiscounts(t, r, l.Amount.Minor())
		}
		for k := range r.IntN(3) {
			// Discounts up to what the goods are worth.
			if first.Totals.Gross.IsZero() {
				break
			}
			amount := r.Int64N(1 + goodsValue(first)/2)
			m, err := money.New(amount, "EUR")
			require.NoError(t, err)
			d.Discounts = append(d.Discounts, pricing.Discount{ID: fmt.Sprint("D", k), Amount: m})
		}
		res, err := pricing.Calculate(d, p)
		require.NoError(t, err, "document %d", n)
		checkInvariants(t, d, p, res)
		again, err := pricing.Calculate(d, p)
		require.NoError(t, err)
		require.Equal(t, res, again, "pricing is deterministic")
	}
}

// randomLineDiscounts returns none to three discounts for a line of amount
// minor units, summing to at most the amount and sometimes to exactly it;
// some are zeros without a currency.
func randomLineDiscounts(t testing.TB, r *rand.Rand, amount int64) []pricing.AllocatedDiscount {
	t.Helper()
	if r.IntN(3) > 0 {
		return nil
	}
	var ds []pricing.AllocatedDiscount
	exact := r.IntN(4) == 0
	for j, n := 0, 1+r.IntN(3); j < n; j++ {
		id := fmt.Sprint("P", j)
		if r.IntN(8) == 0 {
			ds = append(ds, pricing.AllocatedDiscount{ID: id}) // a zero without a currency
			continue
		}
		take := r.Int64N(1 + amount)
		if exact && j == n-1 {
			take = amount
		}
		amount -= take
		m, err := money.New(take, "EUR")
		require.NoError(t, err)
		ds = append(ds, pricing.AllocatedDiscount{ID: id, Amount: m})
	}
	return ds
}

// goodsValue is the lines' amount on the price basis, in minor units.
func goodsValue(res pricing.Result) int64 {
	var v int64
	for _, l := range res.Lines {
		v += l.Amount.Minor()
	}
	return v
}

// checkInvariants asserts pricing.md's invariants on a result.
func checkInvariants(t testing.TB, d pricing.Document, p pricing.Policy, res pricing.Result) {
	t.Helper()
	require.Len(t, res.Lines, len(d.Lines))
	sum := func(ms ...money.Money) money.Money {
		s, err := money.Sum(append([]money.Money{money.Zero(d.Currency)}, ms...)...)
		require.NoError(t, err)
		return s
	}
	nonNegative := func(what string, ms ...money.Money) {
		for _, m := range ms {
			require.GreaterOrEqual(t, m.Sign(), 0, "%s is negative: %v", what, m)
			require.Equal(t, d.Currency, m.Currency(), "%s in the wrong currency", what)
		}
	}
	addsUp := func(what string, a pricing.Amounts) {
		nonNegative(what, a.Net, a.VAT, a.Gross)
		require.Equal(t, a.Gross, sum(a.Net, a.VAT), "%s: net + VAT = gross", what)
	}
	byRate := map[string][]money.Money{} // rate -> net, vat, gross sums
	add := func(rate decimal.Decimal, a pricing.Amounts) {
		k := rate.String()
		if byRate[k] == nil {
			byRate[k] = []money.Money{money.Zero(d.Currency), money.Zero(d.Currency), money.Zero(d.Currency)}
		}
		byRate[k] = []money.Money{sum(byRate[k][0], a.Net), sum(byRate[k][1], a.VAT), sum(byRate[k][2], a.Gross)}
	}
	var lineGross, everyDiscount []money.Money
	perDiscount := make([]money.Money, len(d.Discounts))
	afterOwn := make([]money.Money, len(res.Lines)) // each line's amount less its own discounts
	for i, l := range res.Lines {
		a := pricing.Amounts{Net: l.Net, VAT: l.VAT, Gross: l.Gross}
		addsUp("line "+l.ID, a)
		nonNegative("line amount", l.Amount)
		require.Equal(t, d.Lines[i].ID, l.ID)
		add(l.Rate, a)
		lineGross = append(lineGross, l.Gross)
		own := d.Lines[i].Discounts
		if len(own)+len(d.Discounts) == 0 {
			require.Nil(t, l.Discounts, "line %s has no discounts", l.ID)
		}
		require.Len(t, l.Discounts, len(own)+len(d.Discounts), "the line's own discounts, then its document shares")
		var discounted []money.Money
		for j, ad := range l.Discounts {
			nonNegative("discount", ad.Amount)
			discounted = append(discounted, ad.Amount)
			everyDiscount = append(everyDiscount, ad.Amount)
			if j < len(own) {
				require.Equal(t, own[j].ID, ad.ID, "line %s keeps its own discounts in order", l.ID)
				require.Equal(t, sum(own[j].Amount), ad.Amount, "line %s: its own discount %s as given", l.ID, ad.ID)
				continue
			}
			k := j - len(own)
			require.Equal(t, d.Discounts[k].ID, ad.ID, "line %s: share of document discount %d", l.ID, k)
			perDiscount[k] = sum(perDiscount[k], ad.Amount)
		}
		var err error
		afterOwn[i], err = l.Amount.Sub(sum(discounted[:len(own)]...))
		require.NoError(t, err)
		require.GreaterOrEqual(t, afterOwn[i].Sign(), 0, "a line's own discounts never exceed it")
		left, err := l.Amount.Sub(sum(discounted...))
		require.NoError(t, err)
		require.GreaterOrEqual(t, left.Sign(), 0, "discounts stop at zero")
		// The basis value is the amount less its discounts (gross or net).
		basis := l.Gross
		if p.Entry == pricing.PricesExcludeVAT {
			basis = l.Net
		}
		zeroRated := d.Treatment.Treatment.ZeroRated()
		keepsPrice := p.Entry == pricing.PricesExcludeVAT ||
			!zeroRated && (d.Treatment.Country == d.PriceCountry || p.CrossBorder == pricing.KeepGross)
		if keepsPrice {
			require.Equal(t, left, basis, "line %s keeps its price", l.ID)
		}
	}
	require.Len(t, res.Discounts, len(d.Discounts))
	left := afterOwn // what document discounts are allocated over
	for k, dis := range d.Discounts {
		applied := res.Discounts[k]
		require.Equal(t, dis.ID, applied.ID)
		require.Equal(t, sum(applied.Amount), sum(perDiscount[k]), "discount %s allocated exactly", dis.ID)
		require.LessOrEqual(t, applied.Amount.Minor(), dis.Amount.Minor(), "a discount never grows")
		for i, l := range res.Lines {
			var err error
			left[i], err = left[i].Sub(l.Discounts[len(d.Lines[i].Discounts)+k].Amount)
			require.NoError(t, err)
		}
		if applied.Amount.Minor() < dis.Amount.Minor() {
			require.True(t, sum(left...).IsZero(), "discount %s was cut although goods were left", dis.ID)
		}
	}
	addsUp("shipping", res.Shipping.Amounts)
	var split []pricing.Amounts
	for _, s := range res.Shipping.Split {
		addsUp("shipping split", s.Amounts)
		add(s.Rate, s.Amounts)
		split = append(split, s.Amounts)
	}
	var sn, sv, sg []money.Money
	for _, s := range split {
		sn, sv, sg = append(sn, s.Net), append(sv, s.VAT), append(sg, s.Gross)
	}
	require.Equal(t, res.Shipping.Amounts, pricing.Amounts{Net: sum(sn...), VAT: sum(sv...), Gross: sum(sg...)})
	require.Len(t, res.VAT, len(byRate), "one VAT line per rate")
	var tn, tv, tg []money.Money
	for i, rt := range res.VAT {
		addsUp("VAT line", rt.Amounts)
		want := byRate[rt.Rate.String()]
		require.NotNil(t, want, "VAT line at an unused rate %s", rt.Rate)
		require.Equal(t, want, []money.Money{rt.Net, rt.VAT, rt.Gross}, "VAT line %s is the sum at its rate", rt.Rate)
		if i > 0 {
			require.Equal(t, 1, rt.Rate.Cmp(res.VAT[i-1].Rate), "VAT lines ascend by rate")
		}
		tn, tv, tg = append(tn, rt.Net), append(tv, rt.VAT), append(tg, rt.Gross)
	}
	addsUp("totals", res.Totals.Amounts)
	require.Equal(t, pricing.Amounts{Net: sum(tn...), VAT: sum(tv...), Gross: sum(tg...)}, res.Totals.Amounts)
	require.Equal(t, res.Totals.Gross, sum(sum(lineGross...), res.Shipping.Gross), "lines + shipping = total")
	var applied []money.Money
	for _, a := range res.Discounts {
		applied = append(applied, a.Amount)
	}
	for _, l := range d.Lines {
		for _, own := range l.Discounts {
			applied = append(applied, own.Amount)
		}
	}
	require.Equal(t, sum(applied...), res.Totals.Discount, "the lines' own discounts plus the document discounts as applied")
	require.Equal(t, sum(everyDiscount...), res.Totals.Discount, "the sum of every line's discounts")
	checkVATAgainstRates(t, d, p, res)
	if d.Treatment.Treatment.ZeroRated() {
		require.True(t, res.Totals.VAT.IsZero(), "zero-rated sales carry no VAT")
	}
}

// checkVATAgainstRates asserts that the VAT is the rate's: on each VAT line
// (RoundPerRate) or on each line and shipping part (RoundPerLine), VAT is
// the rate times the net, or the part of the gross the rate added, rounded
// once with the policy's mode.
func checkVATAgainstRates(t testing.TB, d pricing.Document, p pricing.Policy, res pricing.Result) {
	t.Helper()
	tr := d.Treatment.Treatment
	priceCountry := d.PriceCountry
	if priceCountry == "" && (tr == vat.Domestic || tr == vat.MicroSellerOrigin) {
		priceCountry = d.Treatment.Country
	}
	crossBorder := tr.ZeroRated() || d.Treatment.Country != priceCountry
	netBasis := p.Entry == pricing.PricesExcludeVAT || tr.ZeroRated() || crossBorder && p.CrossBorder == pricing.KeepNet
	want := func(rate decimal.Decimal, a pricing.Amounts) money.Money {
		var v money.Money
		var err error
		if netBasis {
			v, err = a.Net.Mul(rate, p.Mode)
		} else {
			v, err = a.Gross.IncludedPart(rate, p.Mode)
		}
		require.NoError(t, err)
		return v
	}
	if p.Rounding == pricing.RoundPerRate {
		for _, rt := range res.VAT {
			require.Equal(t, want(rt.Rate, rt.Amounts), rt.VAT, "VAT at %s on %v", rt.Rate, rt.Amounts)
		}
		return
	}
	for _, l := range res.Lines {
		a := pricing.Amounts{Net: l.Net, VAT: l.VAT, Gross: l.Gross}
		require.Equal(t, want(l.Rate, a), l.VAT, "VAT of line %s at %s", l.ID, l.Rate)
	}
	if netBasis && p.Entry == pricing.PricesIncludeVAT {
		// Gross prices lose their price country's VAT first; one split entry
		// may then hold several shipping parts with different home rates,
		// each rounded on its own.
		return
	}
	for _, sp := range res.Shipping.Split {
		require.Equal(t, want(sp.Rate, sp.Amounts), sp.VAT, "shipping VAT at %s", sp.Rate)
	}
}

func TestDiscountsStopAtZero(t *testing.T) {
	d := doc(t, line("a", "1", "6.00", vat.Standard), line("b", "1", "4.00", vat.Books))
	d.Discounts = []pricing.Discount{{ID: "BIG", Amount: eur(t, "8.00")}, {ID: "MORE", Amount: eur(t, "5.00")}}
	d.Shipping = eur(t, "5.00")
	res := calculate(t, d, pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "8.00"), res.Discounts[0].Amount)
	assert.Equal(t, eur(t, "2.00"), res.Discounts[1].Amount, "only what was left")
	assert.Equal(t, eur(t, "10.00"), res.Totals.Discount)
	assert.True(t, res.Lines[0].Gross.IsZero())
	assert.True(t, res.Lines[1].Gross.IsZero())
	// With the goods discounted to nothing, shipping follows their amounts
	// before discounts: 5.00 over 6.00 and 4.00.
	require.Len(t, res.Shipping.Split, 2)
	assert.Equal(t, eur(t, "2.00"), res.Shipping.Split[0].Gross) // 6 %
	assert.Equal(t, eur(t, "3.00"), res.Shipping.Split[1].Gross) // 21 %
	assert.Equal(t, eur(t, "5.00"), res.Totals.Gross)
}

func TestShippingFollowsDiscountedValues(t *testing.T) {
	d := doc(t, line("a", "1", "50.00", vat.Standard), line("b", "1", "50.00", vat.Books))
	d.Shipping = eur(t, "6.00")
	d.Discounts = []pricing.Discount{{ID: "HALF", Amount: eur(t, "50.00")}}
	res := calculate(t, d, pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "3.00"), res.Shipping.Split[0].Gross, "25.00 and 25.00 left")
	// A line-level price change moves the split: 80.00 and 20.00.
	d = doc(t, line("a", "1", "80.00", vat.Standard), line("b", "1", "20.00", vat.Books))
	d.Shipping = eur(t, "6.00")
	res = calculate(t, d, pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "1.20"), res.Shipping.Split[0].Gross)
	assert.Equal(t, eur(t, "4.80"), res.Shipping.Split[1].Gross)
}

func TestFreeGoodsWithShipping(t *testing.T) {
	// A free sample, the customer pays postage: one rate takes it all.
	d := doc(t, line("sample", "1", "0", vat.Standard))
	d.Shipping = eur(t, "4.95")
	res := calculate(t, d, pricing.DefaultPolicy())
	require.Len(t, res.Shipping.Split, 1)
	assert.Equal(t, eur(t, "4.95"), res.Totals.Gross)
	assert.Equal(t, eur(t, "0.86"), res.Totals.VAT)
}

func TestEqualRatesWrittenDifferently(t *testing.T) {
	long := decimal.NewFromInt(21).DivRound(decimal.NewFromInt(100), 20) // 0.21 with 20 decimals
	d := doc(t, pricing.Line{ID: "explicit", Quantity: dec("1"), UnitPrice: dec("12.10"), Rate: decimal.NewNullDecimal(long)},
		line("table", "1", "12.10", vat.Standard),
		pricing.Line{ID: "short", Quantity: dec("1"), UnitPrice: dec("12.10"), Rate: decimal.NewNullDecimal(dec("0.210"))})
	res := calculate(t, d, pricing.DefaultPolicy())
	require.Len(t, res.VAT, 1, "one VAT line for one rate")
	assert.Equal(t, eur(t, "6.30"), res.Totals.VAT)
}

func TestEmptyPriceCountryDomestic(t *testing.T) {
	d := doc(t, line("a", "1", "12.10", vat.Standard))
	d.PriceCountry = ""
	p := pricing.DefaultPolicy()
	p.CrossBorder = pricing.KeepNet
	res := calculate(t, d, p) // domestic: the prices include Belgian VAT
	assert.Equal(t, eur(t, "12.10"), res.Totals.Gross)
	assert.Equal(t, eur(t, "2.10"), res.Totals.VAT)
}

// TestLargeDocuments goes past the built-in buffers: 40 lines over 10 rates.
func TestLargeDocuments(t *testing.T) {
	var lines []pricing.Line
	for i := range 40 {
		rate := decimal.New(int64(i%10)*2, -2) // 0 %, 2 %, ..., 18 %
		lines = append(lines, pricing.Line{ID: fmt.Sprint(i), Quantity: decimal.NewFromInt(int64(1 + i%4)),
			UnitPrice: decimal.New(int64(199+37*i), -2), Rate: decimal.NewNullDecimal(rate)})
	}
	for _, p := range []pricing.Policy{
		pricing.DefaultPolicy(),
		{Entry: pricing.PricesExcludeVAT, Rounding: pricing.RoundPerLine, CrossBorder: pricing.KeepNet, Mode: money.HalfEven},
	} {
		d := doc(t, lines...)
		d.Shipping = eur(t, "12.34")
		d.Discounts = []pricing.Discount{{ID: "A", Amount: eur(t, "25.00")}, {ID: "B", Amount: eur(t, "3.33")}}
		res := calculate(t, d, p)
		assert.Len(t, res.VAT, 10)
		assert.Len(t, res.Shipping.Split, 10)
	}
}

// Shipping follows the goods' values after discounts, not before: a
// discount that empties the 6 % line moves all shipping to 21 %.
func TestShippingAfterDiscountsNotBefore(t *testing.T) {
	d := doc(t, line("a", "1", "1.00", vat.Standard), line("b", "1", "0.01", vat.Books))
	d.Discounts = []pricing.Discount{{ID: "D", Amount: eur(t, "0.99")}}
	d.Shipping = eur(t, "1.00")
	res := calculate(t, d, pricing.DefaultPolicy())
	require.Len(t, res.Shipping.Split, 1)
	assert.True(t, res.Shipping.Split[0].Rate.Equal(dec("0.21")))
	assert.Equal(t, eur(t, "1.00"), res.Shipping.Split[0].Gross)
}

// Taking the price country's VAT out of a gross price rounds with the
// policy's mode: 1.03 at 21 % holds 0.17876 of VAT.
func TestStrippingPriceVATRoundsWithTheMode(t *testing.T) {
	d := doc(t, line("a", "1", "1.03", vat.Standard))
	d.Treatment = vat.Decision{Treatment: vat.Export, LegalMention: vat.MentionExport}
	res := calculate(t, d, pricing.DefaultPolicy())
	assert.Equal(t, eur(t, "0.85"), res.Totals.Net, "HalfUp: VAT 0.18 out")
	p := pricing.DefaultPolicy()
	p.Mode = money.Down
	res = calculate(t, d, p)
	assert.Equal(t, eur(t, "0.86"), res.Totals.Net, "Down: VAT 0.17 out")
}

func TestEmptyPriceCountryMicroSeller(t *testing.T) {
	d := doc(t, line("a", "1", "12.10", vat.Standard))
	d.PriceCountry = ""
	d.Treatment = vat.Decision{Treatment: vat.MicroSellerOrigin, Country: "BE"}
	p := pricing.DefaultPolicy()
	p.CrossBorder = pricing.KeepNet
	res := calculate(t, d, p)
	assert.Equal(t, eur(t, "12.10"), res.Totals.Gross)
}

func TestFreeGoodsSharingOneRate(t *testing.T) {
	// An export: every line is at 0 %, whatever its Belgian rate.
	d := doc(t, line("a", "1", "0", vat.Standard), line("b", "1", "0", vat.Books))
	d.Treatment = vat.Decision{Treatment: vat.Export, LegalMention: vat.MentionExport}
	d.Shipping = eur(t, "5.00")
	res := calculate(t, d, pricing.DefaultPolicy())
	require.Len(t, res.VAT, 1)
	assert.True(t, res.Totals.VAT.IsZero())
}

func TestZeroDiscountWithoutCurrency(t *testing.T) {
	d := doc(t, line("a", "1", "5.00", vat.Standard))
	d.Discounts = []pricing.Discount{{ID: "NONE"}}
	res := calculate(t, d, pricing.DefaultPolicy())
	assert.Equal(t, "EUR", res.Discounts[0].Amount.Currency().Code())
}

func TestRatesWithHugeExponentsDoNotPanic(t *testing.T) {
	rate := decimal.New(21, -2).Add(decimal.New(1, -10001))
	d := doc(t, pricing.Line{ID: "a", Quantity: dec("1"), UnitPrice: dec("12.10"), Rate: decimal.NewNullDecimal(rate)},
		line("b", "1", "12.10", vat.Standard))
	res := calculate(t, d, pricing.DefaultPolicy())
	assert.Len(t, res.VAT, 2, "0.21 + 1e-10001 is not 0.21")
}

func TestBlankLegalMention(t *testing.T) {
	d := doc(t, line("a", "1", "1.00", vat.Standard))
	d.Treatment = vat.Decision{Treatment: vat.Export, LegalMention: "  "}
	_, err := pricing.Calculate(d, pricing.DefaultPolicy())
	assert.ErrorIs(t, err, pricing.ErrInvalidDocument)
}
