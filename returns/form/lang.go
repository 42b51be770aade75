package form

import "golang.org/x/text/language"

// lang is one of the languages the package writes.
type lang uint8

const (
	langEN lang = iota + 1
	langFR
	langNL
	langDE
)

// match returns the language of tag, by its base language only: fr-BE and
// fr-CH are French, nl-BE Dutch, de-LU and de-AT German, en-IE English. The
// base must be explicit (confidence Exact): "und-BE" would otherwise be
// guessed as Dutch and "und" as English, and a guess is exactly what a legal
// text must not rest on.
func match(tag language.Tag) (lang, error) {
	base, conf := tag.Base()
	if conf == language.Exact {
		switch base.String() {
		case "en":
			return langEN, nil
		case "fr":
			return langFR, nil
		case "nl":
			return langNL, nil
		case "de":
			return langDE, nil
		}
	}
	return 0, &LanguageError{Tag: tag}
}

// tag returns the language's BCP 47 tag, for the country names.
func (l lang) tag() language.Tag {
	switch l {
	case langFR:
		return language.French
	case langNL:
		return language.Dutch
	case langDE:
		return language.German
	}
	return language.English
}

// texts are the words of one language. Labels include their colon, and in
// French the no-break space before it.
type texts struct {
	// The form.
	title, intro, to                  string
	notice, goods, digital, service   string
	and, or, noticeEnd                string
	orderRef, orderedOn, receivedOn   string
	consumerName, consumerAddress     string
	signature, date, ref, email, tele string
	// The acknowledgement.
	ackSubject, ackIntro, ackOrder, ackPlaced string
	ackRef, ackSent, ackBy, ackItems, ackKeep string
	// Dates and times: "18 December 2026 at 22:47".
	at, timeSuffix string
}

// textsFor returns the words of l. It builds them on each call, from
// constants, so that no package variable holds them.
func textsFor(l lang) texts {
	switch l {
	case langFR:
		return french()
	case langNL:
		return dutch()
	case langDE:
		return german()
	}
	return english()
}
