// Package promo applies promotions to a cart: conditions, actions,
// stacking, usage limits and coupon codes.
package promo
