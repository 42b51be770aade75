package vat

// White-box checks of the rate table's own consistency (issue 3): every
// period list well formed, first days strictly increasing (so no
// duplicates and no overlaps), standard rates without gaps from the table
// start, rates between 0 and 30 %. Categories are Category constants in
// switch cases and the lists are fixed-size array literals, so the
// compiler already rejects unknown and duplicated categories and lists
// that are too long.

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/comptoir/comptoir/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tablePeriods returns country's periods for c, without the unused slots,
// checking that they are well formed; nil means the table does not hold c
// for country.
func tablePeriods(t *testing.T, country string, c Category) []period {
	t.Helper()
	table, ok := countryTable(country)
	require.True(t, ok, country)
	list := table(c)
	n := 0
	for n < len(list) && list[n].kind != kindNone {
		n++
	}
	for _, p := range list[n:] {
		assert.Equal(t, period{}, p, "%s %s: a used slot after an unused one", country, c)
	}
	if n == 0 {
		return nil
	}
	return list[:n]
}

func TestTableConsistency(t *testing.T) {
	for _, country := range Countries() {
		t.Run(country, func(t *testing.T) {
			for _, c := range allCategories() {
				ps := tablePeriods(t, country, c)
				for i, p := range ps {
					from := keyDate(p.from)
					assert.True(t, from.IsValid() && dateKey(from) == p.from, "%s %s: %d is not a date", country, c, p.from)
					assert.False(t, from.Before(TableStart()), "%s %s: %s before the table start", country, c, from)
					switch p.kind {
					case kindStandard, kindUnknown:
						assert.NotEqual(t, Standard, c, "%s: the standard rate must be a number", country)
						assert.Zero(t, p.units, "%s %s: units on a period without a rate", country, c)
					case kindRate:
						assert.True(t, p.units >= 0 && p.units <= 30_00, "%s %s: %d is not between 0 and 30 %%", country, c, p.units)
					default:
						t.Errorf("%s %s: bad kind %d", country, c, p.kind)
					}
					if i > 0 {
						prev := ps[i-1]
						assert.Less(t, prev.from, p.from, "%s %s: first days not increasing at %s", country, c, from)
						assert.False(t, prev.kind == p.kind && prev.units == p.units, "%s %s: the period from %s changes nothing", country, c, from)
					}
				}
			}
			std := tablePeriods(t, country, Standard)
			require.NotEmpty(t, std, "%s has no standard rate", country)
			assert.Equal(t, int32(tableStartKey), std[0].from, "%s: the standard rate starts with the table", country)
		})
	}
}

// A category's data starts with the table except in the cases listed here,
// each one a history the table does not claim to know (see rates_data.go);
// a new late start has to be added here on purpose. There is none now.
func TestTableLateStarts(t *testing.T) {
	late := map[string]int32{}
	for _, country := range Countries() {
		for _, c := range allCategories() {
			ps := tablePeriods(t, country, c)
			if ps == nil {
				continue
			}
			key := country + "/" + string(c)
			want, ok := late[key]
			if !ok {
				want = tableStartKey
			}
			assert.Equal(t, want, ps[0].from, key)
			delete(late, key)
		}
	}
	assert.Empty(t, late, "late starts listed for categories the table does not hold")
}

// Every EU member has a standard rate and is in the table.
func TestTableHasEveryMember(t *testing.T) {
	on := calendar.Date{Year: 2026, Month: time.January, Day: 1}
	members := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if IsEU(code, on) {
				members++
				_, ok := countryTable(code)
				assert.True(t, ok, "EU member %s is not in the table", code)
			}
		}
	}
	assert.Equal(t, 27, members)
}

// Every day from the table start to the end of 2030 has a standard rate in
// every country; EU members' standard rates are at least 15 % (Directive
// art. 97).
func TestTableStandardRateHasNoGaps(t *testing.T) {
	for _, country := range Countries() {
		for d := TableStart(); d.Year <= 2030; d = d.AddDays(1) {
			units, err := RateUnits(country, Standard, d)
			if !assert.NoError(t, err, "%s on %s", country, d) {
				break
			}
			if IsEU(country, d) {
				assert.GreaterOrEqual(t, units, int32(15_00), "%s on %s: below 15 %%", country, d)
			}
		}
	}
}

// Rate and RateUnits agree with the table period by period: on each
// period's first day they give that period's rate, and the day before the
// previous period's, or ErrNoRate before the first one. Categories the
// table does not hold give ErrNoRate.
func TestTableLookupMatchesEveryPeriod(t *testing.T) {
	for _, country := range Countries() {
		for _, c := range allCategories() {
			ps := tablePeriods(t, country, c)
			if ps == nil {
				_, err := Rate(country, c, calendar.Date{Year: 2026, Month: time.June, Day: 1})
				assert.ErrorIs(t, err, ErrNoRate, "%s %s is not in the table", country, c)
				continue
			}
			for i, p := range ps {
				from := keyDate(p.from)
				checkTablePeriod(t, country, c, p, from)
				if i > 0 {
					checkTablePeriod(t, country, c, ps[i-1], from.AddDays(-1))
				} else if from.After(TableStart()) {
					_, err := Rate(country, c, from.AddDays(-1))
					assert.ErrorIs(t, err, ErrNoRate, "%s %s before %s", country, c, from)
				}
			}
			last := ps[len(ps)-1]
			checkTablePeriod(t, country, c, last, calendar.Date{Year: 9999, Month: time.December, Day: 31})
		}
	}
}

