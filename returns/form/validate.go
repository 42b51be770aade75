package form

import (
	"strconv"

	"github.com/google/uuid"

	"github.com/comptoir/comptoir/calendar"
)

// validateTrader checks that the trader can be addressed: a name and an
// address, as the model form requires.
func validateTrader(tr Trader) error {
	if clean(tr.Name) == "" {
		return &FieldError{Field: "trader.name", Reason: "missing: the form is addressed to the trader by name"}
	}
	if addressEmpty(tr.Address) {
		return &FieldError{Field: "trader.address", Reason: "missing: the form gives the trader's postal address"}
	}
	return nil
}

// check verifies a request built by hand before it is written: an order,
// a time, at least one line, and quantities a text can show.
func (r Request) check() error {
	switch {
	case r.OrderID == uuid.Nil:
		return &FieldError{Field: "order_id", Reason: "missing"}
	case r.SentAt.IsZero():
		return &FieldError{Field: "sent_at", Reason: "missing"}
	}
	return checkLines(r.Lines, false)
}

// checkLines checks lines to be written; a form may have none (blank).
func checkLines(lines []Line, mayBeEmpty bool) error {
	if len(lines) == 0 && !mayBeEmpty {
		return &FieldError{Field: "lines", Reason: "nothing withdrawn"}
	}
	for i, l := range lines {
		if why := checkPositive(l.Quantity); why != "" {
			return &FieldError{Field: "lines[" + strconv.Itoa(i) + "].quantity", Reason: why}
		}
	}
	return nil
}

// validate checks what Render cannot leave blank.
func (f Form) validate() error {
	if err := validateTrader(f.Trader); err != nil {
		return err
	}
	if err := checkLines(f.Lines, true); err != nil {
		return err
	}
	for i, line := range f.Lines {
		if !line.Supply.Valid() {
			return &FieldError{Field: "lines[" + strconv.Itoa(i) + "].supply", Reason: "not goods, digital content or a service: " + line.Supply.String()}
		}
	}
	for _, d := range []struct {
		field string
		date  calendar.Date
	}{{"ordered_on", f.OrderedOn}, {"received_on", f.ReceivedOn}, {"date", f.Date}} {
		if !d.date.IsZero() && !d.date.IsValid() {
			return &FieldError{Field: d.field, Reason: "no such day: " + d.date.String()}
		}
	}
	return nil
}
