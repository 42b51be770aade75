package sca_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/sca"
)

// Any request gets a consistent decision or a request error, never a
// panic.
func FuzzDecide(f *testing.F) {
	f.Add(int64(2400), 2, int64(6100), "0.05", "card", "customer", "remote", false, false, false, true)
	f.Add(int64(48000), 0, int64(0), "0.008", "credit_transfer", "merchant", "moto", true, true, true, false)
	f.Add(int64(-1), -1, int64(-1), "x", "", "", "", false, false, false, false)
	f.Fuzz(func(t *testing.T, amount int64, count int, total int64, fraudRate, instrument, initiator, channel string,
		flagged, series, first, same bool) {
		a, err := money.New(amount, "EUR")
		require.NoError(t, err)
		tot, err := money.New(total, "EUR")
		require.NoError(t, err)
		r := sca.Request{Amount: a, Instrument: sca.Instrument(instrument), Initiator: sca.Initiator(initiator),
			Channel: sca.Channel(channel), SinceLastSCA: sca.Counters{Count: count, Total: tot}, RiskFlagged: flagged}
		if d, err := decimal.NewFromString(fraudRate); err == nil {
			r.FraudRate = decimal.NewNullDecimal(d)
		}
		if series {
			r.Series = &sca.Series{First: first, SameAmountAsFirst: same}
		}
		for _, p := range []sca.Policy{{}, sca.DefaultPolicy()} {
			d, err := sca.Decide(r, p)
			if err != nil {
				var re *sca.RequestError
				var ce *sca.CurrencyError
				require.True(t, errors.As(err, &re) || errors.As(err, &ce), "%v", err)
				return
			}
			assert.Equal(t, d.SCARequired, d.Exemption == sca.None)
			assert.Equal(t, d.SCARequired, len(d.Applicable) == 0)
			if !d.SCARequired {
				assert.Equal(t, d.Exemption, d.Applicable[0])
			}
			for _, e := range d.Applicable {
				switch e {
				case sca.LowValue:
					assert.LessOrEqual(t, amount, int64(3000))
				case sca.TRA:
					assert.LessOrEqual(t, amount, int64(50000))
					assert.False(t, flagged)
				}
			}
			assert.NotEmpty(t, d.Reason)
			assert.NotEmpty(t, d.Article)
		}
	})
}
