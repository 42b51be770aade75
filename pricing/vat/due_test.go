package vat_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/pricing/vat/vattest"
)

func euro(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

func number(t testing.TB, s string) vat.Number {
	t.Helper()
	n, err := vat.ParseNumber(s)
	require.NoError(t, err)
	return n
}

// belgianSale is a Belgian micro-seller's 50.00 sale of goods shipped from
// Belgium to a consumer in dest, on 2026-06-15.
func belgianSale(t testing.TB, dest, postal string) vat.Sale {
	return vat.Sale{
		Seller:              vat.Seller{Country: "BE"},
		CrossBorderThisYear: euro(t, "4000.00"), CrossBorderLastYear: euro(t, "6000.00"),
		Amount: euro(t, "50.00"), Customer: vat.Consumer,
		ShipFrom: vat.Place{Country: "BE", PostalCode: "1000"}, ShipTo: vat.Place{Country: dest, PostalCode: postal},
		Supply: vat.Goods, Date: calendar.Date{Year: 2026, Month: 6, Day: 15},
	}
}

// checked returns a registry answer for n, as vattest gives it.
func checked(t testing.TB, n vat.Number, registered bool) *vat.Registration {
	t.Helper()
	reg := vattest.NewRegistry(nil)
	if registered {
		reg.Register(n, "Example BV", "Damrak 1, Amsterdam")
	}
	r, err := reg.Check(context.Background(), n)
	require.NoError(t, err)
	return &r
}

func TestDue(t *testing.T) {
	nl := number(t, "NL001309675B01")
	tests := []struct {
		name    string
		modify  func(*vat.Sale)
		want    vat.Treatment
		country string
		rule    string
	}{
		{"domestic consumer", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "BE", PostalCode: "4000"} }, vat.Domestic, "BE", "art. 32"},
		{"domestic business still pays VAT", func(s *vat.Sale) {
			s.ShipTo.Country, s.Customer = "BE", vat.Business
		}, vat.Domestic, "BE", "art. 32"},
		{"French consumer under the threshold", nil, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"exactly EUR 10,000 with this sale", func(s *vat.Sale) { s.CrossBorderThisYear = euro(t, "9950.00") }, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"the sale that crosses the threshold", func(s *vat.Sale) { s.CrossBorderThisYear = euro(t, "9950.01") }, vat.OSSDestination, "FR", "art. 33(a)"},
		{"last year over the threshold", func(s *vat.Sale) { s.CrossBorderLastYear = euro(t, "10000.01") }, vat.OSSDestination, "FR", "art. 33(a)"},
		{"opted for destination VAT", func(s *vat.Sale) { s.Seller.OptedForDestination = true }, vat.OSSDestination, "FR", "OSS"},
		{"established in two Member States", func(s *vat.Sale) { s.Seller.EstablishedElsewhere = true }, vat.OSSDestination, "FR", "OSS"},
		{"dispatched from a French warehouse to Germany", func(s *vat.Sale) {
			s.ShipFrom, s.ShipTo = vat.Place{Country: "FR", PostalCode: "59000"}, vat.Place{Country: "DE", PostalCode: "10115"}
		}, vat.OSSDestination, "DE", "OSS"},
		{"dispatched from a French warehouse to France", func(s *vat.Sale) { s.ShipFrom = vat.Place{Country: "FR", PostalCode: "59000"} }, vat.Domestic, "FR", "art. 32"},
		{"Dutch company, number confirmed", func(s *vat.Sale) {
			s.ShipTo.Country, s.Customer, s.BuyerNumber, s.BuyerCheck = "NL", vat.Business, nl, checked(t, nl, true)
		}, vat.IntraCommunityExempt, "", "art. 138"},
		{"Dutch company giving no number", func(s *vat.Sale) { s.ShipTo.Country, s.Customer = "NL", vat.Business }, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"a Belgian number for goods leaving Belgium", func(s *vat.Sale) {
			be := number(t, "BE0403019261")
			s.ShipTo.Country, s.Customer, s.BuyerNumber, s.BuyerCheck = "NL", vat.Business, be, checked(t, be, true)
		}, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"a non-Union OSS number", func(s *vat.Sale) {
			eu := number(t, "EU372001951")
			s.ShipTo.Country, s.Customer, s.BuyerNumber = "NL", vat.Business, eu
			s.BuyerCheck = &vat.Registration{Number: eu, Valid: true}
		}, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"last year exactly EUR 10,000", func(s *vat.Sale) { s.CrossBorderLastYear = euro(t, "10000.00") }, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"first day of the One-Stop Shop", func(s *vat.Sale) {
			s.Date, s.Seller.OptedForDestination = calendar.Date{Year: 2021, Month: 7, Day: 1}, true
		}, vat.OSSDestination, "FR", "OSS"},
		{"Dutch company, number not checked", func(s *vat.Sale) {
			s.ShipTo.Country, s.Customer, s.BuyerNumber = "NL", vat.Business, nl
		}, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"Dutch company, number not registered", func(s *vat.Sale) {
			s.ShipTo.Country, s.Customer, s.BuyerNumber, s.BuyerCheck = "NL", vat.Business, nl, checked(t, nl, false)
		}, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"Dutch company, check of another number", func(s *vat.Sale) {
			s.ShipTo.Country, s.Customer, s.BuyerNumber = "NL", vat.Business, nl
			s.BuyerCheck = checked(t, number(t, "NL003376734B77"), true)
		}, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"Swiss consumer", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "CH", PostalCode: "1200"} }, vat.Export, "", "art. 146"},
		{"Norwegian company", func(s *vat.Sale) { s.ShipTo.Country, s.Customer = "NO", vat.Business }, vat.Export, "", "art. 146"},
		{"London", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "GB", PostalCode: "SW1A 1AA"} }, vat.Export, "", "art. 146"},
		{"Belfast goods: Northern Ireland", func(s *vat.Sale) {
			s.ShipTo = vat.Place{Country: "GB", PostalCode: "BT1 5GS"}
			s.Seller.OptedForDestination = true
		}, vat.OSSDestination, "GB", "OSS"},
		{"Canary Islands", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "ES", PostalCode: "35001"} }, vat.Export, "", "art. 146"},
		{"Tenerife", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "ES", PostalCode: "38001"} }, vat.Export, "", "art. 146"},
		{"Madrid", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "ES", PostalCode: "28001"} }, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"Balearics are inside", func(s *vat.Sale) {
			s.ShipTo, s.Seller.OptedForDestination = vat.Place{Country: "ES", PostalCode: "07001"}, true
		}, vat.OSSDestination, "ES", "OSS"},
		{"Ceuta", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "ES", PostalCode: "51001"} }, vat.Export, "", "art. 146"},
		{"Melilla", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "ES", PostalCode: "52001"} }, vat.Export, "", "art. 146"},
		{"Heligoland", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "DE", PostalCode: "27498"} }, vat.Export, "", "art. 146"},
		{"Büsingen", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "DE", PostalCode: "78266"} }, vat.Export, "", "art. 146"},
		{"Livigno", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "IT", PostalCode: "23041"} }, vat.Export, "", "art. 146"},
		{"Campione d'Italia", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "IT", PostalCode: "22061"} }, vat.Export, "", "art. 146"},
		{"Mount Athos", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "GR", PostalCode: "630 86"} }, vat.Export, "", "art. 146"},
		{"Åland", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "FI", PostalCode: "22100"} }, vat.Export, "", "art. 146"},
		{"Åland written AX-22100", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "FI", PostalCode: "AX-22100"} }, vat.Export, "", "art. 146"},
		{"Heligoland written D-27498", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "DE", PostalCode: "D-27498"} }, vat.Export, "", "art. 146"},
		{"Las Palmas written E-35001", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "ES", PostalCode: "E-35001"} }, vat.Export, "", "art. 146"},
		{"a tab before the postal code", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "ES", PostalCode: "\t35001"} }, vat.Export, "", "art. 146"},
		{"Belfast in lower case", func(s *vat.Sale) {
			s.ShipTo, s.Seller.OptedForDestination = vat.Place{Country: "GB", PostalCode: "bt1-5gs"}, true
		}, vat.OSSDestination, "GB", "OSS"},
		{"Belfast written GB-BT1 1AA", func(s *vat.Sale) {
			s.ShipTo, s.Seller.OptedForDestination = vat.Place{Country: "GB", PostalCode: "GB-BT1 1AA"}, true
		}, vat.OSSDestination, "GB", "OSS"},
		{"Büsingen by its Swiss code", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "DE", PostalCode: "CH-8238"} }, vat.Export, "", "art. 146"},
		{"Mount Athos, Karyes' second code", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "GR", PostalCode: "630 87"} }, vat.Export, "", "art. 146"},
		{"French Polynesia", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "FR", PostalCode: "98714"} }, vat.Export, "", "art. 146"},
		{"New Caledonia", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "FR", PostalCode: "98800"} }, vat.Export, "", "art. 146"},
		{"a German number for goods leaving a German warehouse", func(s *vat.Sale) {
			de := number(t, "DE136695976")
			s.ShipFrom = vat.Place{Country: "DE", PostalCode: "10115"}
			s.Customer, s.BuyerNumber, s.BuyerCheck = vat.Business, de, checked(t, de, true)
		}, vat.OSSDestination, "FR", "OSS"},
		{"a Northern Ireland number for goods", func(s *vat.Sale) {
			xi := number(t, "XI340804329")
			s.Customer, s.BuyerNumber, s.BuyerCheck = vat.Business, xi, checked(t, xi, true)
			s.ShipTo = vat.Place{Country: "GB", PostalCode: "BT1 5GS"}
		}, vat.IntraCommunityExempt, "", "art. 138"},
		{"a Northern Ireland number for services", func(s *vat.Sale) {
			xi := number(t, "XI340804329")
			s.Supply, s.ShipFrom, s.Customer, s.BuyerNumber, s.BuyerCheck = vat.ElectronicService, vat.Place{}, vat.Business, xi, checked(t, xi, true)
		}, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"Åland by its own code", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "AX", PostalCode: "22100"} }, vat.Export, "", "art. 146"},
		{"Réunion", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "FR", PostalCode: "97400"} }, vat.Export, "", "art. 146"},
		{"Réunion by its own code", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "RE"} }, vat.Export, "", "art. 146"},
		{"Madeira is inside", func(s *vat.Sale) { s.ShipTo = vat.Place{Country: "PT", PostalCode: "9000-001"} }, vat.MicroSellerOrigin, "BE", "art. 59c"},
		{"Monaco is France", func(s *vat.Sale) {
			s.ShipTo, s.Seller.OptedForDestination = vat.Place{Country: "MC", PostalCode: "98000"}, true
		}, vat.OSSDestination, "FR", "OSS"},
		{"e-book to a French consumer over the threshold", func(s *vat.Sale) {
			s.Supply, s.ShipFrom, s.CrossBorderLastYear = vat.ElectronicService, vat.Place{}, euro(t, "20000.00")
		}, vat.OSSDestination, "FR", "art. 58"},
		{"e-book to a Dutch company", func(s *vat.Sale) {
			s.Supply, s.ShipTo.Country, s.Customer, s.BuyerNumber, s.BuyerCheck = vat.ElectronicService, "NL", vat.Business, nl, checked(t, nl, true)
		}, vat.IntraCommunityExempt, "", "art. 44, 196"},
		{"e-book to a Belgian consumer", func(s *vat.Sale) {
			s.Supply, s.ShipTo = vat.ElectronicService, vat.Place{Country: "BE"}
		}, vat.Domestic, "BE", "art. 44, 58"},
		{"e-book to a Swiss consumer", func(s *vat.Sale) {
			s.Supply, s.ShipTo = vat.ElectronicService, vat.Place{Country: "CH"}
		}, vat.Export, "", "art. 44, 58"},
		{"e-book to Belfast is not goods", func(s *vat.Sale) {
			s.Supply, s.ShipTo = vat.ElectronicService, vat.Place{Country: "GB", PostalCode: "BT1 5GS"}
		}, vat.Export, "", "art. 44, 58"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := belgianSale(t, "FR", "75001")
			if tt.modify != nil {
				tt.modify(&s)
			}
			d, err := vat.Due(s)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.Treatment, d.Reason)
			assert.Equal(t, tt.country, d.Country)
			assert.Contains(t, d.Rule, tt.rule)
			assert.NotEmpty(t, d.Reason)
			assert.Equal(t, d.Treatment.ZeroRated(), d.LegalMention != "", "zero-rated decisions carry their legal mention")
		})
	}
}

