package payment

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Result is a provider call's first answer, kept under its idempotency
// key and returned to replays.
type Result struct {
	// Provider is the provider that answered a Pay.
	Provider    string
	Observation Observation
	Refund      RefundObservation
	// Declined is the decline the call ended with, if any.
	Declined *Declined
}

// IdempotencyStore remembers money-moving calls by key. Implementations
// must be safe for concurrent use; MemoryIdempotency is an in-memory one.
type IdempotencyStore interface {
	// Begin claims key for a call with the given fingerprint (a digest of
	// its parameters). For a new key it returns (nil, nil): make the call,
	// then Complete or Abandon it. For a completed key with the same
	// fingerprint it returns the first result; with another fingerprint
	// ErrIdempotencyConflict; for a claimed key not completed yet
	// ErrInProgress.
	Begin(ctx context.Context, key, fingerprint string, at time.Time) (*Result, error)
	// Complete stores the call's result under key.
	Complete(ctx context.Context, key string, r Result, at time.Time) error
	// Abandon drops a claim whose call failed transiently, so that a
	// retry with the same key makes the call again (the provider, given
	// the same key, answers as the first time).
	Abandon(ctx context.Context, key string) error
}

// MemoryIdempotency is an in-memory IdempotencyStore whose keys expire
// TTL after their claim. It is safe for concurrent use.
type MemoryIdempotency struct {
	ttl       time.Duration
	mu        sync.Mutex
	keys      map[string]idemRecord
	lastSweep time.Time
}

type idemRecord struct {
	fingerprint string
	done        bool
	result      Result
	expires     time.Time
}

// NewMemoryIdempotency returns an empty store keeping keys for ttl (24
// hours is what providers commonly keep theirs).
func NewMemoryIdempotency(ttl time.Duration) (*MemoryIdempotency, error) {
	if ttl <= 0 {
		return nil, fmt.Errorf("%w: idempotency TTL %v", ErrInvalidRequest, ttl)
	}
	return &MemoryIdempotency{ttl: ttl, keys: map[string]idemRecord{}}, nil
}

// Begin claims key; see IdempotencyStore.
func (m *MemoryIdempotency) Begin(ctx context.Context, key, fingerprint string, at time.Time) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if key == "" {
		return nil, fmt.Errorf("%w: empty idempotency key", ErrInvalidRequest)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sweep(at)
	rec, ok := m.keys[key]
	if ok && !at.Before(rec.expires) {
		ok = false // expired: the key is new again
	}
	switch {
	case !ok:
		m.keys[key] = idemRecord{fingerprint: fingerprint, expires: at.Add(m.ttl)}
		return nil, nil
	case rec.fingerprint != fingerprint:
		return nil, fmt.Errorf("%w: %q", ErrIdempotencyConflict, key)
	case !rec.done:
		return nil, fmt.Errorf("%w: %q", ErrInProgress, key)
	}
	r := rec.result
	return &r, nil
}

// Complete stores the result; see IdempotencyStore.
func (m *MemoryIdempotency) Complete(_ context.Context, key string, r Result, at time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	rec, ok := m.keys[key]
	if !ok {
		return fmt.Errorf("%w: completing unclaimed key %q", ErrInvalidRequest, key)
	}
	rec.done, rec.result = true, r
	m.keys[key] = rec
	return nil
}

// Abandon drops a claim; see IdempotencyStore.
func (m *MemoryIdempotency) Abandon(_ context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if rec, ok := m.keys[key]; ok && !rec.done {
		delete(m.keys, key)
	}
	return nil
}

// Len is the number of keys kept, expired ones not yet swept included.
func (m *MemoryIdempotency) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.keys)
}

// sweep drops expired keys, at most once per TTL, so the store does not
// grow without bound.
func (m *MemoryIdempotency) sweep(at time.Time) {
	if at.Sub(m.lastSweep) < m.ttl {
		return
	}
	for k, rec := range m.keys {
		if !at.Before(rec.expires) {
			delete(m.keys, k)
		}
	}
	m.lastSweep = at
}
