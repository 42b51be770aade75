package money_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/money"
)

func Example() {
	price, _ := money.Parse("29.97", "EUR")
	shipping, _ := money.New(450, "EUR")
	total, _ := price.Add(shipping)
	fmt.Println(total)
	fmt.Println(total.Format(language.MustParse("fr-BE")))
	// Output:
	// 34.47 EUR
	// 34,47 €
}

func ExampleMoney_Mul() {
	net, _ := money.Parse("41.31", "EUR")
	vat, _ := net.Mul(decimal.RequireFromString("0.21"), money.HalfUp) // 8.6751
	fmt.Println(vat)
	// Output: 8.68 EUR
}

func ExampleMoney_Allocate() {
	// An order discount of 10.00 over three lines of 5.00 each.
	discount, _ := money.Parse("10.00", "EUR")
	parts, _ := discount.Allocate(500, 500, 500)
	fmt.Println(parts)
	refund, _ := discount.Neg().Allocate(500, 500, 500)
	fmt.Println(refund)
	// Output:
	// [3.34 EUR 3.33 EUR 3.33 EUR]
	// [-3.34 EUR -3.33 EUR -3.33 EUR]
}

func ExampleMoney_Split() {
	bill, _ := money.Parse("100", "EUR")
	parts, _ := bill.Split(3)
	fmt.Println(parts)
	// Output: [33.34 EUR 33.33 EUR 33.33 EUR]
}

// The spaces in the output are U+00A0 and, between French digit groups,
// U+202F, as CLDR prescribes.
func ExampleMoney_Format() {
	m, _ := money.Parse("-1234.50", "EUR")
	for _, locale := range []string{"fr-BE", "nl-BE", "de-BE", "en"} {
		fmt.Printf("%s %s\n", locale, m.Format(language.MustParse(locale)))
	}
	// Output:
	// fr-BE -1 234,50 €
	// nl-BE € -1.234,50
	// de-BE -1.234,50 €
	// en -€1,234.50
}

func ExampleMoney_RoundCash() {
	// A cash payment in a Belgian shop: euro cash rounds to 0.05.
	total, _ := money.Parse("12.53", "EUR")
	at := time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC)
	step, _ := money.CashIncrementIn(total.Currency(), "BE", at)
	cash, _ := total.RoundCash(step, money.HalfUp)
	fmt.Println(step, cash)
	// Output: 5 12.55 EUR
}

func ExampleParse() {
	_, err := money.Parse("12.505", "EUR")
	fmt.Println(errors.Is(err, money.ErrTooPrecise))
	var pe *money.ParseError
	fmt.Println(errors.As(err, &pe), pe.Input)
	// Output:
	// true
	// true 12.505
}

func ExampleMoney_Add_mismatch() {
	a, _ := money.New(100, "EUR")
	b, _ := money.New(100, "USD")
	_, err := a.Add(b)
	var mismatch *money.MismatchError
	fmt.Println(errors.As(err, &mismatch), mismatch.A, mismatch.B)
	// Output: true EUR USD
}

func ExampleMoney_Add_zeroValue() {
	var total money.Money // no currency yet
	for _, s := range []string{"1.20", "3.40"} {
		m, _ := money.Parse(s, "EUR")
		total, _ = total.Add(m)
	}
	fmt.Println(total)
	// Output: 4.60 EUR
}
