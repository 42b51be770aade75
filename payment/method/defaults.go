package method

import (
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/money"
)

// The default catalogue's IDs, in its order.
const (
	IDCard             = "card"
	IDCartesBancaires  = "cartes_bancaires"
	IDBancontactCard   = "bancontact_card"
	IDBancontactMobile = "bancontact_mobile"
	IDIDEAL            = "ideal"
	IDSEPADirectDebit  = "sepa_direct_debit"
	IDKBC              = "kbc"
	IDBelfius          = "belfius"
	IDPayPal           = "paypal"
	IDKlarnaPayLater   = "klarna_pay_later"
	IDApplePay         = "apple_pay"
)

// Where the default catalogue's amount limits come from. They are one
// PSP's published figures (Mollie's method pages, read in 2026): your
// PSP's contract decides, so override them with yours.
const (
	sourceMollieBancontact = "Mollie, docs.mollie.com/docs/bancontact: EUR 0.02 minimum; EUR 1,500.00 maximum for mobile payments (app and QR), none for card entry"
	sourceMollieIDEAL      = "Mollie, docs.mollie.com/docs/ideal: EUR 0.01 to EUR 50,000.00"
	sourceMollieSEPA       = "Mollie, docs.mollie.com/docs/sepa-direct-debit: EUR 0.01 to EUR 1,000.00 (default limit, raised on request)"
	sourceMollieKBC        = "Mollie, docs.mollie.com/docs/kbc: EUR 0.01 to EUR 50,000"
	sourceMollieBelfius    = "Mollie, docs.mollie.com/docs/belfius: EUR 0.01 to EUR 50,000.00"
	sourceMollieKlarna     = "Mollie, docs.mollie.com/docs/klarna: EUR 1.00 minimum; maximum EUR 10,000 for DE (EUR 14,000 for NL: the lower one serves both)"
	sourceNoLimit          = "no amount limit here: the PSP account's and the issuer's limits apply (Mollie's default card limit is EUR 10,000, raised on request)"
)

// DefaultCatalog returns a fresh catalogue of DefaultMethods. The error is
// for completeness: the package's tests build it.
func DefaultCatalog() (*Catalog, error) {
	ms, err := DefaultMethods()
	if err != nil {
		return nil, err
	}
	return NewCatalog(ms...)
}

// DefaultMethods returns, freshly built, the methods buyers in BE, FR,
// NL, DE and LU expect (payments.md, domain.md "Payment"), for a merchant
// to trim, reorder and correct before NewCatalog:
//
//   - card (Visa, Mastercard, Amex, Maestro) and PayPal everywhere, in
//     any currency; Apple Pay everywhere (the shop still checks that the
//     buyer's device supports it);
//   - cartes_bancaires for FR (co-badged CB cards; "carte_bleue", the name
//     domain.md uses, is an alias);
//   - bancontact_card and bancontact_mobile for BE, plus the KBC/CBC and
//     Belfius buttons; bancontact_mobile answers to "payconiq" and
//     "wero": payments.md has Payconiq becoming Wero by the end of 2026,
//     and Bancontact Payconiq Company announced in 2025 that the Payconiq
//     brand ends in 2026, its app becoming "Bancontact Pay" and its
//     merchants moving to a platform that takes both Bancontact and Wero;
//   - ideal for NL; sepa_direct_debit for DE; klarna_pay_later for DE and
//     NL.
//
// Luxembourg gets no local method: Payconiq in Luxembourg is being
// replaced by Wero (announced in 2025); a shop that takes Wero there adds its own method (and moves the
// "wero" alias to it). Local methods are EUR only. Every amount limit is
// Mollie's published figure for the method (see Rules.Source): another
// PSP's differ.
func DefaultMethods() ([]Method, error) {
	eur, err := money.ParseCurrency("EUR")
	if err != nil {
		return nil, err
	}
	b := &builder{eur: eur}
	ms := []Method{
		b.card(), b.cartesBancaires(), b.bancontactCard(), b.bancontactMobile(),
		b.ideal(), b.sepaDirectDebit(), b.kbc(), b.belfius(),
		b.paypal(), b.klarnaPayLater(), b.applePay(),
	}
	if b.err != nil {
		return nil, b.err
	}
	return ms, nil
}

// builder makes euro amounts, keeping the first error so the method
// literals stay readable.
type builder struct {
	eur money.Currency
	err error
}

// euros returns minor euro cents as Money.
func (b *builder) euros(cents int64) money.Money {
	m, err := money.FromMinor(cents, b.eur)
	if err != nil && b.err == nil {
		b.err = err
	}
	return m
}

// rangeEUR is an inclusive range in euro cents.
func (b *builder) rangeEUR(minCents, maxCents int64) []Range {
	return []Range{{Min: b.euros(minCents), Max: b.euros(maxCents)}}
}

// names builds the four display languages.
func names(en, fr, nl, de string) map[language.Tag]string {
	return map[language.Tag]string{language.English: en, language.French: fr, language.Dutch: nl, language.German: de}
}

// Channel sets of the default catalogue, fresh each time.
func online() []Channel   { return []Channel{Web, MobileApp} }
func inPerson() []Channel { return []Channel{Web, MobileApp, POS} }
func anyWay() []Channel   { return []Channel{Web, MobileApp, POS, MOTO} }
