package fee_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fee"
)

func TestFeeSpecFigures(t *testing.T) {
	s := build(t, illustrativeA(t))
	tests := []struct {
		name string
		tx   fee.Transaction
		fee  string
		rule int
	}{
		{"card consumer EEA 0.25 + 1.5 % on 100.00", tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "100.00")), "1.75", 1},
		{"card international 0.25 + 3.25 % on 100.00", tx("card", fee.RegionInternational, fee.SegmentConsumer, fee.Success, eur(t, "100.00")), "3.50", 0},
		{"international commercial card, first match", tx("card", fee.RegionInternational, fee.SegmentCommercial, fee.Success, eur(t, "100.00")), "3.50", 0},
		{"card UK falls to the general card rule", tx("card", fee.RegionUK, fee.SegmentConsumer, fee.Success, eur(t, "100.00")), "2.05", 3},
		{"card consumer domestic", tx("card", fee.RegionDomestic, fee.SegmentConsumer, fee.Success, eur(t, "100.00")), "1.75", 2},
		{"iDEAL 0.29 fixed", tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "100.00")), "0.29", 5},
		{"iDEAL 0.29 fixed on a large basket", tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "2499.99")), "0.29", 5},
		{"failed SEPA debit 0.95", tx("sepa_direct_debit", fee.RegionAny, fee.SegmentAny, fee.Failure, eur(t, "100.00")), "0.95", 7},
		{"failed card payment costs nothing, said by a rule", tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Failure, eur(t, "100.00")), "0.00", 8},
		{"chargeback 15.00", tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Chargeback, eur(t, "100.00")), "15.00", 10},
		{"refund fixed fee", tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Refund, eur(t, "30.00")), "0.25", 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := s.Fee(tt.tx)
			require.NoError(t, err)
			assert.Equal(t, eur(t, tt.fee), c.Fee)
			assert.Equal(t, tt.rule, c.Rule)
			sum, err := c.Fixed.Add(c.Variable)
			require.NoError(t, err)
			assert.Equal(t, c.Fee, sum, "unclamped fee is fixed + variable")
			assert.Equal(t, fee.Unclamped, c.Clamp)
		})
	}
}

func TestFeeParts(t *testing.T) {
	s := build(t, illustrativeA(t))
	c, err := s.Fee(tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "100.00")))
	require.NoError(t, err)
	assert.Equal(t, fee.Charge{Fee: eur(t, "1.75"), Rule: 1, Fixed: eur(t, "0.25"), Variable: eur(t, "1.50")}, c)
	r, ok := s.Rule(c.Rule)
	require.True(t, ok)
	assert.Equal(t, "cards, consumer, EEA", r.Name)
}

func TestFeeWildcards(t *testing.T) {
	cfg := fee.Config{Name: "wildcards", Currency: eurCurrency(t), Rounding: money.HalfUp, Rules: []fee.Rule{
		{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentPremium, Event: fee.Success, Fixed: eur(t, "3.00")},
		{Method: "card", Segment: fee.SegmentPremium, Event: fee.Success, Fixed: eur(t, "2.00")},
		{Region: fee.RegionEEA, Event: fee.Success, Fixed: eur(t, "1.00")},
		{Method: "card", Event: fee.Refund, Fixed: eur(t, "0.10")},
	}}
	s := build(t, cfg)
	tests := []struct {
		name string
		tx   fee.Transaction
		rule int
	}{
		{"all three keys", tx("card", fee.RegionEEA, fee.SegmentPremium, fee.Success, eur(t, "1.00")), 0},
		{"region wildcard", tx("card", fee.RegionUK, fee.SegmentPremium, fee.Success, eur(t, "1.00")), 1},
		{"unknown region matches the region wildcard", tx("card", fee.RegionAny, fee.SegmentPremium, fee.Success, eur(t, "1.00")), 1},
		{"method wildcard", tx("paypal", fee.RegionEEA, fee.SegmentAny, fee.Success, eur(t, "1.00")), 2},
		{"method and segment wildcards", tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "1.00")), 2},
		{"rules of another event are not tried", tx("card", fee.RegionEEA, fee.SegmentPremium, fee.Refund, eur(t, "1.00")), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := s.Fee(tt.tx)
			require.NoError(t, err)
			assert.Equal(t, tt.rule, c.Rule)
		})
	}
}

