package shippingtest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/comptoir/comptoir/shipping/tracking"
)

// Rate is a row of the rate sheet: the price of one parcel of weight in
// [MinGrams, MaxGrams) sent with Service to Country ("" for any country;
// a row for the exact country wins over a row for any).
type Rate struct {
	Service  string
	Country  string
	MinGrams parcel.Grams
	MaxGrams parcel.Grams
	Price    money.Money
}

// Step is one event of a scripted tracking history, After the label's
// creation. A Proof without a time gets the event's time.
type Step struct {
	Code     string
	Text     string
	Location string
	After    time.Duration
	Proof    *tracking.Proof
}

// Config configures a Carrier. The zero Config is usable: a carrier named
// "shippingtest" with no rates, the GLS table, DefaultScript, and no
// pickup points.
type Config struct {
	Name           string                 // default "shippingtest"
	Rates          []Rate                 // the rate sheet
	Table          *tracking.Table        // default tracking.GLS()
	Script         []Step                 // the history of every label; nil for DefaultScript
	CancelCode     string                 // the code appended on cancel; default "CANCELED" (GLS)
	TrackingPrefix string                 // default "FK"
	PickupPoints   []shipping.PickupPoint // searched by FindPickupPoints
	// RejectPostalCodes are postal codes (normalised) the carrier refuses:
	// a shipment or pickup to or from one fails with ErrAddressRejected,
	// and QuoteRates to one too.
	RejectPostalCodes []string
	// Now is the carrier's clock; nil means a fixed instant, 2026-01-01
	// 09:00 UTC, so tests stay deterministic. Advance adds to it.
	Now func() time.Time
}

// DefaultScript is a GLS-coded journey: data received, in transit after 6
// hours, in delivery after 24, delivered with a signature after 30.
func DefaultScript() []Step {
	return []Step{
		{Code: "PREADVICE", Text: "Parcel data received", Location: "Brussels"},
		{Code: "INTRANSIT", Text: "Parcel in transit", Location: "Brussels hub", After: 6 * time.Hour},
		{Code: "INDELIVERY", Text: "Out for delivery", Location: "Liège depot", After: 24 * time.Hour},
		{Code: "DELIVERED", Text: "Delivered", Location: "Liège", After: 30 * time.Hour,
			Proof: &tracking.Proof{Signature: "J. Dupont"}},
	}
}

// Call is a recorded call: the operation, its main argument (a tracking
// number, a shipment or point id, the destination country...) and its
// error.
type Call struct {
	Op  shipping.Op
	Arg string
	Err error
}

// All stands for every operation in Fail and FailNext.
const All shipping.Op = "*"

type failure struct {
	err  error
	once bool
}

type shipment struct {
	label     shipping.Label
	created   time.Time
	cancelled bool
}

// Carrier is an in-memory carrier implementing every capability of the
// port. Build it with New.
type Carrier struct {
	name       string
	rates      []Rate
	table      *tracking.Table
	script     []Step
	cancelCode string
	prefix     string
	reject     map[string]bool
	clock      func() time.Time

	mu        sync.Mutex
	offset    time.Duration
	latency   time.Duration
	failures  map[shipping.Op]failure
	points    []shipping.PickupPoint
	shipments map[string]*shipment           // by shipment id
	byNumber  map[string]string              // tracking number -> shipment id
	history   map[string][]tracking.RawEvent // scripted raw events by tracking number
	seq       int                            // labels issued
	pickups   int                            // pickups booked
	calls     []Call
}

var (
	_ shipping.Carrier           = (*Carrier)(nil)
	_ shipping.RateQuoter        = (*Carrier)(nil)
	_ shipping.Shipper           = (*Carrier)(nil)
	_ shipping.Canceller         = (*Carrier)(nil)
	_ shipping.Tracker           = (*Carrier)(nil)
	_ shipping.PickupPointFinder = (*Carrier)(nil)
	_ shipping.PickupScheduler   = (*Carrier)(nil)
)

