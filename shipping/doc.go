// Package shipping quotes delivery options for a basket: which ways of
// shipping a merchant offers to a destination, at what fee, how much is
// left to reach free shipping, and when the parcel will arrive.
//
// # Model
//
// A merchant describes its shipping in a Config, validated once by
// NewSchedule into an immutable Schedule:
//
//   - Zones are named sets of Regions: a country ("BE"), or a country and
//     postal-code prefixes (FR "20" for Corsica), with excluded prefixes.
//     Postal codes are compared upper-case without spaces or dashes
//     (NormalizePostalCode). When several zones of an offer cover a
//     destination, the longest matching prefix wins.
//   - An Offer is a Mode (home, pickup point, locker, click & collect,
//     local courier, express) by a carrier to some zones, with a FeeRule
//     (Flat, WeightBrackets in grams [min, max), or a CarrierRate from a
//     RateSource plus a Margin), Surcharges (fixed or a percentage of the
//     base fee, per zone), a free-shipping Threshold with an explicit
//     Basis (goods after discounts VAT included by default) and a Transit
//     promise. An offer may name its carrier service's parcel limits
//     (Service: parcel.Bpost(), parcel.BpostLocker(), ...) and a Packing
//     (tare, a lower maximum weight).
//
// Schedule.Quote prices a Basket (the three goods totals a threshold may
// use, the weight in grams, the parcel count or the Items to split, the
// Destination, the customer's Perks and the order time) and returns one
// Option per offer, in the schedule's order. An available option carries
// the fee, the fee before threshold and perks, the FreeShipping status
// (with "no threshold" distinct from "nothing left"), the perk applied,
// the parcel count and the promised delivery Window; an unavailable one
// carries an *UnavailableError whose Reason (not served, excluded, parcel
// too large, too heavy, carrier failed) matches a sentinel with
// errors.Is. A failing carrier makes its option unavailable and never
// fails the quote.
//
// # Parcels
//
// When the basket has Items (unit weight, unit dimensions, quantity), each
// offer with a Service splits them with parcel.Split (once per distinct
// service and packing): the option's Parcels is the split's count, a
// CarrierRate source receives the packed parcels (RateRequest.Packed), and
// an item that cannot ship with the service on its own makes the option
// unavailable with ReasonParcelTooLarge, whatever the limit (weight
// included), the Detail naming the item and the limits it breaks and the
// *parcel.ItemError reachable with errors.As. Offers without a Service,
// and every offer of a basket without Items, use Basket.Parcels (1 if
// zero). A zero Basket.WeightGrams with Items is worked out per offer: the
// packed parcels' weight (items plus tare) with a Service, the items'
// weight without; a positive one is used as given. Weight brackets and
// rates still price the basket's whole weight, not each parcel.
//
// # Delivery promise
//
// A Transit counts business days over the public holidays of the
// ship-from country (package calendar) in the shop's time zone: an order
// before the cut-off on a business day ships that day, any other ships
// the next business day; delivery falls MinDays to MaxDays business days
// later. The Window is computed at quote time and meant to be frozen into
// the order, where it feeds the on-time KPI.
//
// # Carriers
//
// A Carrier is the port to a carrier's systems. It only has a Name; what
// it can do is told by the small optional interfaces it also implements,
// found with a plain type assertion (Capabilities lists them):
//
//   - RateQuoter: prices a ShipmentRequest (from, to, parcels in grams),
//     one ServiceRate per service.
//   - Shipper: books a shipment and returns its Label (shipment id,
//     tracking number, label bytes or URL).
//   - Canceller: cancels a shipment not yet handed over.
//   - Tracker: returns the carrier's raw tracking events with the
//     tracking.Table that normalises them; TrackEvents does both.
//   - PickupPointFinder: searches pickup points and lockers by address or
//     by Coordinates (integer micro-degrees) and a radius in metres, and
//     checks a point's availability before labelling.
//   - PickupScheduler: books a collection at the merchant's address on a
//     date, in a time window.
//
// Every method takes a context.Context. Failures match the carrier
// sentinels with errors.Is (ErrAddressRejected, ErrTimeout,
// ErrUnavailable, ErrNotFound, ErrNotCancellable, ErrNoService,
// ErrPickupPointUnavailable, ErrInvalidRequest), usually through a
// *CarrierError naming the carrier and the Op and keeping the cause.
//
// QuoterRates turns a RateQuoter into the RateSource of a CarrierRate fee:
// Quote then prices the option with the carrier's live rate plus the
// margin, and a carrier failure makes the option unavailable with
// ErrCarrierFailed, the carrier's error still matched through it.
//
// Package shippingtest provides an in-memory carrier implementing every
// capability, with failure injection, for tests.
//
// # Money and time
//
// Amounts are money.Money in integer minor units, all in the schedule's
// currency; percentages are decimal.Decimal in percent (15 for 15 %) with
// an explicit money.RoundingMode; weights are integer grams. Nothing reads
// the clock: the order time is Basket.At.
package shipping
