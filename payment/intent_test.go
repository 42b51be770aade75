package payment_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
)

func eur(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

var t0 = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)

func intent(t testing.TB, amount string, capture payment.CaptureMethod) *payment.Intent {
	t.Helper()
	in, err := payment.NewIntent(uuid.MustParse("00000000-0000-4000-8000-000000000001"), "order-42", eur(t, amount), capture, t0)
	require.NoError(t, err)
	return in
}

// withAttempt adds an attempt as Processor.Pay does before observing.
func withAttempt(in *payment.Intent, ref string) {
	in.Attempts = append(in.Attempts, payment.Attempt{Provider: "psp", PSPReference: ref, Method: "card", Status: payment.RequiresConfirmation})
}

func TestTransitions(t *testing.T) {
	legal := map[payment.Status][]payment.Status{
		payment.RequiresAction:    {payment.Processing, payment.RequiresCapture, payment.Succeeded, payment.RequiresPaymentMethod, payment.Failed, payment.Canceled},
		payment.RequiresCapture:   {payment.PartiallyCaptured, payment.Succeeded, payment.Canceled, payment.Expired},
		payment.PartiallyCaptured: {payment.PartiallyCaptured, payment.Succeeded},
	}
	for from, tos := range legal {
		for _, to := range tos {
			assert.True(t, payment.CanMove(from, to), "%s -> %s", from, to)
		}
	}
	for _, from := range []payment.Status{payment.Succeeded, payment.Canceled, payment.Failed, payment.Expired} {
		assert.True(t, from.Terminal())
		for _, to := range payment.Statuses() {
			assert.False(t, payment.CanMove(from, to), "%s is terminal", from)
		}
	}
	assert.False(t, payment.CanMove(payment.RequiresCapture, payment.RequiresAction))
	assert.False(t, payment.CanMove(payment.PartiallyCaptured, payment.Canceled), "a capture happened: void the rest, not the payment")
	_, err := payment.ParseStatus("paid")
	assert.ErrorIs(t, err, payment.ErrUnknownStatus)
	s, err := payment.ParseStatus("requires_capture")
	require.NoError(t, err)
	assert.Equal(t, payment.RequiresCapture, s)
}

func TestZeroAmountSucceedsWithoutProvider(t *testing.T) {
	in := intent(t, "0.00", payment.CaptureAutomatic)
	assert.Equal(t, payment.Succeeded, in.Status())
	assert.NoError(t, (&payment.Processor{}).Pay(context.Background(), in, payment.PayRequest{Method: "card"}), "no provider is called")
}

func TestNewIntentRefusesBadInput(t *testing.T) {
	id := uuid.New()
	for name, f := range map[string]func() error{
		"negative": func() error {
			_, err := payment.NewIntent(id, "o", eur(t, "-1.00"), payment.CaptureAutomatic, t0)
			return err
		},
		"no capture": func() error { _, err := payment.NewIntent(id, "o", eur(t, "1.00"), "later", t0); return err },
		"no time": func() error {
			_, err := payment.NewIntent(id, "o", eur(t, "1.00"), payment.CaptureManual, time.Time{})
			return err
		},
		"no currency": func() error {
			_, err := payment.NewIntent(id, "o", money.Money{}, payment.CaptureManual, t0)
			return err
		},
	} {
		assert.Error(t, f(), name)
	}
}

