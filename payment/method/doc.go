// Package method describes payment methods as data and decides which ones
// a checkout shows.
//
// # Model
//
// payments.md keeps four concepts apart; this package holds the first
// three. A Family is the kind of method (card, bank redirect, bank debit,
// wallet, pay later). A Method is what the buyer picks: a stable ID
// ("bancontact_mobile") stored in orders and fee rules, display names
// per language, a Family, the Brands (networks) whose logos it shows, and
// Aliases, its older and newer names. Brands come and go, so a method is
// data, not a constant: Payconiq becoming Wero is one alias more, and
// Lookup("payconiq"), Lookup("Wero") and Lookup("bancontact_mobile") all
// give the same method. The PSP (connector) and the acquirer live in
// package payment.
//
// A method's Rules say when it may be shown: the buyer's countries
// (ISO 3166-1 alpha-2), the payment currencies, an inclusive amount range
// per currency, the channels (web, mobile app, point of sale, mail or
// telephone order) and a validity window [From, Until) so a brand can be
// phased in or out on a date. Every empty rule means "no restriction";
// an open end of a range is the zero Money, never 0.00, so "no maximum"
// and "a maximum of nothing" cannot be confused.
//
// # Catalogue and checkout
//
// NewCatalog validates methods once into an immutable Catalog: unique IDs
// and aliases across methods, known families, countries, currencies and
// channels, sound ranges. A checkout asks Available with a Query: the
// buyer's country, the amount (its currency is the payment's), the
// channel, the time, and the merchant's Preferred methods in display
// order. The answer is the preferred methods whose rules allow the query,
// in the merchant's order; methods the merchant does not list are never
// shown, and a name it lists that the catalogue does not know is an
// error, not a silent omission. Explain gives, for every preferred
// method, a Verdict: shown, or every Refusal with the values compared
// ("amount 2500.00 EUR is above the maximum 1500.00 EUR").
//
// DefaultCatalog is a small, honest starting point for shops selling to
// BE, FR, NL, DE and LU (see DefaultMethods). Its amount limits are one
// PSP's published figures, each method's Rules.Source names it: a
// merchant checks them against its own contracts.
//
// # Errors and concurrency
//
// Every error matches a sentinel with errors.Is (ErrInvalidMethod,
// ErrUnknownMethod, ErrInvalidQuery, ...) and carries its details in a
// typed error (*MethodError, *UnknownMethodError, *QueryError) whose
// cause stays reachable. Nothing panics on bad input and nothing reads
// the clock: the time is a field of the Query. A Catalog is safe for
// concurrent use; every Method it returns is a deep copy the caller may
// change.
package method
