package tracking_test

import (
	"testing"

	"github.com/comptoir/comptoir/shipping/tracking"
)

func FuzzParseStage(f *testing.F) {
	for _, s := range tracking.Stages() {
		f.Add(string(s))
	}
	f.Add("")
	f.Add("Delivered")
	f.Fuzz(func(t *testing.T, s string) {
		st, err := tracking.ParseStage(s)
		if err != nil {
			if st != "" {
				t.Fatalf("ParseStage(%q) = %q with error", s, st)
			}
			return
		}
		if !st.Valid() || st.String() != s {
			t.Fatalf("ParseStage(%q) = %q", s, st)
		}
	})
}

func FuzzParseReason(f *testing.F) {
	for _, r := range tracking.Reasons() {
		f.Add(r.String())
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := tracking.ParseReason(s)
		if err != nil {
			return
		}
		if !r.Valid() || r.String() != s {
			t.Fatalf("ParseReason(%q) = %q", s, r)
		}
	})
}

func FuzzNormalise(f *testing.F) {
	tab, err := tracking.GLS()
	if err != nil {
		f.Fatal(err)
	}
	for _, r := range tab.Rows() {
		f.Add(r.Code, "text")
	}
	f.Fuzz(func(t *testing.T, code, text string) {
		ev := tab.Normalise(tracking.RawEvent{Code: code, Text: text})
		if ev.RawCode != code || ev.RawText != text || !ev.Stage.Valid() || !ev.Reason.Valid() {
			t.Fatalf("Normalise(%q) = %+v", code, ev)
		}
		row, ok := tab.Lookup(code)
		if !ok && (ev.Stage != tracking.StageUnknown || ev.Reason != tracking.ReasonNone) {
			t.Fatalf("unlisted code %q normalised to %s/%s", code, ev.Stage, ev.Reason)
		}
		if ok && (ev.Stage != row.Stage || ev.Reason != row.Reason) {
			t.Fatalf("code %q: %s/%s, row says %s/%s", code, ev.Stage, ev.Reason, row.Stage, row.Reason)
		}
	})
}
