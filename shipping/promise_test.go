package shipping_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/shipping"
)

func date(tb testing.TB, s string) calendar.Date {
	tb.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(tb, err)
	return d
}

// TestPromise covers weekends, Belgian holidays, the cut-off minute and
// the two daylight-saving changes of 2026 (29 March and 25 October) in
// Europe/Brussels, with a 1-3 business day transit and a 14:00 cut-off.
func TestPromise(t *testing.T) {
	loc := brussels(t)
	be, err := calendar.For("BE")
	require.NoError(t, err)
	tr := shipping.Transit{MinDays: 1, MaxDays: 3, CutOff: shipping.Clock{Hour: 14}}
	local := func(y int, m time.Month, d, h, min, s int) time.Time { return time.Date(y, m, d, h, min, s, 0, loc) }
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name                    string
		at                      time.Time
		ships, earliest, latest string
	}{
		{"Wednesday morning", local(2026, 6, 3, 10, 0, 0), "2026-06-03", "2026-06-04", "2026-06-08"},
		{"one second before the cut-off minute", local(2026, 6, 3, 13, 59, 59), "2026-06-03", "2026-06-04", "2026-06-08"},
		{"exactly the cut-off", local(2026, 6, 3, 14, 0, 0), "2026-06-04", "2026-06-05", "2026-06-09"},
		{"one minute after the cut-off", local(2026, 6, 3, 14, 1, 0), "2026-06-04", "2026-06-05", "2026-06-09"},
		{"midnight", local(2026, 6, 3, 0, 0, 0), "2026-06-03", "2026-06-04", "2026-06-08"},
		{"Friday after the cut-off", local(2026, 6, 5, 17, 0, 0), "2026-06-08", "2026-06-09", "2026-06-11"},
		{"Saturday before the cut-off hour", local(2026, 6, 6, 9, 0, 0), "2026-06-08", "2026-06-09", "2026-06-11"},
		{"Sunday evening", local(2026, 6, 7, 23, 59, 0), "2026-06-08", "2026-06-09", "2026-06-11"},
		{"UTC instant on the previous UTC day", utc(2026, 6, 2, 22, 30), "2026-06-03", "2026-06-04", "2026-06-08"},
		{"Christmas Eve before the cut-off", local(2026, 12, 24, 10, 0, 0), "2026-12-24", "2026-12-28", "2026-12-30"},
		{"Christmas Eve after the cut-off", local(2026, 12, 24, 17, 0, 0), "2026-12-28", "2026-12-29", "2026-12-31"},
		{"Christmas Day", local(2026, 12, 25, 9, 0, 0), "2026-12-28", "2026-12-29", "2026-12-31"},
		{"New Year's Eve after the cut-off", local(2026, 12, 31, 15, 0, 0), "2027-01-04", "2027-01-05", "2027-01-07"},
		{"Easter Saturday over Easter Monday", local(2026, 4, 4, 9, 0, 0), "2026-04-07", "2026-04-08", "2026-04-10"},
		{"Ascension Eve after the cut-off", local(2026, 5, 13, 14, 0, 0), "2026-05-15", "2026-05-18", "2026-05-20"},
		// Spring forward: Sunday 29 March 2026, 02:00 CET becomes 03:00 CEST.
		{"spring: Friday 23:30 CET (22:30 UTC)", utc(2026, 3, 27, 22, 30), "2026-03-30", "2026-03-31", "2026-04-02"},
		{"spring: Sunday 01:30 CET", utc(2026, 3, 29, 0, 30), "2026-03-30", "2026-03-31", "2026-04-02"},
		{"spring: Sunday 03:30 CEST", utc(2026, 3, 29, 1, 30), "2026-03-30", "2026-03-31", "2026-04-02"},
		{"spring: Monday 13:59 CEST (11:59 UTC)", utc(2026, 3, 30, 11, 59), "2026-03-30", "2026-03-31", "2026-04-02"},
		{"spring: Monday 14:00 CEST (12:00 UTC)", utc(2026, 3, 30, 12, 0), "2026-03-31", "2026-04-01", "2026-04-03"},
		// Fall back: Sunday 25 October 2026, 03:00 CEST becomes 02:00 CET.
		{"fall: Saturday 22:30 UTC is Sunday 00:30 CEST", utc(2026, 10, 24, 22, 30), "2026-10-26", "2026-10-27", "2026-10-29"},
		{"fall: Sunday 02:30 CEST, first pass", utc(2026, 10, 25, 0, 30), "2026-10-26", "2026-10-27", "2026-10-29"},
		{"fall: Sunday 02:30 CET, second pass", utc(2026, 10, 25, 1, 30), "2026-10-26", "2026-10-27", "2026-10-29"},
		{"fall: Monday 13:59 CET (12:59 UTC)", utc(2026, 10, 26, 12, 59), "2026-10-26", "2026-10-27", "2026-10-29"},
		{"fall: Monday 14:00 CET (13:00 UTC)", utc(2026, 10, 26, 13, 0), "2026-10-27", "2026-10-28", "2026-10-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := tr.Promise(tt.at, loc, be)
			require.NoError(t, err)
			assert.Equal(t, shipping.Window{
				Ships: date(t, tt.ships), Earliest: date(t, tt.earliest), Latest: date(t, tt.latest),
			}, w)
		})
	}
}

// TestPromiseEdges covers same-day transit, a midnight cut-off and the
// errors of Promise.
func TestPromiseEdges(t *testing.T) {
	loc := brussels(t)
	be, err := calendar.For("BE")
	require.NoError(t, err)
	wed := time.Date(2026, 6, 3, 0, 0, 0, 0, loc)

	w, err := shipping.Transit{CutOff: shipping.Clock{Hour: 18}}.Promise(wed, loc, be)
	require.NoError(t, err)
	assert.Equal(t, shipping.Window{Ships: date(t, "2026-06-03"), Earliest: date(t, "2026-06-03"), Latest: date(t, "2026-06-03")}, w)

	w, err = shipping.Transit{MaxDays: 1}.Promise(wed, loc, be) // cut-off 00:00: never the same day
	require.NoError(t, err)
	assert.Equal(t, shipping.Window{Ships: date(t, "2026-06-04"), Earliest: date(t, "2026-06-04"), Latest: date(t, "2026-06-05")}, w)

	for name, tt := range map[string]struct {
		tr  shipping.Transit
		loc *time.Location
		cal *calendar.Calendar
	}{
		"nil location":  {shipping.Transit{}, nil, be},
		"nil calendar":  {shipping.Transit{}, loc, nil},
		"negative min":  {shipping.Transit{MinDays: -1}, loc, be},
		"max below min": {shipping.Transit{MinDays: 3, MaxDays: 2}, loc, be},
		"max too large": {shipping.Transit{MaxDays: 366}, loc, be},
		"hour 24":       {shipping.Transit{CutOff: shipping.Clock{Hour: 24}}, loc, be},
		"minute 60":     {shipping.Transit{CutOff: shipping.Clock{Minute: 60}}, loc, be},
	} {
		_, err := tt.tr.Promise(wed, tt.loc, tt.cal)
		assert.ErrorIs(t, err, shipping.ErrInvalidTransit, name)
		var te *shipping.TransitError
		assert.ErrorAs(t, err, &te, name)
	}
	assert.Equal(t, "09:05", shipping.Clock{Hour: 9, Minute: 5}.String())
}
