package form_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/form"
)

// localized are the values of the coat form that each language writes its
// own way.
type localized struct {
	country, orderedOn, receivedOn, date, cheese string
	signature, receivedLabel, title              string
}

func localizedFor(lang string) localized {
	switch lang {
	case "fr-BE":
		return localized{"Belgique", "10 décembre 2026", "14 décembre 2026", "18 décembre 2026", "1,25 × Fromage de Herve",
			"Signature du ou des consommateurs", "Reçu le", "FORMULAIRE DE RÉTRACTATION"}
	case "nl-BE":
		return localized{"België", "10 december 2026", "14 december 2026", "18 december 2026", "1,25 × Fromage de Herve",
			"Handtekening van de consument(en)", "Ontvangen op", "HERROEPINGSFORMULIER"}
	case "de-BE":
		return localized{"Belgien", "10. Dezember 2026", "14. Dezember 2026", "18. Dezember 2026", "1,25 × Fromage de Herve",
			"Unterschrift des/der Verbraucher(s)", "Erhalten am", "WIDERRUFSFORMULAR"}
	}
	return localized{"Belgium", "10 December 2026", "14 December 2026", "18 December 2026", "1.25 × Fromage de Herve",
		"Signature of the consumer(s)", "Received on", "WITHDRAWAL FORM"}
}

// fullForm is a form with every field set, its lines covering every supply.
func fullForm(t *testing.T) form.Form {
	t.Helper()
	o := coatOrder()
	req, err := form.NewRequest(o, form.WholeOrder(o), sentAt(), consumer())
	require.NoError(t, err)
	f, err := form.FormFor(trader(), req, deliveredAt(), brussels(t))
	require.NoError(t, err)
	return f
}

// TestRenderEveryField checks that each language writes every value of the
// form, and the signature line exactly when the form is on paper.
func TestRenderEveryField(t *testing.T) {
	for _, lang := range languages() {
		for _, paper := range []bool{false, true} {
			t.Run(lang, func(t *testing.T) {
				f := fullForm(t)
				f.Paper = paper
				out, err := form.Render(f, language.MustParse(lang))
				require.NoError(t, err)
				loc := localizedFor(lang)
				tr := trader()
				want := []string{
					loc.title, tr.Name, tr.Address.Lines[0], tr.Address.PostalCode + " " + tr.Address.City,
					loc.country, tr.Email, coatOrderID, loc.orderedOn, loc.receivedOn, loc.date,
					"Camille Dubois", "Rue de la Station 12", "Boîte 3", "4000 Liège", "camille.dubois@example.be",
					loc.cheese,
				}
				for _, l := range coatOrder().Lines {
					want = append(want, l.Name, l.SKU)
					if l.Quantity.IsInteger() {
						want = append(want, l.Quantity.String()+" × "+l.Name)
					}
				}
				for _, w := range want {
					assert.Contains(t, out, w)
				}
				assert.Equal(t, paper, strings.Contains(out, loc.signature), "signature line iff on paper")
				assert.NotContains(t, out, tr.Phone, "the model form has no phone number")
				assert.Equal(t, 2, strings.Count(out, loc.country), "trader's and consumer's country")
				assert.True(t, strings.HasSuffix(out, "\n"))
			})
		}
	}
}

// TestRenderNotice checks that the notice names what the lines supply, and
// that received on is asked for goods only.
func TestRenderNotice(t *testing.T) {
	goods := form.Line{LineID: "L1", Name: "Manteau", Supply: form.Goods, Quantity: dec("1")}
	digital := form.Line{LineID: "L5", Name: "Patron", Supply: form.DigitalContent, Quantity: dec("1")}
	service := form.Line{LineID: "L4", Name: "Retouche", Supply: form.Service, Quantity: dec("1")}
	tests := []struct {
		name         string
		lines        []form.Line
		want         string
		wantReceived bool
	}{
		{"goods", []form.Line{goods}, "contract for the sale of the goods listed below:", true},
		{"service", []form.Line{service}, "contract for the provision of the service listed below:", false},
		{"digital", []form.Line{digital}, "contract for the supply of the digital content listed below:", false},
		{"goods and service", []form.Line{service, goods},
			"contract for the sale of the goods listed below and for the provision of the service listed below:", true},
		{"blank", nil, "contract for the sale of the goods listed below / for the supply of the digital content " +
			"listed below / for the provision of the service listed below:", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := form.Render(form.Form{Trader: trader(), Lines: tt.lines}, language.English)
			require.NoError(t, err)
			assert.Contains(t, out, tt.want)
			assert.Equal(t, tt.wantReceived, strings.Contains(out, "Received on:"))
		})
	}
}