func TestFeeNoRule(t *testing.T) {
	s := build(t, illustrativeA(t))
	tests := []struct {
		name string
		tx   fee.Transaction
	}{
		{"method not in the schedule", tx("paypal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "10.00"))},
		{"a method the schedule does not price", tx("klarna", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "10.00"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := s.Fee(tt.tx)
			require.ErrorIs(t, err, fee.ErrNoRule)
			var nr *fee.NoRuleError
			require.ErrorAs(t, err, &nr)
			assert.Equal(t, fee.NoRuleError{Schedule: "Illustrative A (per method)", Method: tt.tx.Method, Region: tt.tx.Region, Segment: tt.tx.Segment, Event: fee.Success}, *nr)
			assert.Equal(t, fee.Charge{}, c, "no fee, not a zero fee")
			assert.Contains(t, err.Error(), tt.tx.Method)
		})
	}

	// A card transaction without a region only matches rules for any
	// region: here there is none.
	strict := build(t, fee.Config{Name: "strict", Currency: eurCurrency(t), Rounding: money.HalfUp, Rules: []fee.Rule{
		{Method: "card", Region: fee.RegionEEA, Event: fee.Success, Percent: pct("1.5")},
	}})
	_, err := strict.Fee(tx("card", fee.RegionAny, fee.SegmentConsumer, fee.Success, eur(t, "10.00")))
	assert.ErrorIs(t, err, fee.ErrNoRule)
}

func TestFeeClamp(t *testing.T) {
	cfg := fee.Config{Name: "clamped", Currency: eurCurrency(t), Rounding: money.HalfUp, Rules: []fee.Rule{
		{Method: "card", Event: fee.Success, Fixed: eur(t, "0.10"), Percent: pct("2"), Min: eur(t, "0.50"), Max: eur(t, "5.00")},
		{Method: "ideal", Event: fee.Success, Percent: pct("1"), Min: eur(t, "0.20"), Max: eur(t, "0.20")},
	}}
	s := build(t, cfg)
	tests := []struct {
		method, amount, fee string
		clamp               fee.Clamp
	}{
		{"card", "0.00", "0.50", fee.RaisedToMin},
		{"card", "10.00", "0.50", fee.RaisedToMin}, // 0.30 raised
		{"card", "20.00", "0.50", fee.Unclamped},   // exactly the minimum
		{"card", "20.01", "0.50", fee.Unclamped},   // 0.10 + 0.4002 → 0.50
		{"card", "20.50", "0.51", fee.Unclamped},
		{"card", "245.00", "5.00", fee.Unclamped}, // exactly the maximum
		{"card", "245.50", "5.00", fee.LoweredToMax},
		{"card", "100000.00", "5.00", fee.LoweredToMax},
		{"ideal", "1.00", "0.20", fee.RaisedToMin},
		{"ideal", "20.00", "0.20", fee.Unclamped},
		{"ideal", "500.00", "0.20", fee.LoweredToMax},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.amount, func(t *testing.T) {
			c, err := s.Fee(tx(tt.method, fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, tt.amount)))
			require.NoError(t, err)
			assert.Equal(t, eur(t, tt.fee), c.Fee)
			assert.Equal(t, tt.clamp, c.Clamp)
		})
	}
}

