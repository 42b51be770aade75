package vat

// White-box checks of the rate table's own consistency (issue 3): every
// period list well formed, dates strictly increasing (so no duplicates and
// no overlaps), standard rates without gaps, rates between 0 and 30 %.
// Categories are Category constants in switch cases, so the compiler
// already rejects unknown and duplicated ones.

import (
	"strings"
	"testing"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tablePeriod is one parsed period of a country's table.
type tablePeriod struct {
	from calendar.Date
	rate string // a percentage, "standard" or "-"
}

// tablePeriods parses country's periods for c, checking their format;
// nil means the table does not hold c for country.
func tablePeriods(t *testing.T, country string, c Category) []tablePeriod {
	t.Helper()
	table, ok := countryTable(country)
	require.True(t, ok, country)
	list := table(c)
	if list == "" {
		return nil
	}
	var out []tablePeriod
	for p := list; ; {
		date, rate, rest, ok := nextPeriod(p)
		require.True(t, ok, "%s %s: malformed periods %q", country, c, list)
		from, err := calendar.ParseDate(date)
		require.NoError(t, err, "%s %s: %q", country, c, list)
		out = append(out, tablePeriod{from, rate})
		if rest == "" {
			break
		}
		p = rest
	}
	// The list is exactly the periods joined by "; ": no stray spaces.
	parts := make([]string, len(out))
	for i, p := range out {
		parts[i] = p.from.String() + " " + p.rate
	}
	assert.Equal(t, strings.Join(parts, "; "), list, "%s %s", country, c)
	return out
}

func TestTableConsistency(t *testing.T) {
	for _, country := range Countries() {
		t.Run(country, func(t *testing.T) {
			for _, info := range Categories() {
				c := info.Category
				ps := tablePeriods(t, country, c)
				for i, p := range ps {
					assert.False(t, p.from.Before(TableStart()), "%s %s: %s before the table start", country, c, p.from)
					switch p.rate {
					case "standard", "-":
						assert.NotEqual(t, Standard, c, "%s: the standard rate must be a number", country)
					default:
						units, ok := parseRatePercent(p.rate)
						if assert.True(t, ok, "%s %s: bad rate %q", country, c, p.rate) {
							assert.LessOrEqual(t, units, int64(30_00), "%s %s: %s %% is above 30 %%", country, c, p.rate)
						}
					}
					if i > 0 {
						prev := ps[i-1]
						assert.True(t, prev.from.Before(p.from), "%s %s: dates not increasing at %s", country, c, p.from)
						assert.NotEqual(t, prev.rate, p.rate, "%s %s: the period from %s changes nothing", country, c, p.from)
					}
				}
			}
			std := tablePeriods(t, country, Standard)
			require.NotEmpty(t, std, "%s has no standard rate", country)
			assert.Equal(t, TableStart(), std[0].from, "%s: the standard rate starts with the table", country)
		})
	}
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
			r, err := StandardRate(country, d)
			if !assert.NoError(t, err, "%s on %s", country, d) {
				break
			}
			if IsEU(country, d) {
				assert.True(t, r.Cmp(rateFraction(15_00)) >= 0, "%s on %s: %s below 15 %%", country, d, r)
			}
		}
	}
}

// Rate agrees with the table period by period: on each period's first day
// it gives that period's rate, and the day before it gives the previous
// period's, or ErrNoRate before the first one. Categories the table does
// not hold give ErrNoRate.
func TestTableLookupMatchesEveryPeriod(t *testing.T) {
	for _, country := range Countries() {
		for _, info := range Categories() {
			c := info.Category
			ps := tablePeriods(t, country, c)
			if ps == nil {
				_, err := Rate(country, c, calendar.Date{Year: 2026, Month: time.June, Day: 1})
				assert.ErrorIs(t, err, ErrNoRate, "%s %s is not in the table", country, c)
				continue
			}
			for i, p := range ps {
				checkTablePeriod(t, country, c, p, p.from)
				if i > 0 {
					checkTablePeriod(t, country, c, ps[i-1], p.from.AddDays(-1))
				} else if p.from.After(TableStart()) {
					_, err := Rate(country, c, p.from.AddDays(-1))
					assert.ErrorIs(t, err, ErrNoRate, "%s %s before %s", country, c, p.from)
				}
			}
			last := ps[len(ps)-1]
			checkTablePeriod(t, country, c, last, calendar.Date{Year: 9999, Month: time.December, Day: 31})
		}
	}
}

// checkTablePeriod asserts that Rate on day on gives what period p says.
func checkTablePeriod(t *testing.T, country string, c Category, p tablePeriod, on calendar.Date) {
	t.Helper()
	got, err := Rate(country, c, on)
	switch p.rate {
	case "-":
		assert.ErrorIs(t, err, ErrNoRate, "%s %s on %s", country, c, on)
	case "standard":
		if assert.NoError(t, err, "%s %s on %s", country, c, on) {
			std, err := StandardRate(country, on)
			require.NoError(t, err)
			assert.True(t, std.Equal(got), "%s %s on %s: got %s, want the standard %s", country, c, on, got, std)
		}
	default:
		units, _ := parseRatePercent(p.rate)
		if assert.NoError(t, err, "%s %s on %s", country, c, on) {
			assert.True(t, rateFraction(units).Equal(got), "%s %s on %s: got %s, want %s %%", country, c, on, got, p.rate)
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

func TestParsePercent(t *testing.T) {
	for s, want := range map[string]int64{"0": 0, "21": 2100, "5.5": 550, "2.1": 210, "25.5": 2550, "8.1": 810, "12.5": 1250, "0.25": 25} {
		got, ok := parseRatePercent(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, got, s)
	}
	for _, s := range []string{"", ".", "5.", ".5", "5.555", "1.2.3", "-1", "x", "21%", "99999999"} {
		_, ok := parseRatePercent(s)
		assert.False(t, ok, s)
	}
}

func TestFraction(t *testing.T) {
	for units, want := range map[int64]string{0: "0", 2100: "0.21", 550: "0.055", 2550: "0.255", 10000: "1", 1: "0.0001"} {
		assert.Equal(t, want, rateFraction(units).String())
	}
	// No trailing zeros in the representation.
	assert.Equal(t, int32(-2), rateFraction(2100).Exponent())
}

func TestFindMalformed(t *testing.T) {
	day := []byte("2026-01-01")
	for _, list := range []string{"x", "2020-01-01", "2020-01-01 ", "2020-01-01x21", "2020/01/01 21", "2020-0a-01 21",
		"2020-01-01 21;", "2020-01-01 21;2021-01-01 6", "2020-01-01 21; ", "2020-01-01 ; 2021-01-01 6"} {
		assert.Equal(t, periodUnknown, findPeriod(list, day).kind, list)
	}
	// A malformed rate token reads as unknown, never as a number.
	assert.Equal(t, periodUnknown, findPeriod("2020-01-01 twenty", day).kind)
	assert.Equal(t, periodEntry{kind: periodNone}, findPeriod("", day))
	assert.Equal(t, periodEntry{kind: periodLater, from: "2027-01-01"}, findPeriod("2027-01-01 6", day))
	assert.Equal(t, periodEntry{kind: periodRate, units: 600}, findPeriod("2020-01-01 12; 2025-01-01 6; 2027-01-01 21", day))
	assert.Equal(t, periodEntry{kind: periodStandard}, findPeriod("2020-01-01 standard", day))
}
