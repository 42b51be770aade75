package shipping

import (
	"context"
	"math"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/comptoir/comptoir/shipping/tracking"
)

// Carrier is the port to a carrier's systems. It only names the carrier;
// what the carrier can do is told by the optional capability interfaces it
// also implements (RateQuoter, Shipper, Canceller, Tracker,
// PickupPointFinder, PickupScheduler), found with a plain type assertion:
//
//	if q, ok := c.(shipping.RateQuoter); ok { ... }
//
// Capabilities lists them. Every method takes a context.Context and must
// give up when it is done; amounts are money.Money in minor units and
// weights parcel.Grams. An implementation is safe for concurrent use.
type Carrier interface {
	// Name returns the carrier's name, e.g. "bpost"; it matches the Carrier
	// of the Offers it serves.
	Name() string
}

// Address is a postal address as carriers take it. Country is an ISO
// 3166-1 alpha-2 code; PostalCode is compared after NormalizePostalCode.
type Address struct {
	Name       string // the person
	Company    string // the company, if any
	Line1      string // street and number
	Line2      string // more, if any
	PostalCode string
	City       string
	Country    string // ISO 3166-1 alpha-2: "BE"
	Phone      string // for the carrier's notifications, if any
	Email      string // for the carrier's notifications, if any
}

// ShipmentRequest describes a shipment, for a rate quote (RateQuoter) or a
// label (Shipper). A quote needs only From, To (country and postal code)
// and Parcels; a label needs full addresses.
type ShipmentRequest struct {
	// Service is the carrier's service code ("standard", "express", ...);
	// "" asks a RateQuoter for every service and a Shipper for its default.
	Service string
	From    Address // the merchant's address
	To      Address // the consignee's address
	// Parcels are the parcels shipped together, at least one. A zero
	// Dimensions means unknown; carriers that bill by volume may refuse it.
	Parcels []parcel.Parcel
	// PickupPointID delivers to that pickup point or locker (see
	// PickupPointFinder) instead of To's address; To still names the
	// consignee.
	PickupPointID string
	// Reference is the merchant's reference printed on the label, such as
	// the order number.
	Reference string
}

// TotalWeight returns the sum of the parcels' weights.
func (r ShipmentRequest) TotalWeight() parcel.Grams {
	var w parcel.Grams
	for _, p := range r.Parcels {
		w += p.Weight
	}
	return w
}

// ServiceRate is a carrier's price for one of its services.
type ServiceRate struct {
	Service string      // the carrier's service code
	Amount  money.Money // for the whole shipment, in minor units
}

// RateQuoter quotes a carrier's rates for a shipment.
type RateQuoter interface {
	// QuoteRates returns the price of each service that can carry the
	// shipment (only req.Service when it is set). A shipment no service
	// can carry is an error matching ErrNoService.
	QuoteRates(ctx context.Context, req ShipmentRequest) ([]ServiceRate, error)
}

// LabelFormat is the file format of a label.
type LabelFormat string

// Label formats.
const (
	LabelPDF LabelFormat = "pdf"
	LabelZPL LabelFormat = "zpl" // Zebra printers
	LabelPNG LabelFormat = "png"
)

// Label is a created shipment: the carrier's ids and the label to print,
// as bytes (Data) or as a reference to fetch (URL), or both.
type Label struct {
	ShipmentID     string      // the carrier's id of the shipment, for Cancel
	TrackingNumber string      // for Track and the customer
	Service        string      // the service used
	Amount         money.Money // what the carrier charges, if it says
	Format         LabelFormat
	Data           []byte
	URL            string
}

// Shipper creates shipments.
type Shipper interface {
	// CreateShipment books the shipment and returns its label. An address
	// the carrier refuses matches ErrAddressRejected; a pickup point that
	// is closed or full, ErrPickupPointUnavailable.
	CreateShipment(ctx context.Context, req ShipmentRequest) (Label, error)
}

// Canceller cancels shipments.
type Canceller interface {
	// CancelShipment cancels a shipment by the carrier's id
	// (Label.ShipmentID). An unknown id matches ErrNotFound; a shipment
	// already handed to the carrier, ErrNotCancellable. Cancelling a
	// cancelled shipment succeeds.
	CancelShipment(ctx context.Context, shipmentID string) error
}

