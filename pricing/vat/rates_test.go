package vat_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ratesDate parses a YYYY-MM-DD test date.
func ratesDate(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

type rateCase struct {
	country  string
	category vat.Category
	on       string
	percent  string // the expected rate in percent, "21", "5.5"
}

// checkRates asserts every case: the rate is the percentage divided by 100.
func checkRates(t *testing.T, cases []rateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s/%s/%s", c.country, c.category, c.on), func(t *testing.T) {
			got, err := vat.Rate(c.country, c.category, ratesDate(t, c.on))
			require.NoError(t, err)
			want := decimal.RequireFromString(c.percent).Shift(-2)
			assert.Truef(t, want.Equal(got), "got %s, want %s", got, want)
		})
	}
}

// The changes named in law-and-tax.md section 4 and issue 3: the day before
// and the day of each change.
func TestRateChanges(t *testing.T) {
	checkRates(t, []rateCase{
		{"DE", vat.Standard, "2020-06-30", "19"},
		{"DE", vat.Standard, "2020-07-01", "16"},
		{"DE", vat.Standard, "2020-12-31", "16"},
		{"DE", vat.Standard, "2021-01-01", "19"},
		{"DE", vat.Foodstuffs, "2020-06-30", "7"},
		{"DE", vat.Foodstuffs, "2020-07-01", "5"},
		{"DE", vat.Foodstuffs, "2020-12-31", "5"},
		{"DE", vat.Foodstuffs, "2021-01-01", "7"},
		{"DE", vat.Medicines, "2020-07-01", "16"}, // the standard rate in force, not 19
		{"DE", vat.Restaurant, "2020-06-30", "19"},
		{"DE", vat.Restaurant, "2020-07-01", "5"},
		{"DE", vat.Restaurant, "2021-01-01", "7"},
		{"DE", vat.Restaurant, "2023-12-31", "7"},
		{"DE", vat.Restaurant, "2024-01-01", "19"},
		{"DE", vat.Restaurant, "2025-12-31", "19"},
		{"DE", vat.Restaurant, "2026-01-01", "7"},
		{"LU", vat.Standard, "2022-12-31", "17"},
		{"LU", vat.Standard, "2023-01-01", "16"},
		{"LU", vat.Standard, "2023-12-31", "16"},
		{"LU", vat.Standard, "2024-01-01", "17"},
		{"LU", vat.Pesticides, "2022-12-31", "8"},
		{"LU", vat.Pesticides, "2023-01-01", "7"},
		{"LU", vat.Pesticides, "2024-01-01", "8"},
		{"LU", vat.Foodstuffs, "2023-06-15", "3"}, // 3 % unchanged in 2023
		{"EE", vat.Standard, "2023-12-31", "20"},
		{"EE", vat.Standard, "2024-01-01", "22"},
		{"EE", vat.Standard, "2025-06-30", "22"},
		{"EE", vat.Standard, "2025-07-01", "24"},
		{"EE", vat.Accommodation, "2024-12-31", "9"},
		{"EE", vat.Accommodation, "2025-01-01", "13"},
		{"FI", vat.Standard, "2024-08-31", "24"},
		{"FI", vat.Standard, "2024-09-01", "25.5"},
		{"FI", vat.Books, "2024-12-31", "10"},
		{"FI", vat.Books, "2025-01-01", "14"},
		{"FI", vat.Books, "2026-01-01", "13.5"},
		{"FI", vat.Foodstuffs, "2025-12-31", "14"},
		{"FI", vat.Foodstuffs, "2026-01-01", "13.5"},
		{"FI", vat.Newspapers, "2026-01-01", "10"},
		{"SK", vat.Standard, "2024-12-31", "20"},
		{"SK", vat.Standard, "2025-01-01", "23"},
		{"SK", vat.Books, "2025-01-01", "5"},
		{"SK", vat.Foodstuffs, "2025-01-01", "19"},
		{"RO", vat.Standard, "2025-07-31", "19"},
		{"RO", vat.Standard, "2025-08-01", "21"},
		{"RO", vat.Foodstuffs, "2025-07-31", "9"},
		{"RO", vat.Foodstuffs, "2025-08-01", "11"},
		{"RO", vat.Books, "2025-07-31", "5"},
		{"RO", vat.Books, "2025-08-01", "11"},
		{"CZ", vat.Foodstuffs, "2024-01-01", "12"},
		{"CZ", vat.Books, "2024-01-01", "0"},
		{"IE", vat.Standard, "2020-08-31", "23"},
		{"IE", vat.Standard, "2020-09-01", "21"},
		{"IE", vat.Standard, "2021-02-28", "21"},
		{"IE", vat.Standard, "2021-03-01", "23"},
		{"IE", vat.Restaurant, "2026-06-30", "13.5"},
		{"IE", vat.Restaurant, "2026-07-01", "9"},
		{"BE", vat.Accommodation, "2026-02-28", "6"},
		{"BE", vat.Accommodation, "2026-03-01", "12"},
		{"BE", vat.Pesticides, "2026-02-28", "12"},
		{"BE", vat.Pesticides, "2026-03-01", "21"},
		{"BE", vat.Restaurant, "2020-06-07", "12"},
		{"BE", vat.Restaurant, "2020-06-08", "6"},
		{"BE", vat.Restaurant, "2021-01-01", "12"},
		{"NL", vat.Accommodation, "2025-12-31", "9"},
		{"NL", vat.Accommodation, "2026-01-01", "21"},
		{"LT", vat.Accommodation, "2025-12-31", "9"},
		{"LT", vat.Accommodation, "2026-01-01", "12"},
		{"SE", vat.Foodstuffs, "2026-03-31", "12"},
		{"SE", vat.Foodstuffs, "2026-04-01", "6"},
		{"SE", vat.Foodstuffs, "2027-12-31", "6"},
		{"SE", vat.Foodstuffs, "2028-01-01", "12"},
		{"CH", vat.Standard, "2023-12-31", "7.7"},
		{"CH", vat.Standard, "2024-01-01", "8.1"},
		{"CH", vat.Foodstuffs, "2023-12-31", "2.5"},
		{"CH", vat.Foodstuffs, "2024-01-01", "2.6"},
		{"GB", vat.Restaurant, "2020-07-14", "20"},
		{"GB", vat.Restaurant, "2020-07-15", "5"},
		{"GB", vat.Restaurant, "2021-10-01", "12.5"},
		{"GB", vat.Restaurant, "2022-04-01", "20"},
	})
}

