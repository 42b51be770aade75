// Package fraudtest provides History, an in-memory fraud.History, for
// tests (yours too).
//
// It behaves like the record a shop keeps of its payments:
//
//   - Record stores a payment's time under a kind (fraud.ByCard,
//     fraud.ByEmail) and a value (a card fingerprint, an email in lower
//     case, as fraud.Payment.Value gives them). An unknown kind or an
//     empty value is an error wrapping ErrInvalidRecord, and stores
//     nothing.
//   - Count returns the number of payments recorded under the kind and
//     value with a time t such that since < t <= until, as fraud.History
//     asks; a since after until is an error wrapping ErrInvalidRecord.
//
// Failures are injected into Count (Fail, FailNext); an injected failure
// is returned as is. Count first honours its context, returning
// ctx.Err() when it is done, and every call is counted (Calls). A History
// is safe for concurrent use.
package fraudtest
