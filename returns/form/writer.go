package form

import (
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language/display"
)

// blank is the line left for a value to be filled in by hand.
const blank = "______________________________"

// writer builds a text in one language. It is used by one goroutine for one
// text and then dropped.
type writer struct {
	strings.Builder
	l       lang
	t       texts
	regions display.Namer // country names, made on first use
}

// newWriter returns a writer for l with room for size bytes.
func newWriter(l lang, size int) *writer {
	w := &writer{l: l, t: textsFor(l)}
	w.Grow(size)
	return w
}

// line writes indent, s and a line feed, unless s is empty. It reports
// whether it wrote.
func (w *writer) line(indent, s string) bool {
	if s == "" {
		return false
	}
	w.WriteString(indent)
	w.WriteString(s)
	w.WriteByte('\n')
	return true
}

// labelled writes "label value" on a line of its own, or "label ____"
// when value is empty.
func (w *writer) labelled(label, value string) {
	if value == "" {
		value = blank
	}
	w.WriteString(label)
	w.WriteByte(' ')
	w.WriteString(value)
	w.WriteByte('\n')
}

// int writes n in decimal without allocating.
func (w *writer) int(n int) {
	var buf [20]byte
	w.Write(strconv.AppendInt(buf[:0], int64(n), 10))
}

// uuid writes id in its canonical form without allocating.
func (w *writer) uuid(id uuid.UUID) {
	var buf [36]byte
	hex.Encode(buf[0:8], id[0:4])
	hex.Encode(buf[9:13], id[4:6])
	hex.Encode(buf[14:18], id[6:8])
	hex.Encode(buf[19:23], id[8:10])
	hex.Encode(buf[24:], id[10:])
	buf[8], buf[13], buf[18], buf[23] = '-', '-', '-', '-'
	w.Write(buf[:])
}

// labelledUUID writes "label id", or "label ____" for uuid.Nil.
func (w *writer) labelledUUID(label string, id uuid.UUID) {
	if id == uuid.Nil {
		w.labelled(label, "")
		return
	}
	w.WriteString(label)
	w.WriteByte(' ')
	w.uuid(id)
	w.WriteByte('\n')
}
