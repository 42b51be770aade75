package payment_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

var rvT0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
var rvCtx = context.Background()

func rvEUR(c int64) money.Money { m, _ := money.New(c, "EUR"); return m }

func rvAllCaps() payment.Capabilities {
	return payment.Capabilities{Methods: []string{"card", "sepa_direct_debit"}, ManualCapture: true,
		PartialCapture: true, MultipleCapture: true, PartialRefund: true}
}

func rvPSP(t *testing.T, name string, cfg paymenttest.Config) *paymenttest.Provider {
	t.Helper()
	if cfg.Start.IsZero() {
		cfg.Start = rvT0
	}
	p, err := paymenttest.New(name, rvAllCaps(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func rvProc(t *testing.T, ps ...payment.Provider) *payment.Processor {
	store, _ := payment.NewMemoryIdempotency(24 * time.Hour)
	return &payment.Processor{Routes: map[string][]payment.Provider{"card": ps, "sepa_direct_debit": ps}, Idempotency: store}
}

func rvIntent(t *testing.T, c int64, cm payment.CaptureMethod) *payment.Intent {
	in, err := payment.NewIntent(uuid.MustParse("6f1c2a8e-0b7d-4c39-9a51-3e2f4d5c6b7a"), "order-42", rvEUR(c), cm, rvT0)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func rvPayReq(method, key string) payment.PayRequest {
	return payment.PayRequest{Method: method, Key: key, At: rvT0}
}

type rvDedup struct{ m map[string]bool }

func rvNewDedup() *rvDedup { return &rvDedup{m: map[string]bool{}} }
func (d *rvDedup) Seen(k string, _ time.Time) bool {
	s := d.m[k]
	d.m[k] = true
	return s
}
func (d *rvDedup) Forget(k string) { delete(d.m, k) }

// withAttempt adds an attempt as Pay does before observing.
func rvWithAttempt(in *payment.Intent, ref string) {
	in.Attempts = append(in.Attempts, payment.Attempt{Provider: "psp", PSPReference: ref, Method: "card", Status: payment.RequiresConfirmation})
}
