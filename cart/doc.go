// Package cart holds a shopper's cart and checks it out into an
// immutable order.Order.
//
// A Cart is a mutable workspace owned by one session: lines (an Item — SKU
// and variant attributes, name, unit price with as many decimals as the
// catalogue needs, tax category, weight and dimensions, the flags the
// withdrawal right reads, supplier and category — and a quantity in whole
// units or, for goods sold by weight or length, a decimal), the codes the
// shopper entered, quantity Limits. A line's identity is its SKU plus its
// variant attributes: adding the same again adds to the line.
//
// Stock goes through the Inventory port: Availability shows what is left
// per line, Reserve holds the cart's stock with an expiry (call it after
// each change: it replaces what the cart held, so removed lines free
// their stock), and checkout commits the reservation atomically, so that
// of two carts competing for the last unit exactly one is sold it.
// Prices come from the Catalog port: Revalidate re-prices a cart and
// reports every change the shopper must see; MergeOnLogin merges a guest
// cart into a saved one and re-validates it. B2B buyers keep Lists
// (favourites, or OrderAgain from a past order) and add them at today's
// prices. Package carttest has in-memory Inventory and Catalog fakes.
//
// Checkout runs the pipeline of pricing.md: promotions (pricing/promo)
// with their explanations, the shipping quote on the discounted goods and
// the option chosen, free-shipping promotions, where VAT is due
// (pricing/vat) and the tax calculation with the shop's policy (pricing),
// the totals and the delivery promise. Quote returns the Summary a shop
// shows (lines, discounts, options, VAT per rate, totals, what is left to
// free shipping, the promotions money alone keeps away); Place also
// refuses what cannot become an order — with typed errors: out of stock
// (which lines, how many left), an invalid address, no shipping option
// (with the reasons), an invalid or expired code, a B2B minimum not
// reached, a price changed since the shopper saw it — builds the
// order.Order, checks it with order.Validate and confirms the stock.
//
// Money is integer minor units throughout (package money); the cart never
// reads the clock: every time comes from the caller.
package cart
