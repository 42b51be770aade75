package fraud_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/fraud"
	"github.com/comptoir/comptoir/payment/fraud/fraudtest"
)

// velocityRules block the fifth payment on a card within an hour, and
// review the fourth on an email within a day.
func velocityRules(t testing.TB) *fraud.RuleSet {
	return ruleSet(t,
		fraud.Rule{Name: "block 5 payments per card per hour", Action: fraud.Block,
			Condition: fraud.Velocity{Key: fraud.ByCard, Window: time.Hour, Max: 4}},
		fraud.Rule{Name: "review 4 payments per email per day", Action: fraud.Review,
			Condition: fraud.Velocity{Key: fraud.ByEmail, Window: 24 * time.Hour, Max: 3}},
	)
}

func record(t testing.TB, h *fraudtest.History, kind fraud.Kind, value string, ats ...time.Time) {
	t.Helper()
	for _, at := range ats {
		require.NoError(t, h.Record(kind, value, at))
	}
}

func TestVelocityFifthPaymentOnACard(t *testing.T) {
	rs := velocityRules(t)
	h := fraudtest.NewHistory()
	env := fraud.Env{History: h}
	p := fraud.Payment{CardFingerprint: "fp_1", Email: "jean@example.be"}
	for i := range 5 {
		p.At = noon().Add(time.Duration(i) * 10 * time.Minute)
		d := eval(t, rs, p, env)
		if i < 3 {
			assert.Equal(t, fraud.Allow, d.Action, "payment %d", i+1)
		} else if i == 3 {
			assert.Equal(t, "review 4 payments per email per day", d.Rule, "payment 4")
		} else {
			assert.Equal(t, fraud.Block, d.Action, "payment 5")
			assert.Equal(t, "block 5 payments per card per hour", d.Rule)
		}
		record(t, h, fraud.ByCard, p.CardFingerprint, p.At)
		record(t, h, fraud.ByEmail, p.Email, p.At)
	}
	// Another card is not counted.
	p.CardFingerprint, p.Email = "fp_2", "marie@example.be"
	assert.Equal(t, fraud.Allow, eval(t, rs, p, env).Action)
}

func TestVelocityWindowBoundaries(t *testing.T) {
	c := fraud.Velocity{Key: fraud.ByCard, Window: time.Hour, Max: 1}
	at := noon()
	tests := []struct {
		name    string
		earlier time.Time
		want    fraud.Truth
	}{
		{"exactly one window before: out", at.Add(-time.Hour), fraud.False},
		{"a nanosecond inside", at.Add(-time.Hour + time.Nanosecond), fraud.True},
		{"at the same instant: in", at, fraud.True},
		{"a nanosecond later: out", at.Add(time.Nanosecond), fraud.False},
		{"the day before: out", at.Add(-24 * time.Hour), fraud.False},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := fraudtest.NewHistory()
			record(t, h, fraud.ByCard, "fp_1", tt.earlier)
			p := fraud.Payment{CardFingerprint: "fp_1", At: at}
			assert.Equal(t, tt.want, truth(t, c, p, fraud.Env{History: h}))
		})
	}
	t.Run("max 0 fires on the first payment", func(t *testing.T) {
		p := fraud.Payment{CardFingerprint: "fp_1", At: at}
		assert.Equal(t, fraud.True, truth(t, fraud.Velocity{Key: fraud.ByCard, Window: time.Minute}, p, fraud.Env{History: fraudtest.NewHistory()}))
	})
	t.Run("windows in another time zone are the same instants", func(t *testing.T) {
		h := fraudtest.NewHistory()
		brussels := time.FixedZone("CET", 3600)
		record(t, h, fraud.ByCard, "fp_1", at.Add(-30*time.Minute).In(brussels))
		p := fraud.Payment{CardFingerprint: "fp_1", At: at.In(brussels)}
		assert.Equal(t, fraud.True, truth(t, c, p, fraud.Env{History: h}))
	})
}

