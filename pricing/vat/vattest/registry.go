// Package vattest provides an in-memory vat.Registry for tests: registered
// numbers with their names and addresses, failures injected per Member State
// or for the whole service, an injected clock, deterministic consultation
// references, and a record of the checks made.
package vattest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/comptoir/comptoir/pricing/vat"
)

// DefaultTime returns the time a Registry built with a nil clock gives every
// check, 2026-01-01 09:00 UTC: a fixed instant, so that tests which do not
// care about time stay deterministic.
func DefaultTime() time.Time { return time.Date(2026, time.January, 1, 9, 0, 0, 0, time.UTC) }

// Registry is an in-memory vat.Registry that behaves like VIES:
//
//   - a registered number is Valid with its name and address, any other
//     well-formed number is not Valid, and neither is an error;
//   - the zero Number and EU numbers (non-Union OSS, which VIES does not
//     cover) are rejected with INVALID_INPUT;
//   - with a requester (WithRequester), each answer carries a consultation
//     reference, "VATTEST-000001", "VATTEST-000002", ... in the order the
//     checks are answered, and the requester must itself be registered, or
//     the check is rejected with INVALID_REQUESTER_INFO, as VIES does;
//     without one, Reference is "";
//   - Fail makes a Member State's register, or the whole service, answer
//     with a fault code until Restore;
//   - Pause holds every check until Resume or until its context ends, to
//     test timeouts and cancellation;
//   - a check whose context is done returns the context's error.
//
// Every check, answered or not, is recorded (Calls). A Registry is safe for
// concurrent use. Build one with NewRegistry.
type Registry struct {
	now       func() time.Time
	requester vat.Number

	mu      sync.Mutex
	entries map[vat.Number]entry
	faults  map[string]string // prefix, or "" for the whole service -> fault code
	seq     int
	calls   []Call
	gate    chan struct{} // non-nil while paused; closed by Resume
}

type entry struct {
	name, address string
}

// Call is one check made on a Registry.
type Call struct {
	// Number is the number asked about.
	Number vat.Number
	// At is the clock's time when the check was answered, or when it gave
	// up for an ended context.
	At time.Time
	// Registration is the answer; the zero Registration when Err is set.
	Registration vat.Registration
	// Err is the error returned, nil for an answer.
	Err error
}

// Option configures a Registry built by NewRegistry.
type Option func(*Registry)

// WithRequester makes every check on behalf of the requester n (the seller's
// own VAT number), so that answers carry a consultation reference. n must be
// registered (Register) for checks to succeed.
func WithRequester(n vat.Number) Option {
	return func(r *Registry) { r.requester = n }
}

// NewRegistry returns an empty Registry whose answers are dated by now. A nil
// now gives every answer DefaultTime().
func NewRegistry(now func() time.Time, opts ...Option) *Registry {
	if now == nil {
		now = DefaultTime
	}
	r := &Registry{
		now:     now,
		entries: make(map[vat.Number]entry),
		faults:  make(map[string]string),
	}
	for _, opt := range opts {
		opt(r)
	}
	return r
}

// FixedClock returns a clock that always says t, for NewRegistry.
func FixedClock(t time.Time) func() time.Time {
	return func() time.Time { return t }
}

// Register records n as registered, with its name and address ("" for a
// Member State that does not release them). Registering a number again
// replaces its name and address.
func (r *Registry) Register(n vat.Number, name, address string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.entries[n] = entry{name: name, address: address}
}

// Deregister removes n: later checks answer that it is not valid, as for a
// business that stopped its VAT registration.
func (r *Registry) Deregister(n vat.Number) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.entries, n)
}

// Fail makes checks of numbers with the given prefix fail with the fault
// code, such as vat.FaultMSUnavailable, until Restore(prefix). The prefix ""
// makes the whole service fail, such as with vat.FaultServiceUnavailable;
// the whole-service fault takes precedence over a Member State's.
func (r *Registry) Fail(prefix, code string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.faults[prefix] = code
}

// Restore ends the fault set by Fail for prefix ("" for the whole service).
func (r *Registry) Restore(prefix string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.faults, prefix)
}

// Pause holds every check that starts from now on, until Resume or until the
// check's context ends.
func (r *Registry) Pause() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.gate == nil {
		r.gate = make(chan struct{})
	}
}

// Resume releases the checks held by Pause.
func (r *Registry) Resume() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.gate != nil {
		close(r.gate)
		r.gate = nil
	}
}

// Calls returns the checks made so far, in the order they finished.
func (r *Registry) Calls() []Call {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Call(nil), r.calls...)
}

// Check answers whether n is registered; see Registry for the behaviour.
func (r *Registry) Check(ctx context.Context, n vat.Number) (vat.Registration, error) {
	if err := ctx.Err(); err != nil {
		return r.record(n, vat.Registration{}, err)
	}
	r.mu.Lock()
	gate := r.gate
	r.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return r.record(n, vat.Registration{}, ctx.Err())
		}
	}

	r.mu.Lock()
	defer r.mu.Unlock()
	at := r.now()
	fail := func(err error) (vat.Registration, error) {
		r.calls = append(r.calls, Call{Number: n, At: at, Err: err})
		return vat.Registration{}, err
	}
	if n.IsZero() || n.Prefix() == "EU" {
		return fail(vat.NewRegistryError(n.Prefix(), vat.FaultInvalidInput))
	}
	if code, ok := r.faults[""]; ok {
		return fail(vat.NewRegistryError("", code))
	}
	if code, ok := r.faults[n.Prefix()]; ok {
		return fail(vat.NewRegistryError(n.Prefix(), code))
	}
	if !r.requester.IsZero() {
		if _, ok := r.entries[r.requester]; !ok {
			e := vat.NewRegistryError("", vat.FaultInvalidRequesterInfo)
			e.Detail = fmt.Sprintf("the requester %s is not registered in the fake registry", r.requester)
			return fail(e)
		}
	}
	e, ok := r.entries[n]
	reg := vat.Registration{Number: n, Valid: ok, Requester: r.requester, CheckedAt: at}
	if ok {
		reg.Name, reg.Address = e.name, e.address
	}
	if !r.requester.IsZero() {
		r.seq++
		reg.Reference = fmt.Sprintf("VATTEST-%06d", r.seq)
	}
	r.calls = append(r.calls, Call{Number: n, At: at, Registration: reg})
	return reg, nil
}

// record notes a check that ended without reaching the register.
func (r *Registry) record(n vat.Number, reg vat.Registration, err error) (vat.Registration, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, Call{Number: n, At: r.now(), Registration: reg, Err: err})
	return reg, err
}

var _ vat.Registry = (*Registry)(nil)
