package returns_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns"
)

func brussels(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Brussels")
	require.NoError(t, err)
	return loc
}

func policy(t testing.TB) returns.Policy {
	return returns.Policy{TraderCountry: "BE", Location: brussels(t)}
}

// buildOrder is a Belgian consumer order with the given lines (one unit
// each at 10.00, 21 %), placed at placed.
func buildOrder(t testing.TB, placed time.Time, lines ...fixture.LineSpec) order.Order {
	t.Helper()
	s := fixture.BelgianConsumerSpec()
	s.PlacedAt, s.Lines, s.Discount = placed, lines, order.Promotion{}
	o, err := fixture.Build(s)
	require.NoError(t, err)
	return o
}

func line(id string, flags order.Flags) fixture.LineSpec {
	return fixture.LineSpec{ID: id, SKU: "SKU-" + id, Name: "Item " + id, Quantity: "1", UnitPrice: "10.00", Rate: "0.21",
		TaxCategory: "standard", WeightGrams: 100, Flags: flags}
}

func at(t testing.TB, day string, hour int) time.Time {
	d, err := calendar.ParseDate(day)
	require.NoError(t, err)
	return time.Date(d.Year, d.Month, d.Day, hour, 0, 0, 0, brussels(t))
}

func day(t testing.TB, s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

func delivered(t testing.TB, on string, ids ...string) order.Event {
	var lq []order.LineQuantity
	for _, id := range ids {
		lq = append(lq, order.Units(id, 1))
	}
	return order.Delivered(at(t, on, 11), "P-"+on, "signature", lq...)
}

// TestPeriodExamples are law-and-tax.md section 2's examples (Belgian
// calendar).
func TestPeriodExamples(t *testing.T) {
	placed := at(t, "2026-01-05", 10)
	cases := []struct {
		name   string
		lines  []fixture.LineSpec
		events []string // delivery days, one parcel each, carrying every goods line in turn
		facts  returns.Facts
		ends   string
		start  string
	}{
		{"holiday then weekend", []fixture.LineSpec{line("L1", order.Flags{})}, []string{"2026-12-18"}, returns.Facts{}, "2027-01-04", "2026-12-18"},
		{"Easter Monday", []fixture.LineSpec{line("L1", order.Flags{})}, []string{"2026-03-23"}, returns.Facts{}, "2026-04-07", "2026-03-23"},
		{"Ascension", []fixture.LineSpec{line("L1", order.Flags{})}, []string{"2026-04-30"}, returns.Facts{}, "2026-05-15", "2026-04-30"},
		{"two parcels", []fixture.LineSpec{line("L1", order.Flags{}), line("L2", order.Flags{})}, []string{"2026-06-01", "2026-06-08"}, returns.Facts{}, "2026-06-22", "2026-06-08"},
		{"subscription box", []fixture.LineSpec{line("L1", order.Flags{Subscription: true})}, []string{"2026-09-03"}, returns.Facts{}, "2026-09-17", "2026-09-03"},
		{"never informed", []fixture.LineSpec{line("L1", order.Flags{})}, []string{"2026-03-02"}, returns.Facts{NotInformed: true}, "2027-03-16", "2026-03-02"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := buildOrder(t, placed, tc.lines...)
			var evs []order.Event
			for i, d := range tc.events {
				evs = append(evs, delivered(t, d, tc.lines[i%len(tc.lines)].ID))
			}
			if tc.name == "subscription box" {
				evs = append(evs, delivered(t, "2026-10-03", "L1")) // a later box does not move the start
			}
			d, err := returns.Decide(order.NewHistory(o, evs...), tc.facts, policy(t))
			require.NoError(t, err)
			for _, l := range d.Lines {
				assert.True(t, l.Right, l.LineID)
				assert.True(t, l.Started, l.LineID)
				assert.Equal(t, tc.start, l.Start.String(), l.LineID)
				assert.Equal(t, tc.ends, l.Ends.String(), l.LineID)
			}
		})
	}

	// A service concluded on Fri 2026-03-20 ends on Fri 2026-04-03: Good
	// Friday is not a Belgian holiday.
	o := buildOrder(t, at(t, "2026-03-20", 15), line("S1", order.Flags{Service: true}))
	d, err := returns.Decide(order.NewHistory(o), returns.Facts{}, policy(t))
	require.NoError(t, err)
	assert.Equal(t, "2026-04-03", d.Lines[0].Ends.String())
	assert.Equal(t, "start-conclusion", d.Lines[0].StartReason.Rule)
}

func TestExceptions(t *testing.T) {
	placed := at(t, "2026-06-01", 10)
	cases := []struct {
		flags order.Flags
		facts returns.LineFacts
		right bool
		rule  string
	}{
		{order.Flags{}, returns.LineFacts{}, true, "9"},
		{order.Flags{Personalised: true}, returns.LineFacts{}, false, "16c"},
		{order.Flags{Perishable: true}, returns.LineFacts{}, false, "16d"},
		{order.Flags{SealedHygiene: true}, returns.LineFacts{}, true, "sealed"},
		{order.Flags{SealedHygiene: true}, returns.LineFacts{Unsealed: true}, false, "16e"},
		{order.Flags{SealedMedia: true}, returns.LineFacts{Unsealed: true}, false, "16i"},
		{order.Flags{}, returns.LineFacts{Mixed: true}, false, "16f"},
		{order.Flags{Service: true}, returns.LineFacts{FullyPerformed: true, ExpressConsent: true, Acknowledged: true}, false, "16a"},
		{order.Flags{Service: true}, returns.LineFacts{FullyPerformed: true, ExpressConsent: true}, true, "9"},
		{order.Flags{Digital: true}, returns.LineFacts{PerformanceStarted: true, ExpressConsent: true, Acknowledged: true, Confirmed: true}, false, "16m"},
		{order.Flags{Digital: true}, returns.LineFacts{PerformanceStarted: true, ExpressConsent: true, Acknowledged: true}, true, "16m-incomplete"},
		{order.Flags{Digital: true}, returns.LineFacts{PerformanceStarted: true}, true, "16m-incomplete"},
	}
	for _, tc := range cases {
		o := buildOrder(t, placed, line("L1", tc.flags))
		h := order.NewHistory(o, delivered(t, "2026-06-03", "L1"))
		d, err := returns.Decide(h, returns.Facts{Lines: map[string]returns.LineFacts{"L1": tc.facts}}, policy(t))
		require.NoError(t, err)
		assert.Equal(t, tc.right, d.Lines[0].Right, "%+v %+v", tc.flags, tc.facts)
		assert.Equal(t, tc.rule, d.Lines[0].Reason.Rule, "%+v %+v", tc.flags, tc.facts)
		assert.NotEmpty(t, d.Lines[0].Reason.Article)
	}
}