// The reduced rates law-and-tax.md section 4 names for the detailed countries.
func TestRateReducedDetailed(t *testing.T) {
	const on = "2025-06-01"
	var cases []rateCase
	add := func(country, percent string, cats ...vat.Category) {
		for _, c := range cats {
			cases = append(cases, rateCase{country, c, on, percent})
		}
	}
	add("BE", "6", vat.Foodstuffs, vat.NonAlcoholicDrinks, vat.Books, vat.EBooks, vat.Medicines,
		vat.Water, vat.PassengerTransport, vat.CultureAdmissions, vat.SportsAdmissions, vat.Accommodation)
	add("BE", "12", vat.Restaurant, vat.Pesticides)
	add("BE", "0", vat.Newspapers)
	add("BE", "21", vat.Standard)
	add("FR", "5.5", vat.Foodstuffs, vat.NonAlcoholicDrinks, vat.Books, vat.EBooks, vat.Water,
		vat.CultureAdmissions, vat.SportsAdmissions, vat.MedicalAids)
	add("FR", "10", vat.Restaurant, vat.Accommodation, vat.PassengerTransport, vat.Medicines)
	add("FR", "2.1", vat.ReimbursedMedicines, vat.Newspapers)
	add("FR", "20", vat.Standard)
	add("NL", "9", vat.Foodstuffs, vat.NonAlcoholicDrinks, vat.Books, vat.EBooks, vat.Medicines,
		vat.Water, vat.PassengerTransport, vat.Restaurant, vat.Accommodation, vat.Newspapers)
	add("NL", "21", vat.Standard)
	add("DE", "7", vat.Foodstuffs, vat.Books, vat.EBooks, vat.Newspapers, vat.Water,
		vat.PassengerTransport, vat.Accommodation, vat.CultureAdmissions, vat.MedicalAids)
	add("DE", "19", vat.Standard, vat.Medicines, vat.NonAlcoholicDrinks, vat.Restaurant, vat.Pesticides)
	add("LU", "3", vat.Foodstuffs, vat.NonAlcoholicDrinks, vat.Books, vat.EBooks, vat.Newspapers,
		vat.Medicines, vat.Water, vat.PassengerTransport, vat.Accommodation, vat.Restaurant)
	add("LU", "8", vat.Pesticides)
	add("LU", "17", vat.Standard)
	add("DK", "25", vat.Foodstuffs, vat.Books, vat.Medicines, vat.Restaurant) // explicit, not missing
	checkRates(t, cases)
}

