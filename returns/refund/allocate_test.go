package refund_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cardAndVoucher: 57.25 by card at 14:30, then a 20.00 gift voucher used
// at 14:31 to pay the rest of a 77.25 order.
func cardAndVoucher() []refund.Payment {
	at := time.Date(2026, 5, 29, 12, 30, 0, 0, time.UTC)
	return []refund.Payment{
		{Ref: "tr_card", Means: refund.MeansCard, Amount: eur(5725), At: at},
		{Ref: "gv_2040", Means: refund.MeansVoucher, Amount: eur(2000), At: at.Add(time.Minute)},
	}
}

// Newest first: the voucher is given back first, then the card.
func TestAllocateNewestFirst(t *testing.T) {
	got, err := refund.Allocate(eur(3000), cardAndVoucher(), refund.AllocPolicy{})
	require.NoError(t, err)
	assert.Equal(t, []refund.Instruction{
		{PaymentRef: "gv_2040", Means: refund.MeansVoucher, Amount: eur(2000)},
		{PaymentRef: "tr_card", Means: refund.MeansCard, Amount: eur(1000)},
	}, got)

	got, err = refund.Allocate(eur(1500), cardAndVoucher(), refund.AllocPolicy{})
	require.NoError(t, err)
	assert.Equal(t, []refund.Instruction{{PaymentRef: "gv_2040", Means: refund.MeansVoucher, Amount: eur(1500)}}, got)
}

func TestAllocateOldestFirst(t *testing.T) {
	got, err := refund.Allocate(eur(6000), cardAndVoucher(), refund.AllocPolicy{Order: refund.OldestFirst})
	require.NoError(t, err)
	assert.Equal(t, []refund.Instruction{
		{PaymentRef: "tr_card", Means: refund.MeansCard, Amount: eur(5725)},
		{PaymentRef: "gv_2040", Means: refund.MeansVoucher, Amount: eur(275)},
	}, got)
}

// What was already refunded on a payment is not refunded again.
func TestAllocateAfterEarlierRefunds(t *testing.T) {
	paid := cardAndVoucher()
	paid[1].Refunded = eur(2000)
	paid[0].Refunded = eur(725)
	got, err := refund.Allocate(eur(5000), paid, refund.AllocPolicy{})
	require.NoError(t, err)
	assert.Equal(t, []refund.Instruction{{PaymentRef: "tr_card", Means: refund.MeansCard, Amount: eur(5000)}}, got)

	_, err = refund.Allocate(eur(5001), paid, refund.AllocPolicy{})
	require.ErrorIs(t, err, refund.ErrUnplaced)
	var ue *refund.UnplacedError
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, eur(1), ue.Remaining)
	assert.Equal(t, eur(5001), ue.Amount)
	assert.EqualError(t, err, "refund: amount cannot be placed on the payments: 0.01 EUR of 50.01 EUR left over")
}

// Priority puts means first whatever their time; the others follow in the
// policy's order.
func TestAllocatePriority(t *testing.T) {
	paid := append(cardAndVoucher(), refund.Payment{
		Ref: "sc_1", Means: refund.MeansStoreCredit, Amount: eur(500), At: time.Date(2026, 5, 29, 12, 0, 0, 0, time.UTC),
	})
	got, err := refund.Allocate(eur(6000), paid, refund.AllocPolicy{Priority: []refund.Means{refund.MeansCard}})
	require.NoError(t, err)
	assert.Equal(t, []refund.Instruction{
		{PaymentRef: "tr_card", Means: refund.MeansCard, Amount: eur(5725)},
		{PaymentRef: "gv_2040", Means: refund.MeansVoucher, Amount: eur(275)},
	}, got)
}

// A means the consumer agreed to takes the whole amount, within what was
// paid.
func TestAllocateAgreedMeans(t *testing.T) {
	got, err := refund.Allocate(eur(7725), cardAndVoucher(), refund.AllocPolicy{Agreed: refund.MeansStoreCredit})
	require.NoError(t, err)
	assert.Equal(t, []refund.Instruction{{Means: refund.MeansStoreCredit, Amount: eur(7725)}}, got)
	_, err = refund.Allocate(eur(7726), cardAndVoucher(), refund.AllocPolicy{Agreed: refund.MeansStoreCredit})
	assert.ErrorIs(t, err, refund.ErrUnplaced)
}

