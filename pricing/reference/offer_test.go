package reference_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/pricing/reference"
)

func TestCheckOffer(t *testing.T) {
	const (
		winter2027 = "winter waiting period 2026-12-02 to 2027-01-01"
		summer2026 = "summer waiting period 2026-06-01 to 2026-06-30"
		summer2029 = "summer waiting period 2029-05-31 to 2029-06-29"
	)
	tests := []struct {
		name        string
		kind        reference.OfferKind
		sector      reference.Sector
		first, last string
		flagged     bool
		reason      reference.Reason
		period      string // "" for the zero Period
	}{
		{"clothing reduction in December", reference.OfferReduction, reference.SectorClothing,
			"2026-12-10", "2026-12-10", true, reference.ReasonWaitingPeriod, winter2027},
		{"shoe vouchers in June", reference.OfferVoucher, reference.SectorShoes,
			"2026-06-15", "2026-06-15", true, reference.ReasonWaitingPeriod, summer2026},
		{"leather goods, second item half price", reference.OfferConditional, reference.SectorLeatherGoods,
			"2026-06-15", "2026-06-15", true, reference.ReasonWaitingPeriod, summer2026},
		{"clothing joint offer in June", reference.OfferJoint, reference.SectorClothing,
			"2026-06-15", "2026-06-15", false, reference.ReasonJointOffer, summer2026},
		{"other goods reduced in June", reference.OfferReduction, reference.SectorOther,
			"2026-06-15", "2026-06-15", false, reference.ReasonSectorNotCovered, summer2026},
		{"other goods reduced in March", reference.OfferReduction, reference.SectorOther,
			"2026-03-15", "2026-03-15", false, reference.ReasonSectorNotCovered, ""},
		{"clothing reduction in the sales", reference.OfferReduction, reference.SectorClothing,
			"2026-07-01", "2026-07-31", false, reference.ReasonOutsideWaitingPeriods, ""},
		{"campaign running into the waiting period", reference.OfferReduction, reference.SectorClothing,
			"2026-05-25", "2026-06-01", true, reference.ReasonWaitingPeriod, summer2026},
		{"campaign ending the day before", reference.OfferReduction, reference.SectorClothing,
			"2026-05-25", "2026-05-31", false, reference.ReasonOutsideWaitingPeriods, ""},
		{"31 May 2029, 1 July being a Sunday", reference.OfferReduction, reference.SectorShoes,
			"2029-05-31", "2029-05-31", true, reference.ReasonWaitingPeriod, summer2029},
		{"30 June 2029 is already the sales", reference.OfferReduction, reference.SectorShoes,
			"2029-06-30", "2029-06-30", false, reference.ReasonOutsideWaitingPeriods, ""},
		{"1 January 2027 is the last waiting day", reference.OfferReduction, reference.SectorClothing,
			"2027-01-01", "2027-01-01", true, reference.ReasonWaitingPeriod, winter2027},
		{"2 January 2027 is the sales", reference.OfferReduction, reference.SectorClothing,
			"2027-01-02", "2027-01-02", false, reference.ReasonOutsideWaitingPeriods, ""},
		{"2 January 2026 is still waiting", reference.OfferVoucher, reference.SectorClothing,
			"2026-01-02", "2026-01-02", true, reference.ReasonWaitingPeriod, "winter waiting period 2025-12-03 to 2026-01-02"},
		{"year-long campaign: the first period it meets", reference.OfferReduction, reference.SectorClothing,
			"2026-02-01", "2027-01-31", true, reference.ReasonWaitingPeriod, summer2026},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := reference.CheckOffer(reference.Offer{
				Kind: tc.kind, Sector: tc.sector, First: day(t, tc.first), Last: day(t, tc.last),
			})
			require.NoError(t, err)
			assert.Equal(t, tc.flagged, v.Flagged)
			assert.Equal(t, tc.reason, v.Reason)
			if tc.period == "" {
				assert.Equal(t, reference.Period{}, v.Period)
			} else {
				assert.Equal(t, tc.period, v.Period.String())
			}
		})
	}
}

func TestCheckOfferInvalid(t *testing.T) {
	d := calendar.Date{Year: 2026, Month: 6, Day: 15}
	ok := reference.Offer{Kind: reference.OfferReduction, Sector: reference.SectorClothing, First: d, Last: d}
	tests := map[string]func(o *reference.Offer){
		"Offer.Kind":   func(o *reference.Offer) { o.Kind = reference.OfferUnknown },
		"Offer.Sector": func(o *reference.Offer) { o.Sector = reference.SectorUnknown },
		"Offer.First":  func(o *reference.Offer) { o.First = calendar.Date{} },
		"Offer.Last":   func(o *reference.Offer) { o.Last = d.AddDays(-1) },
	}
	for field, breakIt := range tests {
		o := ok
		breakIt(&o)
		_, err := reference.CheckOffer(o)
		require.ErrorIs(t, err, reference.ErrInvalidInput, field)
		var ie *reference.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, field, ie.Field)
	}
	outOfRange := ok
	outOfRange.Sector = reference.Sector(99)
	_, err := reference.CheckOffer(outOfRange)
	require.ErrorIs(t, err, reference.ErrInvalidInput)
	outOfRange = ok
	outOfRange.Kind = reference.OfferKind(99)
	_, err = reference.CheckOffer(outOfRange)
	require.ErrorIs(t, err, reference.ErrInvalidInput)
	noLast := ok
	noLast.Last = calendar.Date{}
	_, err = reference.CheckOffer(noLast)
	require.ErrorIs(t, err, reference.ErrInvalidInput)
}

func TestEnumStrings(t *testing.T) {
	assert.Equal(t, "unknown sector", reference.SectorUnknown.String())
	assert.Equal(t, "leather goods", reference.SectorLeatherGoods.String())
	assert.Equal(t, "Sector(99)", reference.Sector(99).String())
	assert.False(t, reference.Sector(99).Valid())
	assert.True(t, reference.SectorOther.Valid())
	assert.Equal(t, "joint offer", reference.OfferJoint.String())
	assert.Equal(t, "OfferKind(99)", reference.OfferKind(99).String())
	assert.False(t, reference.OfferUnknown.Valid())
	assert.Contains(t, reference.ReasonWaitingPeriod.String(), "CDE art. VI.25")
	assert.Equal(t, "Reason(0)", reference.Reason(0).String())
}
