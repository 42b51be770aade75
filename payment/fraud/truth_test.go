package fraud_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/comptoir/comptoir/payment/fraud"
)

func TestTruthKleene(t *testing.T) {
	T, F, U := fraud.True, fraud.False, fraud.Unknown
	tests := []struct {
		a, b    fraud.Truth
		and, or fraud.Truth
	}{
		{T, T, T, T}, {T, F, F, T}, {T, U, U, T},
		{F, T, F, T}, {F, F, F, F}, {F, U, F, U},
		{U, T, U, T}, {U, F, F, U}, {U, U, U, U},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.and, tt.a.And(tt.b), "%v and %v", tt.a, tt.b)
		assert.Equal(t, tt.or, tt.a.Or(tt.b), "%v or %v", tt.a, tt.b)
	}
	assert.Equal(t, F, T.Not())
	assert.Equal(t, T, F.Not())
	assert.Equal(t, U, U.Not())
	assert.Equal(t, U, fraud.Truth(7).Not())
	assert.Equal(t, T, fraud.Known(true))
	assert.Equal(t, F, fraud.Known(false))
	assert.Equal(t, "true false unknown unknown", T.String()+" "+F.String()+" "+U.String()+" "+fraud.Truth(7).String())
}

// All, Any and Not follow the same tables, and stop early.
func TestCombinations(t *testing.T) {
	T, F, U := cond{t: fraud.True}, cond{t: fraud.False}, cond{t: fraud.Unknown}
	p := fraud.Payment{}
	assert.Equal(t, fraud.True, truth(t, fraud.All{T, T}, p, fraud.Env{}))
	assert.Equal(t, fraud.Unknown, truth(t, fraud.All{T, U}, p, fraud.Env{}))
	assert.Equal(t, fraud.False, truth(t, fraud.All{U, F}, p, fraud.Env{}))
	assert.Equal(t, fraud.True, truth(t, fraud.Any{U, T}, p, fraud.Env{}))
	assert.Equal(t, fraud.Unknown, truth(t, fraud.Any{F, U}, p, fraud.Env{}))
	assert.Equal(t, fraud.False, truth(t, fraud.Any{F, F}, p, fraud.Env{}))
	assert.Equal(t, fraud.Unknown, truth(t, fraud.Not{Condition: U}, p, fraud.Env{}))
	assert.Equal(t, fraud.False, truth(t, fraud.Not{Condition: T}, p, fraud.Env{}))

	var after int
	counted := cond{t: fraud.True, calls: &after}
	assert.Equal(t, fraud.False, truth(t, fraud.All{F, counted}, p, fraud.Env{}))
	assert.Equal(t, fraud.True, truth(t, fraud.Any{T, counted}, p, fraud.Env{}))
	assert.Zero(t, after, "All stops at False, Any at True")
}
