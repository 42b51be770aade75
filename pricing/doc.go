// Package pricing turns a document (lines, a shipping charge, document
// discounts) into taxed amounts: per line net, VAT and gross, the discounts
// allocated to lines, the shipping charge split across the goods' VAT
// rates, one VAT line per rate for the invoice, and the totals.
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
// sums at their rate; lines plus shipping make the total; nothing is
// negative. A gross amount is never rebuilt from a rounded net: the VAT is
// taken out of it (12.10 at 21 % is 10.00 + 2.10).
//
// Subpackage vat holds the tax reference data and rules: rates, categories,
// VAT numbers, the registry (VIES) port and where VAT is due.
package pricing
