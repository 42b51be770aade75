package pricing_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
)

// owned returns a line carrying discounts already allocated to it, given as
// id, amount pairs in EUR.
func owned(t testing.TB, l pricing.Line, idAmounts ...string) pricing.Line {
	t.Helper()
	for i := 0; i+1 < len(idAmounts); i += 2 {
		l.Discounts = append(l.Discounts, pricing.AllocatedDiscount{ID: idAmounts[i], Amount: eur(t, idAmounts[i+1])})
	}
	return l
}

// discounts returns ID: amount pairs, to compare a line's discounts at a glance.
func discounts(ds []pricing.AllocatedDiscount) []string {
	var s []string
	for _, d := range ds {
		s = append(s, fmt.Sprintf("%s: %s", d.ID, d.Amount))
	}
	return s
}

func netEntry() pricing.Policy {
	p := pricing.DefaultPolicy()
	p.Entry = pricing.PricesExcludeVAT
	return p
}

func perLine(p pricing.Policy) pricing.Policy {
	p.Rounding = pricing.RoundPerLine
	return p
}

func keepNet(p pricing.Policy) pricing.Policy {
	p.CrossBorder = pricing.KeepNet
	return p
}

func toFrance(d *pricing.Document) {
	d.Treatment = vat.Decision{Treatment: vat.OSSDestination, Country: "FR"}
}