// New builds a Carrier. It returns an error for a rate with an empty
// service, a bracket with MaxGrams not above MinGrams, prices in several
// currencies or negative, a script code the table does not list, and a
// pickup point without id or with invalid coordinates.
func New(c Config) (*Carrier, error) {
	f := &Carrier{
		name: c.Name, rates: slices.Clone(c.Rates), table: c.Table, cancelCode: c.CancelCode,
		prefix: c.TrackingPrefix, clock: c.Now, reject: map[string]bool{},
		failures: map[shipping.Op]failure{}, points: slices.Clone(c.PickupPoints),
		shipments: map[string]*shipment{}, byNumber: map[string]string{}, history: map[string][]tracking.RawEvent{},
	}
	if f.name == "" {
		f.name = "shippingtest"
	}
	if f.table == nil {
		t, err := tracking.GLS()
		if err != nil {
			return nil, err
		}
		f.table = t
	}
	if f.cancelCode == "" {
		f.cancelCode = "CANCELED"
	}
	if f.prefix == "" {
		f.prefix = "FK"
	}
	if f.clock == nil {
		f.clock = func() time.Time { return time.Date(2026, time.January, 1, 9, 0, 0, 0, time.UTC) }
	}
	f.script = c.Script
	if f.script == nil {
		f.script = DefaultScript()
	}
	f.script = slices.Clone(f.script)
	for _, p := range c.RejectPostalCodes {
		f.reject[shipping.NormalizePostalCode(p)] = true
	}
	var cur money.Currency
	for i, r := range f.rates {
		switch {
		case r.Service == "":
			return nil, fmt.Errorf("shippingtest: rates[%d]: empty service", i)
		case r.MinGrams < 0 || r.MaxGrams <= r.MinGrams:
			return nil, fmt.Errorf("shippingtest: rates[%d]: bracket [%v, %v) is empty", i, r.MinGrams, r.MaxGrams)
		case r.Price.Sign() < 0:
			return nil, fmt.Errorf("shippingtest: rates[%d]: negative price %v", i, r.Price)
		case i > 0 && r.Price.Currency() != cur:
			return nil, fmt.Errorf("shippingtest: rates[%d]: price %v not in %v", i, r.Price, cur)
		}
		cur = r.Price.Currency()
		f.rates[i].Country = strings.ToUpper(r.Country)
	}
	for i, s := range f.script {
		if _, ok := f.table.Lookup(s.Code); !ok {
			return nil, fmt.Errorf("shippingtest: script[%d]: code %q not in the %s table", i, s.Code, f.table.Carrier())
		}
	}
	if _, ok := f.table.Lookup(f.cancelCode); !ok {
		return nil, fmt.Errorf("shippingtest: cancel code %q not in the %s table", f.cancelCode, f.table.Carrier())
	}
	for i, p := range f.points {
		if p.ID == "" || !p.Location.Valid() {
			return nil, fmt.Errorf("shippingtest: pickup_points[%d]: empty id or invalid coordinates", i)
		}
		f.points[i].Address.Country = strings.ToUpper(p.Address.Country)
		f.points[i].Address.PostalCode = shipping.NormalizePostalCode(p.Address.PostalCode)
	}
	return f, nil
}

// MustNew is New that panics on error, for tests and examples.
func MustNew(c Config) *Carrier {
	f, err := New(c)
	if err != nil {
		panic(err)
	}
	return f
}

// Name returns the carrier's name.
func (f *Carrier) Name() string { return f.name }

// TrackingTable returns the table the scripted codes belong to.
func (f *Carrier) TrackingTable() *tracking.Table { return f.table }

// Fail makes every later call of op (or of every operation, with All)
// fail with err, until Fail(op, nil). A sentinel such as
// shipping.ErrAddressRejected is wrapped in a *shipping.CarrierError;
// another error is used as is. A failure set for op wins over All.
func (f *Carrier) Fail(op shipping.Op, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil {
		delete(f.failures, op)
		return
	}
	f.failures[op] = failure{err: err}
}

