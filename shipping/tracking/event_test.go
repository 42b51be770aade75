package tracking_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/shipping/tracking"
)

func TestProofString(t *testing.T) {
	tests := []struct {
		proof tracking.Proof
		want  string
	}{
		{tracking.Proof{}, ""},
		{tracking.Proof{Signature: "J. Peeters"}, "signature=J. Peeters"},
		{tracking.Proof{PhotoRef: "ph-1"}, "photo=ph-1"},
		{tracking.Proof{PickupPointID: "BE-4000-12"}, "pickup_point=BE-4000-12"},
		{tracking.Proof{Signature: "s", PhotoRef: "p", PickupPointID: "pp"}, "signature=s; photo=p; pickup_point=pp"},
		{tracking.Proof{Signature: "s", PickupPointID: "pp"}, "signature=s; pickup_point=pp"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.proof.String())
	}
}

func TestOrderEvent(t *testing.T) {
	scan := mustTime(t, "2025-03-04T18:00:00+01:00")
	handed := mustTime(t, "2025-03-04T17:42:00+01:00")
	tab := mustTable(t, tracking.GLS)
	ev := tab.Normalise(tracking.RawEvent{
		Code: "DELIVERED", At: scan,
		Proof: &tracking.Proof{At: handed, Signature: "J. Peeters", PhotoRef: "gls-photo-77"},
	})
	lines := []order.LineQuantity{order.Units("L1", 2), order.Units("L2", 1)}
	got, err := ev.OrderEvent("ZW1234", lines...)
	require.NoError(t, err)
	want := order.Delivered(handed, "ZW1234", "signature=J. Peeters; photo=gls-photo-77", lines...)
	assert.True(t, want.Equal(got), "got %+v", got)
	assert.Equal(t, order.KindDelivered, got.Kind)
	assert.True(t, handed.Equal(got.At), "dated at the proof's time, not the scan")

	lines[0] = order.Units("changed", 1)
	assert.Equal(t, "L1", got.Lines[0].LineID, "the lines are copied")
}

func TestOrderEventRejects(t *testing.T) {
	at := mustTime(t, "2025-03-04T17:42:00+01:00")
	delivered := tracking.Event{Carrier: "dpd", RawCode: "Delivered", Stage: tracking.StageDelivered, At: at,
		Proof: &tracking.Proof{At: at, Signature: "x"}}
	line := order.Units("L1", 1)
	tests := []struct {
		name   string
		ev     tracking.Event
		parcel string
		lines  []order.LineQuantity
		want   error
	}{
		{"pickup point is not delivered", tracking.Event{Carrier: "dpd", RawCode: "ParcelShop", Stage: tracking.StageAvailableForPickup,
			Proof: &tracking.Proof{At: at, PickupPointID: "P1"}}, "p", []order.LineQuantity{line}, tracking.ErrNotDelivered},
		{"unknown", tracking.Event{Carrier: "dpd", RawCode: "??", Stage: tracking.StageUnknown}, "p", []order.LineQuantity{line}, tracking.ErrNotDelivered},
		{"zero event", tracking.Event{}, "p", []order.LineQuantity{line}, tracking.ErrNotDelivered},
		{"no proof", tracking.Event{Carrier: "dpd", RawCode: "Delivered", Stage: tracking.StageDelivered, At: at}, "p", []order.LineQuantity{line}, tracking.ErrNoProofTime},
		{"proof without time", tracking.Event{Carrier: "dpd", RawCode: "Delivered", Stage: tracking.StageDelivered, At: at,
			Proof: &tracking.Proof{Signature: "x"}}, "p", []order.LineQuantity{line}, tracking.ErrNoProofTime},
		{"no parcel", delivered, "", []order.LineQuantity{line}, tracking.ErrInvalidArgument},
		{"no lines", delivered, "p", nil, tracking.ErrInvalidArgument},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.ev.OrderEvent(tt.parcel, tt.lines...)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Equal(t, order.Event{}, got)
			var ce *tracking.ConversionError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tt.ev.RawCode, ce.RawCode)
			assert.Equal(t, tt.ev.Stage, ce.Stage)
			assert.Contains(t, err.Error(), tt.ev.Carrier)
		})
	}
}
