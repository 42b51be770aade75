package method_test

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/method"
)

// A Belgian buyer checks out 25.00 EUR on the web at a shop that offers
// Bancontact first, then cards, PayPal and iDEAL.
func ExampleCatalog_Available() {
	catalog, err := method.DefaultCatalog()
	if err != nil {
		fmt.Println(err)
		return
	}
	amount, err := money.Parse("25.00", "EUR")
	if err != nil {
		fmt.Println(err)
		return
	}
	shown, err := catalog.Available(method.Query{
		Country:   "BE",
		Amount:    amount,
		Channel:   method.Web,
		At:        time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC),
		Preferred: []string{"bancontact_card", "payconiq", "card", "paypal", "ideal"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fr := language.MustParse("fr-BE")
	for _, m := range shown {
		fmt.Printf("%-17s %-9s %s\n", m.ID, m.Family, m.Name(fr))
	}
	// Output:
	// bancontact_card   card      Carte Bancontact
	// bancontact_mobile wallet    Bancontact mobile
	// card              card      Carte de crédit ou de débit
	// paypal            wallet    PayPal
}

// Explain says why a method the merchant offers is not shown.
func ExampleCatalog_Explain() {
	catalog, err := method.DefaultCatalog()
	if err != nil {
		fmt.Println(err)
		return
	}
	amount, err := money.Parse("2500.00", "EUR")
	if err != nil {
		fmt.Println(err)
		return
	}
	verdicts, err := catalog.Explain(method.Query{
		Country:   "DE",
		Amount:    amount,
		Channel:   method.Web,
		At:        time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC),
		Preferred: []string{"sepa_direct_debit", "klarna", "ideal"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range verdicts {
		fmt.Println(v)
	}
	// Output:
	// sepa_direct_debit: not shown: amount 2500.00 EUR is above the maximum 1000.00 EUR
	// klarna_pay_later: shown
	// ideal: not shown: buyer country DE is not one of NL
}

// Old and new brand names resolve to the same method, in any case.
func ExampleCatalog_Lookup() {
	catalog, err := method.DefaultCatalog()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"Payconiq", "wero", "bancontact_mobile", "sofort"} {
		m, err := catalog.Lookup(name)
		switch {
		case errors.Is(err, method.ErrUnknownMethod):
			fmt.Println(name, "->", "unknown")
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Println(name, "->", m.ID)
		}
	}
	// Output:
	// Payconiq -> bancontact_mobile
	// wero -> bancontact_mobile
	// bancontact_mobile -> bancontact_mobile
	// sofort -> unknown
}

// A merchant phases a brand out and its successor in on a date: the
// checkout's time decides which one shows.
func ExampleNewCatalog() {
	switchover := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	eur, err := money.ParseCurrency("EUR")
	if err != nil {
		fmt.Println(err)
		return
	}
	old := method.Method{
		ID:     "payconiq_lu",
		Names:  map[language.Tag]string{language.English: "Payconiq"},
		Family: method.Wallet,
		Rules:  method.Rules{Countries: []string{"LU"}, Currencies: []money.Currency{eur}, Until: switchover},
	}
	successor := method.Method{
		ID:      "wero_lu",
		Names:   map[language.Tag]string{language.English: "Wero"},
		Family:  method.Wallet,
		Aliases: []string{"wero"},
		Rules:   method.Rules{Countries: []string{"LU"}, Currencies: []money.Currency{eur}, From: switchover},
	}
	catalog, err := method.NewCatalog(old, successor)
	if err != nil {
		fmt.Println(err)
		return
	}
	amount, err := money.Parse("12.00", "EUR")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, at := range []time.Time{switchover.Add(-time.Minute), switchover} {
		shown, err := catalog.Available(method.Query{Country: "LU", Amount: amount, Channel: method.Web, At: at, Preferred: catalog.IDs()})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(at.Format(time.DateTime), shown[0].Name(language.English))
	}

	// The same alias on two methods is refused.
	_, err = method.NewCatalog(successor, method.Method{
		ID: "wero_be", Names: map[language.Tag]string{language.English: "Wero"}, Family: method.Wallet, Aliases: []string{"wero"},
	})
	fmt.Println(errors.Is(err, method.ErrDuplicateName))
	// Output:
	// 2026-12-31 23:59:00 Payconiq
	// 2027-01-01 00:00:00 Wero
	// true
}

// A method's name follows the buyer's language, falling back to English.
func ExampleMethod_Name() {
	catalog, err := method.DefaultCatalog()
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := catalog.Lookup("klarna")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, tag := range []string{"nl-BE", "de", "fr-LU", "it"} {
		fmt.Println(tag, m.Name(language.MustParse(tag)))
	}
	// Output:
	// nl-BE Klarna: achteraf betalen
	// de Klarna: Später bezahlen
	// fr-LU Klarna : payer plus tard
	// it Klarna: pay later
}
