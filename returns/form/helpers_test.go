package form_test

import (
	"testing"
	"time"
	_ "time/tzdata" // Europe/Brussels on machines without a zone database

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/form"
)

// coatOrderID is the id of the test order.
const coatOrderID = "7d3e9a42-5b1c-4f8e-a0d6-2c9b8e4f1a07"

// The test order's times: placed Thursday 2026-12-10 at 15:30 in Brussels,
// the coat delivered Monday 2026-12-14, the withdrawal sent Friday
// 2026-12-18 at 22:47 in Brussels.
func placedAt() time.Time    { return time.Date(2026, 12, 10, 14, 30, 0, 0, time.UTC) }
func deliveredAt() time.Time { return time.Date(2026, 12, 14, 10, 5, 0, 0, time.UTC) }
func sentAt() time.Time      { return time.Date(2026, 12, 18, 21, 47, 0, 0, time.UTC) }

// coatOrder is a Belgian consumer's order at a clothing shop: a coat, two
// scarves, cheese sold by weight, an alteration service and a knitting
// pattern to download. Only the fields the package reads are set.
func coatOrder() order.Order {
	return order.Order{
		ID:       uuid.MustParse(coatOrderID),
		PlacedAt: placedAt(),
		Customer: order.Customer{Kind: order.Consumer, Country: "BE"},
		BillingAddress: order.Address{
			Name: "Camille Dubois", Lines: []string{"Rue de la Station 12", "Boîte 3"},
			PostalCode: "4000", City: "Liège", Country: "BE",
		},
		Lines: []order.Line{
			{ID: "L1", SKU: "COAT-WOOL-M", Name: "Manteau en laine", Quantity: dec("1")},
			{ID: "L2", SKU: "SCARF-RED", Name: "Écharpe rouge", Quantity: dec("2")},
			{ID: "L3", SKU: "CHEESE-HERVE", Name: "Fromage de Herve", Quantity: dec("1.25")},
			{ID: "L4", SKU: "ALTER-HEM", Name: "Retouche d'ourlet", Quantity: dec("1"), Flags: order.Flags{Service: true}},
			{ID: "L5", SKU: "PATTERN-PDF", Name: "Patron de tricot", Quantity: dec("1"), Flags: order.Flags{Digital: true}},
		},
	}
}

// trader is the shop the withdrawal is addressed to.
func trader() form.Trader {
	return form.Trader{
		Name: "Maison Lainière SRL",
		Address: order.Address{
			Lines: []string{"Rue Neuve 45"}, PostalCode: "1000", City: "Bruxelles", Country: "BE",
		},
		Email: "retours@maison-lainiere.be",
		Phone: "+32 2 555 01 23",
	}
}

// consumer is who withdraws.
func consumer() form.Consumer {
	return form.ConsumerOf(coatOrder(), "camille.dubois@example.be")
}

// coatRequest withdraws the coat and one scarf.
func coatRequest(t testing.TB) form.Request {
	t.Helper()
	req, err := form.NewRequest(coatOrder(),
		[]form.Withdrawn{order.Units("L2", 1), order.Units("L1", 1)}, sentAt(), consumer())
	require.NoError(t, err)
	return req
}

// coatForm is the form of coatRequest, on paper.
func coatForm(t testing.TB) form.Form {
	t.Helper()
	f, err := form.FormFor(trader(), coatRequest(t), deliveredAt(), brussels(t))
	require.NoError(t, err)
	f.Paper = true
	return f
}

// brussels returns the Europe/Brussels location.
func brussels(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Brussels")
	require.NoError(t, err)
	return loc
}

// dec parses a decimal.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// date parses a calendar date.
func date(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

// languages are the supported languages, with a regional variant each.
func languages() []string { return []string{"fr-BE", "nl-BE", "de-BE", "en-IE"} }
