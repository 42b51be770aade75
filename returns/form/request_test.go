package form_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/form"
)

// q returns a withdrawal of quantity s of line id.
func q(id, s string) form.Withdrawn { return form.Withdrawn{LineID: id, Quantity: dec(s)} }

// TestNewRequest checks the accepted withdrawals and what they record.
func TestNewRequest(t *testing.T) {
	tests := []struct {
		name  string
		lines []form.Withdrawn
		want  []string // line ids in the order's order
	}{
		{"one unit", []form.Withdrawn{q("L1", "1")}, []string{"L1"}},
		{"part of a line", []form.Withdrawn{q("L2", "1")}, []string{"L2"}},
		{"a whole line", []form.Withdrawn{q("L2", "2")}, []string{"L2"}},
		{"whole units written with decimals", []form.Withdrawn{q("L2", "2.00")}, []string{"L2"}},
		{"part of an amount", []form.Withdrawn{q("L3", "0.5")}, []string{"L3"}},
		{"all of an amount", []form.Withdrawn{q("L3", "1.250")}, []string{"L3"}},
		{"sorted into the order's order", []form.Withdrawn{q("L5", "1"), q("L2", "1"), q("L4", "1")}, []string{"L2", "L4", "L5"}},
		{"whole order", form.WholeOrder(coatOrder()), []string{"L1", "L2", "L3", "L4", "L5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := coatOrder()
			req, err := form.NewRequest(o, tt.lines, sentAt(), consumer())
			require.NoError(t, err)
			assert.Equal(t, o.ID, req.OrderID)
			assert.Equal(t, o.PlacedAt, req.OrderedAt)
			assert.Equal(t, sentAt(), req.SentAt)
			assert.Equal(t, consumer(), req.Consumer)
			assert.NotEqual(t, uuid.Nil, req.ID)
			ids := make([]string, len(req.Lines))
			for i, l := range req.Lines {
				ids[i] = l.LineID
				ol, ok := o.Line(l.LineID)
				require.True(t, ok)
				assert.Equal(t, ol.Name, l.Name)
				assert.Equal(t, ol.SKU, l.SKU)
				assert.Equal(t, form.SupplyOf(ol), l.Supply)
			}
			assert.Equal(t, tt.want, ids)
		})
	}
}

// TestNewRequestLineErrors checks each line the order cannot give back.
func TestNewRequestLineErrors(t *testing.T) {
	tests := []struct {
		name    string
		lines   []form.Withdrawn
		sent    error
		index   int
		ordered string
	}{
		{"unknown line", []form.Withdrawn{q("L1", "1"), q("L9", "1")}, form.ErrUnknownLine, 1, "0"},
		{"empty line id", []form.Withdrawn{q("", "1")}, form.ErrUnknownLine, 0, "0"},
		{"line id in another case", []form.Withdrawn{q("l1", "1")}, form.ErrUnknownLine, 0, "0"},
		{"line named twice", []form.Withdrawn{q("L2", "1"), q("L1", "1"), q("L2", "1")}, form.ErrDuplicateLine, 2, "0"},
		{"zero", []form.Withdrawn{q("L1", "0")}, form.ErrInvalidQuantity, 0, "1"},
		{"zero quantity value", []form.Withdrawn{{LineID: "L1"}}, form.ErrInvalidQuantity, 0, "1"},
		{"negative", []form.Withdrawn{q("L2", "-1")}, form.ErrInvalidQuantity, 0, "2"},
		{"more than ordered", []form.Withdrawn{q("L2", "3")}, form.ErrInvalidQuantity, 0, "2"},
		{"just more than ordered", []form.Withdrawn{q("L3", "1.26")}, form.ErrInvalidQuantity, 0, "1.25"},
		{"half a unit", []form.Withdrawn{q("L2", "0.5")}, form.ErrInvalidQuantity, 0, "2"},
		{"a unit and a half", []form.Withdrawn{q("L2", "1.5")}, form.ErrInvalidQuantity, 0, "2"},
		{"finer than the amount", []form.Withdrawn{q("L3", "0.125")}, form.ErrInvalidQuantity, 0, "1.25"},
		{"too many decimals", []form.Withdrawn{{LineID: "L1", Quantity: decimal.New(1, -19)}}, form.ErrInvalidQuantity, 0, "1"},
		{"hostile exponent", []form.Withdrawn{{LineID: "L1", Quantity: decimal.New(1, -999999)}}, form.ErrInvalidQuantity, 0, "1"},
		{"too large", []form.Withdrawn{{LineID: "L1", Quantity: decimal.New(1, 19)}}, form.ErrInvalidQuantity, 0, "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := form.NewRequest(coatOrder(), tt.lines, sentAt(), consumer())
			require.ErrorIs(t, err, tt.sent)
			assert.Empty(t, req.Lines)
			var le *form.LineError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tt.index, le.Index)
			assert.Equal(t, tt.lines[tt.index].LineID, le.LineID)
			assert.True(t, dec(tt.ordered).Equal(le.Ordered), "ordered %s", le.Ordered)
			assert.NotEmpty(t, le.Reason)
			assert.Contains(t, err.Error(), le.Reason)
		})
	}
}

