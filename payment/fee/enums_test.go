package fee_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/fee"
)

func TestParseRegion(t *testing.T) {
	tests := []struct {
		in   string
		want fee.Region
	}{
		{"any", fee.RegionAny}, {"domestic", fee.RegionDomestic}, {"eea", fee.RegionEEA},
		{"EEA", fee.RegionEEA}, {"uk", fee.RegionUK}, {"UK", fee.RegionUK}, {"International", fee.RegionInternational},
	}
	for _, tt := range tests {
		got, err := fee.ParseRegion(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	for _, bad := range []string{"", "eu", "EEA ", "gb", "intl", "région"} {
		_, err := fee.ParseRegion(bad)
		require.ErrorIs(t, err, fee.ErrUnknownRegion, bad)
		assert.NotErrorIs(t, err, fee.ErrUnknownSegment)
		var ue *fee.UnknownError
		require.ErrorAs(t, err, &ue)
		assert.Equal(t, fee.UnknownError{Kind: "region", Input: bad}, *ue)
		assert.Contains(t, err.Error(), "international")
	}
}

func TestParseSegment(t *testing.T) {
	tests := []struct {
		in   string
		want fee.Segment
	}{
		{"any", fee.SegmentAny}, {"consumer", fee.SegmentConsumer}, {"Commercial", fee.SegmentCommercial}, {"PREMIUM", fee.SegmentPremium},
	}
	for _, tt := range tests {
		got, err := fee.ParseSegment(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	for _, bad := range []string{"", "business", "consumer\x00"} {
		_, err := fee.ParseSegment(bad)
		require.ErrorIs(t, err, fee.ErrUnknownSegment, bad)
		assert.NotErrorIs(t, err, fee.ErrUnknownEvent)
		assert.Contains(t, err.Error(), "commercial")
	}
}

func TestParseEvent(t *testing.T) {
	tests := []struct {
		in   string
		want fee.Event
	}{
		{"success", fee.Success}, {"refund", fee.Refund}, {"Chargeback", fee.Chargeback}, {"FAILURE", fee.Failure},
	}
	for _, tt := range tests {
		got, err := fee.ParseEvent(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	for _, bad := range []string{"", "any", "succeeded", "dispute"} {
		_, err := fee.ParseEvent(bad)
		require.ErrorIs(t, err, fee.ErrUnknownEvent, bad)
		assert.NotErrorIs(t, err, fee.ErrUnknownRegion)
		assert.Contains(t, err.Error(), "chargeback")
	}
	other := &fee.UnknownError{Kind: "method", Input: "x"}
	assert.NotErrorIs(t, other, fee.ErrUnknownEvent)
	assert.Contains(t, other.Error(), "known: none")
}

func TestEnumStringsAndValidity(t *testing.T) {
	assert.Equal(t, "eea", fee.RegionEEA.String())
	assert.Equal(t, "region(5)", fee.Region(5).String())
	assert.False(t, fee.Region(5).Valid())
	assert.True(t, fee.RegionAny.Valid())
	assert.Equal(t, "premium", fee.SegmentPremium.String())
	assert.Equal(t, "segment(4)", fee.Segment(4).String())
	assert.False(t, fee.Segment(4).Valid())
	assert.Equal(t, "chargeback", fee.Chargeback.String())
	assert.Equal(t, "event(0)", fee.Event(0).String())
	assert.False(t, fee.Event(0).Valid())
	assert.False(t, fee.Event(5).Valid())
	assert.True(t, fee.Failure.Valid())
}

func TestEnumText(t *testing.T) {
	type row struct {
		Region  fee.Region  `json:"region"`
		Segment fee.Segment `json:"segment"`
		Event   fee.Event   `json:"event"`
	}
	in := row{fee.RegionUK, fee.SegmentCommercial, fee.Refund}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"region":"uk","segment":"commercial","event":"refund"}`, string(b))
	var out row
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	_, err = json.Marshal(row{Region: 7, Segment: fee.SegmentAny, Event: fee.Success})
	assert.ErrorIs(t, err, fee.ErrUnknownRegion)
	_, err = json.Marshal(row{Segment: 7, Event: fee.Success})
	assert.ErrorIs(t, err, fee.ErrUnknownSegment)
	_, err = json.Marshal(row{})
	assert.ErrorIs(t, err, fee.ErrUnknownEvent, "the zero Event is not an event")

	assert.ErrorIs(t, json.Unmarshal([]byte(`{"region":"eu"}`), &out), fee.ErrUnknownRegion)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"segment":"gold"}`), &out), fee.ErrUnknownSegment)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"event":""}`), &out), fee.ErrUnknownEvent)
}
