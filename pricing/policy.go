package pricing

import (
	"fmt"

	"github.com/comptoir/comptoir/money"
)

// PriceEntry says whether entered prices include VAT.
type PriceEntry uint8

// Price entries. The zero PriceEntry is not one.
const (
	// PricesIncludeVAT: unit prices, discounts and the shipping charge are
	// gross (TVAC), as Belgian consumer prices are shown. The default.
	PricesIncludeVAT PriceEntry = iota + 1
	// PricesExcludeVAT: they are net (HTVA), as B2B price lists are.
	PricesExcludeVAT
)

// VATRounding says where VAT is rounded.
type VATRounding uint8

// VAT rounding policies. The zero VATRounding is not one.
const (
	// RoundPerRate computes VAT once per rate on the document total and
	// allocates it back to the lines, as structured e-invoices (EN 16931,
	// Peppol) require. The default.
	RoundPerRate VATRounding = iota + 1
	// RoundPerLine rounds each line's VAT; the rate's VAT is their sum.
	RoundPerLine
)

// CrossBorder says what stays fixed when a price entered with one
// country's VAT is sold under another country's rate (OSS destination VAT).
type CrossBorder uint8

// Cross-border policies. The zero CrossBorder is not one.
const (
	// KeepGross keeps the price the shopper saw; the net changes. 12.10
	// entered at BE 21 % and sold at FR 20 %: net 10.08, VAT 2.02. The
	// default.
	KeepGross CrossBorder = iota + 1
	// KeepNet keeps the net price; the gross changes: net 10.00, VAT 2.00,
	// gross 12.00.
	KeepNet
)

// Policy holds the choices merchants legitimately make differently. Every
// field must be set; DefaultPolicy gives the documented defaults.
type Policy struct {
	Entry       PriceEntry
	Rounding    VATRounding
	CrossBorder CrossBorder
	// Mode rounds every VAT amount and every quantity × unit price.
	Mode money.RoundingMode
}

// DefaultPolicy returns the defaults for a Belgian consumer shop: prices
// include VAT, VAT rounded per rate on the document total, cross-border
// sales keep the gross price, and HalfUp rounding as Belgian VAT requires.
func DefaultPolicy() Policy {
	return Policy{Entry: PricesIncludeVAT, Rounding: RoundPerRate, CrossBorder: KeepGross, Mode: money.HalfUp}
}

// Validate reports a field left at its zero value or out of range.
func (p Policy) Validate() error {
	switch {
	case p.Entry != PricesIncludeVAT && p.Entry != PricesExcludeVAT:
		return fmt.Errorf("%w: price entry %d (start from DefaultPolicy)", ErrInvalidPolicy, p.Entry)
	case p.Rounding != RoundPerRate && p.Rounding != RoundPerLine:
		return fmt.Errorf("%w: VAT rounding %d (start from DefaultPolicy)", ErrInvalidPolicy, p.Rounding)
	case p.CrossBorder != KeepGross && p.CrossBorder != KeepNet:
		return fmt.Errorf("%w: cross-border policy %d (start from DefaultPolicy)", ErrInvalidPolicy, p.CrossBorder)
	case !p.Mode.Valid():
		return fmt.Errorf("%w: rounding mode %v (start from DefaultPolicy)", ErrInvalidPolicy, p.Mode)
	}
	return nil
}
