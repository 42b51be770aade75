package order_test

import (
	"errors"
	"testing"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// eur parses an amount in euros.
func eur(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

// dec parses a decimal.
func dec(t testing.TB, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	require.NoError(t, err)
	return d
}

// day returns a UTC time on 2026-mm-dd at hh:mm.
func day(mm, dd, hh, min int) time.Time {
	return time.Date(2026, time.Month(mm), dd, hh, min, 0, 0, time.UTC)
}

// problemPaths returns the paths of a *ValidationError's problems, or nil
// for a nil error; it fails the test on any other error.
func problemPaths(t testing.TB, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var ve *order.ValidationError
	require.True(t, errors.As(err, &ve), "want a *ValidationError, got %T: %v", err, err)
	paths := make([]string, len(ve.Problems))
	for i, p := range ve.Problems {
		paths[i] = p.Path
	}
	return paths
}

// mustLoc returns the Brussels time zone, or a fixed +02:00 zone when the
// system has no time zone database.
func mustLoc(t testing.TB) *time.Location {
	t.Helper()
	if loc, err := time.LoadLocation("Europe/Brussels"); err == nil {
		return loc
	}
	return time.FixedZone("CEST", 2*3600)
}
