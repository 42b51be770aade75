package webhook_test

import (
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/webhook"
)

func TestNewDeduplicator(t *testing.T) {
	for _, ttl := range []time.Duration{0, -time.Second} {
		d, err := webhook.NewDeduplicator(ttl)
		require.ErrorIs(t, err, webhook.ErrInvalidConfig)
		assert.Nil(t, d)
	}
}

func TestDeduplicatorWindow(t *testing.T) {
	d, err := webhook.NewDeduplicator(time.Hour)
	require.NoError(t, err)
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	key := webhook.EventKey(webhook.ProviderStripe, "evt_1")

	assert.False(t, d.Seen(key, t0), "first sighting")
	assert.True(t, d.Seen(key, t0), "same instant")
	assert.True(t, d.Seen(key, t0.Add(time.Hour-time.Nanosecond)), "last instant of the window")
	assert.True(t, d.Seen(key, t0.Add(-time.Minute)), "another handler's clock is behind")
	assert.False(t, d.Seen(key, t0.Add(time.Hour)), "the window has ended: new again")
	assert.True(t, d.Seen(key, t0.Add(time.Hour+time.Minute)), "and remembered from then")

	other := webhook.EventKey(webhook.ProviderStripe, "evt_2")
	assert.False(t, d.Seen(other, t0.Add(time.Hour)))
	assert.Equal(t, 2, d.Len())
}

func TestDeduplicatorDuplicateDoesNotExtend(t *testing.T) {
	d, err := webhook.NewDeduplicator(time.Hour)
	require.NoError(t, err)
	t0 := time.Unix(1700000000, 0)
	assert.False(t, d.Seen("k", t0))
	assert.True(t, d.Seen("k", t0.Add(50*time.Minute)))
	assert.False(t, d.Seen("k", t0.Add(61*time.Minute)), "counted from the first sighting")
}

func TestDeduplicatorEmptyKeyAndForget(t *testing.T) {
	d, err := webhook.NewDeduplicator(time.Minute)
	require.NoError(t, err)
	t0 := time.Unix(1700000000, 0)
	assert.False(t, d.Seen("", t0))
	assert.False(t, d.Seen("", t0), "the empty key is never a duplicate")
	assert.Equal(t, 0, d.Len())

	assert.False(t, d.Seen("k", t0))
	d.Forget("k") // handling failed: let the retry through
	assert.False(t, d.Seen("k", t0.Add(time.Second)))
	assert.True(t, d.Seen("k", t0.Add(2*time.Second)))
	d.Forget("never seen")
}

func TestDeduplicatorSweeps(t *testing.T) {
	d, err := webhook.NewDeduplicator(time.Minute)
	require.NoError(t, err)
	t0 := time.Unix(1700000000, 0)
	for i := range 1000 {
		assert.False(t, d.Seen(webhook.EventKey("p", strconv.Itoa(i)), t0.Add(time.Duration(i)*time.Millisecond)))
	}
	assert.Equal(t, 1000, d.Len())
	// A key forgotten, then seen again, keeps its new window through sweeps.
	d.Forget(webhook.EventKey("p", "0"))
	assert.False(t, d.Seen(webhook.EventKey("p", "0"), t0.Add(30*time.Second)))
	assert.False(t, d.Seen("late", t0.Add(time.Minute+time.Second)))
	assert.Equal(t, 2, d.Len(), "the first thousand expired and were swept")
	assert.True(t, d.Seen(webhook.EventKey("p", "0"), t0.Add(80*time.Second)))
	assert.False(t, d.Seen("later", t0.Add(3*time.Minute)))
	assert.Equal(t, 1, d.Len())
}

func TestDeduplicatorConcurrent(t *testing.T) {
	d, err := webhook.NewDeduplicator(time.Hour)
	require.NoError(t, err)
	t0 := time.Unix(1700000000, 0)
	var fresh atomic.Int32
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				key := webhook.StatusKey(webhook.ProviderMollie, "tr_1", "paid")
				if !d.Seen(key, t0.Add(time.Duration(g*i)*time.Millisecond)) {
					fresh.Add(1)
				}
				if i%50 == 0 {
					_ = d.Len()
				}
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int32(1), fresh.Load(), "exactly one handler processes the webhook")
}

func TestKeys(t *testing.T) {
	assert.NotEqual(t, webhook.Key("a:b", "c"), webhook.Key("a", "b:c"))
	assert.NotEqual(t, webhook.Key(`a" "b`), webhook.Key("a", "b"))
	assert.Equal(t, `"stripe" "event" "evt_1"`, webhook.EventKey("stripe", "evt_1"))
	assert.Equal(t, `"mollie" "status" "tr_1" "paid"`, webhook.StatusKey("mollie", "tr_1", "paid"))
	assert.Equal(t, "", webhook.Key())
}

func TestDeduplicatorZeroValue(t *testing.T) {
	var d webhook.Deduplicator
	t0 := time.Unix(1700000000, 0)
	assert.False(t, d.Seen("k", t0))
	assert.False(t, d.Seen("k", t0), "a time to live of 0 remembers nothing")
	d.Forget("k")
	assert.LessOrEqual(t, d.Len(), 1)
}