// TestRenderNoticeEachLanguage checks the notice of a mixed order in each
// language.
func TestRenderNoticeEachLanguage(t *testing.T) {
	want := map[string]string{
		"fr": "du contrat de vente des biens énumérés ci-après et de fourniture du contenu numérique indiqué " +
			"ci-après et de prestation du service indiqué ci-après\u00a0:",
		"nl": "mijn/onze overeenkomst voor de verkoop van de hieronder vermelde goederen en voor de levering van " +
			"de hieronder vermelde digitale inhoud en voor het verrichten van de hieronder vermelde dienst herroep/herroepen:",
		"de": "meinen/unseren Vertrag über den Kauf der unten aufgeführten Waren und über die Bereitstellung der " +
			"unten aufgeführten digitalen Inhalte und über die Erbringung der unten aufgeführten Dienstleistung widerrufe(n):",
		"en": "my/our contract for the sale of the goods listed below and for the supply of the digital content " +
			"listed below and for the provision of the service listed below:",
	}
	for lang, w := range want {
		out, err := form.Render(fullForm(t), language.MustParse(lang))
		require.NoError(t, err)
		assert.Contains(t, out, w, lang)
	}
}

// TestRenderBlank checks that empty fields are left to fill in by hand.
func TestRenderBlank(t *testing.T) {
	out, err := form.Render(form.Form{Trader: trader(), Paper: true}, language.French)
	require.NoError(t, err)
	for _, label := range []string{"Référence de la commande", "Commandé le", "Reçu le", "Nom du ou des consommateurs", "Date"} {
		assert.Contains(t, out, label+"\u00a0: ______________________________\n")
	}
	assert.Equal(t, 3+1+1+1+1+2+1+1, strings.Count(out, "______________________________"),
		"3 items, reference, ordered, received, name, 2 address lines, signature, date")
}

// TestRenderLanguages checks the matching by base language, and that other
// languages are an error rather than English.
func TestRenderLanguages(t *testing.T) {
	f := coatForm(t)
	for tag, title := range map[string]string{
		"fr": "FORMULAIRE", "fr-BE": "FORMULAIRE", "fr-CH": "FORMULAIRE", "fr-LU": "FORMULAIRE",
		"nl": "HERROEPINGSFORMULIER", "nl-BE": "HERROEPINGSFORMULIER", "nl-NL": "HERROEPINGSFORMULIER",
		"de": "WIDERRUFSFORMULAR", "de-LU": "WIDERRUFSFORMULAR", "de-AT": "WIDERRUFSFORMULAR",
		"en": "WITHDRAWAL FORM", "en-GB": "WITHDRAWAL FORM", "en-US": "WITHDRAWAL FORM",
	} {
		out, err := form.Render(f, language.MustParse(tag))
		require.NoError(t, err, tag)
		assert.True(t, strings.HasPrefix(out, title), tag)
	}
	for _, tag := range []language.Tag{language.Und, language.MustParse("und-BE"), language.MustParse("und-DE"),
		language.Spanish, language.Italian, language.MustParse("lb"), language.MustParse("wa"), language.Japanese} {
		_, err := form.Render(f, tag)
		require.ErrorIs(t, err, form.ErrUnsupportedLanguage, tag.String())
		var le *form.LanguageError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, tag, le.Tag)
		assert.Contains(t, err.Error(), "de, en, fr, nl")
	}
}

// TestRenderInvalid checks the errors for what a form cannot leave blank.
func TestRenderInvalid(t *testing.T) {
	tests := []struct {
		name   string
		change func(*form.Form)
		field  string
	}{
		{"no trader name", func(f *form.Form) { f.Trader.Name = "" }, "trader.name"},
		{"blank trader name", func(f *form.Form) { f.Trader.Name = " \n\t" }, "trader.name"},
		{"no trader address", func(f *form.Form) { f.Trader.Address = order.Address{} }, "trader.address"},
		{"trader address with a name only", func(f *form.Form) { f.Trader.Address = order.Address{Name: "Jean", Lines: []string{" "}} }, "trader.address"},
		{"zero quantity", func(f *form.Form) { f.Lines[1].Quantity = dec("0") }, "lines[1].quantity"},
		{"negative quantity", func(f *form.Form) { f.Lines[0].Quantity = dec("-1") }, "lines[0].quantity"},
		{"huge exponent", func(f *form.Form) { f.Lines[0].Quantity = decimal.New(1, -999999) }, "lines[0].quantity"},
		{"no supply", func(f *form.Form) { f.Lines[1].Supply = 0 }, "lines[1].supply"},
		{"unknown supply", func(f *form.Form) { f.Lines[0].Supply = 9 }, "lines[0].supply"},
		{"ordered on", func(f *form.Form) { f.OrderedOn = calendar.Date{Year: 2026, Month: 2, Day: 30} }, "ordered_on"},
		{"received on", func(f *form.Form) { f.ReceivedOn = calendar.Date{Year: 2026, Month: 13, Day: 1} }, "received_on"},
		{"date", func(f *form.Form) { f.Date = calendar.Date{Year: 10000, Month: 1, Day: 1} }, "date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := coatForm(t)
			tt.change(&f)
			out, err := form.Render(f, language.French)
			require.ErrorIs(t, err, form.ErrInvalidField)
			var fe *form.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.field, fe.Field)
			assert.Empty(t, out)
		})
	}
}