// Tracker tracks parcels. It returns the carrier's raw events with the
// table that normalises them: the raw codes stay the carrier's, the
// lifecycle is package tracking's. TrackEvents does both steps.
type Tracker interface {
	// Track returns a parcel's events, oldest first. An unknown tracking
	// number matches ErrNotFound.
	Track(ctx context.Context, trackingNumber string) ([]tracking.RawEvent, error)
	// TrackingTable returns the table mapping the carrier's codes.
	TrackingTable() *tracking.Table
}

// TrackEvents tracks a parcel with t and normalises its events through
// t's table, oldest first.
func TrackEvents(ctx context.Context, t Tracker, trackingNumber string) ([]tracking.Event, error) {
	raws, err := t.Track(ctx, trackingNumber)
	if err != nil {
		return nil, err
	}
	return t.TrackingTable().NormaliseAll(raws), nil
}

// Coordinates is a point on Earth in integer micro-degrees: 50.632557° N,
// 5.579666° E is {Lat: 50632557, Lng: 5579666}.
type Coordinates struct {
	Lat int32 // -90e6 to 90e6
	Lng int32 // -180e6 to 180e6
}

// Valid reports whether c is within the range of latitudes and longitudes.
func (c Coordinates) Valid() bool {
	return c.Lat >= -90_000_000 && c.Lat <= 90_000_000 && c.Lng >= -180_000_000 && c.Lng <= 180_000_000
}

// DistanceMetres returns the great-circle distance between c and o in
// whole metres (rounded to nearest), on a sphere of radius 6,371,008.8 m.
// The haversine formula needs trigonometry, so it is computed in floating
// point; only the rounded distance, never money, comes out of it.
func (c Coordinates) DistanceMetres(o Coordinates) int64 {
	const r = 6_371_008.8
	rad := func(micro int32) float64 { return float64(micro) / 1e6 * math.Pi / 180 } // float: trigonometry only
	φ1, φ2 := rad(c.Lat), rad(o.Lat)
	dφ, dλ := φ2-φ1, rad(o.Lng)-rad(c.Lng)
	a := math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
	return int64(math.Round(2 * r * math.Asin(math.Min(1, math.Sqrt(a)))))
}

// PickupPoint is a parcel shop or locker of a carrier.
type PickupPoint struct {
	ID        string // the carrier's id, for ShipmentRequest.PickupPointID
	Name      string
	Mode      Mode // ModePickupPoint or ModeLocker
	Address   Address
	Location  Coordinates
	Available bool // accepts parcels now (not closed, not full)
	// DistanceMetres is the distance from PickupPointQuery.Near, when the
	// search was by coordinates; zero otherwise.
	DistanceMetres int64
}

// PickupPointQuery searches pickup points by address (Country and an
// optional PostalCode, matched as a prefix) or, when Near is set, by
// distance: points within RadiusMetres of Near, nearest first.
type PickupPointQuery struct {
	Country      string       // required with an address search; filters a distance search
	PostalCode   string       // a prefix: "10" finds 1000 and 1050
	Near         *Coordinates // search by distance from this point
	RadiusMetres int64        // with Near: positive
	Mode         Mode         // ModePickupPoint or ModeLocker; "" for both
	Limit        int          // at most this many results; 0 for the carrier's default
}

// PickupPointFinder searches a carrier's pickup points and checks one
// before labelling.
type PickupPointFinder interface {
	// FindPickupPoints returns the points matching q. None is not an error.
	FindPickupPoints(ctx context.Context, q PickupPointQuery) ([]PickupPoint, error)
	// PickupPoint returns one point by id with its current availability:
	// check Available before labelling. An unknown id matches ErrNotFound.
	PickupPoint(ctx context.Context, id string) (PickupPoint, error)
}

// PickupRequest asks the carrier to collect parcels at the merchant's
// address on Date between From and Until, wall-clock times of the
// address's time zone.
type PickupRequest struct {
	Address     Address
	Date        calendar.Date
	From        Clock
	Until       Clock // after From
	Parcels     int   // at least 1
	Weight      parcel.Grams
	ShipmentIDs []string // the shipments collected, if the carrier wants them
}