func TestVelocityByEmailIsCaseInsensitive(t *testing.T) {
	h := fraudtest.NewHistory()
	record(t, h, fraud.ByEmail, "jean@example.be", noon().Add(-time.Minute))
	rs := ruleSet(t, fraud.Rule{Name: "second payment per email", Action: fraud.Review,
		Condition: fraud.Velocity{Key: fraud.ByEmail, Window: time.Hour, Max: 1}})
	d := eval(t, rs, fraud.Payment{Email: "Jean@Example.BE", At: noon()}, fraud.Env{History: h})
	assert.Equal(t, fraud.Review, d.Action)
}

func TestVelocityMissingKey(t *testing.T) {
	h := fraudtest.NewHistory()
	d := eval(t, velocityRules(t), fraud.Payment{At: noon()}, fraud.Env{History: h})
	assert.Equal(t, fraud.Allow, d.Action)
	assert.Zero(t, h.Calls(), "no card and no email: nothing to count")
}

// A history that fails makes the screening fail: never a silent allow.
func TestVelocityHistoryFailure(t *testing.T) {
	rs := velocityRules(t)
	p := fraud.Payment{CardFingerprint: "fp_1", Email: "jean@example.be", At: noon()}
	down := errors.New("history database unavailable")

	h := fraudtest.NewHistory()
	h.FailNext(down)
	d, err := rs.Evaluate(context.Background(), &p, fraud.Env{History: h})
	assert.Equal(t, fraud.Decision{}, d)
	assert.ErrorIs(t, err, down)
	assert.ErrorIs(t, err, fraud.ErrEvaluation)
	var ee *fraud.EvalError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, "block 5 payments per card per hour", ee.Rule)

	_, err = rs.Evaluate(context.Background(), &p, fraud.Env{History: h})
	assert.NoError(t, err, "FailNext fails once")

	h.Fail(down)
	_, err = rs.Evaluate(context.Background(), &p, fraud.Env{History: h})
	assert.ErrorIs(t, err, down)
	h.Fail(nil)

	_, err = rs.Evaluate(context.Background(), &p, fraud.Env{})
	assert.ErrorIs(t, err, fraud.ErrNoHistory)

	_, err = rs.Evaluate(context.Background(), &p, fraud.Env{History: badHistory{}})
	assert.ErrorIs(t, err, fraud.ErrEvaluation, "a negative count is an error")

	p.At = time.Time{}
	_, err = rs.Evaluate(context.Background(), &p, fraud.Env{History: h})
	assert.ErrorIs(t, err, fraud.ErrInvalidPayment, "no time, no window")
}

type badHistory struct{}

func (badHistory) Count(context.Context, fraud.Kind, string, time.Time, time.Time) (int, error) {
	return -1, nil
}

func TestVelocityString(t *testing.T) {
	assert.Equal(t, "payments per card in 1h0m0s > 4", fraud.Velocity{Key: fraud.ByCard, Window: time.Hour, Max: 4}.String())
	assert.Equal(t, fraud.Email, fraud.ByEmail.Attribute())
	assert.Equal(t, fraud.CardFingerprint, fraud.ByCard.Attribute())
	assert.Equal(t, fraud.Attribute(""), fraud.Kind("ip").Attribute())
}

// One RuleSet screens payments from many goroutines while the history
// grows.
func TestEvaluateConcurrently(t *testing.T) {
	rs := benchRules(t)
	h := fraudtest.NewHistory()
	for i := range 4 {
		record(t, h, fraud.ByCard, "fp_shared", noon().Add(-time.Duration(i+1)*time.Minute))
	}
	env := benchEnv(t, h)
	done := make(chan fraud.Decision)
	for i := range 40 {
		go func() {
			p := fraud.Payment{CardCountry: "BE", IPCountry: "BE", BillingCountry: "BE", ShippingCountry: "BE",
				AmountEUR: eur(t, "45.00"), CardFingerprint: "fp_shared", Email: "Jean@example.be", PreviousOrders: 2,
				At: noon().Add(time.Duration(i) * time.Second)}
			d, err := rs.Evaluate(context.Background(), &p, env)
			assert.NoError(t, err)
			assert.NoError(t, h.Record(fraud.ByCard, p.CardFingerprint, p.At))
			done <- d
		}()
	}
	blocked := 0
	for range 40 {
		if d := <-done; d.Action == fraud.Block {
			blocked++
		}
	}
	assert.Equal(t, 40, blocked, "4 payments recorded within the hour: every fifth is blocked")
	assert.Equal(t, 44, h.Len())
}
