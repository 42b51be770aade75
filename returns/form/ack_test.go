package form_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/form"
)

// TestAcknowledgementEachLanguage checks the content, date, time and zone
// of the acknowledgement in each language: sent 2026-12-18T21:47:00Z is
// 22:47 CET in Brussels.
func TestAcknowledgementEachLanguage(t *testing.T) {
	tests := []struct {
		lang, subject, sent, placed, cheese string
	}{
		{"fr-BE", "Rétractation reçue, commande " + coatOrderID, "Envoyée le\u00a0: 18 décembre 2026 à 22:47 (CET, UTC+01:00)\n",
			"Commande passée le\u00a0: 10 décembre 2026\n", "- 0,5 × Fromage de Herve (réf. CHEESE-HERVE)\n"},
		{"nl-BE", "Herroeping ontvangen, bestelling " + coatOrderID, "Verstuurd op: 18 december 2026 om 22:47 (CET, UTC+01:00)\n",
			"Besteld op: 10 december 2026\n", "- 0,5 × Fromage de Herve (ref. CHEESE-HERVE)\n"},
		{"de-LU", "Widerruf erhalten, Bestellung " + coatOrderID, "Abgesendet am: 18. Dezember 2026 um 22:47 Uhr (CET, UTC+01:00)\n",
			"Bestellt am: 10. Dezember 2026\n", "- 0,5 × Fromage de Herve (Art.-Nr. CHEESE-HERVE)\n"},
		{"en-GB", "Withdrawal received, order " + coatOrderID, "Sent on: 18 December 2026 at 22:47 (CET, UTC+01:00)\n",
			"Order placed on: 10 December 2026\n", "- 0.5 × Fromage de Herve (ref. CHEESE-HERVE)\n"},
	}
	req, err := form.NewRequest(coatOrder(),
		[]form.Withdrawn{order.Units("L1", 1), q("L3", "0.5"), order.Units("L4", 1)}, sentAt(), consumer())
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			ack, err := form.Acknowledgement(trader(), req, brussels(t), language.MustParse(tt.lang))
			require.NoError(t, err)
			assert.Equal(t, tt.subject, ack.Subject)
			tr := trader()
			for _, w := range []string{tt.sent, tt.placed, tt.cheese, "- 1 × Manteau en laine", "- 1 × Retouche d'ourlet",
				coatOrderID, req.ID.String(), "Camille Dubois, camille.dubois@example.be",
				tr.Name, tr.Address.Lines[0], "1000 Bruxelles", tr.Email, tr.Phone} {
				assert.Contains(t, ack.Body, w)
			}
			assert.NotContains(t, ack.Body, "Écharpe", "only what is withdrawn")
			assert.NotContains(t, ack.Body, "______", "an acknowledgement has no blanks")
		})
	}
}

// TestAcknowledgementZones checks the time in summer, in UTC and in a zone
// the database knows only by its offset.
func TestAcknowledgementZones(t *testing.T) {
	o := coatOrder()
	summer := time.Date(2027, 6, 1, 8, 5, 0, 0, time.UTC)
	o.PlacedAt = time.Date(2027, 5, 20, 10, 0, 0, 0, time.UTC)
	saoPaulo, err := time.LoadLocation("America/Sao_Paulo")
	require.NoError(t, err)
	tests := []struct {
		name string
		at   time.Time
		loc  *time.Location
		want string
	}{
		{"Brussels summer time", summer, brussels(t), "Sent on: 1 June 2027 at 10:05 (CEST, UTC+02:00)\n"},
		{"UTC", summer, time.UTC, "Sent on: 1 June 2027 at 08:05 (UTC)\n"},
		{"offset only", summer, saoPaulo, "Sent on: 1 June 2027 at 05:05 (UTC-03:00)\n"},
		{"fixed zone", summer, time.FixedZone("", 5*3600+30*60), "Sent on: 1 June 2027 at 13:35 (UTC+05:30)\n"},
		{"previous day in another zone", time.Date(2027, 6, 1, 1, 0, 0, 0, time.UTC), saoPaulo, "Sent on: 31 May 2027 at 22:00 (UTC-03:00)\n"},
		{"given location wins", summer.In(saoPaulo), brussels(t), "Sent on: 1 June 2027 at 10:05 (CEST, UTC+02:00)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := form.NewRequest(o, []form.Withdrawn{order.Units("L1", 1)}, tt.at, consumer())
			require.NoError(t, err)
			ack, err := form.Acknowledgement(trader(), req, tt.loc, language.English)
			require.NoError(t, err)
			assert.Contains(t, ack.Body, tt.want)
		})
	}
}

// TestAcknowledgementOptional checks what is left out when unknown.
func TestAcknowledgementOptional(t *testing.T) {
	req := coatRequest(t)
	req.ID = uuid.Nil
	req.OrderedAt = time.Time{}
	req.Consumer = form.Consumer{}
	tr := trader()
	tr.Email, tr.Phone = "", ""
	ack, err := form.Acknowledgement(tr, req, time.UTC, language.English)
	require.NoError(t, err)
	for _, label := range []string{"Withdrawal reference", "Order placed on", "Sent by", "E-mail", "Phone"} {
		assert.NotContains(t, ack.Body, label)
	}
	req.Consumer.Email = "c@example.be"
	ack, err = form.Acknowledgement(tr, req, time.UTC, language.English)
	require.NoError(t, err)
	assert.Contains(t, ack.Body, "Sent by: c@example.be\n")
}

// TestAcknowledgementErrors checks the errors.
func TestAcknowledgementErrors(t *testing.T) {
	good := coatRequest(t)
	noLines := good
	noLines.Lines = nil
	badQty := good
	badQty.Lines = []form.Line{{LineID: "L1", Name: "x", Supply: form.Goods, Quantity: dec("-1")}}
	noOrder := good
	noOrder.OrderID = uuid.Nil
	noTime := good
	noTime.SentAt = time.Time{}
	noName := trader()
	noName.Name = ""
	noAddress := trader()
	noAddress.Address = order.Address{}
	tests := []struct {
		name  string
		tr    form.Trader
		req   form.Request
		loc   *time.Location
		field string
	}{
		{"nil location", trader(), good, nil, "location"},
		{"trader without name", noName, good, time.UTC, "trader.name"},
		{"trader without address", noAddress, good, time.UTC, "trader.address"},
		{"zero request", trader(), form.Request{}, time.UTC, "order_id"},
		{"no order", trader(), noOrder, time.UTC, "order_id"},
		{"no time", trader(), noTime, time.UTC, "sent_at"},
		{"no lines", trader(), noLines, time.UTC, "lines"},
		{"negative quantity", trader(), badQty, time.UTC, "lines[0].quantity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ack, err := form.Acknowledgement(tt.tr, tt.req, tt.loc, language.French)
			require.ErrorIs(t, err, form.ErrInvalidField)
			var fe *form.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.field, fe.Field)
			assert.Equal(t, form.Text{}, ack)
			assert.True(t, strings.HasPrefix(err.Error(), "form: invalid field "+tt.field+": "))
		})
	}
	for _, tag := range []language.Tag{language.Und, language.Spanish, language.MustParse("und-FR")} {
		_, err := form.Acknowledgement(trader(), good, time.UTC, tag)
		require.ErrorIs(t, err, form.ErrUnsupportedLanguage)
	}
}