// law-and-tax.md V-rates: the current standard rates.
func TestStandardRatesCurrent(t *testing.T) {
	want := map[string]string{
		"AT": "20", "BE": "21", "BG": "20", "CY": "19", "CZ": "21", "DE": "19", "DK": "25", "EE": "24",
		"ES": "21", "FI": "25.5", "FR": "20", "GR": "24", "HR": "25", "HU": "27", "IE": "23", "IT": "22",
		"LT": "21", "LU": "17", "LV": "21", "MT": "18", "NL": "21", "PL": "23", "PT": "23", "RO": "21",
		"SE": "25", "SI": "22", "SK": "23", "GB": "20", "CH": "8.1", "NO": "25",
	}
	on := ratesDate(t, "2026-01-01")
	assert.Len(t, vat.Countries(), len(want))
	for _, country := range vat.Countries() {
		got, err := vat.StandardRate(country, on)
		require.NoError(t, err, country)
		assert.Truef(t, decimal.RequireFromString(want[country]).Shift(-2).Equal(got), "%s: got %s, want %s%%", country, got, want[country])
		viaRate, err := vat.Rate(country, vat.Standard, on)
		require.NoError(t, err)
		assert.True(t, viaRate.Equal(got))
	}
}

func TestRateIsAFraction(t *testing.T) {
	r, err := vat.Rate("FR", vat.Foodstuffs, ratesDate(t, "2026-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "0.055", r.String())
	r, err = vat.Rate("BE", vat.Newspapers, ratesDate(t, "2026-01-01"))
	require.NoError(t, err)
	assert.True(t, r.IsZero())
	assert.Equal(t, "0", r.String())
}

func TestRateUnknownCountry(t *testing.T) {
	on := ratesDate(t, "2026-01-01")
	for _, code := range []string{"", "XX", "EL", "UK", "XI", "be", " BE", "BEL", "EU", "US"} {
		t.Run(code, func(t *testing.T) {
			_, err := vat.Rate(code, vat.Standard, on)
			require.ErrorIs(t, err, vat.ErrUnknownCountry)
			assert.NotErrorIs(t, err, vat.ErrNoRate)
			var ue *vat.UnknownCountryError
			require.ErrorAs(t, err, &ue)
			assert.Equal(t, code, ue.Country)
			assert.Contains(t, err.Error(), "AT, BE, BG")
		})
	}
	_, err := vat.Rate("EL", vat.Standard, on)
	assert.Contains(t, err.Error(), "GR")
	_, err = vat.Rate("UK", vat.Standard, on)
	assert.Contains(t, err.Error(), "GB")
	_, err = vat.Rate("nl", vat.Standard, on)
	assert.Contains(t, err.Error(), "use NL")
	_, err = vat.StandardRate("XX", on)
	assert.ErrorIs(t, err, vat.ErrUnknownCountry)
}

func TestRateUnknownCategory(t *testing.T) {
	on := ratesDate(t, "2026-01-01")
	for _, c := range []vat.Category{"", "food", "Standard", "books ", "reduced"} {
		_, err := vat.Rate("BE", c, on)
		require.ErrorIs(t, err, vat.ErrUnknownCategory, c)
		var ce *vat.UnknownCategoryError
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, string(c), ce.Category)
	}
	// The country is checked first.
	_, err := vat.Rate("XX", "food", on)
	assert.ErrorIs(t, err, vat.ErrUnknownCountry)
}

func TestRateNoRate(t *testing.T) {
	cases := []struct {
		country  string
		category vat.Category
		on       string
		reason   string
	}{
		{"BE", vat.Standard, "2019-12-31", "the table starts on 2020-01-01"},
		{"BE", vat.Foodstuffs, "1999-01-01", "the table starts on 2020-01-01"},
		{"IE", vat.Water, "2026-01-01", "no rate for this category"},       // treatment not established
		{"NO", vat.MedicalAids, "2026-01-01", "no rate for this category"}, // not in the table
		{"GR", vat.EBooks, "2021-07-10", "does not know the rate"},         // 6 % from 2021-07-01 or 2021-07-18
	}
	for _, c := range cases {
		t.Run(c.country+"/"+string(c.category)+"/"+c.on, func(t *testing.T) {
			on := ratesDate(t, c.on)
			r, err := vat.Rate(c.country, c.category, on)
			require.ErrorIs(t, err, vat.ErrNoRate)
			assert.True(t, r.IsZero())
			var ne *vat.NoRateError
			require.ErrorAs(t, err, &ne)
			assert.Equal(t, c.country, ne.Country)
			assert.Equal(t, c.category, ne.Category)
			assert.Equal(t, on, ne.On)
			assert.Contains(t, ne.Reason, c.reason)
			assert.Contains(t, err.Error(), c.country)
			assert.Contains(t, err.Error(), string(c.category))
		})
	}
}

func TestRateInvalidDate(t *testing.T) {
	for _, d := range []calendar.Date{{}, {Year: 2026, Month: 2, Day: 30}, {Year: 2026, Month: 13, Day: 1}, {Year: 10000, Month: 1, Day: 1}} {
		_, err := vat.Rate("BE", vat.Standard, d)
		assert.ErrorIs(t, err, calendar.ErrInvalidDate, d.String())
	}
}

func TestCountries(t *testing.T) {
	countries := vat.Countries()
	assert.IsIncreasing(t, countries)
	eu27 := strings.Fields("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK")
	on := ratesDate(t, "2026-01-01")
	for _, c := range eu27 {
		assert.Contains(t, countries, c)
		assert.True(t, vat.IsEU(c, on), c)
	}
	for _, c := range []string{"GB", "CH", "NO"} {
		assert.Contains(t, countries, c)
		assert.False(t, vat.IsEU(c, on), c)
	}
	assert.Len(t, countries, 30)
	countries[0] = "changed"
	assert.Equal(t, "AT", vat.Countries()[0], "Countries returns a fresh slice")
}

func TestIsEU(t *testing.T) {
	cases := []struct {
		country string
		on      string
		want    bool
	}{
		{"GB", "2020-01-31", true},
		{"GB", "2020-02-01", false},
		{"GB", "1972-12-31", false},
		{"GB", "1973-01-01", true},
		{"HR", "2013-06-30", false},
		{"HR", "2013-07-01", true},
		{"BE", "2026-01-01", true},
		{"BE", "1957-12-31", false},
		{"CH", "2026-01-01", false},
		{"NO", "2026-01-01", false},
		{"XX", "2026-01-01", false},
		{"EL", "2026-01-01", false},
		{"be", "2026-01-01", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, vat.IsEU(c.country, ratesDate(t, c.on)), "%s on %s", c.country, c.on)
	}
	assert.False(t, vat.IsEU("BE", calendar.Date{}))
}

func TestTableStart(t *testing.T) {
	assert.Equal(t, "2020-01-01", vat.TableStart().String())
	_, err := vat.Rate("DE", vat.Standard, vat.TableStart())
	assert.NoError(t, err)
	_, err = vat.Rate("DE", vat.Standard, vat.TableStart().AddDays(-1))
	assert.ErrorIs(t, err, vat.ErrNoRate)
}

// RateUnits gives the rate in hundredths of a percent, the same rate as
// Rate, and the same errors.
func TestRateUnits(t *testing.T) {
	cases := []struct {
		country  string
		category vat.Category
		on       string
		units    int32
	}{
		{"BE", vat.Standard, "2026-01-01", 21_00},
		{"FR", vat.Foodstuffs, "2026-01-01", 5_50},
		{"FR", vat.ReimbursedMedicines, "2026-01-01", 2_10},
		{"FI", vat.Standard, "2025-01-01", 25_50},
		{"FI", vat.Foodstuffs, "2026-01-01", 13_50},
		{"CH", vat.Standard, "2024-01-01", 8_10},
		{"BE", vat.Newspapers, "2026-01-01", 0},
		{"DE", vat.Medicines, "2020-07-01", 16_00}, // through the standard rate
	}
	for _, c := range cases {
		on := ratesDate(t, c.on)
		units, err := vat.RateUnits(c.country, c.category, on)
		require.NoError(t, err)
		assert.Equal(t, c.units, units, "%s %s %s", c.country, c.category, c.on)
		rate, err := vat.Rate(c.country, c.category, on)
		require.NoError(t, err)
		assert.True(t, decimal.New(int64(units), -4).Equal(rate), "%s %s: %d units, rate %s", c.country, c.category, units, rate)
	}
	on := ratesDate(t, "2026-01-01")
	for _, bad := range []struct {
		country  string
		category vat.Category
		on       calendar.Date
		want     error
	}{
		{"XX", vat.Standard, on, vat.ErrUnknownCountry},
		{"BE", "food", on, vat.ErrUnknownCategory},
		{"IE", vat.Water, on, vat.ErrNoRate},
		{"BE", vat.Standard, calendar.Date{Year: 2026, Month: 2, Day: 30}, calendar.ErrInvalidDate},
	} {
		units, err := vat.RateUnits(bad.country, bad.category, bad.on)
		assert.ErrorIs(t, err, bad.want)
		assert.Zero(t, units)
		_, rateErr := vat.Rate(bad.country, bad.category, bad.on)
		assert.Equal(t, err, rateErr)
	}
}

// RateUnits allocates nothing; Rate allocates only the decimal it returns,
// nothing for a zero rate.
func TestRateAllocations(t *testing.T) {
	on := ratesDate(t, "2026-03-01")
	var sink int32
	units := testing.AllocsPerRun(100, func() {
		u, _ := vat.RateUnits("DE", vat.Medicines, on)
		sink += u
	})
	assert.Zero(t, units)
	zero := testing.AllocsPerRun(100, func() { _, _ = vat.Rate("BE", vat.Newspapers, on) })
	assert.Zero(t, zero)
	rate := testing.AllocsPerRun(100, func() { _, _ = vat.Rate("BE", vat.Restaurant, on) })
	assert.LessOrEqual(t, rate, 2.0, "the decimal's big.Int and its one-word slice")
	assert.NotZero(t, sink)
}

// The reduced rates of the common categories in the 22 members other than
// the detailed five, with their history since 2020 (rates_data.go cites the
// sources): the day before and the day of each change.
func TestRateCommonCategoriesHistory(t *testing.T) {
	checkRates(t, []rateCase{
		{"BG", vat.EBooks, "2020-06-30", "20"},
		{"BG", vat.EBooks, "2020-07-01", "9"},
		{"BG", vat.Medicines, "2026-01-01", "20"},
		{"CY", vat.Foodstuffs, "2020-01-01", "5"},
		{"CY", vat.Water, "2020-01-01", "5"},
		{"CY", vat.Books, "2023-07-20", "5"},
		{"CY", vat.Books, "2023-07-21", "3"},
		{"CY", vat.EBooks, "2023-07-20", "19"},
		{"CY", vat.EBooks, "2023-07-21", "3"},
		{"CY", vat.Accommodation, "2020-06-30", "9"},
		{"CY", vat.Accommodation, "2020-07-01", "5"},
		{"CY", vat.Restaurant, "2021-01-10", "5"},
		{"CY", vat.Restaurant, "2021-01-11", "9"},
		{"CY", vat.PassengerTransport, "2026-01-01", "9"},
		{"CZ", vat.Foodstuffs, "2020-01-01", "15"},
		{"CZ", vat.Foodstuffs, "2023-12-31", "15"},
		{"CZ", vat.Water, "2020-04-30", "15"},
		{"CZ", vat.Water, "2020-05-01", "10"},
		{"CZ", vat.Restaurant, "2020-05-01", "10"},
		{"CZ", vat.Accommodation, "2020-06-30", "15"},
		{"CZ", vat.Accommodation, "2020-07-01", "10"},
		{"CZ", vat.Accommodation, "2024-01-01", "12"},
		{"CZ", vat.EBooks, "2020-04-30", "21"},
		{"CZ", vat.EBooks, "2020-05-01", "10"},
		{"CZ", vat.EBooks, "2024-01-01", "0"},
		{"CZ", vat.Books, "2023-12-31", "10"},
		{"CZ", vat.Medicines, "2023-12-31", "10"},
		{"CZ", vat.PassengerTransport, "2023-12-31", "10"},
		{"EE", vat.EBooks, "2020-01-01", "20"},
		{"EE", vat.EBooks, "2020-04-30", "20"},
		{"EE", vat.EBooks, "2020-05-01", "9"},
		{"EE", vat.EBooks, "2025-07-01", "9"},
		{"GR", vat.Foodstuffs, "2020-01-01", "13"},
		{"GR", vat.Books, "2020-01-01", "6"},
		{"GR", vat.Medicines, "2020-01-01", "6"},
		{"GR", vat.EBooks, "2021-06-30", "24"},
		{"GR", vat.EBooks, "2021-07-18", "6"},
		{"GR", vat.PassengerTransport, "2020-05-31", "24"},
		{"GR", vat.PassengerTransport, "2020-06-01", "13"},
		{"HR", vat.Foodstuffs, "2022-03-31", "13"},
		{"HR", vat.Foodstuffs, "2022-04-01", "5"},
		{"HR", vat.Water, "2020-01-01", "13"},
		{"HR", vat.Books, "2020-01-01", "5"},
		{"HR", vat.EBooks, "2020-01-01", "5"},
		{"HR", vat.PassengerTransport, "2026-01-01", "25"},
		{"HR", vat.Restaurant, "2020-01-01", "13"},
		{"HU", vat.Foodstuffs, "2020-01-01", "5"},
		{"HU", vat.Water, "2026-01-01", "27"},
		{"HU", vat.PassengerTransport, "2026-01-01", "27"},
		{"HU", vat.Accommodation, "2020-01-01", "5"},
		{"HU", vat.EBooks, "2020-01-01", "27"},
		{"IE", vat.Books, "2020-01-01", "0"},
		{"LT", vat.Medicines, "2026-01-01", "21"},
		{"LT", vat.Water, "2020-01-01", "21"},
		{"LT", vat.Water, "2026-01-01", "21"},
		{"LT", vat.ReimbursedMedicines, "2026-01-01", "5"},
		{"LT", vat.Restaurant, "2021-06-30", "21"},
		{"LT", vat.Restaurant, "2021-07-01", "9"},
		{"LT", vat.Restaurant, "2023-12-31", "9"},
		{"LT", vat.Restaurant, "2024-01-01", "21"},
		{"LV", vat.Books, "2021-12-31", "12"},
		{"LV", vat.Books, "2022-01-01", "5"},
		{"LV", vat.EBooks, "2021-12-31", "21"},
		{"LV", vat.EBooks, "2022-01-01", "5"},
		{"LV", vat.Water, "2026-01-01", "21"},
		{"LV", vat.Medicines, "2020-01-01", "12"},
		{"LV", vat.PassengerTransport, "2020-01-01", "12"},
		{"LV", vat.Accommodation, "2020-01-01", "12"},
		{"MT", vat.Restaurant, "2026-01-01", "18"},
		{"MT", vat.EBooks, "2020-01-01", "5"},
		{"MT", vat.EBooks, "2026-01-01", "5"},
		{"NO", vat.Water, "2025-06-30", "25"},
		{"NO", vat.Water, "2025-07-01", "15"},
		{"NO", vat.PassengerTransport, "2020-03-31", "12"},
		{"NO", vat.PassengerTransport, "2020-04-01", "6"},
		{"NO", vat.PassengerTransport, "2021-09-30", "6"},
		{"NO", vat.PassengerTransport, "2021-10-01", "12"},
		{"NO", vat.Accommodation, "2020-03-31", "12"},
		{"NO", vat.Accommodation, "2020-04-01", "6"},
		{"NO", vat.Accommodation, "2021-01-01", "6"},
		{"NO", vat.Accommodation, "2021-09-30", "6"},
		{"NO", vat.Accommodation, "2021-10-01", "12"},
		{"PT", vat.EBooks, "2020-01-01", "6"},
		{"PT", vat.EBooks, "2026-01-01", "6"},
		{"RO", vat.EBooks, "2021-12-31", "19"},
		{"RO", vat.EBooks, "2022-01-01", "5"},
		{"RO", vat.EBooks, "2025-08-01", "11"},
		{"RO", vat.PassengerTransport, "2020-01-01", "19"},
		{"RO", vat.PassengerTransport, "2025-07-31", "19"},
		{"RO", vat.PassengerTransport, "2025-08-01", "21"},
		{"SK", vat.Foodstuffs, "2024-12-31", "20"},
		{"SK", vat.Books, "2020-01-01", "10"},
		{"SK", vat.EBooks, "2024-12-31", "20"},
		{"SK", vat.EBooks, "2025-01-01", "5"},
		{"SK", vat.Medicines, "2024-12-31", "10"},
		{"SK", vat.Accommodation, "2020-01-01", "10"},
		{"SK", vat.Restaurant, "2022-12-31", "20"},
		{"SK", vat.Restaurant, "2023-01-01", "10"},
		{"SK", vat.Restaurant, "2025-01-01", "5"},
		{"SK", vat.Water, "2025-01-01", "23"},
	})
}

// Every EU member has a rate for the common categories on every day since
// the table start, except the gaps rates_data.go lists: a new gap, or a
// closed one, has to change this list.
func TestRateCommonCategoriesCoverage(t *testing.T) {
	common := []vat.Category{vat.Foodstuffs, vat.Books, vat.EBooks, vat.Medicines,
		vat.PassengerTransport, vat.Accommodation, vat.Restaurant, vat.Water}
	gaps := map[string]bool{"IE/water": true}
	late := map[string]string{} // categories whose data starts after the table start: none now
	on := ratesDate(t, "2026-01-01")
	for _, country := range vat.Countries() {
		if !vat.IsEU(country, on) {
			continue
		}
		for _, c := range common {
			key := country + "/" + string(c)
			first := vat.TableStart()
			if d, ok := late[key]; ok {
				first = ratesDate(t, d)
			}
			for _, day := range []calendar.Date{first, ratesDate(t, "2022-06-15"), on} {
				if day.Before(first) {
					continue
				}
				_, err := vat.Rate(country, c, day)
				if gaps[key] {
					assert.ErrorIs(t, err, vat.ErrNoRate, "%s on %s: listed as a gap", key, day)
				} else {
					assert.NoError(t, err, "%s on %s", key, day)
				}
			}
		}
	}
}
