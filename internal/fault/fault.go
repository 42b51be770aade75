// Package fault injects failures into the in-memory fakes of the module
// and counts their calls.
//
// A fake embeds an Injector keyed by its own operation type, calls Begin
// (or Count then Injected) at the start of each operation, and exposes
// Fail, FailNext and the call counts through its own API.
package fault

import (
	"context"
	"slices"
)

// Injector holds the failures injected into a fake and counts its calls,
// by operation. Op is the fake's operation type; the fake picks one value
// of it, passed as all to Begin and Injected, that stands for every
// operation.
//
// A failure queued by FailNext is returned once, by the first later call
// it matches, queued failures in the order they were queued and before
// any lasting failure set by Fail. A lasting failure set for the called
// operation wins over one set for all.
//
// The zero Injector is ready to use. An Injector is not safe for
// concurrent use by itself: the fake that owns it guards it with its own
// mutex, held across every method call.
type Injector[Op comparable] struct {
	lasting map[Op]error // set by Fail
	queued  []queued[Op] // queued by FailNext, in order
	calls   map[Op]int   // calls counted, by operation
	total   int          // calls counted, every operation
}

// queued is a one-shot failure waiting for a call of op.
type queued[Op comparable] struct {
	op  Op
	err error
}

// Begin starts a call of op: it counts it, then returns the error the call
// must fail with, or nil. That is ctx.Err() when ctx is done (no injected
// failure is used up then), else the failure Injected returns.
func (in *Injector[Op]) Begin(ctx context.Context, op, all Op) error {
	in.Count(op)
	if err := ctx.Err(); err != nil {
		return err
	}
	return in.Injected(op, all)
}

// Count counts a call of op, for a fake that checks its context itself
// before calling Injected.
func (in *Injector[Op]) Count(op Op) {
	if in.calls == nil {
		in.calls = map[Op]int{}
	}
	in.calls[op]++
	in.total++
}

// Injected returns the failure a call of op must return, or nil: the
// first queued failure for op or for all, which it removes from the
// queue; else op's lasting failure; else all's. It does not count the
// call.
func (in *Injector[Op]) Injected(op, all Op) error {
	for i, q := range in.queued {
		if q.op == op || q.op == all {
			in.queued = slices.Delete(in.queued, i, i+1)
			return q.err
		}
	}
	if err, ok := in.lasting[op]; ok {
		return err
	}
	return in.lasting[all]
}

// Fail makes every later call of op fail with err, until Fail(op, nil),
// which clears it. Set for the fake's all value, it applies to every
// operation without a lasting failure of its own.
func (in *Injector[Op]) Fail(op Op, err error) {
	if err == nil {
		delete(in.lasting, op)
		return
	}
	if in.lasting == nil {
		in.lasting = map[Op]error{}
	}
	in.lasting[op] = err
}

// FailNext queues a failure of the next call of op (of any operation, for
// the fake's all value) with err, once. A nil err is ignored.
func (in *Injector[Op]) FailNext(op Op, err error) {
	if err != nil {
		in.queued = append(in.queued, queued[Op]{op, err})
	}
}

// Calls returns how many calls of op were counted, failed ones included.
// It does not add up the operations for the fake's all value: Total does.
func (in *Injector[Op]) Calls(op Op) int {
	return in.calls[op]
}

// Total returns how many calls were counted, of every operation.
func (in *Injector[Op]) Total() int {
	return in.total
}
