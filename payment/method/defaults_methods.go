package method

import "github.com/comptoir/comptoir/money"

// Each function below is one method of DefaultMethods; the comments say
// why its rules are what they are.

// card: any card, anywhere, in any currency, on every channel (cards are
// the only method keyed in for MOTO).
func (b *builder) card() Method {
	return Method{
		ID:      IDCard,
		Names:   names("Credit or debit card", "Carte de crédit ou de débit", "Creditcard of debitcard", "Kredit- oder Debitkarte"),
		Family:  Card,
		Brands:  []Brand{Visa, Mastercard, Amex, Maestro},
		Aliases: []string{"credit_card", "creditcard"},
		Rules:   Rules{Channels: anyWay(), Source: sourceNoLimit},
	}
}

// cartesBancaires: French cards are mostly co-badged CB (payments.md);
// showing the CB logo to French buyers matters, the card itself routes
// on either network.
func (b *builder) cartesBancaires() Method {
	return Method{
		ID:      IDCartesBancaires,
		Names:   names("Cartes Bancaires card", "Carte bancaire (CB)", "Cartes Bancaires-kaart", "Cartes-Bancaires-Karte"),
		Family:  Card,
		Brands:  []Brand{CartesBancaires, Visa, Mastercard},
		Aliases: []string{"carte_bleue", "cb"},
		Rules:   Rules{Countries: []string{"FR"}, Currencies: []money.Currency{b.eur}, Channels: anyWay(), Source: sourceNoLimit},
	}
}

// bancontactCard: the Belgian debit card. Always authenticated by the
// buyer (Mollie: "always protected by 3D-secure"), so no MOTO. No
// maximum for card entry. "mister_cash" is its former name.
func (b *builder) bancontactCard() Method {
	return Method{
		ID:      IDBancontactCard,
		Names:   names("Bancontact card", "Carte Bancontact", "Bancontact-kaart", "Bancontact-Karte"),
		Family:  Card,
		Brands:  []Brand{Bancontact},
		Aliases: []string{"bancontact", "mister_cash"},
		Rules: Rules{
			Countries: []string{"BE"}, Currencies: []money.Currency{b.eur},
			Amounts:  []Range{{Min: b.euros(2)}},
			Channels: inPerson(), Source: sourceMollieBancontact,
		},
	}
}

// bancontactMobile: paying in the Bancontact (formerly Payconiq by
// Bancontact) app, by app switch or QR code, online or at the till. See
// DefaultMethods for the Wero alias.
func (b *builder) bancontactMobile() Method {
	return Method{
		ID:      IDBancontactMobile,
		Names:   names("Bancontact mobile", "Bancontact mobile", "Bancontact mobiel", "Bancontact mobil"),
		Family:  Wallet,
		Brands:  []Brand{Bancontact},
		Aliases: []string{"payconiq", "payconiq_by_bancontact", "bancontact_pay", "wero"},
		Rules: Rules{
			Countries: []string{"BE"}, Currencies: []money.Currency{b.eur},
			Amounts: b.rangeEUR(2, 1_500_00), Channels: inPerson(), Source: sourceMollieBancontact,
		},
	}
}

// ideal: the Dutch bank redirect, EUR only.
func (b *builder) ideal() Method {
	return Method{
		ID:     IDIDEAL,
		Names:  names("iDEAL", "iDEAL", "iDEAL", "iDEAL"),
		Family: BankRedirect,
		Brands: []Brand{IDEAL},
		Rules: Rules{
			Countries: []string{"NL"}, Currencies: []money.Currency{b.eur},
			Amounts: b.rangeEUR(1, 50_000_00), Channels: online(), Source: sourceMollieIDEAL,
		},
	}
}

// sepaDirectDebit: what German buyers expect (payments.md). The scheme
// reaches every SEPA country; the default shows it where buyers look for
// it. A one-off debit needs a mandate signed online, hence no POS/MOTO.
func (b *builder) sepaDirectDebit() Method {
	return Method{
		ID:      IDSEPADirectDebit,
		Names:   names("SEPA direct debit", "Prélèvement SEPA", "SEPA-incasso", "SEPA-Lastschrift"),
		Family:  BankDebit,
		Aliases: []string{"direct_debit", "lastschrift"},
		Rules: Rules{
			Countries: []string{"DE"}, Currencies: []money.Currency{b.eur},
			Amounts: b.rangeEUR(1, 1_000_00), Channels: online(), Source: sourceMollieSEPA,
		},
	}
}

// kbc: the KBC/CBC payment button (KBC in Flanders, CBC in Wallonia).
func (b *builder) kbc() Method {
	return Method{
		ID:      IDKBC,
		Names:   names("KBC/CBC Payment Button", "Bouton de paiement KBC/CBC", "KBC/CBC-betaalknop", "KBC/CBC-Zahlungsbutton"),
		Family:  BankRedirect,
		Aliases: []string{"cbc", "kbc_cbc"},
		Rules: Rules{
			Countries: []string{"BE"}, Currencies: []money.Currency{b.eur},
			Amounts: b.rangeEUR(1, 50_000_00), Channels: online(), Source: sourceMollieKBC,
		},
	}
}

// belfius: the Belfius Pay Button, formerly Belfius Direct Net.
func (b *builder) belfius() Method {
	return Method{
		ID:      IDBelfius,
		Names:   names("Belfius Pay Button", "Bouton de paiement Belfius", "Belfius-betaalknop", "Belfius-Zahlungsbutton"),
		Family:  BankRedirect,
		Aliases: []string{"belfius_direct_net"},
		Rules: Rules{
			Countries: []string{"BE"}, Currencies: []money.Currency{b.eur},
			Amounts: b.rangeEUR(1, 50_000_00), Channels: online(), Source: sourceMollieBelfius,
		},
	}
}

// paypal: everywhere, any currency (payments.md: "everywhere cards and
// PayPal"); Mollie sets no limit on wallet-balance, card or bank funding.
func (b *builder) paypal() Method {
	return Method{
		ID:     IDPayPal,
		Names:  names("PayPal", "PayPal", "PayPal", "PayPal"),
		Family: Wallet,
		Brands: []Brand{PayPal},
		Rules:  Rules{Channels: online(), Source: "Mollie, docs.mollie.com/docs/paypal: no limit for balance, card or bank funding"},
	}
}

// klarnaPayLater: invoice / pay later, expected in DE (payments.md) and
// common in NL. Klarna approves each buyer; the range is only the outer
// bound.
func (b *builder) klarnaPayLater() Method {
	return Method{
		ID:      IDKlarnaPayLater,
		Names:   names("Klarna: pay later", "Klarna : payer plus tard", "Klarna: achteraf betalen", "Klarna: Später bezahlen"),
		Family:  PayLater,
		Brands:  []Brand{Klarna},
		Aliases: []string{"klarna"},
		Rules: Rules{
			Countries: []string{"DE", "NL"}, Currencies: []money.Currency{b.eur},
			Amounts: b.rangeEUR(1_00, 10_000_00), Channels: online(), Source: sourceMollieKlarna,
		},
	}
}

// applePay: the cards in the buyer's Apple wallet, online and at the till.
func (b *builder) applePay() Method {
	return Method{
		ID:     IDApplePay,
		Names:  names("Apple Pay", "Apple Pay", "Apple Pay", "Apple Pay"),
		Family: Wallet,
		Brands: []Brand{Visa, Mastercard, Amex},
		Rules:  Rules{Channels: inPerson(), Source: sourceNoLimit},
	}
}
