package tracking

import (
	"fmt"
	"slices"
	"time"
)

// Row maps one raw carrier code to a stage and a reason.
type Row struct {
	// Code is the carrier's raw status or event code, matched exactly (case
	// and spaces included).
	Code string
	// Stage is the lifecycle stage the code means. StageUnknown is allowed:
	// the source lists the code but gives it no lifecycle meaning.
	Stage Stage
	// Reason says why, when the source says it; ReasonNone otherwise.
	Reason Reason
	// Description is the source's meaning of the code, for people.
	Description string
}

// Table maps a carrier's raw codes to normalised stages and reasons. Build
// one with NewTable; it is immutable afterwards and safe for concurrent use.
// The zero Table knows no code and no carrier: every event normalises to
// StageUnknown.
type Table struct {
	carrier string
	rows    []Row
	index   map[string]int // code -> position in rows
}

// NewTable builds the table of carrier from rows, in the order given. It
// rejects an empty carrier name, a row with an empty code, a code mapped
// twice, an invalid or unset stage, and an invalid reason, with a
// *TableError naming the row and its code (matching ErrInvalidTable, and
// ErrDuplicateCode for a code mapped twice). The rows are copied: changing
// the slice afterwards does not change the table.
func NewTable(carrier string, rows []Row) (*Table, error) {
	if carrier == "" {
		return nil, &TableError{Row: -1, Problem: "empty carrier name"}
	}
	t := &Table{carrier: carrier, rows: slices.Clone(rows), index: make(map[string]int, len(rows))}
	for i, r := range t.rows {
		fail := func(format string, args ...any) error {
			return &TableError{Carrier: carrier, Row: i, Code: r.Code, Problem: fmt.Sprintf(format, args...)}
		}
		switch {
		case r.Code == "":
			return nil, fail("empty code")
		case !r.Stage.Valid():
			return nil, fail("invalid stage %q", string(r.Stage))
		case !r.Reason.Valid():
			return nil, fail("invalid reason %q", string(r.Reason))
		}
		if first, dup := t.index[r.Code]; dup {
			return nil, &TableError{Carrier: carrier, Row: i, Code: r.Code, dup: true,
				Problem: fmt.Sprintf("code mapped twice (first in row %d)", first)}
		}
		t.index[r.Code] = i
	}
	return t, nil
}

// Carrier returns the name of the carrier the table is for.
func (t *Table) Carrier() string {
	if t == nil {
		return ""
	}
	return t.carrier
}

// Len returns the number of codes the table maps.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.rows)
}

// Rows returns a copy of the table's rows, in the order they were given.
func (t *Table) Rows() []Row {
	if t == nil {
		return nil
	}
	return slices.Clone(t.rows)
}

// Lookup returns the row of a raw code, matched exactly, and whether the
// table lists it.
func (t *Table) Lookup(code string) (Row, bool) {
	if t == nil {
		return Row{}, false
	}
	i, ok := t.index[code]
	if !ok {
		return Row{}, false
	}
	return t.rows[i], true
}

// RawEvent is a tracking event as a carrier reports it, before
// normalisation.
type RawEvent struct {
	// Code is the carrier's status or event code.
	Code string
	// Text is the carrier's own wording of the event, if any.
	Text string
	// At is when the event happened, as the carrier says.
	At time.Time
	// Location is where it happened (a depot, a city, a pickup point), free
	// text.
	Location string
	// Proof is the proof of delivery the carrier gave with the event, if any.
	Proof *Proof
}

// Normalise maps a raw event through the table. The event's stage and
// reason are those of the row for raw.Code; a code the table does not list
// gives StageUnknown and ReasonNone, never a guess. The raw code and text
// are always kept, with the table's carrier. A proof given with the raw
// event is copied into the result. Codes match exactly, case and spaces
// included: " DELIVERED" is not "DELIVERED", because trimming or folding a
// carrier's code would be a guess; clean codes at the adapter if a carrier
// is known to pad them.
func (t *Table) Normalise(raw RawEvent) Event {
	e := Event{
		Carrier:  t.Carrier(),
		RawCode:  raw.Code,
		RawText:  raw.Text,
		Stage:    StageUnknown,
		At:       raw.At,
		Location: raw.Location,
	}
	if row, ok := t.Lookup(raw.Code); ok {
		e.Stage, e.Reason = row.Stage, row.Reason
	}
	if raw.Proof != nil {
		p := *raw.Proof
		e.Proof = &p
	}
	return e
}

// NormaliseAll normalises each raw event in order, into a new slice.
func (t *Table) NormaliseAll(raws []RawEvent) []Event {
	out := make([]Event, len(raws))
	for i, r := range raws {
		out[i] = t.Normalise(r)
	}
	return out
}