// FailNext makes the next call of op (or of any operation, with All) fail
// with err, once.
func (f *Carrier) FailNext(op shipping.Op, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[op] = failure{err: err, once: true}
}

// SetLatency makes every call wait d before answering, or until its
// context is done: a deadline shorter than d gives a timeout.
func (f *Carrier) SetLatency(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.latency = d
}

// Advance moves the carrier's clock forward by d, revealing the scripted
// events due by then.
func (f *Carrier) Advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.offset += d
}

// Now returns the carrier's clock: Config.Now plus what Advance added.
func (f *Carrier) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now()
}

func (f *Carrier) now() time.Time { return f.clock().Add(f.offset) }

// SetHistory replaces the scripted history of a tracking number, which
// need not come from a label of this carrier. Events are revealed by Track
// once their time has come.
func (f *Carrier) SetHistory(trackingNumber string, events []tracking.RawEvent) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.history[trackingNumber] = cloneEvents(events)
}

// AppendEvent adds an event to the history of a tracking number.
func (f *Carrier) AppendEvent(trackingNumber string, e tracking.RawEvent) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.history[trackingNumber] = append(f.history[trackingNumber], cloneEvents([]tracking.RawEvent{e})...)
}

// SetPickupPointAvailable opens or closes a configured pickup point; it
// reports whether the point exists.
func (f *Carrier) SetPickupPointAvailable(id string, available bool) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.points {
		if f.points[i].ID == id {
			f.points[i].Available = available
			return true
		}
	}
	return false
}

// Calls returns the calls made so far, in order.
func (f *Carrier) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

// CallCount returns how many calls of op were made (All for every call).
func (f *Carrier) CallCount(op shipping.Op) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.calls {
		if op == All || c.Op == op {
			n++
		}
	}
	return n
}

// Timeout returns the error a carrier gives when ctx's deadline passes:
// it matches shipping.ErrTimeout and context.DeadlineExceeded.
func Timeout() error {
	return &shipping.CarrierError{Op: "", Err: shipping.ErrTimeout, Cause: context.DeadlineExceeded}
}

// begin starts a call: it waits the latency, honours ctx and injected
// failures, and returns an error to return as is (already recorded), or
// nil with f.mu held; the caller must call f.end.
func (f *Carrier) begin(ctx context.Context, op shipping.Op, arg string) error {
	f.mu.Lock()
	lat := f.latency
	f.mu.Unlock()
	if lat > 0 {
		t := time.NewTimer(lat)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
		}
	}
	f.mu.Lock()
	err := f.ctxErr(ctx, op)
	if err == nil {
		err = f.injected(op)
	}
	if err != nil {
		f.calls = append(f.calls, Call{Op: op, Arg: arg, Err: err})
		f.mu.Unlock()
		return err
	}
	return nil
}

// end records a call and releases f.mu; it returns err.
func (f *Carrier) end(op shipping.Op, arg string, err error) error {
	f.calls = append(f.calls, Call{Op: op, Arg: arg, Err: err})
	f.mu.Unlock()
	return err
}

// ctxErr turns a done context into the carrier's error.
func (f *Carrier) ctxErr(ctx context.Context, op shipping.Op) error {
	switch err := ctx.Err(); {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded):
		return &shipping.CarrierError{Carrier: f.name, Op: op, Err: shipping.ErrTimeout, Cause: err}
	default:
		return &shipping.CarrierError{Carrier: f.name, Op: op, Err: err}
	}
}