// Equal times keep the order given.
func TestAllocateTiesKeepInputOrder(t *testing.T) {
	at := time.Date(2026, 5, 29, 12, 30, 0, 0, time.UTC)
	paid := []refund.Payment{
		{Ref: "a", Means: refund.MeansCard, Amount: eur(100), At: at},
		{Ref: "b", Means: refund.MeansCard, Amount: eur(100), At: at},
	}
	for _, o := range []refund.AllocOrder{refund.NewestFirst, refund.OldestFirst} {
		got, err := refund.Allocate(eur(150), paid, refund.AllocPolicy{Order: o})
		require.NoError(t, err)
		assert.Equal(t, "a", got[0].PaymentRef, o.String())
		assert.Equal(t, eur(50), got[1].Amount)
	}
}

func TestAllocateZeroAndErrors(t *testing.T) {
	got, err := refund.Allocate(eur(0), cardAndVoucher(), refund.AllocPolicy{})
	require.NoError(t, err)
	assert.Empty(t, got)
	got, err = refund.Allocate(money.Money{}, nil, refund.AllocPolicy{})
	require.NoError(t, err)
	assert.Empty(t, got)
	_, err = refund.Allocate(eur(1), nil, refund.AllocPolicy{})
	assert.ErrorIs(t, err, refund.ErrUnplaced)

	bad := func(f func(p []refund.Payment)) []refund.Payment {
		p := cardAndVoucher()
		f(p)
		return p
	}
	payments := map[string][]refund.Payment{
		"empty ref":         bad(func(p []refund.Payment) { p[0].Ref = "" }),
		"duplicate ref":     bad(func(p []refund.Payment) { p[1].Ref = p[0].Ref }),
		"unknown means":     bad(func(p []refund.Payment) { p[0].Means = "cheque" }),
		"zero amount":       bad(func(p []refund.Payment) { p[0].Amount = eur(0) }),
		"negative amount":   bad(func(p []refund.Payment) { p[0].Amount = eur(-1) }),
		"other currency":    bad(func(p []refund.Payment) { p[1].Amount = usd(2000) }),
		"refunded too much": bad(func(p []refund.Payment) { p[1].Refunded = eur(2001) }),
		"refunded negative": bad(func(p []refund.Payment) { p[1].Refunded = eur(-1) }),
		"refunded in USD":   bad(func(p []refund.Payment) { p[1].Refunded = usd(1) }),
		"overflow": {
			{Ref: "a", Means: refund.MeansCard, Amount: eur(money.MaxMinor)},
			{Ref: "b", Means: refund.MeansCard, Amount: eur(money.MaxMinor)},
		},
	}
	for name, p := range payments {
		_, err := refund.Allocate(eur(100), p, refund.AllocPolicy{})
		assert.ErrorIs(t, err, refund.ErrInvalidPayment, name)
	}
	policies := map[string]refund.AllocPolicy{
		"unknown order":    {Order: 7},
		"unknown priority": {Priority: []refund.Means{"iou"}},
		"priority twice":   {Priority: []refund.Means{refund.MeansCard, refund.MeansCard}},
		"unknown agreed":   {Agreed: "iou"},
	}
	for name, p := range policies {
		_, err := refund.Allocate(eur(100), cardAndVoucher(), p)
		assert.ErrorIs(t, err, refund.ErrInvalidPolicy, name)
	}
	for name, total := range map[string]money.Money{"negative": eur(-1)} {
		_, err := refund.Allocate(total, cardAndVoucher(), refund.AllocPolicy{})
		assert.ErrorIs(t, err, refund.ErrInvalidRequest, name)
	}
	assert.Equal(t, "AllocOrder(7)", refund.AllocOrder(7).String())
}

func TestMeans(t *testing.T) {
	for _, m := range refund.AllMeans() {
		got, err := refund.ParseMeans(m.String())
		require.NoError(t, err)
		assert.Equal(t, m, got)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		var back refund.Means
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, m, back)
	}
	for _, s := range []string{"", "Card", "cheque", " card"} {
		_, err := refund.ParseMeans(s)
		assert.ErrorIs(t, err, refund.ErrUnknownMeans, s)
		var ue *refund.UnknownMeansError
		assert.ErrorAs(t, err, &ue)
	}
	_, err := json.Marshal(refund.Means("iou"))
	assert.ErrorIs(t, err, refund.ErrUnknownMeans)
	m := refund.MeansCard
	assert.Error(t, json.Unmarshal([]byte(`"iou"`), &m))
	assert.Equal(t, refund.MeansCard, m, "unchanged on error")
}
