package tracking

// DPD parcel lifecycle statuses.
//
// Source: Viya (multi-carrier shipping platform), "DPD Netherlands tracking
// integration", https://viya.me/integrations/dpd-nl-webservices/docs/tracking,
// the list "events returned by DPD" with the meaning of each. The same codes,
// in part, are mapped by the karrio multi-carrier project: repository
// karrioapi/karrio, path modules/connectors/dpd/karrio/providers/dpd/units.py,
// TrackingStatus (Delivered, ParcelShop, DeliveryFailure, Courier,
// ReturningFromDelivery).
//
// Every code below is one the source lists; the descriptions are the
// source's. The stage and reason are our reading of those descriptions:
//   - ParcelShop ("at a pickup point") is available_for_pickup, not
//     delivered.
//   - ReturningFromDelivery ("returned to delivery depot") is in_transit: the
//     parcel is back at the depot; the failure itself is DeliveryFailure.
//   - Customs ("at cross border checking") is an exception with reason
//     customs, as the shipping spec's table puts "at customs".
//   - Warehouse ("held at warehouse for consolidation/rerouting") is an
//     exception with reason held.
//   - The source gives no reason for DeliveryFailure: none.

// CarrierDPD is the carrier name of the DPD table.
const CarrierDPD = "dpd"

// DPDRows returns the rows of the DPD table, a fresh slice on every call.
func DPDRows() []Row {
	return []Row{
		{Code: "PickedUp", Stage: StageHandedToCarrier, Description: "Accepted (and picked up) by DPD"},
		{Code: "Depot", Stage: StageInTransit, Description: "At delivery depot"},
		{Code: "BetweenDepots", Stage: StageInTransit, Description: "On a transport between DPD hubs/depots"},
		{Code: "Courier", Stage: StageOutForDelivery, Description: "Out for delivery"},
		{Code: "ReturningFromDelivery", Stage: StageInTransit, Description: "Returned to delivery depot"},
		{Code: "DeliveryFailure", Stage: StageDeliveryAttemptFailed, Description: "Unable to deliver the parcel"},
		{Code: "Customs", Stage: StageException, Reason: ReasonCustoms, Description: "At cross border checking (for non-EU shipments)"},
		{Code: "Warehouse", Stage: StageException, Reason: ReasonHeld, Description: "Held at warehouse for consolidation/rerouting"},
		{Code: "ParcelShop", Stage: StageAvailableForPickup, Description: "At a pickup point"},
		{Code: "Consolidation", Stage: StageInTransit, Description: "Parcel consolidated for new delivery"},
		{Code: "Delivered", Stage: StageDelivered, Description: "Parcel received by recipient"},
	}
}

// DPD returns the mapping table of DPD parcel lifecycle statuses
// (DPDRows). The error is non-nil only if the built-in rows were invalid,
// which the package's tests rule out.
func DPD() (*Table, error) { return NewTable(CarrierDPD, DPDRows()) }
