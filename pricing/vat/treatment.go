package vat

import "fmt"

// Treatment is how VAT applies to a sale: whose rates, or none.
type Treatment uint8

// The treatments of a sale by an EU seller (Directive 2006/112/EC). The
// zero Treatment is not one of them.
const (
	// Domestic: seller and customer in the same Member State; the seller's
	// country's VAT.
	Domestic Treatment = iota + 1
	// OSSDestination: an intra-EU distance sale of goods, or an electronic
	// service, to a consumer above the EU-wide threshold (or by option):
	// the destination country's VAT, declared through the One-Stop Shop.
	OSSDestination
	// MicroSellerOrigin: the same sale by a seller established in one Member
	// State whose EU cross-border B2C sales stay within EUR 10,000: the
	// seller's country's VAT.
	MicroSellerOrigin
	// IntraCommunityExempt: goods to a business with a valid VAT number in
	// another Member State: exempt, VAT reverse-charged by the buyer.
	IntraCommunityExempt
	// Export: goods leaving the EU VAT area (including its special
	// territories): exempt, with proof of export.
	Export
)

// String returns the treatment's name.
func (t Treatment) String() string {
	switch t {
	case Domestic:
		return "domestic"
	case OSSDestination:
		return "OSS destination"
	case MicroSellerOrigin:
		return "micro-seller origin"
	case IntraCommunityExempt:
		return "intra-Community exempt (reverse charge)"
	case Export:
		return "export"
	}
	return fmt.Sprintf("Treatment(%d)", uint8(t))
}

// Valid reports whether t is one of the named treatments.
func (t Treatment) Valid() bool { return t >= Domestic && t <= Export }

// ZeroRated reports whether the sale carries no VAT: an exempt
// intra-Community supply or an export.
func (t Treatment) ZeroRated() bool { return t == IntraCommunityExempt || t == Export }

// Decision is the outcome of deciding where VAT is due, with the rule that
// led to it, so a merchant can justify every invoice.
type Decision struct {
	Treatment Treatment
	// Country is the Member State whose rates apply (ISO 3166-1 alpha-2);
	// empty for zero-rated treatments.
	Country string
	// Rule names the provision applied, such as
	// "Directive 2006/112/EC art. 33(a), 59c".
	Rule string
	// Reason explains the decision in a sentence.
	Reason string
	// LegalMention is the text a zero-rated invoice must carry; empty
	// otherwise.
	LegalMention string
}