// TestNewRequestMessages pins a few messages.
func TestNewRequestMessages(t *testing.T) {
	_, err := form.NewRequest(coatOrder(), []form.Withdrawn{q("L2", "3")}, sentAt(), consumer())
	assert.EqualError(t, err, `form: invalid withdrawn quantity: line "L2" (withdrawal[0]): quantity 3 is more than the 2 ordered`)
	_, err = form.NewRequest(coatOrder(), []form.Withdrawn{q("L2", "0.5")}, sentAt(), consumer())
	assert.EqualError(t, err, `form: invalid withdrawn quantity: line "L2" (withdrawal[0]): quantity 0.5 is not a whole number of units, as the line was ordered in`)
	_, err = form.NewRequest(coatOrder(), []form.Withdrawn{q("L9", "1")}, sentAt(), consumer())
	assert.EqualError(t, err, `form: unknown order line: line "L9" (withdrawal[0]): the order has no such line`)
}

// TestNewRequestFieldErrors checks the errors about the request as a whole.
func TestNewRequestFieldErrors(t *testing.T) {
	noID := coatOrder()
	noID.ID = uuid.Nil
	tests := []struct {
		name  string
		o     order.Order
		lines []form.Withdrawn
		sent  time.Time
		field string
	}{
		{"order without id", noID, []form.Withdrawn{q("L1", "1")}, sentAt(), "order.id"},
		{"no time", coatOrder(), []form.Withdrawn{q("L1", "1")}, time.Time{}, "sent_at"},
		{"before the order", coatOrder(), []form.Withdrawn{q("L1", "1")}, placedAt().Add(-time.Second), "sent_at"},
		{"no lines", coatOrder(), nil, sentAt(), "lines"},
		{"empty lines", coatOrder(), []form.Withdrawn{}, sentAt(), "lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := form.NewRequest(tt.o, tt.lines, tt.sent, consumer())
			require.ErrorIs(t, err, form.ErrInvalidField)
			var fe *form.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.field, fe.Field)
		})
	}
	// At the very instant of placing is in time; an order without a time is
	// not compared.
	_, err := form.NewRequest(coatOrder(), []form.Withdrawn{q("L1", "1")}, placedAt(), consumer())
	require.NoError(t, err)
	noTime := coatOrder()
	noTime.PlacedAt = time.Time{}
	req, err := form.NewRequest(noTime, []form.Withdrawn{q("L1", "1")}, sentAt(), consumer())
	require.NoError(t, err)
	assert.True(t, req.OrderedAt.IsZero())
}

// TestRequestID checks that the id names the notice: the same notice gives
// the same id whatever the order of its lines or the time's location, and a
// different one gives another.
func TestRequestID(t *testing.T) {
	o := coatOrder()
	id := func(lines []form.Withdrawn, at time.Time) uuid.UUID {
		req, err := form.NewRequest(o, lines, at, consumer())
		require.NoError(t, err)
		return req.ID
	}
	base := id([]form.Withdrawn{q("L1", "1"), q("L2", "1")}, sentAt())
	assert.Equal(t, uuid.Version(5), base.Version())
	assert.Equal(t, base, id([]form.Withdrawn{q("L2", "1.0"), q("L1", "1")}, sentAt().In(brussels(t))))
	assert.NotEqual(t, base, id([]form.Withdrawn{q("L1", "1"), q("L2", "2")}, sentAt()))
	assert.NotEqual(t, base, id([]form.Withdrawn{q("L1", "1")}, sentAt()))
	assert.NotEqual(t, base, id([]form.Withdrawn{q("L1", "1"), q("L2", "1")}, sentAt().Add(time.Nanosecond)))

	other := coatOrder()
	other.ID = uuid.MustParse(fixture.BelgianConsumerID)
	req, err := form.NewRequest(other, []form.Withdrawn{q("L1", "1"), q("L2", "1")}, sentAt(), consumer())
	require.NoError(t, err)
	assert.NotEqual(t, base, req.ID)
}

