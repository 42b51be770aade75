package form

import (
	"strings"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/shopspring/decimal"
)

// date writes d the way each language writes a date in a letter, with the
// month's name so that no reader can mistake the day for the month:
// "18 December 2026", "18 décembre 2026" (and "1er janvier 2027"),
// "18 december 2026", "18. Dezember 2026". d must be valid.
func (w *writer) date(d calendar.Date) {
	m := int(d.Month)
	w.int(d.Day)
	switch w.l {
	case langFR:
		if d.Day == 1 {
			w.WriteString("er")
		}
		w.WriteByte(' ')
		w.WriteString(monthFR(m))
	case langNL:
		w.WriteByte(' ')
		w.WriteString(monthNL(m))
	case langDE:
		w.WriteString(". ")
		w.WriteString(monthDE(m))
	default:
		w.WriteByte(' ')
		w.WriteString(monthEN(m))
	}
	w.WriteByte(' ')
	w.int(d.Year)
}

// labelledDate writes "label date", or "label ____" for the zero Date.
func (w *writer) labelledDate(label string, d calendar.Date) {
	if d.IsZero() {
		w.labelled(label, "")
		return
	}
	w.WriteString(label)
	w.WriteByte(' ')
	w.date(d)
	w.WriteByte('\n')
}

// dateTime writes the instant at in its own location: the date as date,
// the time to the minute on the 24-hour clock, and the zone with its offset
// so that the moment is unambiguous even across a daylight-saving change:
// "18 December 2026 at 22:47 (CET, UTC+01:00)", "18. Dezember 2026 um 22:47
// Uhr (CET, UTC+01:00)".
func (w *writer) dateTime(at time.Time) {
	w.date(calendar.DateOf(at, at.Location()))
	w.WriteString(w.t.at)
	var buf [8]byte
	w.Write(at.AppendFormat(buf[:0], "15:04"))
	w.WriteString(w.t.timeSuffix)
	w.WriteString(" (")
	w.WriteString(zoneName(at))
	w.WriteByte(')')
}

// zoneName returns "CET, UTC+01:00" for a zone with a name, "UTC" for UTC and
// "UTC-03:00" for a zone the database only knows by its offset (Go then
// reports the abbreviation as "-03").
func zoneName(t time.Time) string {
	abbr, offset := t.Format("MST"), "UTC"+t.Format("-07:00")
	switch {
	case abbr == "UTC" && offset == "UTC+00:00":
		return "UTC"
	case abbr == "" || abbr[0] == '+' || abbr[0] == '-':
		return offset
	}
	return abbr + ", " + offset
}

// quantity writes q with the language's decimal separator: "2", "1.25" in
// English, "1,25" in French, Dutch and German. Trailing zeros are dropped
// ("1.50" is "1.5"). q must be in range (see quantityInRange).
func (w *writer) quantity(q decimal.Decimal) {
	s := q.String()
	if w.l != langEN {
		s = strings.Replace(s, ".", ",", 1)
	}
	w.WriteString(s)
}

// item writes one line withdrawn as a list item: "    - 2 × Huile d'olive
// 1 l (réf. OIL-OLIVE-1L)". Without a name the reference stands alone, and
// without either the line id does, so that no item is blank.
func (w *writer) item(indent string, line Line) {
	w.WriteString(indent)
	w.WriteString("- ")
	w.quantity(line.Quantity)
	w.WriteString(" × ")
	name, sku := clean(line.Name), clean(line.SKU)
	switch {
	case name != "" && sku != "":
		w.WriteString(name)
		w.WriteString(" (")
		w.WriteString(w.t.ref)
		w.WriteByte(' ')
		w.WriteString(sku)
		w.WriteByte(')')
	case name != "":
		w.WriteString(name)
	case sku != "":
		w.WriteString(w.t.ref)
		w.WriteByte(' ')
		w.WriteString(sku)
	default:
		w.WriteString(clean(line.LineID))
	}
	w.WriteByte('\n')
}