// injected returns the failure injected for op, consuming a one-off.
func (f *Carrier) injected(op shipping.Op) error {
	key := op
	fl, ok := f.failures[op]
	if !ok {
		key = All
		if fl, ok = f.failures[All]; !ok {
			return nil
		}
	}
	if fl.once {
		delete(f.failures, key)
	}
	var ce *shipping.CarrierError
	if errors.As(fl.err, &ce) {
		c := *ce
		c.Carrier, c.Op = f.name, op
		return &c
	}
	if isSentinel(fl.err) {
		return &shipping.CarrierError{Carrier: f.name, Op: op, Err: fl.err, Detail: "injected"}
	}
	return fl.err
}

func isSentinel(err error) bool {
	for _, s := range [...]error{shipping.ErrAddressRejected, shipping.ErrTimeout, shipping.ErrUnavailable,
		shipping.ErrNotFound, shipping.ErrNotCancellable, shipping.ErrNoService,
		shipping.ErrPickupPointUnavailable, shipping.ErrInvalidRequest} {
		if err == s {
			return true
		}
	}
	return false
}

func (f *Carrier) fail(op shipping.Op, sentinel error, format string, args ...any) error {
	return &shipping.CarrierError{Carrier: f.name, Op: op, Err: sentinel, Detail: fmt.Sprintf(format, args...)}
}

// checkAddress validates an address for op.
func (f *Carrier) checkAddress(op shipping.Op, field string, a shipping.Address) error {
	pc := shipping.NormalizePostalCode(a.PostalCode)
	switch {
	case len(a.Country) != 2:
		return f.fail(op, shipping.ErrAddressRejected, "%s: country %q", field, a.Country)
	case pc == "":
		return f.fail(op, shipping.ErrAddressRejected, "%s: no postal code", field)
	case f.reject[pc]:
		return f.fail(op, shipping.ErrAddressRejected, "%s: postal code %q", field, pc)
	}
	return nil
}

// QuoteRates prices the shipment with every service of the sheet (or
// req.Service): the sum over parcels of the bracket price of each parcel's
// weight, for the destination country. Only the destination is checked
// (it may not be a rejected postal code); the sender needs a country.
func (f *Carrier) QuoteRates(ctx context.Context, req shipping.ShipmentRequest) ([]shipping.ServiceRate, error) {
	const op = shipping.OpQuoteRates
	to := strings.ToUpper(req.To.Country)
	if err := f.begin(ctx, op, to); err != nil {
		return nil, err
	}
	if err := f.checkRequest(op, req); err != nil {
		return nil, f.end(op, to, err)
	}
	if f.reject[shipping.NormalizePostalCode(req.To.PostalCode)] || len(to) != 2 {
		return nil, f.end(op, to, f.fail(op, shipping.ErrAddressRejected, "to: %s %q", req.To.Country, req.To.PostalCode))
	}
	var out []shipping.ServiceRate
	for _, svc := range f.services() {
		if req.Service != "" && svc != req.Service {
			continue
		}
		total, ok := money.Money{}, true
		for i, p := range req.Parcels {
			price, found := f.price(svc, to, p.Weight)
			if !found {
				ok = false
				break
			}
			if i == 0 {
				total = price
				continue
			}
			var err error
			if total, err = total.Add(price); err != nil {
				return nil, f.end(op, to, err)
			}
		}
		if ok {
			out = append(out, shipping.ServiceRate{Service: svc, Amount: total})
		}
	}
	if len(out) == 0 {
		return nil, f.end(op, to, f.fail(op, shipping.ErrNoService, "%d parcel(s), %v to %s, service %q", len(req.Parcels), req.TotalWeight(), to, req.Service))
	}
	return out, f.end(op, to, nil)
}

// checkRequest validates the parcels of a shipment request.
func (f *Carrier) checkRequest(op shipping.Op, req shipping.ShipmentRequest) error {
	if len(req.Parcels) == 0 {
		return f.fail(op, shipping.ErrInvalidRequest, "no parcel")
	}
	for i, p := range req.Parcels {
		if p.Weight < 0 {
			return f.fail(op, shipping.ErrInvalidRequest, "parcels[%d]: negative weight %v", i, p.Weight)
		}
		if p.Dimensions != (parcel.Dimensions{}) {
			if err := p.Dimensions.Validate(); err != nil {
				return &shipping.CarrierError{Carrier: f.name, Op: op, Err: shipping.ErrInvalidRequest, Cause: err, Detail: fmt.Sprintf("parcels[%d]", i)}
			}
		}
	}
	return nil
}

