package refund_test

import (
	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzParseMeans: ParseMeans accepts exactly the constants, and what it
// accepts round-trips through its text form.
func FuzzParseMeans(f *testing.F) {
	for _, m := range refund.AllMeans() {
		f.Add(string(m))
	}
	f.Add("")
	f.Add("CARD")
	f.Add("store_credit ")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := refund.ParseMeans(s)
		if err != nil {
			require.ErrorIs(t, err, refund.ErrUnknownMeans)
			require.False(t, refund.Means(s).Valid())
			return
		}
		require.True(t, m.Valid())
		b, err := m.MarshalText()
		require.NoError(t, err)
		require.Equal(t, s, string(b))
	})
}

// FuzzCalculate reads quantities and percentages from text as a shop's
// form would, and calculates two requests in a row: never a panic, every
// error typed, every result within its invariants and the two within what
// was paid.
func FuzzCalculate(f *testing.F) {
	f.Add("L1", "1", "L2", "2", "", "50", int64(595), true, true, uint8(0))
	f.Add("L2", "1", "L2", "1", "L1", "100", int64(0), false, true, uint8(1))
	f.Add("L2", "0.5", "L3", "1e3", "L2", "1e-99", int64(-1), true, false, uint8(2))
	f.Add("L9", "-1", "", "", "L3", "0", int64(99999), true, true, uint8(7))
	o := fixture.BelgianConsumerOrder(f)
	f.Fuzz(func(t *testing.T, id1, q1, id2, q2, keepID, pct string, cost int64, pays, informed bool, policy uint8) {
		parse := func(s string) decimal.Decimal {
			d, err := decimal.NewFromString(s)
			if err != nil {
				return decimal.Zero
			}
			return d
		}
		p := refund.Policy{PartialDelivery: refund.PartialDelivery(policy % 4)}
		req := refund.Request{
			Lines:      []refund.Unit{{LineID: id1, Quantity: parse(q1)}},
			ReturnCost: eur(cost), ConsumerPaysReturn: pays, InformedOfReturnCost: informed, InformedOfRight: informed,
		}
		if keepID != "" {
			req.KeepIt = &refund.Offer{LineID: keepID, Quantity: decimal.NewFromInt(1), Percent: parse(pct)}
		}
		var prior []refund.Refunded
		total := int64(0)
		for _, next := range []refund.Unit{{LineID: id2, Quantity: parse(q2)}, {LineID: id1, Quantity: parse(q1)}} {
			r, err := refund.Calculate(o, prior, req, p)
			if err != nil {
				require.True(t, errorsAreTyped(err), "untyped error %v", err)
			} else {
				checkResult(t, r)
				total += r.Total.Minor()
				require.LessOrEqual(t, total, o.Totals.Gross.Minor())
				prior = append(prior, r.Refunded())
			}
			req = refund.Request{Lines: []refund.Unit{next}, FullWithdrawal: pays}
		}
	})
}

// FuzzDeadline: any dates give a due day or an ErrInvalidDate, and a due
// day is never before informed + 14 days.
func FuzzDeadline(f *testing.F) {
	f.Add(2026, 12, 18, 2027, 1, 8, 2027, 1, 5, false)
	f.Add(0, 0, 0, 2026, 2, 30, 9999, 12, 31, true)
	f.Fuzz(func(t *testing.T, y, m, d, ry, rm, rd, py, pm, pd int, collects bool) {
		informed := calendar.Date{Year: y, Month: timeMonth(m), Day: d}
		received := calendar.Date{Year: ry, Month: timeMonth(rm), Day: rd}
		proof := calendar.Date{Year: py, Month: timeMonth(pm), Day: pd}
		due, withheld, err := refund.Deadline(informed, &received, &proof, collects)
		if err != nil {
			require.ErrorIs(t, err, refund.ErrInvalidDate)
			return
		}
		require.False(t, withheld)
		require.False(t, due.Before(informed.AddDays(refund.RefundDays)))
		days, late, err := refund.Late(due, proof)
		require.NoError(t, err)
		require.Equal(t, late, days > 0)
	})
}
