package shipping

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/internal/territory"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping/parcel"
)

// Config is a merchant's shipping configuration: the zones it ships to and
// the offers it makes. NewSchedule validates it into a Schedule.
type Config struct {
	Currency money.Currency // every amount of the schedule is in it
	ShipFrom string         // the ship-from country, whose public holidays (calendar.For) the promises count
	Location *time.Location // the shop's time zone, for cut-offs: time.LoadLocation("Europe/Brussels")
	Zones    []Zone         // the zones the offers reference by name
	Offers   []Offer        // at least one; Quote returns options in this order
}

// Offer is one way the merchant ships: a mode, by a carrier, to some
// zones, with a fee rule, surcharges, a free-shipping threshold and a
// transit promise. Offering home delivery in Belgium and in Europe at
// different fees or thresholds takes two offers.
type Offer struct {
	ID         string      // unique in the schedule, e.g. "home-be"
	Mode       Mode        // a valid Mode
	Carrier    string      // the carrier's name, e.g. "bpost"; may be empty for click & collect
	Zones      []string    // names of Config.Zones, at least one
	Fee        FeeRule     // Flat, WeightBrackets or CarrierRate
	Surcharges []Surcharge // added to the base fee
	FreeFrom   Threshold   // the zero Threshold for no free shipping
	Transit    Transit     // the delivery promise
	// Service, when set, is the carrier service's parcel limits and
	// billing (parcel.Bpost(), parcel.BpostLocker(), ...). For a basket
	// with Items, Quote splits them into parcels of this service
	// (parcel.Split): the option's Parcels is the split's count, and an
	// item that cannot ship with the service makes the option unavailable
	// with ReasonParcelTooLarge. NewSchedule validates and copies it. Nil
	// means no limits: the basket's Parcels count is used.
	Service *parcel.Service
	// Packing is how parcels of Service are made up (tare, a lower
	// maximum weight); only with a Service.
	Packing parcel.Packing
}

// Schedule is a validated shipping configuration. It is immutable and safe
// for concurrent use (as far as its RateSources are).
type Schedule struct {
	currency money.Currency
	shipFrom string
	loc      *time.Location
	cal      *calendar.Calendar
	zones    []compiledZone
	offers   []compiledOffer
	// services are the distinct (service, packing) pairs of the offers, so
	// offers sharing one split the basket once per quote.
	services []compiledService
	// areas is true when a surcharge is limited to a special area, so
	// Quote looks the destination's area up only then.
	areas bool
}

// compiledService is an offer's validated, copied parcel service and
// packing.
type compiledService struct {
	service parcel.Service
	packing parcel.Packing
}

// equal reports whether c and d split every basket alike. It runs once
// per offer in NewSchedule; reflect.DeepEqual keeps it right whatever
// fields parcel.Service gains.
func (c *compiledService) equal(d *compiledService) bool {
	return reflect.DeepEqual(c, d)
}

// compiledOffer is a validated offer with its zones as indices and its
// percentages as rates.
type compiledOffer struct {
	id         string
	mode       Mode
	carrier    string
	zones      []int
	fee        compiledFee
	surcharges []compiledSurcharge
	threshold  Threshold
	transit    Transit
	service    int // index into Schedule.services, -1 for none
}

// feeKind tells which FeeRule a compiledFee holds.
type feeKind uint8

const (
	feeFlat feeKind = iota
	feeBrackets
	feeCarrier
)

// compiledFee is a validated FeeRule.
type compiledFee struct {
	kind       feeKind
	flat       money.Money
	brackets   []Bracket
	source     RateSource
	marginFix  money.Money
	marginRate decimal.Decimal // Percent / 100; zero for none
	marginMode money.RoundingMode
}

// compiledSurcharge is a validated Surcharge; zone is an index into the
// schedule's zones, or -1 for every zone of the offer.
type compiledSurcharge struct {
	zone  int
	area  string // a special area name, or ""
	fixed money.Money
	rate  decimal.Decimal // Percent / 100; zero for a fixed surcharge
	mode  money.RoundingMode
	keep  bool
}

// needsPostalCode reports whether placing a destination in country
// depends on its postal code: a zone region or exclusion with a prefix
// there, or a surcharge limited to a special area of that country. Without
// the code such a destination would silently get the whole-country fee.
func (s *Schedule) needsPostalCode(country string) bool {
	for _, z := range s.zones {
		for _, r := range append(z.regions[:len(z.regions):len(z.regions)], z.excluded...) {
			if r.country == country && r.prefix != "" {
				return true
			}
		}
	}
	if s.areas {
		for _, a := range territory.Areas() {
			if a.Country == country {
				return true
			}
		}
	}
	return false
}

