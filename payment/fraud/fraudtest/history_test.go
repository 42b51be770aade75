package fraudtest_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/fraud"
	"github.com/comptoir/comptoir/payment/fraud/fraudtest"
)

func noon() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) }

func TestCountWindow(t *testing.T) {
	h := fraudtest.NewHistory()
	// Recorded out of order, and one twice.
	for _, m := range []int{-60, 0, -30, -61, -30, 1} {
		require.NoError(t, h.Record(fraud.ByCard, "fp_1", noon().Add(time.Duration(m)*time.Minute)))
	}
	require.NoError(t, h.Record(fraud.ByEmail, "fp_1", noon()))
	require.NoError(t, h.Record(fraud.ByCard, "fp_2", noon()))
	ctx := context.Background()
	count := func(since, until time.Time) int {
		n, err := h.Count(ctx, fraud.ByCard, "fp_1", since, until)
		require.NoError(t, err)
		return n
	}
	hourAgo := noon().Add(-time.Hour)
	assert.Equal(t, 3, count(hourAgo, noon()), "-30 twice and 0: -60 is on the excluded edge")
	assert.Equal(t, 4, count(hourAgo.Add(-time.Nanosecond), noon()))
	assert.Equal(t, 2, count(hourAgo, noon().Add(-time.Nanosecond)))
	assert.Equal(t, 6, count(noon().Add(-24*time.Hour), noon().Add(24*time.Hour)))
	assert.Equal(t, 0, count(noon(), noon()), "an empty window")
	n, err := h.Count(ctx, fraud.ByEmail, "nobody@example.be", hourAgo, noon())
	require.NoError(t, err)
	assert.Zero(t, n)
	assert.Equal(t, 8, h.Len())
	assert.Equal(t, 6, h.Calls())
}

func TestInvalid(t *testing.T) {
	h := &fraudtest.History{}
	assert.ErrorIs(t, h.Record("ip", "1.2.3.4", noon()), fraudtest.ErrInvalidRecord)
	assert.ErrorIs(t, h.Record(fraud.ByCard, "", noon()), fraudtest.ErrInvalidRecord)
	assert.Zero(t, h.Len())
	ctx := context.Background()
	_, err := h.Count(ctx, "", "x", noon(), noon())
	assert.ErrorIs(t, err, fraudtest.ErrInvalidRecord)
	_, err = h.Count(ctx, fraud.ByCard, "", noon(), noon())
	assert.ErrorIs(t, err, fraudtest.ErrInvalidRecord)
	_, err = h.Count(ctx, fraud.ByCard, "x", noon(), noon().Add(-time.Second))
	assert.ErrorIs(t, err, fraudtest.ErrInvalidRecord)
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	_, err = h.Count(cancelled, fraud.ByCard, "x", noon(), noon())
	assert.ErrorIs(t, err, context.Canceled)
}

func TestFailures(t *testing.T) {
	h := fraudtest.NewHistory()
	ctx := context.Background()
	first, second, always := errors.New("first"), errors.New("second"), errors.New("always")
	h.FailNext(first)
	h.FailNext(nil)
	h.FailNext(second)
	h.Fail(always)
	_, err := h.Count(ctx, fraud.ByCard, "x", noon(), noon())
	assert.Same(t, first, err)
	_, err = h.Count(ctx, fraud.ByCard, "x", noon(), noon())
	assert.Same(t, second, err)
	_, err = h.Count(ctx, fraud.ByCard, "x", noon(), noon())
	assert.Same(t, always, err)
	h.Fail(nil)
	_, err = h.Count(ctx, fraud.ByCard, "x", noon(), noon())
	assert.NoError(t, err)
	assert.Equal(t, 4, h.Calls())
}

func TestConcurrent(t *testing.T) {
	h := fraudtest.NewHistory()
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			at := noon().Add(-time.Duration(i) * time.Second)
			assert.NoError(t, h.Record(fraud.ByCard, "fp_1", at))
			_, err := h.Count(context.Background(), fraud.ByCard, "fp_1", noon().Add(-time.Hour), noon())
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	n, err := h.Count(context.Background(), fraud.ByCard, "fp_1", noon().Add(-time.Hour), noon())
	require.NoError(t, err)
	assert.Equal(t, 50, n)
	assert.Equal(t, 51, h.Calls())
}
