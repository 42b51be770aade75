package fraudtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/comptoir/comptoir/internal/fault"
	"github.com/comptoir/comptoir/payment/fraud"
)

// ErrInvalidRecord marks a Record or a Count History refuses: an unknown
// kind, an empty value, a window ending before it starts.
var ErrInvalidRecord = errors.New("fraudtest: invalid record")

// History is an in-memory fraud.History. The zero History is ready to
// use. It is safe for concurrent use.
type History struct {
	mu       sync.Mutex
	times    map[key][]time.Time     // sorted
	faults   fault.Injector[opCount] // failures injected, Count calls made
	recorded int                     // payments recorded
}

// opCount is the one operation failures are injected into: Count. It
// stands for every operation too.
type opCount struct{}

var _ fraud.History = (*History)(nil)

type key struct {
	kind  fraud.Kind
	value string
}

// NewHistory returns an empty History.
func NewHistory() *History { return &History{} }

// Record stores a payment made at t on the given card or email.
func (h *History) Record(kind fraud.Kind, value string, at time.Time) error {
	if err := checkKey(kind, value); err != nil {
		return err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.times == nil {
		h.times = map[key][]time.Time{}
	}
	k := key{kind, value}
	ts := h.times[k]
	i, _ := slices.BinarySearchFunc(ts, at, time.Time.Compare)
	h.times[k] = slices.Insert(ts, i, at)
	h.recorded++
	return nil
}

// Count returns the number of payments recorded under kind and value at
// a time t with since < t <= until.
func (h *History) Count(ctx context.Context, kind fraud.Kind, value string, since, until time.Time) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err := h.faults.Begin(ctx, opCount{}, opCount{}); err != nil {
		return 0, err
	}
	if err := checkKey(kind, value); err != nil {
		return 0, err
	}
	if since.After(until) {
		return 0, fmt.Errorf("%w: window from %v to %v ends before it starts", ErrInvalidRecord, since, until)
	}
	ts := h.times[key{kind, value}]
	return after(ts, until) - after(ts, since), nil
}

// after returns the number of times in the sorted ts that are not after
// t: the index of the first one after it.
func after(ts []time.Time, t time.Time) int {
	i, _ := slices.BinarySearchFunc(ts, t, func(a, t time.Time) int {
		if a.After(t) {
			return 1
		}
		return -1
	})
	return i
}

// Fail makes every later Count fail with err, until Fail(nil).
func (h *History) Fail(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.faults.Fail(opCount{}, err)
}

// FailNext makes the next Count fail with err, once. Failures queued by
// several calls are used in turn, and before the one set by Fail. A nil
// err is ignored.
func (h *History) FailNext(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.faults.FailNext(opCount{}, err)
}

// Calls returns the number of Count calls made, failed ones included.
func (h *History) Calls() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.faults.Calls(opCount{})
}

// Len returns the number of payments recorded.
func (h *History) Len() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.recorded
}

func checkKey(kind fraud.Kind, value string) error {
	switch {
	case !kind.Valid():
		return fmt.Errorf("%w: unknown kind %q", ErrInvalidRecord, kind)
	case value == "":
		return fmt.Errorf("%w: empty value", ErrInvalidRecord)
	}
	return nil
}