// Currency returns the schedule's currency.
func (s *Schedule) Currency() money.Currency { return s.currency }

// ShipFrom returns the ship-from country.
func (s *Schedule) ShipFrom() string { return s.shipFrom }

// Location returns the shop's time zone.
func (s *Schedule) Location() *time.Location { return s.loc }

// Len returns the number of offers, which is the number of options every
// Quote returns.
func (s *Schedule) Len() int { return len(s.offers) }

// NewSchedule validates c and builds a Schedule. It checks that the
// currency is set and every amount is in it (a zero amount without a
// currency is accepted), that the ship-from country has a holiday
// calendar and the location is set, that zones have unique names, valid
// country codes and non-empty prefixes, that offers have unique IDs, valid
// modes, known zones (no two zones of an offer with the same region),
// weight brackets sorted, contiguous from 0 g and non-empty, percentages in
// range with a rounding mode, surcharges in the offer's zones, positive
// thresholds with a valid basis, a valid transit, and a valid parcel
// Service and Packing (a Packing only with a Service). Errors are
// *ConfigError matching ErrInvalidSchedule, or the calendar's
// *UnknownCountryError for ShipFrom.
func NewSchedule(c Config) (*Schedule, error) {
	if c.Currency.IsZero() {
		return nil, configErr("currency", "not set")
	}
	cal, err := calendar.For(c.ShipFrom)
	if err != nil {
		return nil, fmt.Errorf("%w: ship_from: %w", ErrInvalidSchedule, err)
	}
	if c.Location == nil {
		return nil, configErr("location", "not set")
	}
	if len(c.Offers) == 0 {
		return nil, configErr("offers", "none")
	}
	s := &Schedule{currency: c.Currency, shipFrom: c.ShipFrom, loc: c.Location, cal: cal}
	byName := make(map[string]int, len(c.Zones))
	for i, z := range c.Zones {
		cz, err := compileZone(z, fmt.Sprintf("zones[%d]", i))
		if err != nil {
			return nil, err
		}
		if _, dup := byName[z.Name]; dup {
			return nil, configErr(fmt.Sprintf("zones[%d].name", i), "%q is used twice", z.Name)
		}
		byName[z.Name] = i
		s.zones = append(s.zones, cz)
	}
	ids := make(map[string]bool, len(c.Offers))
	for i, o := range c.Offers {
		field := fmt.Sprintf("offers[%d]", i)
		if o.ID == "" {
			return nil, configErr(field+".id", "empty")
		}
		if ids[o.ID] {
			return nil, configErr(field+".id", "%q is used twice", o.ID)
		}
		ids[o.ID] = true
		co, err := s.compileOffer(o, field, byName)
		if err != nil {
			return nil, err
		}
		s.offers = append(s.offers, co)
	}
	return s, nil
}

// validCountry reports whether s looks like an ISO 3166-1 alpha-2 code in
// upper case.
func validCountry(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}

// compileRegions flattens regions into one entry per prefix.
func compileRegions(rs []Region, field string) ([]compiledRegion, error) {
	var out []compiledRegion
	for i, r := range rs {
		f := fmt.Sprintf("%s[%d]", field, i)
		if !validCountry(r.Country) {
			return nil, configErr(f+".country", "%q is not an upper-case ISO 3166-1 alpha-2 code", r.Country)
		}
		if len(r.PostalPrefixes) == 0 {
			out = append(out, compiledRegion{country: r.Country})
			continue
		}
		for j, p := range r.PostalPrefixes {
			np := NormalizePostalCode(p)
			if np == "" {
				return nil, configErr(fmt.Sprintf("%s.postal_prefixes[%d]", f, j), "empty prefix %q", p)
			}
			out = append(out, compiledRegion{country: r.Country, prefix: np})
		}
	}
	return out, nil
}

// compileZone validates z.
func compileZone(z Zone, field string) (compiledZone, error) {
	if z.Name == "" {
		return compiledZone{}, configErr(field+".name", "empty")
	}
	if len(z.Regions) == 0 {
		return compiledZone{}, configErr(field+".regions", "zone %q has none", z.Name)
	}
	regions, err := compileRegions(z.Regions, field+".regions")
	if err != nil {
		return compiledZone{}, err
	}
	excluded, err := compileRegions(z.Excluded, field+".excluded")
	if err != nil {
		return compiledZone{}, err
	}
	return compiledZone{name: z.Name, regions: regions, excluded: excluded}, nil
}