// services returns the sheet's services in order of first appearance.
func (f *Carrier) services() []string {
	var out []string
	for _, r := range f.rates {
		if !slices.Contains(out, r.Service) {
			out = append(out, r.Service)
		}
	}
	return out
}

// price finds the bracket of w for service svc to country, the exact
// country winning over any country.
func (f *Carrier) price(svc, country string, w parcel.Grams) (money.Money, bool) {
	var anyCountry *Rate
	for i := range f.rates {
		r := &f.rates[i]
		if r.Service != svc || w < r.MinGrams || w >= r.MaxGrams {
			continue
		}
		if r.Country == country {
			return r.Price, true
		}
		if r.Country == "" && anyCountry == nil {
			anyCountry = r
		}
	}
	if anyCountry != nil {
		return anyCountry.Price, true
	}
	return money.Money{}, false
}

// CreateShipment checks the addresses, the parcels and the pickup point,
// prices the shipment (when the sheet has rates; the first service is the
// default), and issues a PDF label with the next ids in sequence.
func (f *Carrier) CreateShipment(ctx context.Context, req shipping.ShipmentRequest) (shipping.Label, error) {
	const op = shipping.OpCreateShipment
	if err := f.begin(ctx, op, req.Reference); err != nil {
		return shipping.Label{}, err
	}
	fail := func(err error) (shipping.Label, error) { return shipping.Label{}, f.end(op, req.Reference, err) }
	if err := f.checkRequest(op, req); err != nil {
		return fail(err)
	}
	if err := f.checkAddress(op, "from", req.From); err != nil {
		return fail(err)
	}
	if err := f.checkAddress(op, "to", req.To); err != nil {
		return fail(err)
	}
	if req.PickupPointID != "" {
		i := f.point(req.PickupPointID)
		switch {
		case i < 0:
			return fail(f.fail(op, shipping.ErrNotFound, "pickup point %q", req.PickupPointID))
		case !f.points[i].Available:
			return fail(f.fail(op, shipping.ErrPickupPointUnavailable, "pickup point %q", req.PickupPointID))
		}
	}
	svc := req.Service
	var amount money.Money
	if svcs := f.services(); len(svcs) > 0 {
		if svc == "" {
			svc = svcs[0]
		}
		to := strings.ToUpper(req.To.Country)
		for i, p := range req.Parcels {
			price, ok := f.price(svc, to, p.Weight)
			if !ok {
				return fail(f.fail(op, shipping.ErrNoService, "service %q cannot carry parcels[%d] (%v) to %s", svc, i, p.Weight, to))
			}
			if i == 0 {
				amount = price
				continue
			}
			var err error
			if amount, err = amount.Add(price); err != nil {
				return fail(err)
			}
		}
	}
	f.seq++
	id := fmt.Sprintf("SHP%06d", f.seq)
	number := fmt.Sprintf("%s%09d", f.prefix, f.seq)
	created := f.now()
	l := shipping.Label{
		ShipmentID: id, TrackingNumber: number, Service: svc, Amount: amount, Format: shipping.LabelPDF,
		Data: []byte(fmt.Sprintf("%%PDF-1.4\n%% %s label %s for %s %s\n", f.name, number, req.To.Country, shipping.NormalizePostalCode(req.To.PostalCode))),
		URL:  "https://labels.invalid/" + f.name + "/" + id + ".pdf",
	}
	f.shipments[id] = &shipment{label: l, created: created}
	f.byNumber[number] = id
	if _, scripted := f.history[number]; !scripted {
		events := make([]tracking.RawEvent, len(f.script))
		for i, s := range f.script {
			at := created.Add(s.After)
			events[i] = tracking.RawEvent{Code: s.Code, Text: s.Text, At: at, Location: s.Location}
			if s.Proof != nil {
				p := *s.Proof
				if p.At.IsZero() {
					p.At = at
				}
				if p.PickupPointID == "" {
					p.PickupPointID = req.PickupPointID
				}
				events[i].Proof = &p
			}
		}
		f.history[number] = events
	}
	l.Data = slices.Clone(l.Data)
	return l, f.end(op, req.Reference, nil)
}

