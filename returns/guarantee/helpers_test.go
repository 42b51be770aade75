package guarantee_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/returns/guarantee"
)

// d parses a date of a test table; a typo in a table is a test bug.
func d(tb testing.TB, s string) calendar.Date {
	tb.Helper()
	v, err := calendar.ParseDate(s)
	require.NoError(tb, err)
	return v
}

// cal returns a national calendar.
func cal(tb testing.TB, country string) *calendar.Calendar {
	tb.Helper()
	c, err := calendar.For(country)
	require.NoError(tb, err)
	return c
}

// base is the brief's line: contract and delivery on Monday 2026-03-02, a
// Belgian consumer buying from a Belgian shop, new goods.
func base(tb testing.TB, discovered string) guarantee.Case {
	tb.Helper()
	return guarantee.Case{
		Country:       "BE",
		TraderCountry: "BE",
		ContractDate:  d(tb, "2026-03-02"),
		Delivered:     d(tb, "2026-03-02"),
		Discovered:    d(tb, discovered),
	}
}

func period(tb testing.TB, from, to string) guarantee.Period {
	tb.Helper()
	return guarantee.Period{From: d(tb, from), To: d(tb, to)}
}

// rules returns the rule names of the reasons, in order.
func rules(a guarantee.Assessment) []string {
	out := make([]string, len(a.Reasons))
	for i, r := range a.Reasons {
		out[i] = r.Rule
	}
	return out
}
