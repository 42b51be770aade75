package refund_test

import (
	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDeadline(t *testing.T) {
	d := func(s string) *calendar.Date {
		if s == "" {
			return nil
		}
		v := date(t, s)
		return &v
	}
	cases := []struct {
		name               string
		informed           string
		received, proof    string
		collects, withheld bool
		due                string
	}{
		// law-and-tax W-refund: due 14 days later, on the holiday itself.
		{"spec example, trader collects", "2026-12-18", "", "", true, false, "2027-01-01"},
		{"spec example, goods back early", "2026-12-18", "2026-12-22", "", false, false, "2027-01-01"},
		{"nothing back yet: withheld", "2026-12-18", "", "", false, true, "2027-01-01"},
		{"goods received late", "2026-12-18", "2027-01-08", "", false, false, "2027-01-08"},
		{"proof late", "2026-12-18", "", "2027-01-05", false, false, "2027-01-05"},
		{"proof before goods", "2026-12-18", "2027-01-11", "2027-01-06", false, false, "2027-01-06"},
		{"goods before proof", "2026-12-18", "2027-01-04", "2027-01-09", false, false, "2027-01-04"},
		{"both before the 14 days", "2026-12-18", "2026-12-28", "2026-12-21", false, false, "2027-01-01"},
		{"trader collects, goods late", "2026-12-18", "2027-02-01", "", true, false, "2027-01-01"},
		{"goods back before the notice", "2026-06-10", "2026-06-08", "", false, false, "2026-06-24"},
		{"leap year", "2028-02-20", "", "", true, false, "2028-03-05"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			due, withheld, err := refund.Deadline(date(t, c.informed), d(c.received), d(c.proof), c.collects)
			require.NoError(t, err)
			assert.Equal(t, date(t, c.due), due)
			assert.Equal(t, c.withheld, withheld)
		})
	}
}

func TestDeadlineErrors(t *testing.T) {
	ok := date(t, "2026-12-18")
	bad := calendar.Date{Year: 2026, Month: 2, Day: 30}
	zero := calendar.Date{}
	last := date(t, "9999-12-25")
	for name, f := range map[string]func() error{
		"zero informed":    func() error { _, _, err := refund.Deadline(zero, nil, nil, false); return err },
		"invalid informed": func() error { _, _, err := refund.Deadline(bad, nil, nil, false); return err },
		"invalid received": func() error { _, _, err := refund.Deadline(ok, &bad, nil, false); return err },
		"zero proof":       func() error { _, _, err := refund.Deadline(ok, nil, &zero, false); return err },
		"after 9999":       func() error { _, _, err := refund.Deadline(last, nil, nil, true); return err },
		"late, zero due":   func() error { _, _, err := refund.Late(zero, ok); return err },
		"late, bad paid":   func() error { _, _, err := refund.Late(ok, bad); return err },
	} {
		err := f()
		assert.ErrorIs(t, err, refund.ErrInvalidDate, name)
		var ie *refund.InputError
		assert.ErrorAs(t, err, &ie, name)
	}
}

func TestLate(t *testing.T) {
	due := date(t, "2027-01-01")
	cases := []struct {
		paid string
		days int
		late bool
	}{
		{"2026-12-31", 0, false}, // paid before the holiday, as advised
		{"2027-01-01", 0, false}, // on the due day is in time
		{"2027-01-04", 3, true},  // the roll-forward does not apply to payments
		{"2027-02-01", 31, true},
	}
	for _, c := range cases {
		days, late, err := refund.Late(due, date(t, c.paid))
		require.NoError(t, err)
		assert.Equal(t, c.days, days, c.paid)
		assert.Equal(t, c.late, late, c.paid)
	}
}
