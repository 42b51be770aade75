package reference_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/reference"
)

func refOf(m money.Money) reference.Price { return reference.Price{SKU: sku, Channel: web, Amount: m} }

func TestAnnounce(t *testing.T) {
	tests := []struct {
		ref, now string
		amount   string
		percent  string
		exact    string
		onePlace string
	}{
		{"100.00", "66.67", "33.33", "33", "33.33", "33.3"},
		{"100.00", "50.00", "50.00", "50", "50", "50"},
		// 49.9 %: rounding half up would advertise 50 %.
		{"10.00", "5.01", "4.99", "49", "49.9", "49.9"},
		// 33.3444... %
		{"29.99", "19.99", "10.00", "33", "33.344448", "33.3"},
		// 50.00500050005 %: the exact value's sixth place rounds up.
		{"99.99", "49.99", "50.00", "50", "50.005001", "50"},
		// 0.0999 %: a cent off is not 1 %.
		{"10.01", "10.00", "0.01", "0", "0.0999", "0"},
		{"19.99", "0.00", "19.99", "100", "100", "100"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"->"+tc.now, func(t *testing.T) {
			ref := refOf(eur(t, tc.ref))
			a, err := reference.Announce(ref, ref.Amount, eur(t, tc.now))
			require.NoError(t, err)
			assert.Equal(t, eur(t, tc.amount), a.Amount)
			assert.Equal(t, eur(t, tc.ref), a.Was())
			assert.Equal(t, eur(t, tc.now), a.Now)
			assert.Equal(t, tc.percent, a.Percent.String())
			assert.Equal(t, tc.exact, a.ExactPercent.String())
			assert.Equal(t, tc.onePlace, a.PercentPlaces(1).String())
			assert.True(t, a.PercentPlaces(0).Equal(a.Percent))
			// Never overstated: percent x was <= 100 x amount.
			assert.True(t, a.Percent.Mul(a.Was().Decimal()).LessThanOrEqual(a.Amount.Decimal().Mul(decimal.NewFromInt(100))))
		})
	}
}

func TestAnnouncePercentPlaces(t *testing.T) {
	ref := refOf(eur(t, "100.00"))
	a, err := reference.Announce(ref, ref.Amount, eur(t, "66.67"))
	require.NoError(t, err)
	for places, want := range map[int32]string{-1: "30", 0: "33", 2: "33.33", 4: "33.33"} {
		assert.Equal(t, want, a.PercentPlaces(places).String(), "places %d", places)
	}
}

func TestAnnounceYen(t *testing.T) {
	was, err := money.New(1000, "JPY")
	require.NoError(t, err)
	now, err := money.New(667, "JPY")
	require.NoError(t, err)
	a, err := reference.Announce(refOf(was), was, now)
	require.NoError(t, err)
	assert.Equal(t, "33", a.Percent.String())
	assert.Equal(t, "333 JPY", a.Amount.String())
}

func TestAnnounceRejects(t *testing.T) {
	ref := refOf(eur(t, "42.00"))
	chf, err := money.Parse("30.00", "CHF")
	require.NoError(t, err)

	t.Run("was price other than the reference", func(t *testing.T) {
		_, err := reference.Announce(ref, eur(t, "50.00"), eur(t, "30.00"))
		require.ErrorIs(t, err, reference.ErrWasPrice)
		var we *reference.WasPriceError
		require.ErrorAs(t, err, &we)
		assert.Equal(t, eur(t, "50.00"), we.Was)
		assert.Equal(t, eur(t, "42.00"), we.Reference)
		assert.Equal(t, "reference: was price 50.00 EUR is not the reference price 42.00 EUR", we.Error())
	})
	t.Run("missing was price", func(t *testing.T) {
		_, err := reference.Announce(ref, money.Money{}, eur(t, "30.00"))
		require.ErrorIs(t, err, reference.ErrWasPrice)
	})
	for _, now := range []string{"42.00", "42.01"} {
		t.Run("new price "+now+" not below", func(t *testing.T) {
			_, err := reference.Announce(ref, ref.Amount, eur(t, now))
			require.ErrorIs(t, err, reference.ErrNotReduced)
			var ne *reference.NotReducedError
			require.ErrorAs(t, err, &ne)
			assert.Equal(t, eur(t, now), ne.Now)
		})
	}
	t.Run("negative new price", func(t *testing.T) {
		_, err := reference.Announce(ref, ref.Amount, eur(t, "-1.00"))
		require.ErrorIs(t, err, reference.ErrInvalidInput)
	})
	t.Run("new price without currency", func(t *testing.T) {
		_, err := reference.Announce(ref, ref.Amount, money.Money{})
		require.ErrorIs(t, err, reference.ErrInvalidInput)
	})
	t.Run("new price in another currency", func(t *testing.T) {
		_, err := reference.Announce(ref, ref.Amount, chf)
		require.ErrorIs(t, err, money.ErrCurrencyMismatch)
	})
	t.Run("zero reference", func(t *testing.T) {
		_, err := reference.Announce(reference.Price{}, money.Money{}, eur(t, "1.00"))
		require.ErrorIs(t, err, reference.ErrInvalidInput)
	})
	t.Run("free reference", func(t *testing.T) {
		free := refOf(eur(t, "0.00"))
		_, err := reference.Announce(free, free.Amount, eur(t, "0.00"))
		require.ErrorIs(t, err, reference.ErrNotReduced)
	})
}