func TestLedgerDrivesTheStatus(t *testing.T) {
	in := intent(t, "100.00", payment.CaptureManual)
	withAttempt(in, "pay_1")
	steps := []struct {
		obs    payment.Observation
		status payment.Status
		out    payment.Outcome
	}{
		{payment.Observation{PSPReference: "pay_1", Status: payment.RequiresAction, NextAction: &payment.NextAction{Kind: payment.ActionThreeDS, URL: "https://acs.example/3ds"}},
			payment.RequiresAction, payment.Applied},
		{payment.Observation{PSPReference: "pay_1", Status: payment.RequiresCapture, Authorized: eur(t, "100.00"), ExpiresAt: t0.Add(7 * 24 * time.Hour)},
			payment.RequiresCapture, payment.Applied},
		// The same webhook twice.
		{payment.Observation{PSPReference: "pay_1", Status: payment.RequiresCapture, Authorized: eur(t, "100.00")},
			payment.RequiresCapture, payment.Duplicate},
		// A late webhook from before the authorisation.
		{payment.Observation{PSPReference: "pay_1", Status: payment.RequiresAction},
			payment.RequiresCapture, payment.Stale},
		{payment.Observation{PSPReference: "pay_1", Status: payment.PartiallyCaptured, Authorized: eur(t, "100.00"), Captured: eur(t, "30.00")},
			payment.PartiallyCaptured, payment.Applied},
		{payment.Observation{PSPReference: "pay_1", Status: payment.PartiallyCaptured, Authorized: eur(t, "100.00"), Captured: eur(t, "70.00")},
			payment.PartiallyCaptured, payment.Applied},
		// The rest released: succeeded with 70.00.
		{payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: eur(t, "100.00"), Captured: eur(t, "70.00"), Released: eur(t, "30.00")},
			payment.Succeeded, payment.Applied},
	}
	for i, s := range steps {
		out, err := in.Observe(s.obs)
		require.NoError(t, err, "step %d", i)
		assert.Equal(t, s.out, out, "step %d", i)
		assert.Equal(t, s.status, in.Status(), "step %d", i)
	}
	tot := in.Totals()
	assert.Equal(t, "70.00 EUR", tot.Captured.String())
	assert.Equal(t, "30.00 EUR", tot.Released.String())
	assert.True(t, in.Capturable().IsZero())
	assert.Equal(t, "70.00 EUR", in.Refundable().String())
	assert.Len(t, in.Ledger, 4, "authorised, captured twice, released")

	_, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Canceled})
	assert.ErrorIs(t, err, payment.ErrIllegalTransition)
	_, err = in.Observe(payment.Observation{PSPReference: "pay_9", Status: payment.Succeeded})
	assert.ErrorIs(t, err, payment.ErrUnknownAttempt)
	_, err = in.Observe(payment.Observation{PSPReference: "pay_1", Status: "paid"})
	assert.ErrorIs(t, err, payment.ErrUnknownStatus)
	usd, err := money.Parse("1.00", "USD")
	require.NoError(t, err)
	_, err = in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Captured: usd})
	assert.ErrorIs(t, err, money.ErrCurrencyMismatch)
}

func TestExpiry(t *testing.T) {
	in := intent(t, "50.00", payment.CaptureManual)
	withAttempt(in, "pay_1")
	_, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.RequiresCapture, Authorized: eur(t, "50.00"), ExpiresAt: t0.Add(7 * 24 * time.Hour)})
	require.NoError(t, err)
	lapsed, err := in.Expire(t0.Add(7*24*time.Hour - time.Second))
	require.NoError(t, err)
	assert.False(t, lapsed)
	lapsed, err = in.Expire(t0.Add(7 * 24 * time.Hour))
	require.NoError(t, err)
	assert.True(t, lapsed)
	assert.Equal(t, payment.Expired, in.Status())
	assert.True(t, in.Capturable().IsZero())

	// Partly captured: the rest lapses, the capture stands.
	in = intent(t, "50.00", payment.CaptureManual)
	withAttempt(in, "pay_2")
	_, err = in.Observe(payment.Observation{PSPReference: "pay_2", Status: payment.PartiallyCaptured, Authorized: eur(t, "50.00"), Captured: eur(t, "20.00"), ExpiresAt: t0})
	require.NoError(t, err)
	lapsed, err = in.Expire(t0)
	require.NoError(t, err)
	assert.True(t, lapsed)
	assert.Equal(t, payment.Succeeded, in.Status())
	assert.Equal(t, "20.00 EUR", in.Totals().Captured.String())
}

func TestOvercharge(t *testing.T) {
	in := intent(t, "100.00", payment.CaptureAutomatic)
	withAttempt(in, "pay_1")
	_, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: eur(t, "100.00"), Captured: eur(t, "100.00")})
	require.NoError(t, err)
	_, _, over := in.Overcharge()
	assert.False(t, over)
	// The provider reports a second capture of the same 100.00.
	_, err = in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: eur(t, "200.00"), Captured: eur(t, "200.00")})
	require.NoError(t, err)
	excess, candidate, over := in.Overcharge()
	require.True(t, over)
	assert.Equal(t, "100.00 EUR", excess.String())
	assert.Equal(t, "pay_1", candidate.PSPReference)
	assert.Equal(t, excess, candidate.Amount)
}
