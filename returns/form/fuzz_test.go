package form_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/form"
)

// plain reports whether s is valid UTF-8 without the characters Render
// replaces, so that it must appear as it is (trimmed) in the text.
func plain(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == utf8.RuneError ||
			(r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') {
			return false
		}
	}
	return true
}

// checkText checks that a text is valid UTF-8 with no control character
// but the line feed, and no bidirectional override.
func checkText(t *testing.T, s string) {
	t.Helper()
	require.True(t, utf8.ValidString(s), "invalid UTF-8")
	for _, r := range s {
		if r != '\n' {
			require.False(t, unicode.IsControl(r), "control character %U", r)
		}
		require.False(t, (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'), "bidi control %U", r)
		require.NotEqual(t, '\u2028', r)
	}
}

// FuzzRender renders forms from random strings: Render never panics, its
// text is clean UTF-8, and every plain value appears in it.
func FuzzRender(f *testing.F) {
	f.Add("Maison Lainière SRL", "Rue Neuve 45", "1000", "Bruxelles", "BE", "retours@example.be",
		"Manteau en laine", "COAT-WOOL-M", "Camille Dubois", "fr-BE", true)
	f.Add("", "", "", "", "", "", "", "", "", "", false)
	f.Add("A\nB", "\xff\xfe", "\u202e", "\r\n", "ZZ", "\x00", "x\u2028y", "\t", " ", "nl", true)
	f.Add("Ünïcødé", "街道 1", "L-3895", "Düdelingen", "LU", "a@b", "1/2", "", "Zoë", "de-LU", false)
	f.Add("T", "Meir 1", "2000", "Antwerpen", "be", "", "", "", "", "und-BE", true)
	f.Fuzz(func(t *testing.T, trader, street, postal, city, country, email, item, sku, name, tag string, paper bool) {
		lang, err := language.Parse(tag)
		if err != nil {
			lang = language.Und
		}
		fm := form.Form{
			Trader: form.Trader{Name: trader, Email: email, Address: order.Address{
				Lines: []string{street}, PostalCode: postal, City: city, Country: country,
			}},
			Lines: []form.Line{{LineID: item + sku, SKU: sku, Name: item, Supply: form.Goods, Quantity: decimal.NewFromInt(2)}},
			Consumer: form.Consumer{Name: name, Email: email, Address: order.Address{
				Name: name, Lines: []string{street, item}, City: city, Country: country,
			}},
			Paper: paper,
		}
		out, err := form.Render(fm, lang)
		if err != nil {
			require.Empty(t, out)
			return
		}
		checkText(t, out)
		for _, v := range []string{trader, street, postal, city, email, item, sku, name} {
			if plain(v) {
				assert.Contains(t, out, strings.TrimSpace(v))
			}
		}
	})
}

// FuzzAcknowledgement writes acknowledgements of requests built from
// random strings: no panic, clean UTF-8.
func FuzzAcknowledgement(f *testing.F) {
	f.Add("Maison Lainière SRL", "Rue Neuve 45", "Manteau", "COAT", "Camille", "c@example.be", "fr")
	f.Add("\xff", "\n", "\u202e", "", "", "", "en")
	f.Fuzz(func(t *testing.T, trader, street, item, sku, name, email, tag string) {
		lang, err := language.Parse(tag)
		if err != nil {
			lang = language.Und
		}
		o := coatOrder()
		o.Lines[0].Name, o.Lines[0].SKU = item, sku
		req, err := form.NewRequest(o, []form.Withdrawn{order.Units("L1", 1)}, sentAt(),
			form.Consumer{Name: name, Email: email})
		require.NoError(t, err)
		tr := form.Trader{Name: trader, Address: order.Address{Lines: []string{street}}, Email: email}
		ack, err := form.Acknowledgement(tr, req, brussels(t), lang)
		if err != nil {
			return
		}
		checkText(t, ack.Subject)
		checkText(t, ack.Body)
		require.NotContains(t, ack.Subject, "\n")
	})
}

// FuzzNewRequest withdraws random quantities of random lines: NewRequest
// never panics, and what it accepts fits the order.
func FuzzNewRequest(f *testing.F) {
	for _, s := range [][2]string{{"L1", "1"}, {"L3", "0.5"}, {"L2", "3"}, {"L9", "1"}, {"L1", "1e-30"},
		{"L3", "1.250000000000000000000"}, {"L2", "-0"}, {"L1", "1e18"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, id, qty string) {
		d, err := decimal.NewFromString(qty)
		if err != nil {
			return
		}
		o := coatOrder()
		req, err := form.NewRequest(o, []form.Withdrawn{{LineID: id, Quantity: d}}, sentAt(), consumer())
		if err != nil {
			return
		}
		require.Len(t, req.Lines, 1)
		l, ok := o.Line(id)
		require.True(t, ok)
		require.True(t, d.IsPositive())
		require.True(t, d.LessThanOrEqual(l.Quantity))
		_, err = form.Acknowledgement(trader(), req, brussels(t), language.German)
		require.NoError(t, err)
	})
}