// Pickup is a scheduled collection.
type Pickup struct {
	ID    string // the carrier's confirmation id
	Date  calendar.Date
	From  Clock // the window the carrier confirmed
	Until Clock
}

// PickupScheduler books collections at the merchant's address.
type PickupScheduler interface {
	// SchedulePickup books a collection. An address the carrier does not
	// serve matches ErrAddressRejected; a date or window it cannot honour,
	// ErrInvalidRequest.
	SchedulePickup(ctx context.Context, req PickupRequest) (Pickup, error)
}

// The capability names returned by Capabilities.
const (
	CapabilityRates        = "rates"
	CapabilityShipments    = "shipments"
	CapabilityCancel       = "cancel"
	CapabilityTracking     = "tracking"
	CapabilityPickupPoints = "pickup_points"
	CapabilityPickups      = "pickups"
)

// Capabilities lists what c can do, in the order of the Capability
// constants: a plain type assertion per capability interface.
func Capabilities(c Carrier) []string {
	var caps []string
	if _, ok := c.(RateQuoter); ok {
		caps = append(caps, CapabilityRates)
	}
	if _, ok := c.(Shipper); ok {
		caps = append(caps, CapabilityShipments)
	}
	if _, ok := c.(Canceller); ok {
		caps = append(caps, CapabilityCancel)
	}
	if _, ok := c.(Tracker); ok {
		caps = append(caps, CapabilityTracking)
	}
	if _, ok := c.(PickupPointFinder); ok {
		caps = append(caps, CapabilityPickupPoints)
	}
	if _, ok := c.(PickupScheduler); ok {
		caps = append(caps, CapabilityPickups)
	}
	return caps
}

// QuoterRates adapts a carrier's RateQuoter to the RateSource of a
// CarrierRate fee, so a live quote plus the offer's margin prices an
// option. When the basket was split for the offer's Service
// (RateRequest.Packed), the quoter gets the packed parcels, with their
// weights and dimensions; otherwise the basket's weight is spread evenly
// over its parcels (the first ones taking the remainder grams), with
// unknown dimensions. The shipment goes from the schedule's ship-from
// country to the destination.
// With service "", the cheapest service is used; otherwise that service,
// and an answer without it is an error matching ErrNoService. Any error
// makes the option unavailable with ReasonCarrierFailed.
func QuoterRates(q RateQuoter, service string) RateSource {
	return quoterSource{q: q, service: service}
}

type quoterSource struct {
	q       RateQuoter
	service string
}

// Rate asks the quoter and picks the service's rate.
func (s quoterSource) Rate(ctx context.Context, req RateRequest) (money.Money, error) {
	n := req.Parcels
	if n < 1 {
		n = 1
	}
	var parcels []parcel.Parcel
	if len(req.Packed) > 0 {
		parcels = make([]parcel.Parcel, len(req.Packed))
		for i := range req.Packed {
			parcels[i] = req.Packed[i].Parcel
		}
	} else {
		parcels = make([]parcel.Parcel, n)
		each, rest := req.WeightGrams/int64(n), req.WeightGrams%int64(n)
		for i := range parcels {
			w := each
			if int64(i) < rest {
				w++
			}
			parcels[i].Weight = parcel.Grams(w)
		}
	}
	rates, err := s.q.QuoteRates(ctx, ShipmentRequest{
		Service: s.service,
		From:    Address{Country: req.From},
		To:      Address{Country: req.Destination.Country, PostalCode: req.Destination.PostalCode},
		Parcels: parcels,
	})
	if err != nil {
		return money.Money{}, err
	}
	best := -1
	for i, r := range rates {
		switch {
		case s.service != "":
			if r.Service == s.service {
				return r.Amount, nil
			}
		case best < 0:
			best = i
		default:
			if c, err := r.Amount.Cmp(rates[best].Amount); err == nil && c < 0 {
				best = i
			}
		}
	}
	if best < 0 {
		return money.Money{}, &CarrierError{Op: OpQuoteRates, Err: ErrNoService, Detail: "no rate for service " + quoteService(s.service)}
	}
	return rates[best].Amount, nil
}

func quoteService(s string) string {
	if s == "" {
		return "(any)"
	}
	return `"` + s + `"`
}
