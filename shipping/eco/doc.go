// Package eco holds comptoir's eco-responsible shipping options: grouping
// the orders of one customer to one address into one shipment, a voluntary
// contribution a shopper may add to a shipping quote, and an estimate of the
// CO2 emitted by each delivery mode from factors the merchant configures.
//
// # Grouping
//
// A Grouper is an immutable value: Add, AddAll, Cancel and Change return a
// new Grouper and leave the receiver untouched, so a caller may keep old
// values, share them between goroutines and store them as it likes. Nothing
// is hidden: no clock is read and the output depends only on the calls
// made, in the order made.
//
// The orders of one customer (Pending.Customer) to one address (an
// AddressKey, normalised) are grouped into one shipment when they arrive
// inside a holding window (Policy.Window, DefaultWindow = 24 h):
//
//   - The window of a group starts at its first order (Group.Opened) and is
//     half-open: an order placed at Opened + Window no longer joins and
//     opens a new group. The group is due for shipping from Group.Due =
//     Opened + Window on: Due(now) returns it when now >= Group.Due.
//   - A cancelled order leaves its group; the other orders still ship
//     together, at the same Due time. A group left empty disappears, and a
//     later order to that address opens a new window.
//   - An order whose address changes leaves its group the same way and is
//     grouped by its new address at the time of the change: it joins that
//     address's open group, or opens a new group whose window starts at the
//     change. A Change to the same address changes nothing.
//   - Cancel and Change are only accepted inside the window: once a group is
//     due, they fail with ErrWindowClosed, since the shipment is leaving.
//
// Windows are durations in absolute time, not civil-clock spans: a 24 h
// window opened at 10:00 CEST on the Saturday before the end of summer time
// is due at 09:00 CET on Sunday, 24 real hours later. A merchant who wants
// "same clock time tomorrow" computes that elsewhere; holding parcels is a
// warehouse matter, not a legal period.
//
// Events are given in time order: an Add, Cancel or Change earlier than the
// latest time the Grouper has seen (including a Due call's now) fails with
// ErrOutOfOrder, because groups already returned as due cannot be reopened.
// AddAll sorts its batch by PlacedAt first.
//
// # Voluntary contribution
//
// A ContributionOffer, validated once by NewContributionOffer, lists the
// amounts a shopper may choose (fixed options, or any amount in [Min, Max],
// or both) in one currency. ContributionOffer.Choose turns the shopper's
// choice into a Contribution, and Contribution.AddTo adds it to a shipping
// fee with the exact, currency-checked arithmetic of package money. The zero
// Contribution is "no contribution".
//
// # CO2 estimate
//
// Factors, validated by NewFactors, give for each delivery mode the grams
// of CO2-equivalent per parcel and per tonne-kilometre, in integer
// milligrams, with the source of the figures. The library ships no default
// factors: published figures differ by carrier, vehicle, country and year,
// and a number the merchant cannot source would be an invented claim. The
// merchant configures them from its carriers' published data (an emissions
// report or a per-parcel figure). A mode without a factor is an error
// (ErrNoFactor), never zero.
package eco