// CancelShipment cancels a shipment while every revealed event of its
// history is label_created, appending the cancel code at the carrier's
// clock and dropping the rest of the script.
func (f *Carrier) CancelShipment(ctx context.Context, shipmentID string) error {
	const op = shipping.OpCancelShipment
	if err := f.begin(ctx, op, shipmentID); err != nil {
		return err
	}
	s, ok := f.shipments[shipmentID]
	if !ok {
		return f.end(op, shipmentID, f.fail(op, shipping.ErrNotFound, "shipment %q", shipmentID))
	}
	if s.cancelled {
		return f.end(op, shipmentID, nil)
	}
	number, now := s.label.TrackingNumber, f.now()
	revealed := f.revealed(number, now)
	for _, e := range revealed {
		if f.table.Normalise(e).Stage != tracking.StageLabelCreated {
			return f.end(op, shipmentID, f.fail(op, shipping.ErrNotCancellable, "shipment %q is %s", shipmentID, f.table.Normalise(e).Stage))
		}
	}
	s.cancelled = true
	f.history[number] = append(revealed, tracking.RawEvent{Code: f.cancelCode, Text: "Cancelled by the sender", At: now})
	return f.end(op, shipmentID, nil)
}

// revealed returns the events of number due by now, in a new slice.
func (f *Carrier) revealed(number string, now time.Time) []tracking.RawEvent {
	var out []tracking.RawEvent
	for _, e := range f.history[number] {
		if !e.At.After(now) {
			out = append(out, e)
		}
	}
	return cloneEvents(out)
}

// Track returns the events of the tracking number due by the carrier's
// clock, oldest first as scripted. A number with neither a label nor a
// history is ErrNotFound; a label whose first event is not due yet has
// none.
func (f *Carrier) Track(ctx context.Context, trackingNumber string) ([]tracking.RawEvent, error) {
	const op = shipping.OpTrack
	if err := f.begin(ctx, op, trackingNumber); err != nil {
		return nil, err
	}
	if _, ok := f.history[trackingNumber]; !ok {
		return nil, f.end(op, trackingNumber, f.fail(op, shipping.ErrNotFound, "tracking number %q", trackingNumber))
	}
	return f.revealed(trackingNumber, f.now()), f.end(op, trackingNumber, nil)
}

// point returns the index of a pickup point, or -1.
func (f *Carrier) point(id string) int {
	for i := range f.points {
		if f.points[i].ID == id {
			return i
		}
	}
	return -1
}

