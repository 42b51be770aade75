package form

import (
	"slices"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/calendar"
)

// Form is the model withdrawal form of Directive 2011/83/EU Annex I(B),
// filled in as far as it is known. Every field but the trader may be left
// empty: Render then leaves a line to fill in by hand, so Form{Trader: tr,
// Paper: true} is the blank form to hand out with the pre-contractual
// information, and FormFor fills one from a withdrawal request.
type Form struct {
	// Trader is the addressee. Required.
	Trader Trader
	// OrderID is the order's reference; uuid.Nil leaves it blank. The
	// model form does not ask for it, but it is what the trader finds the
	// contract by.
	OrderID uuid.UUID
	// Lines are what is withdrawn; none leaves blank lines. Their supplies
	// word the notice (goods, digital content, service).
	Lines []Line
	// OrderedOn is the day the contract was concluded.
	OrderedOn calendar.Date
	// ReceivedOn is the day the goods were received; it is asked only when
	// the form is about goods (or is blank), as services are not received.
	ReceivedOn calendar.Date
	// Consumer is who withdraws: name, address and, when known, e-mail.
	Consumer Consumer
	// Date is the day of the notice.
	Date calendar.Date
	// Paper adds the signature line, which the model form asks for only
	// when it is sent on paper.
	Paper bool
}

// FormFor returns the form filled in from a withdrawal request: the order,
// its lines, the day it was ordered and the day of the notice in loc, the
// consumer. receivedAt is when the goods were received, normally
// order.History.DeliveredAt for the lines withdrawn; the zero time leaves it
// blank. The form is not on paper. A nil loc or a request without order,
// time or lines gives a *FieldError.
func FormFor(tr Trader, req Request, receivedAt time.Time, loc *time.Location) (Form, error) {
	if loc == nil {
		return Form{}, &FieldError{Field: "location", Reason: "nil *time.Location"}
	}
	if err := req.check(); err != nil {
		return Form{}, err
	}
	f := Form{
		Trader:   tr,
		OrderID:  req.OrderID,
		Lines:    slices.Clone(req.Lines),
		Consumer: req.Consumer,
		Date:     calendar.DateOf(req.SentAt, loc),
	}
	f.Consumer.Address.Lines = slices.Clone(f.Consumer.Address.Lines)
	if !req.OrderedAt.IsZero() {
		f.OrderedOn = calendar.DateOf(req.OrderedAt, loc)
	}
	if !receivedAt.IsZero() {
		f.ReceivedOn = calendar.DateOf(receivedAt, loc)
	}
	return f, nil
}

// Render writes the form as plain text in the language of lang, in the
// order of the model form: the trader it is addressed to (name, postal
// address, e-mail), the notice of withdrawal and what it is about, the
// order's reference, ordered on and received on, the consumer's name and
// address, the signature when on paper, and the date. The wording is the
// package's own, with the model form's meaning; dates are written with the
// month's name ("18 décembre 2026"), quantities with the language's decimal
// separator, countries by their name in the language.
//
// lang is matched by its base language (fr-BE is French, de-LU German);
// other languages give a *LanguageError rather than an English form. A
// trader without name or address, a line with a quantity that is not
// positive or an invalid supply, or a date that does not exist give a
// *FieldError. Values are written on one line each: line breaks and other
// control characters in them become spaces.
func Render(f Form, lang language.Tag) (string, error) {
	l, err := match(lang)
	if err != nil {
		return "", err
	}
	if err := f.validate(); err != nil {
		return "", err
	}
	w := newWriter(l, 1536+128*len(f.Lines))
	t := &w.t
	w.WriteString(t.title + "\n" + t.intro + "\n\n" + t.to + "\n")
	w.trader("    ", f.Trader, false)
	w.WriteByte('\n')
	w.notice(f.Lines)
	w.items(f.Lines)
	w.WriteByte('\n')
	w.dates(f)
	w.WriteByte('\n')
	w.consumer(f.Consumer)
	if f.Paper {
		w.WriteString(t.signature + "\n\n    " + blank + "\n\n")
	}
	w.labelledDate(t.date, f.Date)
	return w.String(), nil
}

// notice writes the notice of withdrawal, naming the supplies present
// ("the goods ... and the service ..."), or all of them as alternatives on a
// blank form, as the model form does.
func (w *writer) notice(lines []Line) {
	var has [Service + 1]bool
	for _, line := range lines {
		has[line.Supply] = true
	}
	sep := w.t.and
	if len(lines) == 0 {
		has[Goods], has[DigitalContent], has[Service] = true, true, true
		sep = w.t.or
	}
	w.WriteString(w.t.notice)
	first := true
	for s, phrase := range [...]string{Goods: w.t.goods, DigitalContent: w.t.digital, Service: w.t.service} {
		if !has[s] {
			continue
		}
		if !first {
			w.WriteString(sep)
		}
		w.WriteString(phrase)
		first = false
	}
	w.WriteString(w.t.noticeEnd)
	w.WriteByte('\n')
}

// blankItems is how many item lines a blank form leaves.
const blankItems = 3

// items writes the lines withdrawn, or blank item lines.
func (w *writer) items(lines []Line) {
	for _, line := range lines {
		w.item("    ", line)
	}
	if len(lines) > 0 {
		return
	}
	for range blankItems {
		w.WriteString("    - " + blank + "\n")
	}
}

// dates writes the order's reference, the day ordered and, for goods, the
// day received.
func (w *writer) dates(f Form) {
	w.labelledUUID(w.t.orderRef, f.OrderID)
	w.labelledDate(w.t.orderedOn, f.OrderedOn)
	goods := len(f.Lines) == 0
	for _, line := range f.Lines {
		goods = goods || line.Supply == Goods
	}
	if goods {
		w.labelledDate(w.t.receivedOn, f.ReceivedOn)
	}
}

// consumer writes the consumer's name, address and e-mail address.
func (w *writer) consumer(c Consumer) {
	name := clean(c.Name)
	w.labelled(w.t.consumerName, name)
	w.WriteString(w.t.consumerAddress)
	w.WriteByte('\n')
	if w.address("    ", c.Address, name) == 0 {
		w.WriteString("    " + blank + "\n    " + blank + "\n")
	}
	if email := clean(c.Email); email != "" {
		w.labelled(w.t.email, email)
	}
	w.WriteByte('\n')
}
