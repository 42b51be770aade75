package order_test

import (
	"slices"
	"testing"
	"time"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func belgianHistory(t *testing.T, extra ...order.Event) order.History {
	t.Helper()
	h := order.NewHistory(fixture.BelgianConsumerOrder(t), fixture.BelgianConsumerEvents()...).With(extra...)
	require.NoError(t, h.Validate())
	return h
}

func TestDeliveredAtLastParcel(t *testing.T) {
	h := belgianHistory(t)
	first := day(6, 1, 9, 42)
	second := day(6, 8, 11, 5)

	at, ok := h.DeliveredAt()
	assert.True(t, ok)
	assert.Equal(t, second, at, "the whole order: the last parcel")

	at, ok = h.DeliveredAt("L1", "L3")
	assert.True(t, ok)
	assert.Equal(t, second, at)

	at, ok = h.DeliveredAt("L1", "L2")
	assert.True(t, ok)
	assert.Equal(t, first, at, "both lines came in the first parcel")

	at, ok = h.FirstDeliveredAt("L3")
	assert.True(t, ok)
	assert.Equal(t, second, at)
	at, ok = h.FirstDeliveredAt("L1")
	assert.True(t, ok)
	assert.Equal(t, first, at)

	_, ok = h.DeliveredAt("L1", "L9")
	assert.False(t, ok, "unknown line")
	_, ok = h.WithdrawalNotifiedAt()
	assert.False(t, ok)
}

func TestDeliveredAtPartial(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	events := fixture.BelgianConsumerEvents()[:4] // up to the first delivery

	h := order.NewHistory(o, events...)
	require.NoError(t, h.Validate())
	_, ok := h.DeliveredAt()
	assert.False(t, ok, "the apron is not delivered yet")
	_, ok = h.DeliveredAt("L3")
	assert.False(t, ok)
	_, ok = h.FirstDeliveredAt("L3")
	assert.False(t, ok)

	// One of the two bottles of oil delivered, the other a week later.
	h = order.NewHistory(o,
		order.Shipped(day(5, 29, 16, 0), "P1", order.Units("L2", 2)),
		order.Delivered(day(6, 1, 9, 0), "P1", "", order.Units("L2", 1)),
	)
	require.NoError(t, h.Validate())
	_, ok = h.DeliveredAt("L2")
	assert.False(t, ok, "one unit of L2 is still on its way")
	at, ok := h.FirstDeliveredAt("L2")
	assert.True(t, ok)
	assert.Equal(t, day(6, 1, 9, 0), at)

	h = h.With(order.Delivered(day(6, 8, 9, 0), "P1", "", order.Units("L2", 1)))
	at, ok = h.DeliveredAt("L2")
	assert.True(t, ok)
	assert.Equal(t, day(6, 8, 9, 0), at, "the last lot")
}

func TestDeliveredAtIgnoresCancelledUnits(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	h := order.NewHistory(o,
		order.Cancelled(day(5, 29, 15, 0), order.Units("L3", 1), order.Units("L2", 1)),
		order.Shipped(day(5, 29, 16, 0), "P1", order.Units("L1", 1), order.Units("L2", 1)),
		order.Delivered(day(6, 1, 9, 42), "P1", "", order.Units("L1", 1), order.Units("L2", 1)),
	)
	require.NoError(t, h.Validate())
	at, ok := h.DeliveredAt()
	assert.True(t, ok)
	assert.Equal(t, day(6, 1, 9, 42), at)

	_, ok = h.DeliveredAt("L3")
	assert.False(t, ok, "nothing of L3 is due: no delivery starts anything")
}

func TestHistoryOrderIndependent(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	events := fixture.BelgianConsumerEvents()
	in := order.NewHistory(o, events...)

	reversed := slices.Clone(events)
	slices.Reverse(reversed)
	out := order.NewHistory(o, reversed...)

	shuffled := order.NewHistory(o, events[5], events[2]).With(events[0], events[4]).With(events[3], events[1])

	for _, h := range []order.History{out, shuffled} {
		got := h.Events()
		require.Len(t, got, len(events))
		for i := range events {
			assert.True(t, events[i].Equal(got[i]), "event %d", i)
		}
		a, aok := in.DeliveredAt()
		b, bok := h.DeliveredAt()
		assert.Equal(t, aok, bok)
		assert.Equal(t, a, b)
		assert.NoError(t, h.Validate())
	}
}

func TestHistoryTiesKeepInsertionOrder(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	at := day(5, 29, 12, 31)
	a := order.Paid(at, eur(t, "50.00"), "A")
	b := order.Paid(at, eur(t, "27.25"), "B")
	early := order.Placed(o.PlacedAt)

	h := order.NewHistory(o, a, b, early)
	refs := func(h order.History) []string {
		var out []string
		for _, e := range h.Events() {
			out = append(out, e.Kind.String()+e.Reference)
		}
		return out
	}
	assert.Equal(t, []string{"placed", "paidA", "paidB"}, refs(h))
	assert.Equal(t, []string{"placed", "paidB", "paidA"}, refs(order.NewHistory(o, b, early).With(a)))
}

func TestHistoryWithLeavesReceiverUnchanged(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	events := fixture.BelgianConsumerEvents()
	h := order.NewHistory(o, events[:3]...)
	h1 := h.With(events[3])
	h2 := h.With(events[4])
	assert.Equal(t, 3, h.Len())
	assert.Equal(t, order.KindDelivered, h1.Events()[3].Kind)
	assert.Equal(t, order.KindShipped, h2.Events()[3].Kind)

	// Changing what the caller passed in or got back does not reach the history.
	lines := []order.LineQuantity{order.Units("L1", 1)}
	e := order.Event{Kind: order.KindCancelled, At: day(5, 29, 13, 0), Lines: lines}
	h3 := order.NewHistory(o, e)
	lines[0].LineID = "L2"
	got := h3.Events()
	assert.Equal(t, "L1", got[0].Lines[0].LineID)
	got[0] = order.Event{}
	assert.Equal(t, order.KindCancelled, h3.Events()[0].Kind)
	assert.True(t, h3.Order().Equal(o))
}

func TestQuantitiesReturnsAndRefunds(t *testing.T) {
	h := belgianHistory(t,
		order.WithdrawalNotified(day(6, 10, 20, 15), order.Units("L1", 1)),
		order.Returned(day(6, 15, 10, 0), order.Units("L1", 1)),
		order.Refunded(day(6, 16, 8, 0), eur(t, "37.33"), "re_1"),
		order.Refunded(day(6, 17, 8, 0), eur(t, "3.50"), "re_2"),
	)
	q, ok := h.Quantities("L1")
	require.True(t, ok)
	for name, pair := range map[string][2]string{
		"ordered": {"1", q.Ordered.String()}, "shipped": {"1", q.Shipped.String()},
		"delivered": {"1", q.Delivered.String()}, "returned": {"1", q.Returned.String()},
		"cancelled": {"0", q.Cancelled.String()},
	} {
		assert.Equal(t, pair[0], pair[1], name)
	}
	q, ok = h.Quantities("L2")
	require.True(t, ok)
	assert.Equal(t, "2", q.Delivered.String())
	assert.Equal(t, "0", q.Returned.String())
	_, ok = h.Quantities("L9")
	assert.False(t, ok)

	at, ok := h.WithdrawalNotifiedAt()
	assert.True(t, ok)
	assert.Equal(t, day(6, 10, 20, 15), at)

	paid, err := h.TotalPaid()
	require.NoError(t, err)
	assert.Equal(t, eur(t, "77.25"), paid)
	refunded, err := h.TotalRefunded()
	require.NoError(t, err)
	assert.Equal(t, eur(t, "40.83"), refunded)
}

func TestTotalsWithoutPayments(t *testing.T) {
	h := order.NewHistory(fixture.BelgianConsumerOrder(t))
	paid, err := h.TotalPaid()
	require.NoError(t, err)
	assert.Equal(t, eur(t, "0"), paid, "zero, in the order's currency")

	usd, err := money.New(100, "USD")
	require.NoError(t, err)
	_, err = h.With(order.Paid(day(5, 29, 13, 0), usd, "x")).TotalPaid()
	assert.ErrorIs(t, err, money.ErrCurrencyMismatch)

	var zero order.History
	_, ok := zero.DeliveredAt()
	assert.False(t, ok)
	assert.NoError(t, zero.Validate())
}

func TestHistoryOnlyDeliveries(t *testing.T) {
	// A merchant that records only deliveries (no shipped events) has a
	// valid history; delivered is then not compared with shipped.
	o := fixture.BelgianConsumerOrder(t)
	h := order.NewHistory(o,
		order.Delivered(day(6, 1, 9, 42), "", "pickup:BE-4000-17", order.Units("L1", 1), order.Units("L2", 2), order.Units("L3", 1)),
	)
	assert.NoError(t, h.Validate())
	at, ok := h.DeliveredAt()
	assert.True(t, ok)
	assert.Equal(t, day(6, 1, 9, 42), at)
}

func TestHistoryValidateFailures(t *testing.T) {
	usd, err := money.New(500, "USD")
	require.NoError(t, err)
	placed := day(5, 29, 12, 30)
	shipAll := order.Shipped(day(5, 29, 16, 0), "P1", order.Units("L1", 1), order.Units("L2", 2), order.Units("L3", 1))
	cases := []struct {
		name   string
		events []order.Event
		paths  []string
	}{
		{"delivered more than shipped", []order.Event{
			order.Shipped(day(5, 29, 16, 0), "P1", order.Units("L2", 1)),
			order.Delivered(day(6, 1, 9, 0), "P1", "", order.Units("L2", 2)),
		}, []string{"events[1].lines[0].quantity"}},
		{"delivered before shipped", []order.Event{
			order.Delivered(day(6, 1, 9, 0), "P1", "", order.Units("L1", 1)),
			order.Shipped(day(6, 2, 9, 0), "P1", order.Units("L1", 1)),
		}, []string{"events[0].lines[0].quantity"}},
		{"unknown line", []order.Event{
			order.Shipped(day(5, 29, 16, 0), "P1", order.Units("L9", 1)),
		}, []string{"events[0].lines[0].line_id"}},
		{"line twice in one event", []order.Event{
			order.Shipped(day(5, 29, 16, 0), "P1", order.Units("L2", 1), order.Units("L2", 1)),
		}, []string{"events[0].lines[1].line_id"}},
		{"zero quantity", []order.Event{
			order.Cancelled(day(5, 29, 16, 0), order.Units("L2", 0)),
		}, []string{"events[0].lines[0].quantity"}},
		{"shipped and cancelled beyond ordered", []order.Event{
			order.Shipped(day(5, 29, 16, 0), "P1", order.Units("L2", 2)),
			order.Cancelled(day(5, 30, 9, 0), order.Units("L2", 1)),
		}, []string{"events[1].lines[0].quantity"}},
		{"shipped more than ordered", []order.Event{
			order.Shipped(day(5, 29, 16, 0), "P1", order.Units("L1", 2)),
		}, []string{"events[0].lines[0].quantity"}},
		{"returned more than delivered", []order.Event{
			shipAll,
			order.Delivered(day(6, 1, 9, 0), "P1", "", order.Units("L2", 1)),
			order.Returned(day(6, 5, 9, 0), order.Units("L2", 2)),
		}, []string{"events[2].lines[0].quantity"}},
		{"withdrawal beyond ordered", []order.Event{
			order.WithdrawalNotified(day(6, 5, 9, 0), order.Units("L1", 3)),
		}, []string{"events[0].lines[0].quantity"}},
		{"refund beyond paid", []order.Event{
			order.Paid(day(5, 29, 12, 31), eur(t, "77.25"), "tr_1"),
			order.Refunded(day(6, 16, 8, 0), eur(t, "77.26"), "re_1"),
		}, []string{"events[1].amount"}},
		{"refund before the payment", []order.Event{
			order.Refunded(day(6, 1, 8, 0), eur(t, "10.00"), "re_1"),
			order.Paid(day(6, 2, 12, 31), eur(t, "77.25"), "tr_1"),
		}, []string{"events[0].amount"}},
		{"payment in another currency", []order.Event{
			order.Paid(day(5, 29, 12, 31), usd, "tr_1"),
		}, []string{"events[0].amount"}},
		{"zero payment", []order.Event{
			order.Paid(day(5, 29, 12, 31), eur(t, "0"), "tr_1"),
		}, []string{"events[0].amount"}},
		{"shipment with an amount", []order.Event{
			{Kind: order.KindShipped, At: day(5, 29, 16, 0), Lines: []order.LineQuantity{order.Units("L1", 1)}, Amount: eur(t, "1.00")},
		}, []string{"events[0].amount"}},
		{"delivery without lines", []order.Event{
			order.Delivered(day(6, 1, 9, 0), "P1", "signature"),
		}, []string{"events[0].lines"}},
		{"payment with lines and proof", []order.Event{
			{Kind: order.KindPaid, At: day(5, 29, 12, 31), Amount: eur(t, "1.00"), Proof: "x", Lines: []order.LineQuantity{order.Units("L1", 1)}},
		}, []string{"events[0].proof", "events[0].lines"}},
		{"cancellation with a parcel and a reference", []order.Event{
			{Kind: order.KindCancelled, At: day(5, 29, 13, 0), Parcel: "P1", Reference: "r", Lines: []order.LineQuantity{order.Units("L1", 1)}},
		}, []string{"events[0].parcel", "events[0].reference"}},
		{"shipment before placing", []order.Event{
			order.Shipped(day(5, 28, 16, 0), "P1", order.Units("L1", 1)),
		}, []string{"events[0].at"}},
		{"event without a time", []order.Event{
			order.Cancelled(time.Time{}, order.Units("L1", 1)),
		}, []string{"events[0].at"}},
		{"placed at another time", []order.Event{
			order.Placed(placed.Add(time.Minute)),
		}, []string{"events[0].at"}},
		{"placed twice", []order.Event{
			order.Placed(placed), order.Placed(placed),
		}, []string{"events[1].kind"}},
		{"unknown kind", []order.Event{
			{Kind: 42, At: day(6, 1, 0, 0)},
		}, []string{"events[0].kind"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := order.NewHistory(fixture.BelgianConsumerOrder(t), tc.events...)
			err := h.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, order.ErrInvalidHistory)
			assert.NotErrorIs(t, err, order.ErrInvalidOrder)
			assert.Equal(t, tc.paths, problemPaths(t, err), "%v", err)
		})
	}
}

func TestHistoryValidateAllProblems(t *testing.T) {
	h := order.NewHistory(fixture.BelgianConsumerOrder(t),
		order.Shipped(day(5, 28, 16, 0), "P1", order.Units("L9", 1)),
		order.Refunded(day(6, 16, 8, 0), eur(t, "1.00"), "re_1"),
	)
	err := h.Validate()
	assert.Equal(t, []string{"events[0].at", "events[0].lines[0].line_id", "events[1].amount"}, problemPaths(t, err))
	assert.EqualError(t, err, `order: invalid history: 3 problems: `+
		`events[0].at: shipped at 2026-05-28T16:00:00Z, before the order was placed at 2026-05-29T12:30:00Z; `+
		`events[0].lines[0].line_id: the order has no line "L9"; `+
		`events[1].amount: refunds reach 1.00 EUR, more than the 0.00 EUR paid so far`)
}