func TestFeeRounding(t *testing.T) {
	// The percentage part is rounded once; the boundaries are exact halves
	// of a cent (x.xx5).
	tests := []struct {
		amount, percent string
		mode            money.RoundingMode
		fee             string
	}{
		{"1.00", "2.5", money.HalfUp, "0.03"},   // 0.025
		{"1.00", "2.5", money.HalfEven, "0.02"}, // 0.025 to even
		{"3.00", "1.5", money.HalfUp, "0.05"},   // 0.045
		{"3.00", "1.5", money.HalfEven, "0.04"}, // 0.045 to even
		{"1.00", "1.5", money.HalfUp, "0.02"},   // 0.015
		{"1.00", "1.5", money.HalfEven, "0.02"}, // 0.015 to even is up
		{"0.99", "1.5", money.HalfUp, "0.01"},   // 0.01485
		{"0.99", "1.5", money.HalfEven, "0.01"},
		{"0.99", "1.5", money.Up, "0.02"},
		{"0.99", "1.5", money.Down, "0.01"},
		{"99.99", "1.8", money.HalfUp, "1.80"},      // 1.79982
		{"33.33", "1.5", money.HalfEven, "0.50"},    // 0.49995
		{"33.33", "1.5", money.Floor, "0.49"},       // 0.49995
		{"0.01", "3.25", money.Ceiling, "0.01"},     // 0.000325
		{"0.01", "3.25", money.HalfUp, "0.00"},      // 0.000325
		{"1234.56", "1.234", money.HalfUp, "15.23"}, // 15.2344704
	}
	for _, tt := range tests {
		t.Run(tt.amount+" at "+tt.percent+" % "+tt.mode.String(), func(t *testing.T) {
			s := build(t, fee.Config{Name: "rounding", Currency: eurCurrency(t), Rounding: tt.mode, Rules: []fee.Rule{
				{Event: fee.Success, Percent: pct(tt.percent)},
			}})
			c, err := s.Fee(tx("card", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, tt.amount)))
			require.NoError(t, err)
			assert.Equal(t, eur(t, tt.fee), c.Fee)
		})
	}
}

func TestFeeOtherCurrencyDigits(t *testing.T) {
	jpy, err := money.ParseCurrency("JPY")
	require.NoError(t, err)
	fixed, err := money.New(30, "JPY")
	require.NoError(t, err)
	s := build(t, fee.Config{Name: "yen", Currency: jpy, Rounding: money.HalfUp, Rules: []fee.Rule{
		{Event: fee.Success, Fixed: fixed, Percent: pct("3.25")},
	}})
	amount, err := money.New(1000, "JPY")
	require.NoError(t, err)
	c, err := s.Fee(tx("card", fee.RegionAny, fee.SegmentAny, fee.Success, amount))
	require.NoError(t, err)
	assert.Equal(t, "63 JPY", c.Fee.String()) // 30 + 32.5 → 63
}

func TestFeeZeroAmount(t *testing.T) {
	s := build(t, illustrativeA(t))
	for name, amount := range map[string]money.Money{"0.00 EUR": eur(t, "0.00"), "zero Money": {}} {
		t.Run(name, func(t *testing.T) {
			c, err := s.Fee(tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, amount))
			require.NoError(t, err)
			assert.Equal(t, eur(t, "0.25"), c.Fee, "the fixed part only")
			assert.Equal(t, eur(t, "0.00"), c.Variable)
		})
	}
}

func TestFeeMaximumAmounts(t *testing.T) {
	maxEUR, err := money.FromMinor(money.MaxMinor, eurCurrency(t))
	require.NoError(t, err)

	s := build(t, illustrativeA(t))
	c, err := s.Fee(tx("card", fee.RegionInternational, fee.SegmentAny, fee.Success, maxEUR))
	require.NoError(t, err, "3.25 % of the largest amount fits")
	assert.Positive(t, c.Fee.Minor())

	whole := build(t, fee.Config{Name: "whole", Currency: eurCurrency(t), Rounding: money.HalfUp, Rules: []fee.Rule{
		{Event: fee.Success, Fixed: eur(t, "0.25"), Percent: pct("100")},
		{Event: fee.Refund, Percent: pct("100")},
	}})
	_, err = whole.Fee(tx("card", fee.RegionAny, fee.SegmentAny, fee.Success, maxEUR))
	require.ErrorIs(t, err, fee.ErrOverflow)
	require.ErrorIs(t, err, money.ErrOverflow)
	var oe *fee.OverflowError
	require.ErrorAs(t, err, &oe)

	c, err = whole.Fee(tx("card", fee.RegionAny, fee.SegmentAny, fee.Refund, maxEUR))
	require.NoError(t, err, "100 % alone fits")
	assert.Equal(t, int64(math.MaxInt64), c.Fee.Minor())
}