// TestRenderCleansValues checks that a value cannot add lines to the form
// or reorder its text, and that invalid UTF-8 is replaced.
func TestRenderCleansValues(t *testing.T) {
	f := coatForm(t)
	f.Consumer.Name = "Camille\nSignature: forged\r\n"
	f.Lines[0].Name = "Manteau\u202e\u2066 en laine\u2028bleu"
	f.Trader.Email = "retours@maison\xff.be"
	out, err := form.Render(f, language.French)
	require.NoError(t, err)
	assert.Contains(t, out, "Camille Signature: forged\n")
	assert.Contains(t, out, "Manteau en laine bleu (réf. COAT-WOOL-M)")
	assert.Contains(t, out, "retours@maison\ufffd.be")
	assert.NotContains(t, out, "\r")
	assert.NotContains(t, out, "\u202e")
}

// TestRenderAddresses checks names within addresses, countries that are not
// codes, and items without name or reference.
func TestRenderAddresses(t *testing.T) {
	f := form.Form{
		Trader: form.Trader{Name: "Atelier Nord", Address: order.Address{
			Company: "Atelier Nord BV", Name: "Dienst klanten", Lines: []string{"Meir 1"}, PostalCode: "2000",
			City: "Antwerpen", Country: "be",
		}},
		Consumer: form.Consumer{Name: "Sam Peeters", Address: order.Address{Name: "Sam Peeters", Company: "Peeters & Zn",
			City: "Gent", Country: "NL"}},
		Lines: []form.Line{
			{LineID: "L9", Supply: form.Goods, Quantity: dec("3")},
			{LineID: "L8", SKU: "MUG", Supply: form.Goods, Quantity: dec("1")},
		},
	}
	out, err := form.Render(f, language.Dutch)
	require.NoError(t, err)
	for _, w := range []string{"    Atelier Nord\n    Atelier Nord BV\n    Dienst klanten\n    Meir 1\n    2000 Antwerpen\n    be\n",
		"    Peeters & Zn\n    Gent\n    Nederland\n", "- 3 × L9\n", "- 1 × ref. MUG\n"} {
		assert.Contains(t, out, w)
	}
	assert.Equal(t, 1, strings.Count(out, "Sam Peeters"), "the consumer's name is not repeated in the address")
}

// TestFormFor checks the form filled in from a request.
func TestFormFor(t *testing.T) {
	req := coatRequest(t)
	f, err := form.FormFor(trader(), req, deliveredAt(), brussels(t))
	require.NoError(t, err)
	assert.Equal(t, trader(), f.Trader)
	assert.Equal(t, req.OrderID, f.OrderID)
	assert.Equal(t, req.Lines, f.Lines)
	assert.Equal(t, date(t, "2026-12-10"), f.OrderedOn)
	assert.Equal(t, date(t, "2026-12-14"), f.ReceivedOn)
	assert.Equal(t, date(t, "2026-12-18"), f.Date)
	assert.Equal(t, req.Consumer, f.Consumer)
	assert.False(t, f.Paper)

	f.Lines[0].Name = "changed"
	f.Consumer.Address.Lines[0] = "changed"
	assert.NotEqual(t, "changed", req.Lines[0].Name, "the form does not share the request's slices")
	assert.NotEqual(t, "changed", req.Consumer.Address.Lines[0])

	// Late in the evening in Tokyo is the next day.
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	require.NoError(t, err)
	f, err = form.FormFor(trader(), req, time.Time{}, tokyo)
	require.NoError(t, err)
	assert.Equal(t, date(t, "2026-12-19"), f.Date)
	assert.True(t, f.ReceivedOn.IsZero())

	_, err = form.FormFor(trader(), req, deliveredAt(), nil)
	require.ErrorIs(t, err, form.ErrInvalidField)
	_, err = form.FormFor(trader(), form.Request{}, deliveredAt(), time.UTC)
	require.ErrorIs(t, err, form.ErrInvalidField)
}

// TestRenderFrenchFirstOfMonth checks the French ordinal "1er".
func TestRenderFrenchFirstOfMonth(t *testing.T) {
	f := form.Form{Trader: trader(), Date: date(t, "2027-01-01"), OrderedOn: date(t, "2026-12-01"), OrderID: uuid.New()}
	out, err := form.Render(f, language.French)
	require.NoError(t, err)
	assert.Contains(t, out, "Date\u00a0: 1er janvier 2027\n")
	assert.Contains(t, out, "Commandé le\u00a0: 1er décembre 2026\n")
	out, err = form.Render(f, language.German)
	require.NoError(t, err)
	assert.Contains(t, out, "Datum: 1. Januar 2027\n")
}

// TestRenderConcurrent renders from many goroutines (run with -race).
func TestRenderConcurrent(t *testing.T) {
	f := fullForm(t)
	want, err := form.Render(f, language.German)
	require.NoError(t, err)
	errs := make(chan error, 16)
	for range 16 {
		go func() {
			out, err := form.Render(f, language.German)
			if err == nil && out != want {
				err = errors.New("different output")
			}
			errs <- err
		}()
	}
	for range 16 {
		require.NoError(t, <-errs)
	}
}
