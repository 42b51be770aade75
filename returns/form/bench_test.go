package form_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/returns/form"
)

// BenchmarkRender renders the coat form (two lines, on paper) in French.
func BenchmarkRender(b *testing.B) {
	f := coatForm(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := form.Render(f, language.French); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderManyLines renders the form of a 50-line order withdrawn
// whole, in German.
func BenchmarkRenderManyLines(b *testing.B) {
	o := fixture.ManyLines(b, 50)
	req, err := form.NewRequest(o, form.WholeOrder(o), o.PlacedAt, form.ConsumerOf(o, "c@example.be"))
	if err != nil {
		b.Fatal(err)
	}
	f, err := form.FormFor(trader(), req, o.PlacedAt, brussels(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := form.Render(f, language.German); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAcknowledgement writes the acknowledgement of the coat
// withdrawal in Dutch.
func BenchmarkAcknowledgement(b *testing.B) {
	req, loc, tr := coatRequest(b), brussels(b), trader()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := form.Acknowledgement(tr, req, loc, language.Dutch); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewRequest records a withdrawal of a whole 50-line order.
func BenchmarkNewRequest(b *testing.B) {
	o := fixture.ManyLines(b, 50)
	lines, c := form.WholeOrder(o), form.ConsumerOf(o, "")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := form.NewRequest(o, lines, o.PlacedAt, c); err != nil {
			b.Fatal(err)
		}
	}
}
