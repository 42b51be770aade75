package order_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestValidateOneInvariantAtATime breaks one invariant of a valid order at a
// time and checks the exact paths reported. Where one wrong value breaks
// several sums, each sum that no longer adds up is reported, and the list
// pins them.
func TestValidateOneInvariantAtATime(t *testing.T) {
	usd := func(s string) money.Money {
		m, err := money.Parse(s, "USD")
		require.NoError(t, err)
		return m
	}
	cases := []struct {
		name   string
		break_ func(o *order.Order)
		paths  []string
	}{
		{"nil id", func(o *order.Order) { o.ID = uuid.Nil }, []string{"id"}},
		{"no placing time", func(o *order.Order) { o.PlacedAt = time.Time{} }, []string{"placed_at"}},
		{"no channel", func(o *order.Order) { o.Channel = "" }, []string{"channel"}},
		{"unknown channel", func(o *order.Order) { o.Channel = "fax" }, []string{"channel"}},
		{"no currency", func(o *order.Order) { o.Currency = money.Currency{} }, []string{"currency"}},
		{"no customer kind", func(o *order.Order) { o.Customer.Kind = "" }, []string{"customer.kind"}},
		{"unknown customer kind", func(o *order.Order) { o.Customer.Kind = "reseller" }, []string{"customer.kind"}},
		{"lower-case country", func(o *order.Order) { o.Customer.Country = "be" }, []string{"customer.country"}},
		{"UK is not ISO 3166-1", func(o *order.Order) { o.Customer.Country = "UK" }, []string{"customer.country"}},
		{"consent without a time", func(o *order.Order) { o.Customer.MarketingConsent.At = time.Time{} }, []string{"customer.marketing_consent.at"}},
		{"no billing country", func(o *order.Order) { o.BillingAddress.Country = "" }, []string{"billing_address.country"}},
		{"bad shipping country", func(o *order.Order) { o.ShippingAddress.Country = "EU" }, []string{"shipping_address.country"}},
		{"line without id", func(o *order.Order) { o.Lines[1].ID = "" }, []string{"lines[1].id"}},
		{"duplicate line id", func(o *order.Order) { o.Lines[2].ID = "L1" }, []string{"lines[2].id"}},
		{"line without SKU", func(o *order.Order) { o.Lines[0].SKU = "" }, []string{"lines[0].sku"}},
		{"zero quantity", func(o *order.Order) { o.Lines[1].Quantity = dec(t, "0") }, []string{"lines[1].quantity"}},
		{"negative quantity", func(o *order.Order) { o.Lines[1].Quantity = dec(t, "-2") }, []string{"lines[1].quantity"}},
		{"quantity out of range", func(o *order.Order) { o.Lines[1].Quantity = dec(t, "2e-40") }, []string{"lines[1].quantity"}},
		{"negative unit price", func(o *order.Order) { o.Lines[0].UnitPrice = dec(t, "-39.90") }, []string{"lines[0].unit_price"}},
		{"no tax category", func(o *order.Order) { o.Lines[0].TaxCategory = "" }, []string{"lines[0].tax_category"}},
		{"rate as a percentage", func(o *order.Order) { o.Lines[1].VATRate = dec(t, "6") }, []string{
			"lines[1].vat_rate",
			// The line no longer counts at 6 %: the breakdown at 6 % holds
			// only shipping now, which no line justifies.
			"shipping.split[1].rate", "vat_breakdown[1].net", "vat_breakdown[1].vat", "vat_breakdown[1].gross",
		}},
		{"line gross off by a cent", func(o *order.Order) { o.Lines[0].Gross = eur(t, "37.34") }, []string{
			"lines[0].gross", "lines[0].gross", "vat_breakdown[0].gross", "totals.gross",
		}},
		{"line VAT and net shifted", func(o *order.Order) {
			o.Lines[0].VAT = eur(t, "6.49")
			o.Lines[0].Net = eur(t, "30.84")
		}, []string{"vat_breakdown[0].net", "vat_breakdown[0].vat"}},
		{"6 % line without VAT", func(o *order.Order) {
			// Net = gross, and the breakdown and totals follow: every sum
			// adds up, but 0.00 is not 6 % of 16.75, and 0.06 not 6 % of
			// 17.73.
			o.Lines[1].VAT = eur(t, "0.00")
			o.Lines[1].Net = eur(t, "16.75")
			o.VATBreakdown[1].VAT = eur(t, "0.06")
			o.VATBreakdown[1].Net = eur(t, "17.73")
			o.Totals.VAT = eur(t, "10.38")
			o.Totals.Net = eur(t, "66.87")
		}, []string{"lines[1].vat", "vat_breakdown[1].vat"}},
		{"VAT moved between two lines at 21 %", func(o *order.Order) {
			// 1.00 of VAT moved from L3 to L1, nets adjusted: every sum
			// adds up, but neither line's VAT is 21 % of its net.
			o.Lines[0].VAT, o.Lines[0].Net = eur(t, "7.48"), eur(t, "29.85")
			o.Lines[2].VAT, o.Lines[2].Net = eur(t, "2.24"), eur(t, "16.43")
		}, []string{"lines[0].vat", "lines[2].vat"}},
		{"VAT at rate 0", func(o *order.Order) {
			// A cent of VAT on a shipping share at 0 %: within any rounding
			// allowance, but there is nothing to round at 0 %.
			o.Lines[1].VATRate = dec(t, "0")
			o.Shipping.Split[1].Rate = dec(t, "0")
			o.VATBreakdown[1].Rate = dec(t, "0")
			o.Lines[1].VAT, o.Lines[1].Net = eur(t, "0.00"), eur(t, "16.75")
			o.Shipping.Split[1].VAT, o.Shipping.Split[1].Net = eur(t, "0.01"), eur(t, "1.03")
			o.Shipping.VAT, o.Shipping.Net = eur(t, "0.61"), eur(t, "3.89")
			o.VATBreakdown[1].VAT, o.VATBreakdown[1].Net = eur(t, "0.01"), eur(t, "17.78")
			o.Totals.VAT, o.Totals.Net = eur(t, "10.33"), eur(t, "66.92")
		}, []string{"shipping.split[1].vat", "vat_breakdown[1].vat"}},
		{"negative line amounts", func(o *order.Order) {
			o.Lines[0].Net = eur(t, "-30.85")
		}, []string{"lines[0].net", "lines[0].gross", "vat_breakdown[0].net"}},
		{"line amount in another currency", func(o *order.Order) { o.Lines[0].VAT = usd("6.48") }, []string{"lines[0].vat"}},
		{"line amount without currency", func(o *order.Order) { o.Lines[2].VAT = money.Money{} }, []string{
			"lines[2].vat", "lines[2].gross", "vat_breakdown[0].vat",
		}},
		{"unit price does not give the gross", func(o *order.Order) { o.Lines[0].UnitPrice = dec(t, "39.95") }, []string{"lines[0].gross"}},
		{"negative weight", func(o *order.Order) { o.Lines[0].WeightGrams = -1 }, []string{"lines[0].weight_grams"}},
		{"unsorted attributes", func(o *order.Order) {
			a := o.Lines[2].Attributes
			a[0], a[1] = a[1], a[0]
		}, []string{"lines[2].attributes[1].name"}},
		{"discount for an unknown promotion", func(o *order.Order) { o.Lines[0].Discounts[0].PromotionID = "PROMO-X" }, []string{
			"lines[0].discounts[0].promotion_id", "promotions[0].amount",
		}},
		{"negative discount", func(o *order.Order) {
			o.Lines[0].Discounts[0].Amount = eur(t, "-2.57")
		}, []string{"lines[0].discounts[0].amount", "lines[0].gross", "promotions[0].amount", "totals.discount"}},
		{"promotion amount", func(o *order.Order) { o.Promotions[0].Amount = eur(t, "5.01") }, []string{"promotions[0].amount"}},
		{"duplicate promotion", func(o *order.Order) {
			p := o.Promotions[0]
			p.Amount = eur(t, "0.00")
			o.Promotions = append(o.Promotions, p)
		}, []string{"promotions[1].id"}},
		{"goods without a delivery mode", func(o *order.Order) { o.Shipping.Mode = "" }, []string{"shipping.mode"}},
		{"shipping split gross", func(o *order.Order) { o.Shipping.Split[0].Gross = eur(t, "3.47") }, []string{
			"shipping.split[0].gross", "shipping.gross", "vat_breakdown[0].gross",
		}},
		{"shipping at a rate no line has", func(o *order.Order) { o.Shipping.Split[1].Rate = dec(t, "0.12") }, []string{
			// 0.06 EUR is not the VAT of 0.98 EUR at 12 % either.
			"shipping.split[1].rate", "shipping.split[1].vat", "vat_breakdown[1].net", "vat_breakdown[1].vat", "vat_breakdown[1].gross", "vat_breakdown",
		}},
		{"shipping gross", func(o *order.Order) { o.Shipping.Gross = eur(t, "4.51") }, []string{
			"shipping.gross", "shipping.gross", "totals.gross",
		}},
		{"negative cheapest standard fee", func(o *order.Order) { o.Shipping.CheapestStandardFee = eur(t, "-3.50") }, []string{"shipping.cheapest_standard_fee"}},
		{"promise upside down", func(o *order.Order) {
			w := o.Shipping.Promise
			o.Shipping.Promise.Earliest, o.Shipping.Promise.Latest = w.Latest, w.Earliest
		}, []string{"shipping.promise"}},
		{"breakdown net", func(o *order.Order) { o.VATBreakdown[0].Net = eur(t, "49.15") }, []string{
			"vat_breakdown[0].gross", "vat_breakdown[0].net", "totals.net",
		}},
		{"breakdown rate twice", func(o *order.Order) {
			o.VATBreakdown = append(o.VATBreakdown, order.RateAmounts{Rate: dec(t, "0.210"), Net: eur(t, "0"), VAT: eur(t, "0"), Gross: eur(t, "0")})
		}, []string{"vat_breakdown[2].rate"}},
		{"breakdown rate missing", func(o *order.Order) {
			o.VATBreakdown = o.VATBreakdown[:1]
		}, []string{"vat_breakdown", "totals.net", "totals.vat", "totals.gross"}},
		{"breakdown rate nothing uses", func(o *order.Order) {
			o.VATBreakdown = append(o.VATBreakdown, order.RateAmounts{Rate: dec(t, "0.12"), Net: eur(t, "0"), VAT: eur(t, "0"), Gross: eur(t, "0")})
		}, []string{"vat_breakdown[2].rate"}},
		{"totals net", func(o *order.Order) { o.Totals.Net = eur(t, "65.93") }, []string{"totals.gross", "totals.net"}},
		{"totals gross", func(o *order.Order) { o.Totals.Gross = eur(t, "77.24") }, []string{
			"totals.gross", "totals.gross", "totals.gross",
		}},
		{"totals discount", func(o *order.Order) { o.Totals.Discount = eur(t, "0.00") }, []string{"totals.discount"}},
		{"totals in another currency", func(o *order.Order) { o.Totals.VAT = usd("11.33") }, []string{"totals.vat"}},
		{"payment without provider", func(o *order.Order) { o.Payments[0].Provider = "" }, []string{"payments[0].provider"}},
		{"no lines", func(o *order.Order) { o.Lines = nil }, []string{
			"lines",
			"shipping.split[0].rate", "shipping.split[1].rate",
			"promotions[0].amount",
			"vat_breakdown[0].net", "vat_breakdown[0].vat", "vat_breakdown[0].gross",
			"vat_breakdown[1].net", "vat_breakdown[1].vat", "vat_breakdown[1].gross",
			"totals.gross", "totals.discount",
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := fixture.BelgianConsumerOrder(t)
			tc.break_(&o)
			err := o.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, order.ErrInvalidOrder)
			assert.NotErrorIs(t, err, order.ErrInvalidHistory)
			assert.Equal(t, tc.paths, problemPaths(t, err), "%v", err)
		})
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	o.ID = uuid.Nil
	o.Lines[1].SKU = ""
	o.Totals.Discount = eur(t, "4.00")

	err := o.Validate()
	var ve *order.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, []string{"id", "lines[1].sku", "totals.discount"}, problemPaths(t, err))
	assert.Equal(t, "order: invalid order: 3 problems: id: order id is the nil uuid; lines[1].sku: SKU is missing; "+
		"totals.discount: 4.00 EUR, but the sum of the discounts on lines and shipping is 5.00 EUR", err.Error())
}

