package fraud_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fraud"
	"github.com/comptoir/comptoir/payment/fraud/fraudtest"
)

func FuzzNewCountries(f *testing.F) {
	for _, s := range []string{"BE", "be", "UK", "EL", "ZZ", "", "B", "BEL", "\xff\xfe", "XK"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		c, err := fraud.NewCountries(code)
		if err != nil {
			require.ErrorIs(t, err, fraud.ErrUnknownCountry)
			assert.Zero(t, c.Len())
			return
		}
		assert.True(t, c.Contains(code))
		assert.Equal(t, []string{code}, c.Codes())
	})
}

// Any payment gets a decision or a payment error, never a panic.
func FuzzEvaluate(f *testing.F) {
	f.Add("BE", "BE", "", "FR", "jean@yopmail.com", "fp", int64(4500), 0)
	f.Add("US", "", "CA", "", "", "", int64(-1), -3)
	f.Add("de", "XX", "UK", "BEL", "a@", "fp", int64(0), 1)
	f.Fuzz(func(t *testing.T, card, ip, billing, ship, email, fp string, cents int64, previous int) {
		h := fraudtest.NewHistory()
		if fp != "" {
			require.NoError(t, h.Record(fraud.ByCard, fp, noon().Add(-time.Minute)))
		}
		rs := benchRules(t)
		amount, err := money.New(cents, "EUR")
		require.NoError(t, err)
		p := fraud.Payment{CardCountry: card, IPCountry: ip, BillingCountry: billing, ShippingCountry: ship,
			AmountEUR: amount, Email: email, CardFingerprint: fp, PreviousOrders: previous, At: noon()}
		d, err := rs.Evaluate(context.Background(), &p, benchEnv(t, h))
		if err != nil {
			var pe *fraud.PaymentError
			require.True(t, errors.As(err, &pe), "%v", err)
			return
		}
		assert.Contains(t, []fraud.Action{fraud.Allow, fraud.Block, fraud.Review}, d.Action)
		assert.Equal(t, d.Request3DS, len(d.Request3DSRules) > 0)
		assert.Equal(t, d.Rule == "", d.Reason == fraud.NoRuleMatched)
	})
}