// amount checks that m is in the schedule's currency (or the zero Money)
// and not negative, and returns it in the currency.
func (s *Schedule) amount(m money.Money, field string, positive bool) (money.Money, error) {
	if m.Currency() != s.currency && !(m.IsZero() && m.Currency().IsZero()) {
		return money.Money{}, configErr(field, "%v is not in %s", m, s.currency)
	}
	if m.Sign() < 0 || (positive && m.Sign() == 0) {
		want := "zero or positive"
		if positive {
			want = "positive"
		}
		return money.Money{}, configErr(field, "%v must be %s", m, want)
	}
	if m.IsZero() {
		return money.Zero(s.currency), nil
	}
	return m, nil
}

// compileOffer validates o.
func (s *Schedule) compileOffer(o Offer, field string, byName map[string]int) (compiledOffer, error) {
	co := compiledOffer{id: o.ID, mode: o.Mode, carrier: o.Carrier, transit: o.Transit, service: -1}
	if !o.Mode.Valid() {
		return co, configErr(field+".mode", "unknown mode %q", o.Mode)
	}
	if len(o.Zones) == 0 {
		return co, configErr(field+".zones", "offer %q serves no zone", o.ID)
	}
	seen := make(map[compiledRegion]string)
	for i, name := range o.Zones {
		id, ok := byName[name]
		if !ok {
			return co, configErr(fmt.Sprintf("%s.zones[%d]", field, i), "unknown zone %q", name)
		}
		for _, prev := range co.zones {
			if prev == id {
				return co, configErr(fmt.Sprintf("%s.zones[%d]", field, i), "zone %q listed twice", name)
			}
		}
		for _, r := range s.zones[id].regions {
			if other, dup := seen[r]; dup && other != name {
				return co, configErr(fmt.Sprintf("%s.zones[%d]", field, i),
					"zones %q and %q both cover %s %q: ambiguous", other, name, r.country, r.prefix)
			}
			seen[r] = name
		}
		co.zones = append(co.zones, id)
	}
	fee, err := s.compileFee(o.Fee, field+".fee")
	if err != nil {
		return co, err
	}
	co.fee = fee
	for i, sc := range o.Surcharges {
		c, err := s.compileSurcharge(sc, fmt.Sprintf("%s.surcharges[%d]", field, i), o, byName)
		if err != nil {
			return co, err
		}
		co.surcharges = append(co.surcharges, c)
	}
	if !o.FreeFrom.IsZero() {
		if !o.FreeFrom.Basis.Valid() {
			return co, configErr(field+".free_from.basis", "unknown basis %v", o.FreeFrom.Basis)
		}
		if co.threshold.Amount, err = s.amount(o.FreeFrom.Amount, field+".free_from.amount", true); err != nil {
			return co, err
		}
		co.threshold.Basis = o.FreeFrom.Basis
	}
	if err := o.Transit.check(field + ".transit"); err != nil {
		return co, err
	}
	if co.service, err = s.compileService(o, field); err != nil {
		return co, err
	}
	return co, nil
}

// compileService validates and copies o's Service and Packing, and returns
// its index in s.services (shared with an earlier offer's equal pair), or
// -1 for none.
func (s *Schedule) compileService(o Offer, field string) (int, error) {
	if o.Service == nil {
		if o.Packing != (parcel.Packing{}) {
			return -1, configErr(field+".packing", "set without a service")
		}
		return -1, nil
	}
	if err := o.Service.Validate(); err != nil {
		return -1, configErr(field+".service", "%s", strings.TrimPrefix(err.Error(), "parcel: "))
	}
	if o.Packing.Tare < 0 {
		return -1, configErr(field+".packing.tare", "%v is negative", o.Packing.Tare)
	}
	if o.Packing.MaxWeight < 0 {
		return -1, configErr(field+".packing.max_weight", "%v is negative (0 means the service's)", o.Packing.MaxWeight)
	}
	cs := compiledService{service: *o.Service, packing: o.Packing}
	cs.service.Limits.Boxes = slices.Clone(cs.service.Limits.Boxes)
	for i := range s.services {
		if s.services[i].equal(&cs) {
			return i, nil
		}
	}
	s.services = append(s.services, cs)
	return len(s.services) - 1, nil
}

