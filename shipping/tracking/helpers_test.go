package tracking_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/shipping/tracking"
)

// mustTime parses an RFC 3339 time or fails the test.
func mustTime(t testing.TB, s string) time.Time {
	t.Helper()
	at, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return at
}

// mustTable builds a table or fails the test.
func mustTable(t testing.TB, build func() (*tracking.Table, error)) *tracking.Table {
	t.Helper()
	tab, err := build()
	require.NoError(t, err)
	return tab
}