func TestValidateMessagesNameTheValues(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	o.Lines[0].Gross = eur(t, "37.34")
	err := o.Validate()
	var ve *order.ValidationError
	require.True(t, errors.As(err, &ve))
	msgs := make([]string, len(ve.Problems))
	for i, p := range ve.Problems {
		msgs[i] = p.String()
	}
	assert.Equal(t, []string{
		"lines[0].gross: net 30.85 EUR + VAT 6.48 EUR = 37.33 EUR, not gross 37.34 EUR",
		"lines[0].gross: quantity 1 × unit price 39.9 (including VAT) − discounts 2.57 EUR = 37.33, not gross 37.34 EUR",
		"vat_breakdown[0].gross: 59.46 EUR, but the sum of lines and shipping at rate 0.21 is 59.47 EUR",
		"totals.gross: 77.25 EUR, but the sum of the lines' and the shipping's gross is 77.26 EUR",
	}, msgs)
}

func TestValidateLineBaseToleratesRounding(t *testing.T) {
	// 3 screws at 0.0125 EUR = 0.0375 EUR: 0.04 (half-up) and 0.03 (down)
	// are both roundings of the exact amount; 0.05 and 0.02 are not.
	for net, valid := range map[string]bool{"0.04": true, "0.03": true, "0.05": false, "0.02": false} {
		o := oneLine(t, "3", "0.0125", false, "0", net, "0.00", net)
		err := o.Validate()
		if valid {
			assert.NoError(t, err, net)
		} else {
			assert.Equal(t, []string{"lines[0].net"}, problemPaths(t, err), net)
		}
	}
	// Weighed goods: 1.255 kg at 7.99 EUR/kg = 10.02745 EUR, 6 % included.
	o := oneLine(t, "1.255", "7.99", true, "0.06", "9.45", "0.57", "10.02")
	assert.NoError(t, o.Validate())
}