// compileFee validates a FeeRule.
func (s *Schedule) compileFee(r FeeRule, field string) (compiledFee, error) {
	var err error
	switch r := r.(type) {
	case Flat:
		f := compiledFee{kind: feeFlat}
		f.flat, err = s.amount(r.Amount, field+".amount", false)
		return f, err
	case WeightBrackets:
		if len(r.Brackets) == 0 {
			return compiledFee{}, configErr(field+".brackets", "none")
		}
		f := compiledFee{kind: feeBrackets, brackets: make([]Bracket, len(r.Brackets))}
		var next int64
		for i, b := range r.Brackets {
			bf := fmt.Sprintf("%s.brackets[%d]", field, i)
			switch {
			case b.MinGrams != next && i == 0:
				return compiledFee{}, configErr(bf+".min_grams", "%d g: the first bracket must start at 0 g", b.MinGrams)
			case b.MinGrams < next:
				return compiledFee{}, configErr(bf+".min_grams", "%d g overlaps the previous bracket, which ends at %d g", b.MinGrams, next)
			case b.MinGrams > next:
				return compiledFee{}, configErr(bf+".min_grams", "%d g leaves a gap after the previous bracket, which ends at %d g", b.MinGrams, next)
			case b.MaxGrams <= b.MinGrams:
				return compiledFee{}, configErr(bf+".max_grams", "%d g is not above min_grams %d g", b.MaxGrams, b.MinGrams)
			}
			b.Fee, err = s.amount(b.Fee, bf+".fee", false)
			if err != nil {
				return compiledFee{}, err
			}
			f.brackets[i] = b
			next = b.MaxGrams
		}
		return f, nil
	case CarrierRate:
		if r.Source == nil {
			return compiledFee{}, configErr(field+".source", "nil rate source")
		}
		f := compiledFee{kind: feeCarrier, source: r.Source}
		if f.marginFix, err = s.amount(r.Margin.Fixed, field+".margin.fixed", false); err != nil {
			return compiledFee{}, err
		}
		if !r.Margin.Percent.IsZero() {
			if msg := checkPercent(r.Margin.Percent, 1000, r.Margin.Rounding); msg != "" {
				return compiledFee{}, configErr(field+".margin.percent", "%s", msg)
			}
			f.marginRate, f.marginMode = r.Margin.Percent.Shift(-2), r.Margin.Rounding
		}
		return f, nil
	case nil:
		return compiledFee{}, configErr(field, "no fee rule")
	}
	return compiledFee{}, configErr(field, "unknown fee rule %T", r)
}

// compileSurcharge validates a Surcharge of offer o.
func (s *Schedule) compileSurcharge(sc Surcharge, field string, o Offer, byName map[string]int) (compiledSurcharge, error) {
	c := compiledSurcharge{zone: -1, keep: sc.KeepWhenFree, area: sc.Area}
	if sc.Area != "" && !knownArea(sc.Area) {
		return c, configErr(field+".area", "%q is not a special area (see SpecialAreas)", sc.Area)
	}
	s.areas = s.areas || sc.Area != ""
	if sc.Zone != "" {
		in := false
		for _, z := range o.Zones {
			in = in || z == sc.Zone
		}
		if !in {
			return c, configErr(field+".zone", "%q is not a zone of offer %q", sc.Zone, o.ID)
		}
		c.zone = byName[sc.Zone]
	}
	hasFixed, hasPercent := !sc.Fixed.IsZero(), !sc.Percent.IsZero()
	switch {
	case hasFixed == hasPercent:
		return c, configErr(field, "set exactly one of fixed and percent")
	case hasFixed:
		var err error
		c.fixed, err = s.amount(sc.Fixed, field+".fixed", true)
		return c, err
	}
	if msg := checkPercent(sc.Percent, 1000, sc.Rounding); msg != "" {
		return c, configErr(field+".percent", "%s", msg)
	}
	c.rate, c.mode = sc.Percent.Shift(-2), sc.Rounding
	return c, nil
}

// Uses reports whether some offer's free-shipping threshold compares the
// goods on basis b, so a caller can skip working out a total no offer
// reads.
func (s *Schedule) Uses(b Basis) bool {
	for i := range s.offers {
		t := &s.offers[i].threshold
		if !t.IsZero() && t.Basis == b {
			return true
		}
	}
	return false
}
