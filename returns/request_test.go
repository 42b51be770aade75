package returns_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns"
)

func units(id string, n int64) returns.Units {
	return returns.Units{LineID: id, Quantity: decimal.NewFromInt(n)}
}

func TestRequestLifecycle(t *testing.T) {
	b := returns.Book{Order: fixture.BelgianConsumerOrder(t)} // L2 holds 2 bottles
	r, err := b.Open("R1", []returns.Units{units("L1", 1), units("L2", 1)}, at(t, "2026-06-10", 9))
	require.NoError(t, err)
	assert.Equal(t, returns.Requested, r.Status())
	require.NoError(t, r.Accept(at(t, "2026-06-10", 10)))
	assert.ErrorIs(t, r.Refuse("late", at(t, "2026-06-10", 11)), returns.ErrIllegalTransition)
	assert.ErrorIs(t, r.Sent("", at(t, "2026-06-11", 9)), returns.ErrInvalidInput)
	require.NoError(t, r.Sent("323212345678999", at(t, "2026-06-11", 9)))
	err = r.Receive([]returns.Received{{Units: units("L1", 1), Condition: returns.AsNew}}, at(t, "2026-06-13", 9))
	assert.ErrorIs(t, err, returns.ErrInvalidInput, "a bottle is missing from what was received")
	require.NoError(t, r.Receive([]returns.Received{{Units: units("L1", 1), Condition: returns.AsNew},
		{Units: units("L2", 1), Condition: returns.Damaged, Note: "label torn"}}, at(t, "2026-06-13", 9)))
	refund, err := money.Parse("46.79", "EUR")
	require.NoError(t, err)
	require.NoError(t, r.Refund(refund, at(t, "2026-06-14", 9)))
	assert.Equal(t, returns.Refunded, r.Status())
	sent, ok := r.At(returns.GoodsSent)
	require.True(t, ok)
	assert.Equal(t, at(t, "2026-06-11", 9), sent)
	assert.ErrorIs(t, r.Refund(refund, at(t, "2026-06-15", 9)), returns.ErrIllegalTransition)

	// A second, partial request for the bottle left; a third is too many.
	left, err := b.Left("L2")
	require.NoError(t, err)
	assert.Equal(t, "1", left.String())
	r2, err := b.Open("R2", []returns.Units{units("L2", 1)}, at(t, "2026-06-16", 9))
	require.NoError(t, err)
	_, err = b.Open("R3", []returns.Units{units("L2", 1)}, at(t, "2026-06-16", 10))
	assert.ErrorIs(t, err, returns.ErrTooMany)
	// Refusing R2 frees its unit.
	require.NoError(t, r2.Refuse("the period ended on 2026-06-22? no: refused for the test", at(t, "2026-06-16", 11)))
	_, err = b.Open("R3", []returns.Units{units("L2", 1)}, at(t, "2026-06-16", 12))
	require.NoError(t, err)

	for name, lines := range map[string][]returns.Units{
		"unknown line": {units("L9", 1)},
		"zero":         {units("L1", 0)},
		"none":         nil,
	} {
		_, err := b.Open("X-"+name, lines, at(t, "2026-06-20", 9))
		assert.Error(t, err, name)
	}
	_, err = b.Open("R1", []returns.Units{units("L3", 1)}, at(t, "2026-06-20", 9))
	assert.ErrorIs(t, err, returns.ErrInvalidInput, "duplicate id")
	_, ok = b.Request("R3")
	assert.True(t, ok)
}

// BenchmarkDecide decides a 10-line order delivered in 3 parcels.
func BenchmarkDecide(b *testing.B) {
	var lines []fixture.LineSpec
	for i := range 10 {
		flags := order.Flags{}
		if i == 3 {
			flags.Personalised = true
		}
		lines = append(lines, line(fmt.Sprint("L", i), flags))
	}
	o := buildOrder(b, at(b, "2026-06-01", 10), lines...)
	var evs []order.Event
	for p, d := range []string{"2026-06-02", "2026-06-03", "2026-06-05"} {
		var ids []string
		for i := p; i < 10; i += 3 {
			ids = append(ids, fmt.Sprint("L", i))
		}
		evs = append(evs, delivered(b, d, ids...))
	}
	h := order.NewHistory(o, evs...)
	pol := policy(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		d, err := returns.Decide(h, returns.Facts{}, pol)
		if err != nil || d.Lines[0].Ends.String() != "2026-06-19" {
			b.Fatal(err, d.Lines[0].Ends)
		}
	}
}
