// Package form writes what a consumer's withdrawal from a distance contract
// puts on paper or on screen: the model withdrawal form of Directive
// 2011/83/EU Annex I(B), and the acknowledgement of a withdrawal sent
// through the online withdrawal function that shops must offer from 19 June
// 2026 (art. 11a, added by Directive 2023/2673).
//
// # The online withdrawal function
//
// A Request records a withdrawal: which lines of which order, in which
// quantities, sent by whom and when. NewRequest builds one from the order
// and the consumer's selection (Withdrawn, that is order.LineQuantity),
// checking each line against the order: it must exist, be named once, and
// give back a positive quantity no larger than the one ordered, in whole
// units unless the line was sold by weight or length. Its ID is derived
// from the order, the lines and the time sent, so the same notice replayed
// with its recorded time gets the same ID; two submissions read from the
// clock twice are two notices (deduplicate them with the shop's own
// idempotency key).
// Request.Event is the order event that records it in the order's History.
//
// Acknowledgement writes the acknowledgement of receipt the trader sends on
// a durable medium: what was withdrawn, line by line, and the date and time
// the withdrawal was sent, in the time zone the caller gives and with the
// offset, so that "18 décembre 2026 à 22:47 (CET, UTC+01:00)" names one
// instant.
//
// Whether the consumer has the right to withdraw at all (a consumer, within
// the period, lines the art. 16 exceptions leave in) is not decided here:
// the request only records the notice, and the withdrawal rules check it.
//
// # The model form
//
// A Form carries the fields of the model form: the trader's name, postal
// address and e-mail address; what is withdrawn; ordered on and received
// on; the consumer's name and address; a signature when it is sent on
// paper; the date. Render writes it as plain text in French, Dutch, German
// or English, in the package's own words with the Annex's meaning. Fields
// left empty become lines to fill in by hand, so the same function writes
// the blank form a shop hands out and the form filled in from a request
// (FormFor). The notice names what the lines supply (Supply): goods,
// digital content or a service; "received on" is asked for goods only.
//
// # Languages and formats
//
// Languages are matched by their base language: fr-BE is French, nl-BE
// Dutch, de-LU German. Any other language is an error (*LanguageError),
// never a silent English text. Dates are written with the month's name, so
// that a reader in another country cannot swap day and month: "18 December
// 2026", "18 décembre 2026" ("1er janvier 2027"), "18 december 2026", "18.
// Dezember 2026"; times on the 24-hour clock to the minute. Quantities use
// the language's decimal separator (1,25 in French, Dutch and German);
// countries are written by their CLDR name in the language ("Belgique",
// "België", "Belgien", "Belgium"), and a code that is not a country as it
// was given.
//
// Values come from customers and are written one to a line: invalid UTF-8
// becomes U+FFFD, line breaks and other control characters become spaces,
// and bidirectional overrides are dropped, so no value can add a line that
// looks like part of the form or make the text read differently from what
// was stored.
//
// Errors are typed: *LineError (ErrUnknownLine, ErrDuplicateLine,
// ErrInvalidQuantity), *FieldError (ErrInvalidField) and *LanguageError
// (ErrUnsupportedLanguage). The package keeps no state, never reads the
// clock, and every function is safe for concurrent use.
package form
