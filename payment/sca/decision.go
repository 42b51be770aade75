package sca

// Exemption is what a merchant asks its PSP to flag on the authorisation
// so that the issuer may skip strong customer authentication, or why the
// payment is outside SCA altogether.
type Exemption string

// The exemptions, in Decide's order of preference after None.
const (
	// None: no exemption applies; authenticate the payer.
	None Exemption = "none"
	// OutOfScope: a mail or telephone order, or a direct debit; SCA does
	// not apply.
	OutOfScope Exemption = "out_of_scope"
	// MerchantInitiated: the merchant charges without the payer, on an
	// earlier agreement; outside SCA.
	MerchantInitiated Exemption = "merchant_initiated"
	// Recurring: a later payment of a series of the same amount to the
	// same payee (art. 14).
	Recurring Exemption = "recurring"
	// LowValue: a remote payment of at most EUR 30 within the counters
	// (art. 16).
	LowValue Exemption = "low_value"
	// TRA: transaction risk analysis, within the PSP's fraud-rate band
	// (art. 18).
	TRA Exemption = "transaction_risk_analysis"
)

// Liability names who bears the loss if the payment turns out to be
// fraudulent, under the card schemes' rules.
type Liability string

// The parties.
const (
	// IssuerLiable: the payer was strongly authenticated (3-D Secure); a fraud
	// chargeback falls on the issuer.
	IssuerLiable Liability = "issuer"
	// MerchantLiable: no authentication took place because of an exemption or
	// because the payment is outside SCA; the merchant bears fraud.
	MerchantLiable Liability = "merchant"
)

// Decision is what to ask for on a payment.
type Decision struct {
	// Exemption is the one to request, the most preferred that applies;
	// None when SCARequired.
	Exemption Exemption
	// SCARequired is true when the payer must be strongly authenticated.
	// When false the exemption is only a request: the issuer decides and
	// may still ask for authentication (a soft decline), so be ready to
	// run 3-D Secure.
	SCARequired bool
	// Reason says why, with the values compared.
	Reason string
	// Article is the provision relied on, such as "Delegated Regulation
	// (EU) 2018/389, art. 16".
	Article string
	// LiabilityShift is who bears fraud losses when the decision is
	// followed: IssuerLiable after SCA, MerchantLiable when an exemption is granted
	// or SCA does not apply.
	LiabilityShift Liability
	// Applicable lists every exemption that applies, most preferred
	// first (Exemption is the first); empty when SCARequired.
	Applicable []Exemption
}
