package fraudtest_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/payment/fraud"
	"github.com/comptoir/comptoir/payment/fraud/fraudtest"
)

// The history counts payments in the window a velocity asks for: after
// since, up to and including until.
func ExampleHistory_Count() {
	h := fraudtest.NewHistory()
	noon := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	for _, ago := range []time.Duration{90 * time.Minute, time.Hour, 20 * time.Minute, 0} {
		_ = h.Record(fraud.ByEmail, "jean@example.be", noon.Add(-ago))
	}
	n, _ := h.Count(context.Background(), fraud.ByEmail, "jean@example.be", noon.Add(-time.Hour), noon)
	fmt.Println(n, "payments in the last hour")
	// Output:
	// 2 payments in the last hour
}

// Injected failures test how screening copes with a history that is
// down: the evaluation fails instead of allowing the payment.
func ExampleHistory_FailNext() {
	rules, _ := fraud.NewRuleSet(fraud.Rule{Name: "card velocity", Action: fraud.Block,
		Condition: fraud.Velocity{Key: fraud.ByCard, Window: time.Hour, Max: 4}})
	h := fraudtest.NewHistory()
	h.FailNext(errors.New("timeout"))

	p := fraud.Payment{CardFingerprint: "fp_1", At: time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)}
	_, err := rules.Evaluate(context.Background(), &p, fraud.Env{History: h})
	fmt.Println(err)
	d, err := rules.Evaluate(context.Background(), &p, fraud.Env{History: h})
	fmt.Println(d.Action, err, h.Calls())
	// Output:
	// fraud: rule "card velocity": velocity by card: timeout
	// allow <nil> 2
}
