package carttest

import (
	"context"
	"slices"
)

// Op names an operation of a fake, for Fail, FailNext and CallCount.
type Op string

// Operations of Inventory and Catalog.
const (
	OpAvailable Op = "Available"
	OpReserve   Op = "Reserve"
	OpRelease   Op = "Release"
	OpCommit    Op = "Commit"
	OpPrices    Op = "Prices"
	// All stands for every operation of the fake.
	All Op = "*"
)

// faults holds the failures injected into a fake and counts its calls.
// Its owner guards it with its own mutex; the zero faults is ready to use.
type faults struct {
	failures map[Op]error // set by Fail
	next     []injected   // queued by FailNext, in order
	calls    map[Op]int   // calls made, by operation
}

type injected struct {
	op  Op
	err error
}

// begin counts a call of op and returns the error it must fail with: the
// context's, or an injected one (queued ones first, then op's own, then
// All's).
func (f *faults) begin(ctx context.Context, op Op) error {
	if f.calls == nil {
		f.calls = map[Op]int{}
	}
	f.calls[op]++
	if err := ctx.Err(); err != nil {
		return err
	}
	for i, n := range f.next {
		if n.op == op || n.op == All {
			f.next = slices.Delete(f.next, i, i+1)
			return n.err
		}
	}
	if err, ok := f.failures[op]; ok {
		return err
	}
	return f.failures[All]
}

// fail sets, or with a nil err clears, the lasting failure of op.
func (f *faults) fail(op Op, err error) {
	if err == nil {
		delete(f.failures, op)
		return
	}
	if f.failures == nil {
		f.failures = map[Op]error{}
	}
	f.failures[op] = err
}

// failNext queues a failure of the next call of op; a nil err is ignored.
func (f *faults) failNext(op Op, err error) {
	if err != nil {
		f.next = append(f.next, injected{op, err})
	}
}

// count returns the calls of op, or of every op in ops with All.
func (f *faults) count(op Op, ops ...Op) int {
	if op != All {
		return f.calls[op]
	}
	n := 0
	for _, o := range ops {
		n += f.calls[o]
	}
	return n
}