// FindPickupPoints searches the configured points: by Country and postal
// prefix, in configuration order, or with Near within RadiusMetres,
// nearest first (ties in configuration order) with DistanceMetres set.
// Closed points are included, with Available false.
func (f *Carrier) FindPickupPoints(ctx context.Context, q shipping.PickupPointQuery) ([]shipping.PickupPoint, error) {
	const op = shipping.OpFindPickupPoints
	country := strings.ToUpper(q.Country)
	if err := f.begin(ctx, op, country); err != nil {
		return nil, err
	}
	switch {
	case q.Near == nil && len(country) != 2:
		return nil, f.end(op, country, f.fail(op, shipping.ErrInvalidRequest, "search by address needs a country, have %q", q.Country))
	case q.Near != nil && (!q.Near.Valid() || q.RadiusMetres <= 0):
		return nil, f.end(op, country, f.fail(op, shipping.ErrInvalidRequest, "search by distance needs valid coordinates and a positive radius"))
	case q.Limit < 0:
		return nil, f.end(op, country, f.fail(op, shipping.ErrInvalidRequest, "negative limit %d", q.Limit))
	}
	prefix := shipping.NormalizePostalCode(q.PostalCode)
	var out []shipping.PickupPoint
	for _, p := range f.points {
		if (country != "" && p.Address.Country != country) || (q.Mode != "" && p.Mode != q.Mode) {
			continue
		}
		if q.Near != nil {
			d := q.Near.DistanceMetres(p.Location)
			if d > q.RadiusMetres {
				continue
			}
			p.DistanceMetres = d
		} else if !strings.HasPrefix(p.Address.PostalCode, prefix) {
			continue
		}
		out = append(out, p)
	}
	if q.Near != nil {
		slices.SortStableFunc(out, func(a, b shipping.PickupPoint) int {
			return cmp.Compare(a.DistanceMetres, b.DistanceMetres)
		})
	}
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, f.end(op, country, nil)
}

// PickupPoint returns a configured point with its current availability.
func (f *Carrier) PickupPoint(ctx context.Context, id string) (shipping.PickupPoint, error) {
	const op = shipping.OpPickupPoint
	if err := f.begin(ctx, op, id); err != nil {
		return shipping.PickupPoint{}, err
	}
	i := f.point(id)
	if i < 0 {
		return shipping.PickupPoint{}, f.end(op, id, f.fail(op, shipping.ErrNotFound, "pickup point %q", id))
	}
	return f.points[i], f.end(op, id, nil)
}

// SchedulePickup books a collection: the address must be accepted, the
// date valid and not before the carrier's clock (in UTC), the window
// valid with Until after From, and at least one parcel. The window is
// confirmed as asked.
func (f *Carrier) SchedulePickup(ctx context.Context, req shipping.PickupRequest) (shipping.Pickup, error) {
	const op = shipping.OpSchedulePickup
	arg := req.Date.String()
	if err := f.begin(ctx, op, arg); err != nil {
		return shipping.Pickup{}, err
	}
	fail := func(err error) (shipping.Pickup, error) { return shipping.Pickup{}, f.end(op, arg, err) }
	if err := f.checkAddress(op, "address", req.Address); err != nil {
		return fail(err)
	}
	today := f.now().UTC()
	switch {
	case !req.Date.IsValid():
		return fail(f.fail(op, shipping.ErrInvalidRequest, "invalid date %s", req.Date))
	case req.Date.Before(dateOf(today)):
		return fail(f.fail(op, shipping.ErrInvalidRequest, "date %s is in the past", req.Date))
	case !req.From.Valid() || !req.Until.Valid() || !less(req.From, req.Until):
		return fail(f.fail(op, shipping.ErrInvalidRequest, "window %s-%s", req.From, req.Until))
	case req.Parcels < 1:
		return fail(f.fail(op, shipping.ErrInvalidRequest, "%d parcels", req.Parcels))
	case req.Weight < 0:
		return fail(f.fail(op, shipping.ErrInvalidRequest, "negative weight %v", req.Weight))
	}
	f.pickups++
	p := shipping.Pickup{ID: fmt.Sprintf("PU%06d", f.pickups), Date: req.Date, From: req.From, Until: req.Until}
	return p, f.end(op, arg, nil)
}

func less(a, b shipping.Clock) bool { return a.Hour*60+a.Minute < b.Hour*60+b.Minute }

func cloneEvents(events []tracking.RawEvent) []tracking.RawEvent {
	out := slices.Clone(events)
	for i := range out {
		if out[i].Proof != nil {
			p := *out[i].Proof
			out[i].Proof = &p
		}
	}
	return out
}

func dateOf(t time.Time) calendar.Date { return calendar.DateOf(t, time.UTC) }