// oneLine returns a valid one-line order collected in store (no delivery
// fee) with the given line figures.
func oneLine(t testing.TB, qty, price string, incl bool, rate, net, vat, gross string) order.Order {
	t.Helper()
	zero := eur(t, "0")
	n, v, g := eur(t, net), eur(t, vat), eur(t, gross)
	return order.Order{
		ID:             uuid.MustParse("7d7e4a35-31c4-4f0e-9b0a-3c2f4f0a9e11"),
		PlacedAt:       day(3, 20, 10, 0),
		Channel:        order.ChannelClickAndCollect,
		Currency:       n.Currency(),
		Customer:       order.Customer{Kind: order.Consumer, Country: "BE"},
		BillingAddress: order.Address{Country: "BE"},
		Lines: []order.Line{{
			ID: "L1", SKU: "SKU-1", Quantity: dec(t, qty), UnitPrice: dec(t, price), UnitPriceIncludesVAT: incl,
			TaxCategory: "standard", VATRate: dec(t, rate), Net: n, VAT: v, Gross: g,
		}},
		Shipping:     order.Shipping{Mode: "click_and_collect", Net: zero, VAT: zero, Gross: zero, CheapestStandardFee: zero},
		VATBreakdown: []order.RateAmounts{{Rate: dec(t, rate), Net: n, VAT: v, Gross: g}},
		Totals:       order.Totals{Net: n, VAT: v, Gross: g, Discount: zero},
	}
}

