package returns_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns"
)

func TestBookKeepsRequestsApart(t *testing.T) {
	s := fixture.BelgianConsumerSpec()
	s.Lines[1].Quantity = "3"
	o, err := fixture.Build(s)
	require.NoError(t, err)
	b := returns.Book{Order: o}
	r1, err := b.Open("R1", []returns.Units{units("L2", 1)}, at(t, "2026-06-10", 9))
	require.NoError(t, err)
	_, err = b.Open("R2", []returns.Units{units("L2", 1)}, at(t, "2026-06-10", 10))
	require.NoError(t, err)
	require.NoError(t, r1.Refuse("period ended", at(t, "2026-06-10", 11)))
	got, _ := b.Request("R1")
	assert.Equal(t, returns.Refused, got.Status(), "the book sees what the request did")
	left, err := b.Left("L2")
	require.NoError(t, err)
	assert.Equal(t, "2", left.String())

	for name, lines := range map[string][]returns.Units{
		"line twice":    {units("L2", 1), units("L2", 1)},
		"half a knife":  {{LineID: "L1", Quantity: decimal.RequireFromString("0.5")}},
		"hostile value": {{LineID: "L1", Quantity: decimal.New(1, -20000000)}},
	} {
		_, err := b.Open("X "+name, lines, at(t, "2026-06-12", 9))
		assert.ErrorIs(t, err, returns.ErrInvalidInput, name)
	}

	r3, err := b.Open("R3", []returns.Units{units("L1", 1)}, at(t, "2026-06-12", 9))
	require.NoError(t, err)
	require.NoError(t, r3.Accept(at(t, "2026-06-12", 10)))
	for name, rc := range map[string][]returns.Received{
		"negative":     {{Units: units("L1", 2)}, {Units: returns.Units{LineID: "L1", Quantity: decimal.NewFromInt(-1)}, Condition: returns.AsNew}},
		"unknown line": {{Units: units("ZZ", 1), Condition: returns.AsNew}},
		"no condition": {{Units: units("L1", 1)}},
	} {
		assert.ErrorIs(t, r3.Receive(rc, at(t, "2026-06-13", 9)), returns.ErrInvalidInput, name)
	}
}

func TestDeclaredExceptionsAndDigitalServices(t *testing.T) {
	o := buildOrder(t, at(t, "2026-06-01", 10), line("TICKET", order.Flags{Service: true}), line("STREAM", order.Flags{Service: true, Digital: true}))
	h := order.NewHistory(o)
	d, err := returns.Decide(h, returns.Facts{Lines: map[string]returns.LineFacts{
		"TICKET": {Exception: returns.DatedLeisure},
		"STREAM": {PerformanceStarted: true, ExpressConsent: true, Acknowledged: true, Confirmed: true},
	}}, policy(t))
	require.NoError(t, err)
	ticket, _ := d.Line("TICKET")
	assert.False(t, ticket.Right)
	assert.Equal(t, "art. 16(l)", ticket.Reason.Article)
	stream, _ := d.Line("STREAM")
	assert.True(t, stream.Right, "a digital service keeps the right until fully performed (16(a), not 16(m))")

	_, err = returns.Decide(h, returns.Facts{Lines: map[string]returns.LineFacts{"TICKET": {Exception: "16z"}}}, policy(t))
	assert.ErrorIs(t, err, returns.ErrInvalidInput)
	_, err = returns.Decide(h, returns.Facts{Lines: map[string]returns.LineFacts{"NOPE": {Unsealed: true}}}, policy(t))
	assert.ErrorIs(t, err, returns.ErrInvalidInput, "a typo must not drop a fact")
	o.Customer.Kind = ""
	_, err = returns.Decide(order.NewHistory(o), returns.Facts{}, policy(t))
	assert.ErrorIs(t, err, returns.ErrInvalidInput)
	o.Customer.Kind = order.Consumer
	o.PlacedAt = time.Time{}
	_, err = returns.Decide(order.NewHistory(o), returns.Facts{}, policy(t))
	assert.ErrorIs(t, err, returns.ErrInvalidInput, "no time of conclusion")
}

func TestBusinessesNeedNoCalendar(t *testing.T) {
	o := buildOrder(t, at(t, "2026-06-01", 10), line("L1", order.Flags{}))
	o.Customer.Kind, o.Customer.Country = order.Business, "US"
	d, err := returns.Decide(order.NewHistory(o), returns.Facts{}, policy(t))
	require.NoError(t, err)
	assert.False(t, d.Lines[0].Right)
}

func TestExtensionCountsFromTheActualEnd(t *testing.T) {
	// Delivered Fri 2026-12-18: the initial period ends Mon 2027-01-04, so
	// the extension ends 12 months later, Tue 2028-01-04.
	o := buildOrder(t, at(t, "2026-12-01", 10), line("L1", order.Flags{}))
	d, err := returns.Decide(order.NewHistory(o, delivered(t, "2026-12-18", "L1")), returns.Facts{NotInformed: true}, policy(t))
	require.NoError(t, err)
	assert.Equal(t, "2028-01-04", d.Lines[0].Ends.String())
}

func TestFullWithdrawal(t *testing.T) {
	o := buildOrder(t, at(t, "2026-06-01", 10), line("CARD", order.Flags{Personalised: true}), line("COAT", order.Flags{}))
	d, err := returns.Decide(order.NewHistory(o, delivered(t, "2026-06-03", "CARD", "COAT")), returns.Facts{}, policy(t))
	require.NoError(t, err)
	assert.True(t, d.FullWithdrawal(o, []returns.Units{units("COAT", 1)}), "the card has no right: the coat is everything")
	assert.False(t, d.FullWithdrawal(o, nil))
}