// TestLineDiscounts prices documents whose lines carry discounts a
// promotion engine already allocated to them. calculate checks every
// invariant of the result too: net + VAT = gross, Amount less the line's
// discounts is its value on the price basis, Totals.Discount sums them all.
func TestLineDiscounts(t *testing.T) {
	tenSmallLines := func() []pricing.Line {
		var lines []pricing.Line
		for i := range 10 {
			lines = append(lines, owned(t, line(fmt.Sprint(i), "1", "0.10", vat.Standard), "HALF", "0.05"))
		}
		return lines
	}
	type want struct {
		discounts [][]string // per line
		net, vat  []string   // per line
		gross     string     // total
		totalVAT  string
		discount  string // Totals.Discount
		applied   []string
		shipping  []string // gross per rate, ascending
	}
	tests := []struct {
		name   string
		lines  []pricing.Line
		modify func(*pricing.Document)
		policy pricing.Policy
		want   want
	}{
		{
			name: "gross entry, per rate, line discounts only",
			lines: []pricing.Line{
				owned(t, line("pan", "1", "50.00", vat.Standard), "PROMO-PAN", "10.00"),
				line("book", "1", "20.00", vat.Books),
			},
			policy: pricing.DefaultPolicy(),
			want: want{
				discounts: [][]string{{"PROMO-PAN: 10.00 EUR"}, nil},
				// 40.00 at 21 % holds 6.94, 20.00 at 6 % holds 1.13.
				net: []string{"33.06", "18.87"}, vat: []string{"6.94", "1.13"},
				gross: "60.00", totalVAT: "8.07", discount: "10.00",
			},
		},
		{
			name: "gross entry, line then document discounts, shipping after both",
			lines: []pricing.Line{
				owned(t, line("pan", "1", "50.00", vat.Standard), "PROMO-PAN", "7.00", "ORDER-10", "3.00"),
				line("book", "1", "20.00", vat.Books),
			},
			modify: func(d *pricing.Document) {
				d.Discounts = []pricing.Discount{{ID: "COUPON", Amount: eur(t, "6.00")}}
				d.Shipping = eur(t, "6.00")
			},
			policy: pricing.DefaultPolicy(),
			want: want{
				// The coupon is spread over 40.00 and 20.00: 4.00 and 2.00;
				// shipping over 36.00 and 18.00: 4.00 and 2.00.
				discounts: [][]string{
					{"PROMO-PAN: 7.00 EUR", "ORDER-10: 3.00 EUR", "COUPON: 4.00 EUR"},
					{"COUPON: 2.00 EUR"},
				},
				net: []string{"29.75", "16.98"}, vat: []string{"6.25", "1.02"},
				gross: "60.00", totalVAT: "8.07", discount: "16.00", // 40.00 at 21 %, 20.00 at 6 %
				applied:  []string{"COUPON: 6.00 EUR"},
				shipping: []string{"2.00", "4.00"},
			},
		},
		{
			name:   "net entry, per rate: 10 x 0.05 left, VAT 0.105 rounds once",
			lines:  tenSmallLines(),
			policy: netEntry(),
			want:   want{gross: "0.61", totalVAT: "0.11", discount: "0.50"},
		},
		{
			name:   "net entry, per line: 10 x 0.05 left, VAT 0.01 each",
			lines:  tenSmallLines(),
			policy: perLine(netEntry()),
			want:   want{gross: "0.60", totalVAT: "0.10", discount: "0.50"},
		},
		{
			name: "net entry, per line, with a document discount",
			lines: []pricing.Line{
				owned(t, line("a", "3", "3.35", vat.Standard), "PROMO", "0.05"),
				line("b", "1", "10.00", vat.Books),
			},
			modify: func(d *pricing.Document) { d.Discounts = []pricing.Discount{{ID: "B2B", Amount: eur(t, "2.00")}} },
			policy: perLine(netEntry()),
			want: want{
				// 10.00 and 10.00 left: 1.00 each.
				discounts: [][]string{{"PROMO: 0.05 EUR", "B2B: 1.00 EUR"}, {"B2B: 1.00 EUR"}},
				net:       []string{"9.00", "9.00"}, vat: []string{"1.89", "0.54"},
				gross: "20.43", totalVAT: "2.43", discount: "2.05",
				applied: []string{"B2B: 2.00 EUR"},
			},
		},
		{
			name:   "cross-border keep gross: 12.10 - 2.10 at FR 20 %",
			lines:  []pricing.Line{owned(t, line("a", "1", "12.10", vat.Standard), "PROMO", "2.10")},
			modify: toFrance,
			policy: pricing.DefaultPolicy(),
			want:   want{net: []string{"8.33"}, vat: []string{"1.67"}, gross: "10.00", totalVAT: "1.67", discount: "2.10"},
		},
		{
			name:   "cross-border keep net: 10.00 loses BE 21 % (1.74), then FR 20 %",
			lines:  []pricing.Line{owned(t, line("a", "1", "12.10", vat.Standard), "PROMO", "2.10")},
			modify: toFrance,
			policy: keepNet(pricing.DefaultPolicy()),
			want:   want{net: []string{"8.26"}, vat: []string{"1.65"}, gross: "9.91", totalVAT: "1.65", discount: "2.10"},
		},
		{
			name: "a line discounted to exactly zero takes no document share and no shipping",
			lines: []pricing.Line{
				owned(t, line("gift", "1", "10.00", vat.Standard), "FREE-GIFT", "10.00"),
				line("book", "1", "20.00", vat.Books),
			},
			modify: func(d *pricing.Document) {
				d.Discounts = []pricing.Discount{{ID: "COUPON", Amount: eur(t, "3.00")}}
				d.Shipping = eur(t, "4.00")
			},
			policy: pricing.DefaultPolicy(),
			want: want{
				discounts: [][]string{{"FREE-GIFT: 10.00 EUR", "COUPON: 0.00 EUR"}, {"COUPON: 3.00 EUR"}},
				net:       []string{"0.00", "16.04"}, vat: []string{"0.00", "0.96"},
				gross: "21.00", totalVAT: "1.19", discount: "13.00",
				applied:  []string{"COUPON: 3.00 EUR"},
				shipping: []string{"4.00"},
			},
		},
		{
			name: "everything discounted to zero: shipping follows the amounts before discounts",
			lines: []pricing.Line{
				owned(t, line("a", "1", "6.00", vat.Standard), "FREE", "6.00"),
				owned(t, line("b", "1", "4.00", vat.Books), "FREE", "4.00"),
			},
			modify: func(d *pricing.Document) {
				d.Discounts = []pricing.Discount{{ID: "COUPON", Amount: eur(t, "5.00")}}
				d.Shipping = eur(t, "5.00")
			},
			policy: pricing.DefaultPolicy(),
			want: want{
				discounts: [][]string{{"FREE: 6.00 EUR", "COUPON: 0.00 EUR"}, {"FREE: 4.00 EUR", "COUPON: 0.00 EUR"}},
				net:       []string{"0.00", "0.00"}, vat: []string{"0.00", "0.00"},
				gross: "5.00", totalVAT: "0.63", discount: "10.00",
				applied:  []string{"COUPON: 0.00 EUR"}, // nothing left to take
				shipping: []string{"2.00", "3.00"},
			},
		},
		{
			name: "a zero discount without a currency counts as zero",
			lines: []pricing.Line{{ID: "a", Quantity: dec("1"), UnitPrice: dec("12.10"), Category: vat.Standard,
				Discounts: []pricing.AllocatedDiscount{{ID: "NONE"}, {ID: "PROMO", Amount: eur(t, "1.10")}}}},
			policy: pricing.DefaultPolicy(),
			want: want{
				discounts: [][]string{{"NONE: 0.00 EUR", "PROMO: 1.10 EUR"}},
				gross:     "11.00", totalVAT: "1.91", discount: "1.10",
			},
		},
		{
			name: "only zeros without a currency",
			lines: []pricing.Line{{ID: "a", Quantity: dec("1"), UnitPrice: dec("12.10"), Category: vat.Standard,
				Discounts: []pricing.AllocatedDiscount{{ID: "NONE"}}}},
			policy: pricing.DefaultPolicy(),
			want:   want{discounts: [][]string{{"NONE: 0.00 EUR"}}, gross: "12.10", totalVAT: "2.10", discount: "0.00"},
		},
		{
			name: "quantity x unit price is rounded before the discounts: 3 x 0.333 = 1.00",
			lines: []pricing.Line{
				owned(t, line("a", "3", "0.333", vat.Standard), "FREE", "1.00"),
				line("b", "1", "1.21", vat.Standard),
			},
			policy: pricing.DefaultPolicy(),
			want:   want{gross: "1.21", totalVAT: "0.21", discount: "1.00"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t, tt.lines...)
			if tt.modify != nil {
				tt.modify(&d)
			}
			res := calculate(t, d, tt.policy)
			w := tt.want
			for i, ds := range w.discounts {
				assert.Equal(t, ds, discounts(res.Lines[i].Discounts), "line %d's discounts", i)
			}
			for i, n := range w.net {
				assert.Equal(t, eur(t, n), res.Lines[i].Net, "line %d's net", i)
				assert.Equal(t, eur(t, w.vat[i]), res.Lines[i].VAT, "line %d's VAT", i)
			}
			assert.Equal(t, eur(t, w.gross), res.Totals.Gross)
			assert.Equal(t, eur(t, w.totalVAT), res.Totals.VAT)
			assert.Equal(t, eur(t, w.discount), res.Totals.Discount)
			assert.Equal(t, w.applied, discounts(res.Discounts))
			var shipping []string
			for _, s := range res.Shipping.Split {
				shipping = append(shipping, s.Gross.Decimal().StringFixed(2))
			}
			assert.Equal(t, w.shipping, shipping)
		})
	}
}

