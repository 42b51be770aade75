package form

import (
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/calendar"
)

// Text is a message to send: a subject line and a plain-text body whose
// lines end in "\n".
type Text struct {
	Subject string
	Body    string
}

// Acknowledgement returns the acknowledgement of receipt the trader must
// send on a durable medium (an e-mail the consumer can keep) when a
// withdrawal comes through the online withdrawal function (art. 11a): the
// content of the withdrawal (the order, each line and quantity withdrawn)
// and the date and time it was sent, shown in loc with the zone and its
// offset, such as "18 décembre 2026 à 22:47 (CET, UTC+01:00)". The trader's
// name and contact details close it.
//
// lang is matched by its base language (fr-BE is French); languages other
// than fr, nl, de and en give a *LanguageError. A nil loc, a trader without
// name or address, or a request without order, time or lines, or with a
// quantity that is not positive, give a *FieldError.
func Acknowledgement(tr Trader, req Request, loc *time.Location, lang language.Tag) (Text, error) {
	l, err := match(lang)
	if err != nil {
		return Text{}, err
	}
	if loc == nil {
		return Text{}, &FieldError{Field: "location", Reason: "nil *time.Location"}
	}
	if err := validateTrader(tr); err != nil {
		return Text{}, err
	}
	if err := req.check(); err != nil {
		return Text{}, err
	}
	return Text{
		Subject: textsFor(l).ackSubject + req.OrderID.String(),
		Body:    ackBody(l, tr, req, loc),
	}, nil
}

// ackBody writes the acknowledgement's body: the intro, the order and the
// withdrawal with its time, the lines, and the trader.
func ackBody(l lang, tr Trader, req Request, loc *time.Location) string {
	w := newWriter(l, 1024+128*len(req.Lines))
	t := &w.t
	w.WriteString(t.ackIntro)
	w.WriteString("\n\n")
	w.labelledUUID(t.ackOrder, req.OrderID)
	if !req.OrderedAt.IsZero() {
		w.labelledDate(t.ackPlaced, calendar.DateOf(req.OrderedAt, loc))
	}
	if req.ID != uuid.Nil {
		w.labelledUUID(t.ackRef, req.ID)
	}
	w.WriteString(t.ackSent)
	w.WriteByte(' ')
	w.dateTime(req.SentAt.In(loc))
	w.WriteByte('\n')
	name, email := clean(req.Consumer.Name), clean(req.Consumer.Email)
	if name != "" || email != "" {
		w.WriteString(t.ackBy)
		w.WriteByte(' ')
		w.WriteString(name)
		if name != "" && email != "" {
			w.WriteString(", ")
		}
		w.WriteString(email)
		w.WriteByte('\n')
	}
	w.WriteString("\n" + t.ackItems + "\n")
	for _, line := range req.Lines {
		w.item("    ", line)
	}
	w.WriteString("\n" + t.ackKeep + "\n\n")
	w.trader("", tr, true)
	return w.String()
}
