package paymenttest_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
	"github.com/comptoir/comptoir/payment/webhook"
)

// t0 is when the tests' stories start.
var t0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

func eur(t testing.TB, minor int64) money.Money {
	t.Helper()
	m, err := money.New(minor, "EUR")
	require.NoError(t, err)
	return m
}

// allCaps can do everything, for card and SEPA direct debit.
func allCaps() payment.Capabilities {
	return payment.Capabilities{Methods: []string{"card", "sepa_direct_debit"}, ManualCapture: true,
		PartialCapture: true, MultipleCapture: true, PartialRefund: true}
}

// newProvider returns a provider with all capabilities whose clock starts
// at t0 unless cfg says otherwise.
func newProvider(t testing.TB, name string, cfg paymenttest.Config) *paymenttest.Provider {
	t.Helper()
	if cfg.Start.IsZero() {
		cfg.Start = t0
	}
	p, err := paymenttest.New(name, allCaps(), cfg)
	require.NoError(t, err)
	return p
}

// newProcessor routes card and SEPA direct debit to the providers, in
// order.
func newProcessor(t testing.TB, providers ...payment.Provider) *payment.Processor {
	t.Helper()
	store, err := payment.NewMemoryIdempotency(24 * time.Hour)
	require.NoError(t, err)
	return &payment.Processor{
		Routes:      map[string][]payment.Provider{"card": providers, "sepa_direct_debit": providers},
		Idempotency: store,
	}
}

func newIntent(t testing.TB, minor int64, capture payment.CaptureMethod) *payment.Intent {
	t.Helper()
	in, err := payment.NewIntent(uuid.MustParse("6f1c2a8e-0b7d-4c39-9a51-3e2f4d5c6b7a"), "order-42", eur(t, minor), capture, t0)
	require.NoError(t, err)
	return in
}

func newDedup(t testing.TB) *webhook.Deduplicator {
	t.Helper()
	d, err := webhook.NewDeduplicator(72 * time.Hour)
	require.NoError(t, err)
	return d
}

// pay pays in by card (or method) under key at t0.
func pay(t testing.TB, proc *payment.Processor, in *payment.Intent, method, key string) error {
	t.Helper()
	return proc.Pay(context.Background(), in, payment.PayRequest{Method: method, Key: key, ReturnURL: "https://shop.example/return", At: t0})
}

// handleAll delivers webhooks to the processor and returns the outcomes.
func handleAll(t testing.TB, proc *payment.Processor, in *payment.Intent, dedup payment.Deduplicator, ws []paymenttest.Webhook) []payment.Outcome {
	t.Helper()
	out := make([]payment.Outcome, len(ws))
	for i, w := range ws {
		o, err := proc.Handle(context.Background(), in, w.Event, dedup, w.At)
		require.NoError(t, err, "webhook %s %s", w.ID, w.Type)
		out[i] = o
	}
	return out
}

// lastRef is the PSP reference of the intent's last attempt.
func lastRef(t testing.TB, in *payment.Intent) string {
	t.Helper()
	require.NotEmpty(t, in.Attempts)
	return in.Attempts[len(in.Attempts)-1].PSPReference
}

// types lists the webhooks' types.
func types(ws []paymenttest.Webhook) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Type
	}
	return out
}