func TestLineDiscountErrors(t *testing.T) {
	usd, err := money.New(100, "USD")
	require.NoError(t, err)
	tests := []struct {
		name  string
		lines []pricing.Line
		field string
	}{
		{"negative", []pricing.Line{
			line("a", "1", "12.10", vat.Standard),
			owned(t, line("b", "1", "12.10", vat.Standard), "PROMO", "-1.00"),
		}, "lines[1].discounts[0]"},
		{"another currency", []pricing.Line{{ID: "a", Quantity: dec("1"), UnitPrice: dec("12.10"), Category: vat.Standard,
			Discounts: []pricing.AllocatedDiscount{{ID: "OK", Amount: eur(t, "1.00")}, {ID: "DOLLAR", Amount: usd}}}},
			"lines[0].discounts[1]"},
		{"one discount exceeding the line", []pricing.Line{
			line("a", "1", "12.10", vat.Standard),
			line("b", "1", "1.00", vat.Standard),
			owned(t, line("c", "1", "5.00", vat.Books), "PROMO", "5.01"),
		}, "lines[2].discounts[0]"},
		{"discounts together exceeding the line", []pricing.Line{
			owned(t, line("a", "1", "12.10", vat.Standard), "PROMO", "10.00", "ZERO", "0.00", "ORDER", "2.11"),
		}, "lines[0].discounts[2]"},
		{"exceeding the rounded amount: 3 x 0.333 = 1.00", []pricing.Line{
			owned(t, line("a", "3", "0.333", vat.Standard), "PROMO", "1.01"),
		}, "lines[0].discounts[0]"},
		{"any discount on a free line", []pricing.Line{
			owned(t, line("a", "1", "0", vat.Standard), "PROMO", "0.01"),
		}, "lines[0].discounts[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := pricing.Calculate(doc(t, tt.lines...), pricing.DefaultPolicy())
			require.ErrorIs(t, err, pricing.ErrInvalidDocument)
			var de *pricing.DocumentError
			require.True(t, errors.As(err, &de))
			assert.Equal(t, tt.field, de.Field)
		})
	}
	_, err = pricing.Calculate(doc(t, owned(t, line("a", "1", "12.10", vat.Standard), "PROMO", "10.00", "ORDER", "2.11")), pricing.DefaultPolicy())
	assert.EqualError(t, err, "pricing: lines[0].discounts[1]: the line's discounts exceed its amount 12.10 EUR by 0.01 EUR")
}

// The result does not share the document's discounts: changing them after
// Calculate leaves the result as it was.
func TestLineDiscountsAreCopied(t *testing.T) {
	d := doc(t, owned(t, line("a", "1", "12.10", vat.Standard), "PROMO", "2.10"))
	res := calculate(t, d, pricing.DefaultPolicy())
	d.Lines[0].Discounts[0] = pricing.AllocatedDiscount{ID: "CHANGED", Amount: eur(t, "1.00")}
	assert.Equal(t, []string{"PROMO: 2.10 EUR"}, discounts(res.Lines[0].Discounts))
}

// Without discounts anywhere, lines have no Discounts; a line without
// discounts of its own, beside one that has some, has none either.
func TestNoDiscountsNoSlices(t *testing.T) {
	res := calculate(t, doc(t, line("a", "1", "12.10", vat.Standard)), pricing.DefaultPolicy())
	assert.Nil(t, res.Lines[0].Discounts)
	assert.Nil(t, res.Discounts)
	res = calculate(t, doc(t, line("a", "1", "12.10", vat.Standard), owned(t, line("b", "1", "5.00", vat.Books), "P", "1.00")), pricing.DefaultPolicy())
	assert.Nil(t, res.Lines[0].Discounts)
	assert.Nil(t, res.Discounts)
	assert.Len(t, res.Lines[1].Discounts, 1)
}
