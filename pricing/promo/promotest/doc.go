// Package promotest provides Store, an in-memory promo.Store, for tests
// (yours too).
//
// It behaves like a real usage store, failures included:
//
//   - Counts returns, for each promotion ID asked about, the number of
//     orders that used it, in total and by the given customer, and for
//     each code asked about (keyed by promo.NormalizeCode) the number of
//     orders that used it. Per-customer uses are not tracked for guests
//     (customer ID ""): for them Counts.Customer is nil, and PerCustomer
//     limits are not enforced.
//   - Redeem records an order's uses all at once or not at all: each use
//     is checked against its Limits (Total, then PerCustomer, then
//     SingleUseCodes with its code) and the first one over a limit is
//     reported as a *promo.LimitError, which matches promo.ErrLimitReached.
//     An order counts once per promotion and once per code, however many
//     of its uses name them. Redeeming an order ID twice fails with
//     promo.ErrAlreadyRedeemed; an empty order ID, an empty promotion ID
//     or a negative limit fails with promo.ErrInvalidRedemption.
//   - Release frees what an order recorded, so its codes and its share of
//     the limits can be used again and the order ID redeemed anew.
//     Releasing an unknown order, or one released already, does nothing.
//
// Failures are injected per operation or for all of them (Fail, FailNext);
// an injected failure is returned as is, and the call changes nothing.
// Every call first honours its context, returning ctx.Err() when it is
// done, and is counted (CallCount). Redemptions and Redemption show what
// is recorded. A Store is safe for concurrent use: of concurrent
// redemptions of a single-use code exactly one succeeds.
package promotest
