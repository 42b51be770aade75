package tracking_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/shipping/tracking"
)

// golden is a raw event and the stage and reason it must normalise to.
type golden struct {
	code   string
	text   string // the source's description, as a carrier would send it
	stage  tracking.Stage
	reason tracking.Reason
}

// glsGolden: a GLS parcel's statuses in the order of the source
// (ecitrackandtrace.yaml, ParcelDTO.status), then codes the table must not
// know.
func glsGolden() []golden {
	return []golden{
		{"PLANNEDPICKUP", "Parcel is planned to be picked up", tracking.StageLabelCreated, tracking.ReasonNone},
		{"INPICKUP", "Parcel will be picked up by a driver", tracking.StageLabelCreated, tracking.ReasonNone},
		{"NOTPICKEDUP", "Parcel was not picked up", tracking.StageException, tracking.ReasonPickupFailed},
		{"PREADVICE", "GLS has received the parceldata but not the physical parcel", tracking.StageLabelCreated, tracking.ReasonNone},
		{"INTRANSIT", "Parcel is on its way to the final depot", tracking.StageInTransit, tracking.ReasonNone},
		{"INDELIVERY", "Parcel in in delivey by a driver", tracking.StageOutForDelivery, tracking.ReasonNone},
		{"DELIVEREDPS", "Parcel delivered to a parcel shop", tracking.StageAvailableForPickup, tracking.ReasonNone},
		{"DELIVERED", "Parcel was delivered", tracking.StageDelivered, tracking.ReasonNone},
		{"INWAREHOUSE", "Parcel is in warehouse", tracking.StageInTransit, tracking.ReasonNone},
		{"NOTDELIVERED", "Parcel was not delivered", tracking.StageDeliveryAttemptFailed, tracking.ReasonNone},
		{"CANCELED", "Parcel was cancelled", tracking.StageCancelled, tracking.ReasonNone},
		{"FINAL", "Parcel history closed", tracking.StageUnknown, tracking.ReasonNone},
		// Not listed: unknown, the raw code kept.
		{"delivered", "", tracking.StageUnknown, tracking.ReasonNone},
		{"CANCELLED", "", tracking.StageUnknown, tracking.ReasonNone},
		{"DELIVD.PARCELSHOP", "an event code, not a status", tracking.StageUnknown, tracking.ReasonNone},
		{"", "", tracking.StageUnknown, tracking.ReasonNone},
	}
}

// dpdGolden: a DPD parcel's lifecycle statuses in the order of the source
// (Viya, DPD Netherlands tracking integration), then codes the table must
// not know.
func dpdGolden() []golden {
	return []golden{
		{"PickedUp", "Accepted (and picked-up) by DPD", tracking.StageHandedToCarrier, tracking.ReasonNone},
		{"Depot", "At delivery depot", tracking.StageInTransit, tracking.ReasonNone},
		{"BetweenDepots", "On a transport between DPD Hubs/Depots", tracking.StageInTransit, tracking.ReasonNone},
		{"Courier", "Out for delivery", tracking.StageOutForDelivery, tracking.ReasonNone},
		{"ReturningFromDelivery", "Returned to delivery depot", tracking.StageInTransit, tracking.ReasonNone},
		{"DeliveryFailure", "Unable to deliver the parcel", tracking.StageDeliveryAttemptFailed, tracking.ReasonNone},
		{"Customs", "At cross border checking (for non-EU shipments)", tracking.StageException, tracking.ReasonCustoms},
		{"Warehouse", "Held at warehouse for consolidation/rerouting", tracking.StageException, tracking.ReasonHeld},
		{"ParcelShop", "At a pickup point", tracking.StageAvailableForPickup, tracking.ReasonNone},
		{"Consolidation", "Parcel consolidated for new delivery", tracking.StageInTransit, tracking.ReasonNone},
		{"Delivered", "Parcel received by recipient", tracking.StageDelivered, tracking.ReasonNone},
		// Not listed: unknown, the raw code kept.
		{"DELIVERED", "", tracking.StageUnknown, tracking.ReasonNone},
		{"in_transit", "", tracking.StageUnknown, tracking.ReasonNone},
		{"Delivered ", "", tracking.StageUnknown, tracking.ReasonNone},
	}
}

func TestGolden(t *testing.T) {
	carriers := []struct {
		name   string
		build  func() (*tracking.Table, error)
		rows   func() []tracking.Row
		golden []golden
	}{
		{tracking.CarrierGLS, tracking.GLS, tracking.GLSRows, glsGolden()},
		{tracking.CarrierDPD, tracking.DPD, tracking.DPDRows, dpdGolden()},
	}
	for _, c := range carriers {
		t.Run(c.name, func(t *testing.T) {
			tab := mustTable(t, c.build)
			assert.Equal(t, c.name, tab.Carrier())
			covered := map[string]bool{}
			at := mustTime(t, "2025-03-04T09:30:00+01:00")
			for _, g := range c.golden {
				ev := tab.Normalise(tracking.RawEvent{Code: g.code, Text: g.text, At: at, Location: "Bruxelles"})
				assert.Equal(t, g.stage, ev.Stage, "code %q", g.code)
				assert.Equal(t, g.reason, ev.Reason, "code %q", g.code)
				assert.Equal(t, g.code, ev.RawCode)
				assert.Equal(t, g.text, ev.RawText)
				assert.Equal(t, c.name, ev.Carrier)
				if _, ok := tab.Lookup(g.code); ok {
					covered[g.code] = true
				}
			}
			// Every row of the table is in the golden list, so a change to
			// the data shows here.
			for _, r := range c.rows() {
				assert.True(t, covered[r.Code], "row %q has no golden event", r.Code)
				assert.NotEmpty(t, r.Description, "row %q cites no meaning", r.Code)
			}
			assert.Equal(t, len(c.rows()), tab.Len())
		})
	}
}

func TestBuiltInRowsAreFresh(t *testing.T) {
	a := tracking.GLSRows()
	a[0].Stage = tracking.StageDelivered
	assert.NotEqual(t, tracking.StageDelivered, tracking.GLSRows()[0].Stage)
	b := tracking.DPDRows()
	b[0].Code = "changed"
	assert.NotEqual(t, "changed", tracking.DPDRows()[0].Code)
}

func TestBuiltInTablesBuild(t *testing.T) {
	for _, build := range []func() (*tracking.Table, error){tracking.GLS, tracking.DPD} {
		tab, err := build()
		require.NoError(t, err)
		require.NotNil(t, tab)
	}
}
