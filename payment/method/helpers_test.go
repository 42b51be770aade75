package method_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/method"
)

// checkout is the time of every query that does not test dates.
var checkout = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func eur(t testing.TB, amount string) money.Money {
	t.Helper()
	m, err := money.Parse(amount, "EUR")
	require.NoError(t, err)
	return m
}

func amount(t testing.TB, value, code string) money.Money {
	t.Helper()
	m, err := money.Parse(value, code)
	require.NoError(t, err)
	return m
}

func currency(t testing.TB, code string) money.Currency {
	t.Helper()
	c, err := money.ParseCurrency(code)
	require.NoError(t, err)
	return c
}

func defaults(t testing.TB) *method.Catalog {
	t.Helper()
	c, err := method.DefaultCatalog()
	require.NoError(t, err)
	return c
}

// query is a web checkout at the usual time offering the whole catalogue.
func query(c *method.Catalog, country string, m money.Money, ch method.Channel) method.Query {
	return method.Query{Country: country, Amount: m, Channel: ch, At: checkout, Preferred: c.IDs()}
}

func ids(ms []method.Method) []string {
	if len(ms) == 0 {
		return nil
	}
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

// plain is a valid method to start catalogue-validation cases from.
func plain(id string) method.Method {
	return method.Method{
		ID:     id,
		Names:  map[language.Tag]string{language.English: "Plain " + id},
		Family: method.Card,
	}
}
