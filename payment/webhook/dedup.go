package webhook

import (
	"strconv"
	"sync"
	"time"
)

// Key joins parts into a deduplication key. Each part is quoted, so no two
// lists of parts give the same key ("a:b","c" and "a","b:c" differ).
func Key(parts ...string) string {
	var b []byte
	for i, p := range parts {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendQuote(b, p)
	}
	return string(b)
}

// EventKey is the key of a provider's event id (Stripe "evt_...", Mollie
// "event_...").
func EventKey(provider, eventID string) string { return Key(provider, "event", eventID) }

// StatusKey is the key of a status reported for a reference, for providers
// without event ids (a fetched Mollie payment's id and status).
func StatusKey(provider, reference, status string) string {
	return Key(provider, "status", reference, status)
}

// Deduplicator remembers the keys of the webhooks already handled, each
// for a time to live, so a redelivered webhook can be dropped. Time is
// passed in. It is in memory only and safe for concurrent use. Make it with
// NewDeduplicator: the zero value has a time to live of 0 and so never
// reports a duplicate.
//
// Call Seen after verifying the signature, so that only the provider can
// fill it, and call Forget when handling fails, so the provider's retry is
// not dropped.
type Deduplicator struct {
	ttl   time.Duration
	mu    sync.Mutex
	until map[string]time.Time // key -> end of its window
	queue []dedupEntry         // keys in the order recorded, swept from head
	head  int
}

// dedupEntry is a key and the end of its window when it was recorded.
type dedupEntry struct {
	key   string
	until time.Time
}

// NewDeduplicator returns a Deduplicator that remembers a key for ttl
// after it is first seen; choose at least the provider's retry span (Stripe
// retries for three days). Errors: ErrInvalidConfig for a ttl that is not
// positive.
func NewDeduplicator(ttl time.Duration) (*Deduplicator, error) {
	if ttl <= 0 {
		return nil, configError("dedup", "time to live must be positive")
	}
	return &Deduplicator{ttl: ttl, until: make(map[string]time.Time)}, nil
}

// Seen reports whether key was seen less than the time to live before at
// (or after it: clocks of concurrent handlers differ), and records it if
// not. The window counts from the first sighting; a duplicate does not
// extend it. The empty key is never a duplicate and is not recorded.
func (d *Deduplicator) Seen(key string, at time.Time) bool {
	if key == "" {
		return false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.sweep(at)
	if until, ok := d.until[key]; ok && at.Before(until) {
		return true
	}
	if d.until == nil { // the zero Deduplicator: ttl 0, nothing is remembered long
		d.until = make(map[string]time.Time)
	}
	until := at.Add(d.ttl)
	d.until[key] = until
	d.queue = append(d.queue, dedupEntry{key: key, until: until})
	return false
}

// Forget drops key, so the next Seen of it reports false: call it when the
// webhook could not be handled and the provider will retry.
func (d *Deduplicator) Forget(key string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.until, key)
}

// Len returns how many keys are remembered, counting expired keys not yet
// swept (sweeping happens in Seen).
func (d *Deduplicator) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.until)
}

// sweep drops the keys whose window ended by at, oldest first. A key
// recorded again or forgotten since its entry was queued is left alone.
func (d *Deduplicator) sweep(at time.Time) {
	for d.head < len(d.queue) && !at.Before(d.queue[d.head].until) {
		e := d.queue[d.head]
		if until, ok := d.until[e.key]; ok && until.Equal(e.until) {
			delete(d.until, e.key)
		}
		d.queue[d.head] = dedupEntry{}
		d.head++
	}
	// Reuse the queue's space once half of it is swept.
	if d.head > 0 && d.head*2 >= len(d.queue) {
		n := copy(d.queue, d.queue[d.head:])
		clear(d.queue[n:])
		d.queue = d.queue[:n]
		d.head = 0
	}
}
