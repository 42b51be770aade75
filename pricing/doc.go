// Package pricing turns a document (lines with the discounts already
// allocated to them, a shipping charge, document discounts) into taxed
// amounts: per line net, VAT and gross, every discount taken off each line
// (its own, then its shares of the document discounts), the shipping
// charge split across the goods' VAT rates, one VAT line per rate for the
// invoice, and the totals.
//
// A line's own discounts (Line.Discounts: a promotion engine such as
// package pricing/promo allocates line and order discounts to lines
// itself) come off its amount first; they are facts decided upstream, so
// more than the line is an error. Document discounts are then allocated
// over what is left and stop at zero. The shipping split follows the
// values after all discounts, and Totals.Discount sums every discount
// applied.
//
// Calculate is one pure function of a Document and a Policy. The Document
// carries the VAT treatment decided by vat.Due (domestic, OSS destination,
// micro-seller origin, intra-Community exempt, export); rates come from the
// date-effective table of package vat, by category, unless a line gives an
// explicit rate. The Policy holds the choices merchants legitimately make
// differently, each with a documented default (DefaultPolicy): prices
// entered VAT included or excluded; VAT rounded per rate on the document
// total (the default, as EN 16931 e-invoices require) or per line; across
// borders, keep the gross price the shopper saw or keep the net; and the
// rounding mode (HalfUp, as Belgian VAT requires).
//
// Money is integer minor units throughout (package money); every rounding
// is explicit, and every allocation (discounts over lines, shipping over
// rates, a rate's VAT over its lines) is by largest remainder, so the parts
// always sum to the whole. A Result satisfies the invariants of pricing.md:
// net + VAT = gross per line, per rate and overall; the VAT lines are the
// sums at their rate; lines plus shipping make the total; a line's amount
// less its discounts is its value after discounts; nothing is negative. A
// gross amount is never rebuilt from a rounded net: the VAT is taken out
// of it (12.10 at 21 % is 10.00 + 2.10).
//
// Subpackage vat holds the tax reference data and rules: rates, categories,
// VAT numbers, the registry (VIES) port and where VAT is due.
package pricing
