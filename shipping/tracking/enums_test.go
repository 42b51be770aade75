package tracking_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/shipping/tracking"
)

func TestStagesRoundTrip(t *testing.T) {
	stages := tracking.Stages()
	require.Len(t, stages, 11)
	seen := map[tracking.Stage]bool{}
	for _, s := range stages {
		assert.True(t, s.Valid(), s)
		assert.False(t, seen[s], "duplicate %s", s)
		seen[s] = true
		got, err := tracking.ParseStage(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, got)
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back tracking.Stage
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	assert.Equal(t, tracking.StageUnknown, stages[len(stages)-1])
}

func TestParseStageRejects(t *testing.T) {
	for _, in := range []string{"", "Delivered", "DELIVERED", " delivered", "delivered ", "lost", "none", "pending"} {
		t.Run(in, func(t *testing.T) {
			_, err := tracking.ParseStage(in)
			require.Error(t, err)
			assert.ErrorIs(t, err, tracking.ErrUnknownStage)
			var uv *tracking.UnknownValueError
			require.ErrorAs(t, err, &uv)
			assert.Equal(t, in, uv.Value)
			assert.Contains(t, err.Error(), in)
		})
	}
}

func TestStageText(t *testing.T) {
	var s tracking.Stage
	require.NoError(t, s.UnmarshalText(nil))
	assert.Equal(t, tracking.Stage(""), s)
	b, err := s.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)

	s = tracking.StageInTransit
	err = s.UnmarshalText([]byte("teleported"))
	assert.ErrorIs(t, err, tracking.ErrUnknownStage)
	assert.Equal(t, tracking.StageInTransit, s, "unchanged on error")

	_, err = tracking.Stage("teleported").MarshalText()
	assert.ErrorIs(t, err, tracking.ErrUnknownStage)
	assert.False(t, tracking.Stage("").Valid())
}

func TestStageFinal(t *testing.T) {
	final := map[tracking.Stage]bool{
		tracking.StageDelivered: true, tracking.StageReturnedToSender: true, tracking.StageCancelled: true,
	}
	for _, s := range tracking.Stages() {
		assert.Equal(t, final[s], s.Final(), s)
	}
}

func TestReasonsRoundTrip(t *testing.T) {
	reasons := tracking.Reasons()
	assert.Equal(t, tracking.ReasonNone, reasons[0])
	seen := map[string]bool{}
	for _, r := range reasons {
		assert.True(t, r.Valid(), r)
		name := r.String()
		assert.False(t, seen[name], "duplicate %s", name)
		seen[name] = true
		got, err := tracking.ParseReason(name)
		require.NoError(t, err)
		assert.Equal(t, r, got)
		b, err := r.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, name, string(b))
		var back tracking.Reason = tracking.ReasonLost
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	for _, want := range []string{"none", "address_invalid", "customs", "damaged", "lost", "delayed", "recipient_absent", "refused"} {
		assert.True(t, seen[want], "reason %s missing", want)
	}
}

func TestReasonRejects(t *testing.T) {
	for _, in := range []string{"", "None", "NONE", "customs ", "stolen", "unknown"} {
		t.Run(in, func(t *testing.T) {
			_, err := tracking.ParseReason(in)
			assert.ErrorIs(t, err, tracking.ErrUnknownReason)
			var uv *tracking.UnknownValueError
			require.ErrorAs(t, err, &uv)
			assert.Equal(t, in, uv.Value)
		})
	}
	assert.False(t, tracking.Reason("none").Valid(), `"none" is the text of ReasonNone, not a value`)
	_, err := tracking.Reason("stolen").MarshalText()
	assert.ErrorIs(t, err, tracking.ErrUnknownReason)

	r := tracking.ReasonCustoms
	assert.ErrorIs(t, r.UnmarshalText([]byte("stolen")), tracking.ErrUnknownReason)
	assert.Equal(t, tracking.ReasonCustoms, r, "unchanged on error")
	require.NoError(t, r.UnmarshalText(nil))
	assert.Equal(t, tracking.ReasonNone, r)
}

func TestEventJSON(t *testing.T) {
	ev := tracking.Event{
		Carrier: "gls", RawCode: "NOTDELIVERED", Stage: tracking.StageDeliveryAttemptFailed,
		At: mustTime(t, "2025-03-04T10:15:00+01:00"), Location: "Liège",
	}
	b, err := json.Marshal(ev)
	require.NoError(t, err)
	assert.JSONEq(t, `{"carrier":"gls","raw_code":"NOTDELIVERED","stage":"delivery_attempt_failed",
		"reason":"none","at":"2025-03-04T10:15:00+01:00","location":"Liège"}`, string(b))
	var back tracking.Event
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, ev.Stage, back.Stage)
	assert.Equal(t, ev.Reason, back.Reason)
	assert.True(t, ev.At.Equal(back.At))

	err = json.Unmarshal([]byte(`{"stage":"teleported"}`), &back)
	assert.True(t, errors.Is(err, tracking.ErrUnknownStage), "%v", err)
	err = json.Unmarshal([]byte(`{"stage":"delivered","reason":"stolen"}`), &back)
	assert.True(t, errors.Is(err, tracking.ErrUnknownReason), "%v", err)

	_, err = json.Marshal(tracking.Event{Stage: "teleported"})
	assert.ErrorIs(t, err, tracking.ErrUnknownStage)
}
