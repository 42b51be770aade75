package money_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/comptoir/comptoir/money"
)

// Each money benchmark has a twin written directly with shopspring
// decimal.Decimal, for comparison. Results are kept in package variables
// so the compiler cannot drop the work.
var (
	sinkMoney   money.Money
	sinkParts   []money.Money
	sinkDecimal decimal.Decimal
	sinkDecs    []decimal.Decimal
	sinkString  string
	sinkErr     error
)

func BenchmarkAdd(b *testing.B) {
	x, y := eur(b, 1250), eur(b, 399)
	b.ReportAllocs()
	for range b.N {
		sinkMoney, sinkErr = x.Add(y)
	}
}

func BenchmarkAddDecimal(b *testing.B) {
	x, y := decimal.RequireFromString("12.50"), decimal.RequireFromString("3.99")
	b.ReportAllocs()
	for range b.N {
		sinkDecimal = x.Add(y)
	}
}

func BenchmarkSub(b *testing.B) {
	x, y := eur(b, 1250), eur(b, 399)
	b.ReportAllocs()
	for range b.N {
		sinkMoney, sinkErr = x.Sub(y)
	}
}

func BenchmarkSubDecimal(b *testing.B) {
	x, y := decimal.RequireFromString("12.50"), decimal.RequireFromString("3.99")
	b.ReportAllocs()
	for range b.N {
		sinkDecimal = x.Sub(y)
	}
}

func BenchmarkMulVATRate(b *testing.B) {
	net, rate := eur(b, 4131), decimal.RequireFromString("0.21")
	b.ReportAllocs()
	for range b.N {
		sinkMoney, sinkErr = net.Mul(rate, money.HalfUp)
	}
}

func BenchmarkMulVATRateDecimal(b *testing.B) {
	net, rate := decimal.RequireFromString("41.31"), decimal.RequireFromString("0.21")
	b.ReportAllocs()
	for range b.N {
		sinkDecimal = net.Mul(rate).Round(2)
	}
}

func BenchmarkAllocate10(b *testing.B) {
	m := eur(b, 100000)
	weights := []int64{1299, 450, 7800, 999, 12, 4500, 333, 2000, 1, 650}
	b.ReportAllocs()
	for range b.N {
		sinkParts, sinkErr = m.Allocate(weights...)
	}
}

// BenchmarkAllocate10Decimal is the naive decimal allocation: shares
// rounded down to the cent, the leftover cents handed out in order.
func BenchmarkAllocate10Decimal(b *testing.B) {
	whole := decimal.RequireFromString("1000.00")
	weights := []decimal.Decimal{}
	for _, w := range []int64{1299, 450, 7800, 999, 12, 4500, 333, 2000, 1, 650} {
		weights = append(weights, decimal.NewFromInt(w))
	}
	cent := decimal.New(1, -2)
	b.ReportAllocs()
	for range b.N {
		total := decimal.Zero
		for _, w := range weights {
			total = total.Add(w)
		}
		parts := make([]decimal.Decimal, len(weights))
		given := decimal.Zero
		for i, w := range weights {
			parts[i] = whole.Mul(w).DivRound(total, 8).RoundDown(2)
			given = given.Add(parts[i])
		}
		for i := 0; given.LessThan(whole); i++ {
			parts[i] = parts[i].Add(cent)
			given = given.Add(cent)
		}
		sinkDecs = parts
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sinkMoney, sinkErr = money.Parse("1234.50", "EUR")
	}
}

func BenchmarkParseDecimal(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sinkDecimal, sinkErr = decimal.NewFromString("1234.50")
	}
}

func BenchmarkString(b *testing.B) {
	m := eur(b, 123450)
	b.ReportAllocs()
	for range b.N {
		sinkString = m.String()
	}
}

func BenchmarkStringDecimal(b *testing.B) {
	d := decimal.RequireFromString("1234.50")
	b.ReportAllocs()
	for range b.N {
		sinkString = d.StringFixed(2) + " EUR"
	}
}

// BenchmarkFormatXText formats with golang.org/x/text's currency formatter
// and a message.Printer, the nearest library equivalent of Format (shopspring
// has no locale formatting; x/text puts the symbol first in every locale).
func BenchmarkFormatXText(b *testing.B) {
	p := message.NewPrinter(language.MustParse("fr-BE"))
	amount := currency.EUR.Amount(decimal.RequireFromString("1234.50").InexactFloat64())
	b.ReportAllocs()
	for range b.N {
		sinkString = p.Sprint(currency.Symbol(amount))
	}
}

func BenchmarkFormat(b *testing.B) {
	m := eur(b, 123450)
	tag := language.MustParse("fr-BE")
	b.ReportAllocs()
	for range b.N {
		sinkString = m.Format(tag)
	}
}

func BenchmarkMulDivVATFromGross(b *testing.B) {
	gross := eur(b, 4999)
	rate := decimal.RequireFromString("0.21")
	onePlus := rate.Add(decimal.NewFromInt(1))
	b.ReportAllocs()
	for range b.N {
		sinkMoney, sinkErr = gross.MulDiv(rate, onePlus, money.HalfUp)
	}
}

func BenchmarkMulDivVATFromGrossDecimal(b *testing.B) {
	gross := decimal.RequireFromString("49.99")
	rate := decimal.RequireFromString("0.21")
	onePlus := rate.Add(decimal.NewFromInt(1))
	b.ReportAllocs()
	for range b.N {
		sinkDecimal = gross.Mul(rate).DivRound(onePlus, 2)
	}
}

func BenchmarkFromUnitPrice(b *testing.B) {
	c := mustCurrency(b, "EUR")
	unit, qty := decimal.RequireFromString("0.0125"), decimal.RequireFromString("1000")
	b.ReportAllocs()
	for range b.N {
		sinkMoney, sinkErr = money.FromUnitPrice(unit, qty, c, money.HalfUp)
	}
}

func BenchmarkIncludedPart(b *testing.B) {
	gross, rate := eur(b, 4999), decimal.RequireFromString("0.21")
	b.ReportAllocs()
	for range b.N {
		sinkMoney, sinkErr = gross.IncludedPart(rate, money.HalfUp)
	}
}