func TestFeeInvalidTransaction(t *testing.T) {
	s := build(t, illustrativeA(t))
	usd, err := money.New(1000, "USD")
	require.NoError(t, err)
	valid := tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "10.00"))
	tests := []struct {
		name   string
		edit   func(*fee.Transaction)
		field  string
		target error
	}{
		{"empty method", func(x *fee.Transaction) { x.Method = "" }, "method", nil},
		{"longest method", func(x *fee.Transaction) { x.Method = strings.Repeat("a", 64) }, "", nil},
		{"upper-case method", func(x *fee.Transaction) { x.Method = "Card" }, "method", nil},
		{"method with a space", func(x *fee.Transaction) { x.Method = "ideal " }, "method", nil},
		{"method too long", func(x *fee.Transaction) { x.Method = strings.Repeat("a", 65) }, "method", nil},
		{"invalid region", func(x *fee.Transaction) { x.Region = 9 }, "region", fee.ErrUnknownRegion},
		{"invalid segment", func(x *fee.Transaction) { x.Segment = 9 }, "segment", fee.ErrUnknownSegment},
		{"zero event", func(x *fee.Transaction) { x.Event = 0 }, "event", fee.ErrUnknownEvent},
		{"invalid event", func(x *fee.Transaction) { x.Event = 5 }, "event", fee.ErrUnknownEvent},
		{"negative amount", func(x *fee.Transaction) { x.Amount = eur(t, "-10.00") }, "amount", nil},
		{"negative refund", func(x *fee.Transaction) { x.Event, x.Amount = fee.Refund, eur(t, "-0.01") }, "amount", nil},
		{"other currency", func(x *fee.Transaction) { x.Amount = usd }, "amount", money.ErrCurrencyMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := valid
			tt.edit(&x)
			_, err := s.Fee(x)
			if tt.field == "" { // valid, but priced by no rule
				require.ErrorIs(t, err, fee.ErrNoRule)
				return
			}
			require.ErrorIs(t, err, fee.ErrInvalidTransaction)
			var te *fee.TransactionError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tt.field, te.Field)
			if tt.target != nil {
				assert.ErrorIs(t, err, tt.target)
			}
		})
	}
}

func TestFeeUnbuiltSchedule(t *testing.T) {
	var nilSchedule *fee.Schedule
	for name, s := range map[string]*fee.Schedule{"nil": nilSchedule, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			_, err := s.Fee(tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "1.00")))
			assert.ErrorIs(t, err, fee.ErrInvalidSchedule)
			_, err = fee.Statement(s, nil)
			assert.ErrorIs(t, err, fee.ErrInvalidSchedule)
			_, err = fee.Reconcile(s, nil)
			assert.ErrorIs(t, err, fee.ErrInvalidSchedule)
			assert.Empty(t, s.Name())
			assert.True(t, s.Currency().IsZero())
			_, ok := s.Rule(0)
			assert.False(t, ok)
			assert.Empty(t, s.Config().Rules)
		})
	}
}

func TestFeeConcurrent(t *testing.T) {
	s := build(t, illustrativeA(t))
	want, amount := eur(t, "1.75"), eur(t, "100.00")
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			for range 1000 {
				c, err := s.Fee(tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, amount))
				if err == nil && c.Fee != want {
					err = errors.New("wrong fee " + c.Fee.String())
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		require.NoError(t, <-errs)
	}
}

func TestClampString(t *testing.T) {
	assert.Equal(t, "unclamped", fee.Unclamped.String())
	assert.Equal(t, "raised to minimum", fee.RaisedToMin.String())
	assert.Equal(t, "lowered to maximum", fee.LoweredToMax.String())
	assert.Equal(t, "clamp(7)", fee.Clamp(7).String())
}
