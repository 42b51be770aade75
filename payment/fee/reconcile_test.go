package fee_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fee"
)

// charged is t with the fee the PSP reported.
func charged(t fee.Transaction, fee money.Money) fee.Transaction {
	t.Charged = fee
	return t
}

func TestReconcile(t *testing.T) {
	s := build(t, illustrativeA(t))
	card := tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "100.00"))
	intl := tx("card", fee.RegionInternational, fee.SegmentConsumer, fee.Success, eur(t, "100.00"))
	txs := []fee.Transaction{
		charged(card, eur(t, "1.75")),  // as agreed
		charged(intl, eur(t, "3.75")),  // billed 0.25 too much
		card,                           // not in the report yet
		charged(card, eur(t, "-1.50")), // fee given back
	}
	r, err := fee.Reconcile(s, txs)
	require.NoError(t, err)
	assert.Equal(t, 3, r.Checked)
	assert.Equal(t, 1, r.Unrecorded)
	assert.Equal(t, eur(t, "7.00"), r.Expected) // 1.75 + 3.50 + 1.75
	assert.Equal(t, eur(t, "4.00"), r.Charged)  // 1.75 + 3.75 - 1.50
	assert.Equal(t, eur(t, "-3.00"), r.Difference)
	require.Len(t, r.Discrepancies, 2)
	assert.Equal(t, 1, r.Discrepancies[0].Index)
	assert.Equal(t, eur(t, "3.50"), r.Discrepancies[0].Expected.Fee)
	assert.Equal(t, 0, r.Discrepancies[0].Expected.Rule)
	assert.Equal(t, eur(t, "3.75"), r.Discrepancies[0].Charged)
	assert.Equal(t, eur(t, "0.25"), r.Discrepancies[0].Difference)
	assert.Equal(t, 3, r.Discrepancies[1].Index)
	assert.Equal(t, eur(t, "-3.25"), r.Discrepancies[1].Difference)
}

func TestReconcileEmptyAndErrors(t *testing.T) {
	s := build(t, illustrativeA(t))
	r, err := fee.Reconcile(s, nil)
	require.NoError(t, err)
	assert.Equal(t, fee.Reconciliation{Expected: eur(t, "0.00"), Charged: eur(t, "0.00"), Difference: eur(t, "0.00")}, r)

	usd, err := money.New(175, "USD")
	require.NoError(t, err)
	card := tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "100.00"))
	_, err = fee.Reconcile(s, []fee.Transaction{card, charged(card, usd)})
	require.ErrorIs(t, err, fee.ErrInvalidTransaction)
	require.ErrorIs(t, err, money.ErrCurrencyMismatch)
	var se *fee.StatementError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 1, se.Index)
	var te *fee.TransactionError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, "charged", te.Field)

	_, err = fee.Reconcile(s, []fee.Transaction{charged(tx("paypal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "1.00")), eur(t, "0.40"))})
	assert.ErrorIs(t, err, fee.ErrNoRule)
}
