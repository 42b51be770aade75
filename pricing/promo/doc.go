// Package promo applies promotions to a cart: which promotions a cart
// qualifies for, what each gives to which lines, and why the others did
// not apply.
//
// A Promotion is data: a validity Window (built in the shop's time zone
// with Days), channels, coupon Codes, usage Limits, a Condition, one or
// more Actions, a Priority, an Exclusive flag, a combinability Group and
// an optional cap (MaxDiscount). Conditions test goods totals (on a
// Basis: after earlier discounts and VAT included by default), quantities,
// product, category and tag selections (include and exclude), customer
// groups, loyalty tiers, first orders, channels and time windows, combined
// with All, Any and Not. Actions take a percentage or an amount off
// selected lines or off the order, set a fixed price, give the cheapest
// items (buy X get Y), give tiered spend discounts, free shipping per
// mode and gift items. Users add condition and action kinds by
// implementing Condition and Action.
//
// An Engine holds validated promotions and applies them in the pipeline
// order of pricing.md: line promotions, then order promotions, then
// coupons, then shipping promotions; within a stage by priority. Apply is
// a pure function of a Cart (lines, customer, channel, time, entered
// codes) and the usage Counts: every condition is tested on the cart as
// the promotions before it left it, percentages stack on the discounted
// base unless a promotion says otherwise, and no line and no order goes
// below zero. An order discount is allocated to the lines at once, by
// largest remainder, and recorded on each line with the promotion that
// gave it, so that a later return refunds exactly that line's share
// (LineResult.UnitDiscounts spreads it over units the same way).
//
// Every promotion comes back with an Outcome: applied, with the amounts
// per line, or refused with a Reason and, for conditions, a Check holding
// the values compared. AmountToQualify turns a check into "add 12.50 EUR
// to get 10 % off".
//
// Usage limits (total, per customer, single-use codes) are counted by a
// Store: Apply reads a Counts snapshot, and placing the order redeems the
// Result's uses atomically (Result.Redemption); a cancelled order
// releases them. Package promotest has an in-memory Store. Codes are
// compared after NormalizeCode (trimmed, case-insensitive);
// CodeGenerator makes batches of unique single-use codes.
//
// Money is integer minor units throughout (package money); every rounding
// uses the engine's named mode (Policy.Mode, half up by default).
package promo
