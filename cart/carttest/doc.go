// Package carttest provides Inventory, an in-memory cart.Inventory, and
// Catalog, an in-memory cart.Catalog, for tests (yours too).
//
// They behave like real ones, failures included. Neither reads a clock:
// time comes only from the arguments, so tests choose it.
//
// Inventory keeps, per SKU, the physical stock (SetStock, AddStock), what
// is sold, and the reservations holding stock:
//
//   - Available is the stock less what is sold and what the reservations
//     active at the given time hold (those whose Expires is after it),
//     the excluded reservation's aside; never below zero. An unknown SKU
//     has 0 available.
//   - Reserve checks every hold against what is available at r.At, the
//     reservation's own previous holds counting as available, and then
//     replaces them all at once, or changes nothing and returns a
//     *cart.OutOfStockError naming every SKU short, sorted by SKU. A
//     reservation without ID, with an empty SKU, a quantity not above
//     zero, the same SKU twice, or Expires not after At fails with
//     cart.ErrInvalidReservation.
//   - Release drops a reservation; an unknown one is not an error.
//   - Commit moves a reservation's holds into what is sold, atomically. An
//     unknown reservation, or one expired at the commit's time (Expires
//     not after it), sells nothing, is dropped, and fails with an error
//     matching cart.ErrReservationExpired.
//
// Expired reservations count for nothing. They are forgotten when
// released, committed, or by the next successful Reserve made when they
// had lapsed: that one may take their stock, so they can no longer be
// committed, even with an earlier time, and no unit is ever sold twice.
// Stock, Sold, Held, Reservations and Reservation show the state.
//
// Catalog keeps regular prices per SKU, for any channel and group
// (SetPrice) or for some (SetPriceFor, the most specific winning), and
// dated sale prices (SetSale) applied while in effect and lower than the
// regular price. Prices leaves out a SKU without a regular price, or
// taken off with Remove. Queries shows what was asked, Price what would
// be answered.
//
// Failures are injected per operation or for all of them (Fail, FailNext);
// an injected failure is returned as is, and the call changes nothing.
// Every call first honours its context, returning ctx.Err() when it is
// done, and is counted (CallCount). Both fakes are safe for concurrent
// use: of concurrent reservations competing for the last unit exactly one
// succeeds.
package carttest