func TestValidateLargeValuesDoNotOverflow(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	big, err := money.New(money.MaxMinor, "EUR")
	require.NoError(t, err)
	o.Lines[0].Net, o.Lines[0].VAT, o.Lines[0].Gross = big, big, big
	o.Totals.Gross = big
	err = o.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "overflows")
}

func TestValidateHugeDecimalIsQuick(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	o.Lines[0].Quantity = dec(t, "1e9999")
	o.Lines[1].UnitPrice = dec(t, "1e-9999")
	o.Lines[2].VATRate = dec(t, "21e-9999")
	done := make(chan error, 1)
	go func() { done <- o.Validate() }()
	select {
	case err := <-done:
		paths := problemPaths(t, err)
		assert.Contains(t, paths, "lines[0].quantity")
		assert.Contains(t, paths, "lines[1].unit_price")
		assert.Contains(t, paths, "lines[2].vat_rate")
		assert.True(t, strings.Contains(err.Error(), "out of range"))
	case <-time.After(5 * time.Second):
		t.Fatal("Validate took too long on huge exponents")
	}
}

// TestValidateLineBaseGrid checks the base rule on quantities and prices of
// every shape (whole, weighed, finer than the cent, long coefficients):
// both neighbouring cents of the exact amount pass, the cents beyond fail.
func TestValidateLineBaseGrid(t *testing.T) {
	quantities := []string{"1", "3", "1000", "1.255", "0.001", "12.5", "1.000000000000000001", "999999"}
	prices := []string{"0", "0.0125", "8.95", "49", "19.99", "0.000000000000000001", "0.333333333333333333", "1234.5678"}
	for _, qs := range quantities {
		for _, ps := range prices {
			q, p := dec(t, qs), dec(t, ps)
			cents := q.Mul(p).Shift(2)
			floor, ceil := cents.Floor().IntPart(), cents.Ceil().IntPart()
			check := func(minor int64, want bool) {
				if minor < 0 {
					return
				}
				m, err := money.New(minor, "EUR")
				require.NoError(t, err)
				o := oneLine(t, qs, ps, false, "0", m.Decimal().String(), "0", m.Decimal().String())
				err = o.Validate()
				if want {
					assert.NoError(t, err, "%s × %s = %s, net %v", qs, ps, q.Mul(p), m)
				} else {
					assert.Equal(t, []string{"lines[0].net"}, problemPaths(t, err), "%s × %s = %s, net %v", qs, ps, q.Mul(p), m)
				}
			}
			check(floor, true)
			check(ceil, true)
			check(floor-1, false)
			check(ceil+1, false)
		}
	}
}
