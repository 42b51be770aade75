package vat_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/pricing/vat/vattest"
)

func ExampleParseNumber() {
	for _, s := range []string{"be 0403.019.261", "BE-0403-019-261", "BE 403 019 261", "el 094259216", "XI 980 7806 84"} {
		n, err := vat.ParseNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-17q %s country %s\n", s, n, n.Country())
	}
	// Output:
	// "be 0403.019.261" BE0403019261 country BE
	// "BE-0403-019-261" BE0403019261 country BE
	// "BE 403 019 261"  BE0403019261 country BE
	// "el 094259216"    EL094259216 country GR
	// "XI 980 7806 84"  XI980780684 country GB
}

func ExampleParseNumber_errors() {
	for _, s := range []string{"BE0431150351", "BE2000021323", "BE BE0403019261", "GR094259216"} {
		_, err := vat.ParseNumber(s)
		switch {
		case errors.Is(err, vat.ErrBadCheckDigit):
			fmt.Println("typing mistake:", err)
		case errors.Is(err, vat.ErrBadFormat):
			fmt.Println("not a number of that country:", err)
		case errors.Is(err, vat.ErrDuplicatedPrefix):
			fmt.Println("ask again:", err)
		case errors.Is(err, vat.ErrUnknownPrefix):
			var ne *vat.NumberError
			errors.As(err, &ne)
			fmt.Printf("prefix %s: %s\n", ne.Prefix, ne.Detail)
		}
	}
	// Output:
	// typing mistake: vat: invalid VAT number "BE0431150351": bad check digit: Belgian check digits are 51, expected 50 (97 - 04311503 mod 97)
	// not a number of that country: vat: invalid VAT number "BE2000021323": bad format: Belgian VAT numbers are 10 digits starting with 0 or 1 (or the legacy 9 digits); got "2000021323"
	// ask again: vat: invalid VAT number "BE BE0403019261": duplicated prefix: the prefix BE is written twice; did you mean BE0403019261?
	// prefix GR: Greek VAT numbers take the prefix EL, not the ISO code GR (EL094259216)
}

func ExampleNumber_Country() {
	for _, s := range []string{"EL094259216", "XI980780684", "EU372022452", "NL001309675B01"} {
		n, _ := vat.ParseNumber(s)
		fmt.Printf("%s prefix %s country %q Northern Ireland %t\n", n, n.Prefix(), n.Country(), n.IsNorthernIreland())
	}
	// Output:
	// EL094259216 prefix EL country "GR" Northern Ireland false
	// XI980780684 prefix XI country "GB" Northern Ireland true
	// EU372022452 prefix EU country "" Northern Ireland false
	// NL001309675B01 prefix NL country "NL" Northern Ireland false
}

// A Registry checks that a buyer's number is registered; in tests, the fake
// of package vattest stands in for VIES.
func ExampleRegistry() {
	seller, _ := vat.ParseNumber("BE0403019261")
	buyer, _ := vat.ParseNumber("NL001309675B01")

	var registry vat.Registry = numExampleRegistry(seller, buyer)

	reg, err := registry.Check(context.Background(), buyer)
	if err != nil {
		// errors.Is(err, vat.ErrRegistryUnavailable): ask again later.
		fmt.Println(err)
		return
	}
	fmt.Println(reg.Number, reg.Valid, reg.Name)
	fmt.Println("evidence:", reg.Reference, reg.CheckedAt.Format("2006-01-02 15:04 MST"))
	// Output:
	// NL001309675B01 true Kaasmakerij Voorbeeld B.V.
	// evidence: VATTEST-000001 2026-01-01 09:00 UTC
}

func numExampleRegistry(seller, buyer vat.Number) *vattest.Registry {
	r := vattest.NewRegistry(nil, vattest.WithRequester(seller))
	r.Register(seller, "Comptoir Exemple SA", "Rue de l'Exemple 1, 1000 Bruxelles")
	r.Register(buyer, "Kaasmakerij Voorbeeld B.V.", "Voorbeeldstraat 1, 1011 AA Amsterdam")
	return r
}
