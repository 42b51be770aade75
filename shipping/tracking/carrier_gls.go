package tracking

// GLS parcel statuses.
//
// Source: GLS Group, "Track And Trace V1" OpenAPI specification, version
// 1.0.7 (api.gls-group.net/track-and-trace-v1), schema ParcelDTO, property
// "status": its enum and the meaning given for each value. Read from the copy
// vendored by the karrio multi-carrier project: repository karrioapi/karrio,
// path modules/connectors/gls/vendor/ecitrackandtrace.yaml (karrio's own
// mapping of the same codes is in modules/connectors/gls/karrio/providers/
// gls/units.py, TrackingStatus).
//
// Every code below is one the source lists; the descriptions are the
// source's (two typos corrected). The stage and reason are our reading of
// those descriptions:
//   - DELIVEREDPS ("delivered to a parcel shop") is available_for_pickup, not
//     delivered: the consumer does not hold the parcel yet, and the
//     withdrawal period must not start.
//   - FINAL ("parcel history closed") says nothing of how the journey ended,
//     so it is mapped to unknown rather than guessed as delivered.
//   - NOTPICKEDUP is a failed collection from the sender: an exception with
//     reason pickup_failed, not a failed delivery.
//   - The source gives no reason for NOTDELIVERED: none.

// CarrierGLS is the carrier name of the GLS table.
const CarrierGLS = "gls"

// GLSRows returns the rows of the GLS table, a fresh slice on every call.
func GLSRows() []Row {
	return []Row{
		{Code: "PLANNEDPICKUP", Stage: StageLabelCreated, Description: "Parcel is planned to be picked up"},
		{Code: "INPICKUP", Stage: StageLabelCreated, Description: "Parcel will be picked up by a driver"},
		{Code: "NOTPICKEDUP", Stage: StageException, Reason: ReasonPickupFailed, Description: "Parcel was not picked up"},
		{Code: "PREADVICE", Stage: StageLabelCreated, Description: "GLS has received the parcel data but not the physical parcel"},
		{Code: "INTRANSIT", Stage: StageInTransit, Description: "Parcel is on its way to the final depot"},
		{Code: "INDELIVERY", Stage: StageOutForDelivery, Description: "Parcel is in delivery by a driver"},
		{Code: "DELIVEREDPS", Stage: StageAvailableForPickup, Description: "Parcel delivered to a parcel shop"},
		{Code: "DELIVERED", Stage: StageDelivered, Description: "Parcel was delivered"},
		{Code: "INWAREHOUSE", Stage: StageInTransit, Description: "Parcel is in warehouse"},
		{Code: "NOTDELIVERED", Stage: StageDeliveryAttemptFailed, Description: "Parcel was not delivered"},
		{Code: "CANCELED", Stage: StageCancelled, Description: "Parcel was cancelled"},
		{Code: "FINAL", Stage: StageUnknown, Description: "Parcel history closed"},
	}
}

// GLS returns the mapping table of GLS parcel statuses (GLSRows). The
// error is non-nil only if the built-in rows were invalid, which the
// package's tests rule out.
func GLS() (*Table, error) { return NewTable(CarrierGLS, GLSRows()) }