// checkTablePeriod asserts that Rate and RateUnits on day on give what
// period p says.
func checkTablePeriod(t *testing.T, country string, c Category, p period, on calendar.Date) {
	t.Helper()
	got, err := Rate(country, c, on)
	units, errUnits := RateUnits(country, c, on)
	assert.Equal(t, err, errUnits, "%s %s on %s: Rate and RateUnits disagree", country, c, on)
	switch p.kind {
	case kindUnknown:
		assert.ErrorIs(t, err, ErrNoRate, "%s %s on %s", country, c, on)
		assert.Zero(t, units)
	case kindStandard:
		if assert.NoError(t, err, "%s %s on %s", country, c, on) {
			std, err := StandardRate(country, on)
			require.NoError(t, err)
			assert.True(t, std.Equal(got), "%s %s on %s: got %s, want the standard %s", country, c, on, got, std)
			stdUnits, _ := RateUnits(country, Standard, on)
			assert.Equal(t, stdUnits, units)
		}
	default:
		if assert.NoError(t, err, "%s %s on %s", country, c, on) {
			assert.Equal(t, p.units, units, "%s %s on %s", country, c, on)
			assert.True(t, rateFraction(p.units).Equal(got), "%s %s on %s: got %s, want %d units", country, c, on, got, p.units)
		}
	}
}

// countryTable knows exactly the codes Countries lists.
func TestTableCountriesMatch(t *testing.T) {
	listed := map[string]bool{}
	for _, c := range Countries() {
		listed[c] = true
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			_, ok := countryTable(code)
			assert.Equal(t, listed[code], ok, code)
		}
	}
	for _, code := range []string{"", "B", "BEL", "be", "EL", "UK"} {
		_, ok := countryTable(code)
		assert.False(t, ok, code)
	}
}

func TestFraction(t *testing.T) {
	for units, want := range map[int32]string{0: "0", 21_00: "0.21", 5_50: "0.055", 25_50: "0.255", 100_00: "1", 1: "0.0001"} {
		assert.Equal(t, want, rateFraction(units).String())
	}
	// No trailing zeros in the representation.
	assert.Equal(t, int32(-2), rateFraction(21_00).Exponent())
	assert.Equal(t, int32(-3), rateFraction(5_50).Exponent())
	assert.True(t, rateFraction(0).IsZero())
}

func TestDateKey(t *testing.T) {
	d := calendar.Date{Year: 2026, Month: time.March, Day: 1}
	assert.Equal(t, int32(2026_03_01), dateKey(d))
	assert.Equal(t, d, keyDate(2026_03_01))
	assert.Equal(t, int32(9999_12_31), dateKey(calendar.Date{Year: 9999, Month: time.December, Day: 31}))
}

// at finds the period in force on a day, including in a full list.
func TestPeriodsAt(t *testing.T) {
	full := periods{
		{2020_01_01, 1_00, kindRate},
		{2021_01_01, 2_00, kindRate},
		{2022_01_01, 0, kindStandard},
		{2023_01_01, 0, kindUnknown},
		{2024_01_01, 5_00, kindRate},
		{2025_01_01, 6_00, kindRate},
	}
	cases := []struct {
		day  int32
		want period
		ok   bool
	}{
		{2019_12_31, period{}, false},
		{2020_01_01, full[0], true},
		{2020_12_31, full[0], true},
		{2022_06_01, full[2], true},
		{2023_01_01, full[3], true},
		{2024_12_31, full[4], true},
		{2025_01_01, full[5], true},
		{9999_12_31, full[5], true},
	}
	for _, c := range cases {
		p, ok := full.at(c.day)
		assert.Equal(t, c.ok, ok, c.day)
		assert.Equal(t, c.want, p, c.day)
	}
	var empty periods
	_, ok := empty.at(2026_01_01)
	assert.False(t, ok)
	later := periods{{2025_01_01, 5_00, kindRate}}
	_, ok = later.at(2024_12_31)
	assert.False(t, ok)
}

// suggestCategory compares letters only, ignoring case and separators.
func TestSameLetters(t *testing.T) {
	for _, c := range [][2]string{{"E-Books", "ebooks"}, {"Passenger Transport", "passenger_transport"}, {"", ""}, {" - ", ""}, {"a\u00e9b", "ab"}} {
		assert.True(t, sameLetters(c[0], c[1]), c)
	}
	for _, c := range [][2]string{{"book", "books"}, {"books", "book"}, {"food", "foodstuffs"}, {"x", ""}} {
		assert.False(t, sameLetters(c[0], c[1]), c)
	}
}

// quoteInput quotes like %q and keeps at most 40 characters of the input.
func TestQuoteInput(t *testing.T) {
	a40, a41 := strings.Repeat("a", 40), strings.Repeat("a", 41)
	e41 := strings.Repeat("é", 41)
	cases := map[string]string{
		"":      `""`,
		"be":    `"be"`,
		" BE\n": `" BE\n"`,
		"\x00":  `"\x00"`,
		"\xff":  `"\xff"`,
		a40:     `"` + a40 + `"`,
		a41:     `"` + a40 + `…"`,
		e41:     `"` + strings.Repeat("é", 40) + `…"`,
	}
	for in, want := range cases {
		assert.Equal(t, want, quoteInput(in), "%q", in)
	}
	assert.True(t, utf8.ValidString(quoteInput(e41)), "cut on a character boundary")
	long := strings.Repeat("x", 1<<20)
	msg := (&UnknownCountryError{Country: long}).Error()
	assert.Less(t, len(msg), 400)
	assert.Contains(t, msg, "…")
}