func TestOneOrderMixesLines(t *testing.T) {
	o := buildOrder(t, at(t, "2026-06-01", 10),
		line("CARD", order.Flags{Personalised: true}), line("COAT", order.Flags{}), line("PERFUME", order.Flags{SealedHygiene: true}))
	h := order.NewHistory(o, delivered(t, "2026-06-03", "CARD", "COAT"), delivered(t, "2026-06-05", "PERFUME"))
	d, err := returns.Decide(h, returns.Facts{Lines: map[string]returns.LineFacts{"PERFUME": {Unsealed: true}}}, policy(t))
	require.NoError(t, err)
	card, _ := d.Line("CARD")
	coat, _ := d.Line("COAT")
	perfume, _ := d.Line("PERFUME")
	assert.False(t, card.Right)
	assert.True(t, coat.Right)
	assert.False(t, perfume.Right)
	assert.Equal(t, "2026-06-05", coat.Start.String(), "the last good of the order")
	assert.Equal(t, "2026-06-19", coat.Ends.String())
	assert.True(t, coat.Open(day(t, "2026-06-19")))
	assert.False(t, coat.Open(day(t, "2026-06-20")))
}

func TestBusinessesAndPendingDeliveries(t *testing.T) {
	o := buildOrder(t, at(t, "2026-06-01", 10), line("L1", order.Flags{}), line("L2", order.Flags{}))
	o.Customer.Kind = order.Business
	d, err := returns.Decide(order.NewHistory(o), returns.Facts{}, policy(t))
	require.NoError(t, err)
	assert.False(t, d.Consumer)
	assert.False(t, d.Lines[0].Right)
	assert.Equal(t, "business", d.Lines[0].Reason.Rule)

	o.Customer.Kind = order.Consumer
	h := order.NewHistory(o, delivered(t, "2026-06-03", "L1"))
	d, err = returns.Decide(h, returns.Facts{}, policy(t))
	require.NoError(t, err)
	assert.True(t, d.Lines[0].Right)
	assert.False(t, d.Lines[0].Started, "L2 is not delivered: the period has not started")
	assert.True(t, d.Lines[0].Open(day(t, "2030-01-01")), "withdrawing before delivery is allowed")
}

func TestInformationGivenLate(t *testing.T) {
	o := buildOrder(t, at(t, "2026-03-01", 10), line("L1", order.Flags{}))
	h := order.NewHistory(o, delivered(t, "2026-03-02", "L1"))
	// Informed on 2026-05-04: the period ends 14 days later.
	d, err := returns.Decide(h, returns.Facts{InformedAt: at(t, "2026-05-04", 9)}, policy(t))
	require.NoError(t, err)
	assert.Equal(t, "2026-05-18", d.Lines[0].Ends.String())
	assert.True(t, d.Lines[0].Extended)
	// Informed after the 12-month extension ended: the extension stands.
	d, err = returns.Decide(h, returns.Facts{InformedAt: at(t, "2027-06-01", 9)}, policy(t))
	require.NoError(t, err)
	assert.Equal(t, "2027-03-16", d.Lines[0].Ends.String())
}

func TestCalendarsAndInputErrors(t *testing.T) {
	// A French consumer: the union of the BE and FR calendars. Delivered
	// Thu 2026-04-23, raw end Thu 2026-05-07; 8 May (FR) is the day after,
	// so no change; delivered Fri 2026-04-24 → raw end Fri 2026-05-08 (FR
	// holiday) → Mon 2026-05-11.
	o := buildOrder(t, at(t, "2026-04-20", 10), line("L1", order.Flags{}))
	o.Customer.Country = "FR"
	d, err := returns.Decide(order.NewHistory(o, delivered(t, "2026-04-24", "L1")), returns.Facts{}, policy(t))
	require.NoError(t, err)
	assert.Equal(t, "2026-05-11", d.Lines[0].Ends.String())

	// Belgian calendar only, passed explicitly: 8 May is a working day.
	be, err := calendar.For("BE")
	require.NoError(t, err)
	p := policy(t)
	p.Calendar = be
	d, err = returns.Decide(order.NewHistory(o, delivered(t, "2026-04-24", "L1")), returns.Facts{}, p)
	require.NoError(t, err)
	assert.Equal(t, "2026-05-08", d.Lines[0].Ends.String())

	_, err = returns.Decide(order.NewHistory(o), returns.Facts{}, returns.Policy{TraderCountry: "BE"})
	assert.ErrorIs(t, err, returns.ErrInvalidInput, "no time zone")
	o.Customer.Country = "IT"
	_, err = returns.Decide(order.NewHistory(o), returns.Facts{}, policy(t))
	assert.ErrorIs(t, err, returns.ErrInvalidInput, "no built-in Italian calendar: pass one")
}
