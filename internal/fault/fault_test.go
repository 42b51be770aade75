package fault_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/internal/fault"
)

type op string

const (
	opA op = "A"
	opB op = "B"
	all op = "*"
)

// testError is an injected error, comparable and constant.
type testError string

func (e testError) Error() string { return string(e) }

const (
	errQueued  testError = "queued"
	errQueued2 testError = "queued 2"
	errOp      testError = "lasting op"
	errAll     testError = "lasting all"
)

func TestBeginPrecedence(t *testing.T) {
	tests := []struct {
		name  string
		setup func(in *fault.Injector[op])
		call  op
		want  []error // the errors of successive calls
	}{
		{name: "nothing injected", call: opA, want: []error{nil, nil}},
		{
			name:  "lasting op",
			setup: func(in *fault.Injector[op]) { in.Fail(opA, errOp) },
			call:  opA, want: []error{errOp, errOp},
		},
		{
			name:  "lasting for another op",
			setup: func(in *fault.Injector[op]) { in.Fail(opB, errOp) },
			call:  opA, want: []error{nil},
		},
		{
			name:  "lasting all",
			setup: func(in *fault.Injector[op]) { in.Fail(all, errAll) },
			call:  opA, want: []error{errAll, errAll},
		},
		{
			name: "lasting op wins over all",
			setup: func(in *fault.Injector[op]) {
				in.Fail(all, errAll)
				in.Fail(opA, errOp)
			},
			call: opA, want: []error{errOp, errOp},
		},
		{
			name:  "queued once",
			setup: func(in *fault.Injector[op]) { in.FailNext(opA, errQueued) },
			call:  opA, want: []error{errQueued, nil},
		},
		{
			name:  "queued for all",
			setup: func(in *fault.Injector[op]) { in.FailNext(all, errQueued) },
			call:  opA, want: []error{errQueued, nil},
		},
		{
			name:  "queued for another op waits",
			setup: func(in *fault.Injector[op]) { in.FailNext(opB, errQueued) },
			call:  opA, want: []error{nil, nil},
		},
		{
			name: "queued before lasting",
			setup: func(in *fault.Injector[op]) {
				in.Fail(opA, errOp)
				in.Fail(all, errAll)
				in.FailNext(opA, errQueued)
			},
			call: opA, want: []error{errQueued, errOp, errOp},
		},
		{
			name: "queued in order",
			setup: func(in *fault.Injector[op]) {
				in.FailNext(opA, errQueued)
				in.FailNext(all, errQueued2)
			},
			call: opA, want: []error{errQueued, errQueued2, nil},
		},
		{
			name: "queued all first",
			setup: func(in *fault.Injector[op]) {
				in.FailNext(all, errQueued2)
				in.FailNext(opA, errQueued)
			},
			call: opA, want: []error{errQueued2, errQueued, nil},
		},
		{
			name: "queued nil ignored",
			setup: func(in *fault.Injector[op]) {
				in.FailNext(opA, nil)
				in.Fail(opA, errOp)
			},
			call: opA, want: []error{errOp},
		},
		{
			name: "Fail nil clears",
			setup: func(in *fault.Injector[op]) {
				in.Fail(opA, errOp)
				in.Fail(opA, nil)
			},
			call: opA, want: []error{nil},
		},
		{
			name: "clearing op uncovers all",
			setup: func(in *fault.Injector[op]) {
				in.Fail(all, errAll)
				in.Fail(opA, errOp)
				in.Fail(opA, nil)
			},
			call: opA, want: []error{errAll},
		},
		{
			name: "clearing all keeps op",
			setup: func(in *fault.Injector[op]) {
				in.Fail(all, errAll)
				in.Fail(opA, errOp)
				in.Fail(all, nil)
			},
			call: opA, want: []error{errOp},
		},
		{
			name:  "Fail nil on nothing",
			setup: func(in *fault.Injector[op]) { in.Fail(opA, nil) },
			call:  opA, want: []error{nil},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in fault.Injector[op]
			if tt.setup != nil {
				tt.setup(&in)
			}
			for i, want := range tt.want {
				assert.Equal(t, want, in.Begin(context.Background(), tt.call, all), "call %d", i)
			}
			assert.Equal(t, len(tt.want), in.Calls(tt.call))
			assert.Equal(t, len(tt.want), in.Total())
		})
	}
}

func TestBeginDoneContext(t *testing.T) {
	var in fault.Injector[op]
	in.FailNext(opA, errQueued)
	in.Fail(opA, errOp)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	require.ErrorIs(t, in.Begin(ctx, opA, all), context.Canceled)
	assert.Equal(t, 1, in.Calls(opA), "a call failed by its context is counted")
	// The queued failure was not used up by the cancelled call.
	assert.Equal(t, errQueued, in.Begin(context.Background(), opA, all))
	assert.Equal(t, errOp, in.Begin(context.Background(), opA, all))
}

func TestCounting(t *testing.T) {
	var in fault.Injector[op]
	assert.Zero(t, in.Calls(opA))
	assert.Zero(t, in.Total())

	in.Fail(opB, errOp)
	ctx := context.Background()
	for range 3 {
		assert.NoError(t, in.Begin(ctx, opA, all))
	}
	assert.Equal(t, errOp, in.Begin(ctx, opB, all))
	in.Count(opB)

	assert.Equal(t, 3, in.Calls(opA))
	assert.Equal(t, 2, in.Calls(opB), "failed calls and bare Count calls are counted")
	assert.Zero(t, in.Calls(all), "all adds nothing up")
	assert.Equal(t, 5, in.Total())
}

func TestInjectedDoesNotCount(t *testing.T) {
	var in fault.Injector[op]
	in.FailNext(opA, errQueued)
	assert.Equal(t, errQueued, in.Injected(opA, all))
	assert.NoError(t, in.Injected(opA, all))
	assert.Zero(t, in.Calls(opA))
	assert.Zero(t, in.Total())
}

func TestQueueSkipsOtherOps(t *testing.T) {
	var in fault.Injector[op]
	in.FailNext(opB, errQueued)
	in.FailNext(opA, errQueued2)

	assert.Equal(t, errQueued2, in.Injected(opA, all), "a queued failure for another op does not block op's")
	assert.NoError(t, in.Injected(opA, all))
	assert.Equal(t, errQueued, in.Injected(opB, all))
	assert.NoError(t, in.Injected(opB, all))
}

func TestSingleOperation(t *testing.T) {
	// A fake with a single operation passes it as op and all alike.
	type only struct{}
	var in fault.Injector[only]
	in.Fail(only{}, errOp)
	in.FailNext(only{}, errQueued)

	assert.Equal(t, errQueued, in.Begin(context.Background(), only{}, only{}))
	assert.Equal(t, errOp, in.Begin(context.Background(), only{}, only{}))
	in.Fail(only{}, nil)
	assert.NoError(t, in.Begin(context.Background(), only{}, only{}))
	assert.Equal(t, 3, in.Calls(only{}))
}

func ExampleInjector() {
	type op string
	const (
		opGet op = "Get"
		all   op = "*"
	)
	var in fault.Injector[op] // the zero value is ready
	in.Fail(all, errors.New("down"))
	in.FailNext(opGet, errors.New("once"))

	ctx := context.Background()
	fmt.Println(in.Begin(ctx, opGet, all))
	fmt.Println(in.Begin(ctx, opGet, all))
	in.Fail(all, nil)
	fmt.Println(in.Begin(ctx, opGet, all))
	fmt.Println(in.Calls(opGet), in.Total())
	// Output:
	// once
	// down
	// <nil>
	// 3 3
}
