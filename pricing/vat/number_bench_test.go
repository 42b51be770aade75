package vat_test

import (
	"testing"

	"github.com/comptoir/comptoir/pricing/vat"
)

func BenchmarkParseNumber(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"BE/canonical", "BE0403019261"},
		{"BE/separators", "be 0403.019.261"},
		{"BE/legacy", "BE 403 019 261"},
		{"FR", "FR 40 303 265 045"},
		{"NL", "NL001309675B01"},
		{"ES/CIF", "ES B-58378431"},
		{"DE", "DE136695976"},
		{"XI", "XI 980 7806 84"},
		{"error/check", "BE0403019262"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var sink vat.Number
			for range b.N {
				sink, _ = vat.ParseNumber(bc.in)
			}
			_ = sink
		})
	}
}