func TestDueErrors(t *testing.T) {
	usd, err := money.New(100, "USD")
	require.NoError(t, err)
	tests := []struct {
		name   string
		modify func(*vat.Sale)
	}{
		{"no date", func(s *vat.Sale) { s.Date = calendar.Date{} }},
		{"before the One-Stop Shop", func(s *vat.Sale) { s.Date = calendar.Date{Year: 2021, Month: 6, Day: 30} }},
		{"a Swiss seller", func(s *vat.Sale) { s.Seller.Country = "CH" }},
		{"no seller country", func(s *vat.Sale) { s.Seller.Country = "" }},
		{"no supply", func(s *vat.Sale) { s.Supply = 0 }},
		{"no customer kind", func(s *vat.Sale) { s.Customer = 0 }},
		{"no destination", func(s *vat.Sale) { s.ShipTo = vat.Place{} }},
		{"lower-case destination", func(s *vat.Sale) { s.ShipTo.Country = "fr" }},
		{"three-letter destination", func(s *vat.Sale) { s.ShipTo.Country = "FRA" }},
		{"UK instead of GB", func(s *vat.Sale) { s.ShipTo.Country = "UK" }},
		{"EL instead of GR", func(s *vat.Sale) { s.ShipTo.Country = "EL" }},
		{"unassigned destination", func(s *vat.Sale) { s.ShipTo.Country = "XX" }},
		{"lower-case origin", func(s *vat.Sale) { s.ShipFrom.Country = "be" }},
		{"goods without origin", func(s *vat.Sale) { s.ShipFrom = vat.Place{} }},
		{"imports", func(s *vat.Sale) { s.ShipFrom = vat.Place{Country: "CN"} }},
		{"threshold in dollars", func(s *vat.Sale) { s.CrossBorderThisYear = usd }},
		{"negative amount", func(s *vat.Sale) { s.Amount = euro(t, "-1.00") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := belgianSale(t, "FR", "75001")
			tt.modify(&s)
			_, err := vat.Due(s)
			assert.ErrorIs(t, err, vat.ErrInvalidSale)
			var se *vat.SaleError
			assert.ErrorAs(t, err, &se)
		})
	}
}

func TestDueCountryHints(t *testing.T) {
	for code, hint := range map[string]string{"UK": "GB", "EL": "GR", "XI": "BT", "fr": "FR"} {
		s := belgianSale(t, "FR", "75001")
		s.ShipTo.Country = code
		_, err := vat.Due(s)
		require.ErrorIs(t, err, vat.ErrInvalidSale)
		assert.Contains(t, err.Error(), hint, code)
	}
}