// TestNewRequestCopies checks that the request shares no slice with its
// inputs.
func TestNewRequestCopies(t *testing.T) {
	c := consumer()
	lines := []form.Withdrawn{q("L1", "1")}
	req, err := form.NewRequest(coatOrder(), lines, sentAt(), c)
	require.NoError(t, err)
	c.Address.Lines[0] = "changed"
	lines[0].LineID = "changed"
	assert.Equal(t, "Rue de la Station 12", req.Consumer.Address.Lines[0])
	assert.Equal(t, "L1", req.Lines[0].LineID)
}

// TestRequestEvent records a withdrawal of the fixture order in its history,
// which then validates and reports the notice.
func TestRequestEvent(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	at := time.Date(2026, 6, 10, 8, 0, 0, 0, time.UTC)
	req, err := form.NewRequest(o, []form.Withdrawn{order.Units("L2", 1), order.Units("L1", 1)}, at, form.ConsumerOf(o, ""))
	require.NoError(t, err)
	ev := req.Event()
	assert.Equal(t, order.KindWithdrawalNotified, ev.Kind)
	assert.True(t, ev.At.Equal(at))
	assert.Equal(t, []order.LineQuantity{order.Units("L1", 1), order.Units("L2", 1)}, ev.Lines)

	h := order.NewHistory(o, fixture.BelgianConsumerEvents()...).With(ev)
	require.NoError(t, h.Validate())
	got, ok := h.WithdrawalNotifiedAt()
	require.True(t, ok)
	assert.True(t, got.Equal(at))
}

// TestWholeOrder checks every line with its whole quantity.
func TestWholeOrder(t *testing.T) {
	o := coatOrder()
	w := form.WholeOrder(o)
	require.Len(t, w, len(o.Lines))
	for i, l := range o.Lines {
		assert.Equal(t, l.ID, w[i].LineID)
		assert.True(t, l.Quantity.Equal(w[i].Quantity))
	}
	assert.Empty(t, form.WholeOrder(order.Order{}))
}

// TestSupply checks the supplies, their names and SupplyOf.
func TestSupply(t *testing.T) {
	assert.Equal(t, form.Goods, form.SupplyOf(order.Line{}))
	assert.Equal(t, form.Goods, form.SupplyOf(order.Line{Flags: order.Flags{SealedMedia: true}}), "a DVD is goods")
	assert.Equal(t, form.DigitalContent, form.SupplyOf(order.Line{Flags: order.Flags{Digital: true}}))
	assert.Equal(t, form.Service, form.SupplyOf(order.Line{Flags: order.Flags{Service: true}}))
	assert.Equal(t, form.Service, form.SupplyOf(order.Line{Flags: order.Flags{Service: true, Digital: true}}))
	for s, name := range map[form.Supply]string{form.Goods: "goods", form.DigitalContent: "digital_content", form.Service: "service"} {
		assert.True(t, s.Valid())
		assert.Equal(t, name, s.String())
	}
	for _, s := range []form.Supply{0, 4, 255} {
		assert.False(t, s.Valid())
	}
	assert.Equal(t, "Supply(0)", form.Supply(0).String())
}

// TestConsumerOf checks the consumer taken from the billing address.
func TestConsumerOf(t *testing.T) {
	o := coatOrder()
	c := form.ConsumerOf(o, "c@example.be")
	assert.Equal(t, "Camille Dubois", c.Name)
	assert.Equal(t, o.BillingAddress, c.Address)
	assert.Equal(t, "c@example.be", c.Email)
	c.Address.Lines[0] = "changed"
	assert.Equal(t, "Rue de la Station 12", o.BillingAddress.Lines[0], "the order is not changed")
}
