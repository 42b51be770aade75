package tracking_test

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/shipping/tracking"
)

func TestNewTableRejects(t *testing.T) {
	ok := tracking.Row{Code: "A", Stage: tracking.StageInTransit}
	tests := []struct {
		name    string
		carrier string
		rows    []tracking.Row
		row     int
		code    string
		dup     bool
		problem string
	}{
		{name: "empty carrier", carrier: "", rows: []tracking.Row{ok}, row: -1, problem: "empty carrier"},
		{name: "empty code", carrier: "x", rows: []tracking.Row{ok, {Stage: tracking.StageDelivered}}, row: 1, problem: "empty code"},
		{name: "code mapped twice", carrier: "x", rows: []tracking.Row{ok, {Code: "B", Stage: tracking.StageDelivered}, {Code: "A", Stage: tracking.StageDelivered}},
			row: 2, code: "A", dup: true, problem: "first in row 0"},
		{name: "same code same stage", carrier: "x", rows: []tracking.Row{ok, ok}, row: 1, code: "A", dup: true},
		{name: "unset stage", carrier: "x", rows: []tracking.Row{{Code: "C"}}, row: 0, code: "C", problem: "invalid stage"},
		{name: "invalid stage", carrier: "x", rows: []tracking.Row{{Code: "C", Stage: "Delivered"}}, row: 0, code: "C", problem: `"Delivered"`},
		{name: "invalid reason", carrier: "x", rows: []tracking.Row{{Code: "D", Stage: tracking.StageException, Reason: "none"}}, row: 0, code: "D", problem: "invalid reason"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := tracking.NewTable(tt.carrier, tt.rows)
			require.Error(t, err)
			assert.Nil(t, tab)
			assert.ErrorIs(t, err, tracking.ErrInvalidTable)
			assert.Equal(t, tt.dup, errors.Is(err, tracking.ErrDuplicateCode))
			var te *tracking.TableError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tt.carrier, te.Carrier)
			assert.Equal(t, tt.row, te.Row)
			assert.Equal(t, tt.code, te.Code)
			assert.Equal(t, tt.dup, te.DuplicateCode())
			if tt.code != "" {
				assert.Contains(t, err.Error(), `"`+tt.code+`"`, "the error names the code")
			}
			assert.Contains(t, err.Error(), tt.problem)
		})
	}
}

func TestNewTableCopiesRows(t *testing.T) {
	rows := []tracking.Row{
		{Code: "A", Stage: tracking.StageInTransit, Description: "a"},
		{Code: "B", Stage: tracking.StageDelivered},
	}
	tab, err := tracking.NewTable("x", rows)
	require.NoError(t, err)
	rows[0].Stage = tracking.StageCancelled
	assert.Equal(t, tracking.StageInTransit, tab.Normalise(tracking.RawEvent{Code: "A"}).Stage)

	got := tab.Rows()
	got[1].Stage = tracking.StageCancelled
	assert.Equal(t, tracking.StageDelivered, tab.Normalise(tracking.RawEvent{Code: "B"}).Stage)

	assert.Equal(t, "x", tab.Carrier())
	assert.Equal(t, 2, tab.Len())
	row, ok := tab.Lookup("A")
	assert.True(t, ok)
	assert.Equal(t, "a", row.Description)
	_, ok = tab.Lookup("a")
	assert.False(t, ok, "codes match exactly")
}

func TestEmptyTable(t *testing.T) {
	tab, err := tracking.NewTable("x", nil)
	require.NoError(t, err)
	ev := tab.Normalise(tracking.RawEvent{Code: "A"})
	assert.Equal(t, tracking.StageUnknown, ev.Stage)
	assert.Equal(t, "x", ev.Carrier)

	var nilTab *tracking.Table
	ev = nilTab.Normalise(tracking.RawEvent{Code: "A", Text: "t"})
	assert.Equal(t, tracking.Event{RawCode: "A", RawText: "t", Stage: tracking.StageUnknown}, ev)
	assert.Zero(t, nilTab.Len())
	assert.Empty(t, nilTab.Carrier())
	assert.Nil(t, nilTab.Rows())
	_, ok := nilTab.Lookup("A")
	assert.False(t, ok)

	var zero tracking.Table
	assert.Equal(t, tracking.StageUnknown, zero.Normalise(tracking.RawEvent{Code: "A"}).Stage)
}

func TestNormaliseKeepsRaw(t *testing.T) {
	tab, err := tracking.NewTable("acme", []tracking.Row{
		{Code: "X1", Stage: tracking.StageException, Reason: tracking.ReasonDamaged},
	})
	require.NoError(t, err)
	at := mustTime(t, "2025-06-01T08:00:00Z")
	proof := &tracking.Proof{At: at, Signature: "J. Peeters"}
	raw := tracking.RawEvent{Code: "X1", Text: "Colis endommagé", At: at, Location: "Namur", Proof: proof}
	ev := tab.Normalise(raw)
	assert.Equal(t, "acme", ev.Carrier)
	assert.Equal(t, "X1", ev.RawCode)
	assert.Equal(t, "Colis endommagé", ev.RawText)
	assert.Equal(t, tracking.StageException, ev.Stage)
	assert.Equal(t, tracking.ReasonDamaged, ev.Reason)
	assert.Equal(t, "Namur", ev.Location)
	assert.True(t, at.Equal(ev.At))
	require.NotNil(t, ev.Proof)
	assert.Equal(t, *proof, *ev.Proof)
	proof.Signature = "changed"
	assert.Equal(t, "J. Peeters", ev.Proof.Signature, "the proof is copied")

	unknown := tab.Normalise(tracking.RawEvent{Code: "X2", Text: "??"})
	assert.Equal(t, tracking.StageUnknown, unknown.Stage)
	assert.Equal(t, tracking.ReasonNone, unknown.Reason)
	assert.Equal(t, "X2", unknown.RawCode)
	assert.Equal(t, "??", unknown.RawText)

	all := tab.NormaliseAll([]tracking.RawEvent{raw, {Code: "X2"}})
	require.Len(t, all, 2)
	assert.Equal(t, tracking.StageException, all[0].Stage)
	assert.Equal(t, tracking.StageUnknown, all[1].Stage)
	assert.Empty(t, tab.NormaliseAll(nil))
}

func TestTableConcurrentUse(t *testing.T) {
	tab := mustTable(t, tracking.GLS)
	codes := []string{"DELIVERED", "INTRANSIT", "nope", "DELIVEREDPS", ""}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				code := codes[(g+i)%len(codes)]
				ev := tab.Normalise(tracking.RawEvent{Code: code})
				row, ok := tab.Lookup(code)
				if ok && ev.Stage != row.Stage || !ok && ev.Stage != tracking.StageUnknown {
					t.Errorf("code %q: stage %s", code, ev.Stage)
					return
				}
				_ = tab.Rows()
			}
		}()
	}
	wg.Wait()
}
