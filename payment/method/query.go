package method

import (
	"fmt"
	"time"

	"github.com/comptoir/comptoir/internal/country"
	"github.com/comptoir/comptoir/money"
)

// Query is one checkout asking which methods to show. Every field is
// required.
type Query struct {
	// Country is the buyer's country, ISO 3166-1 alpha-2 in any letter
	// case ("BE", "be"). At a till, pass the shop's country.
	Country string
	// Amount is what the buyer pays, positive; its currency is the
	// payment's currency.
	Amount money.Money
	// Channel is how the buyer pays.
	Channel Channel
	// At is the time of the checkout, compared with Rules.From and Until.
	At time.Time
	// Preferred lists the methods the merchant offers, by ID or alias, in
	// the order the checkout shows them. Methods not listed are never
	// shown; use Catalog.IDs to offer all in the catalogue's order.
	Preferred []string
}

// query is a validated Query: the country upper-cased, the channel as
// its bit and the preferred methods as catalogue positions.
type query struct {
	country string
	amount  money.Money
	channel Channel
	chBit   uint8
	at      time.Time
	methods []int
}

// prepare validates q against the catalogue.
func (c *Catalog) prepare(q Query) (query, error) {
	up := upper(q.Country)
	if !country.Valid(up) {
		return query{}, &QueryError{Field: "Country", Value: q.Country, Err: ErrUnknownCountry,
			Reason: "not an ISO 3166-1 alpha-2 country code" + countryHint(up)}
	}
	if err := checkAmount(q.Amount); err != nil {
		return query{}, err
	}
	if !q.Channel.Valid() {
		return query{}, &QueryError{Field: "Channel", Value: string(q.Channel), Reason: "unknown channel",
			Err: &UnknownValueError{Err: ErrUnknownChannel, Value: string(q.Channel)}}
	}
	if q.At.IsZero() {
		return query{}, &QueryError{Field: "At", Value: q.At.String(),
			Reason: "the checkout time is required: methods are phased in and out"}
	}
	methods, err := c.preferred(q.Preferred)
	if err != nil {
		return query{}, err
	}
	return query{country: up, amount: q.Amount, channel: q.Channel, chBit: q.Channel.bit(), at: q.At, methods: methods}, nil
}

// countryHint names the code meant by the usual mistakes.
func countryHint(code string) string {
	switch code {
	case "UK":
		return " (the United Kingdom is GB)"
	case "EL":
		return " (EL is Greece's VAT prefix; the country is GR)"
	}
	return ""
}

func checkAmount(m money.Money) error {
	switch {
	case m.Currency().IsZero():
		return &QueryError{Field: "Amount", Value: m.String(), Err: money.ErrUnknownCurrency,
			Reason: "the amount has no currency"}
	case m.Sign() <= 0:
		// A 0.00 order completes without any PSP (payments.md), and a
		// negative amount is a refund: neither asks the buyer for a method.
		return &QueryError{Field: "Amount", Value: m.String(),
			Reason: "only a positive amount needs a payment method (a 0.00 order completes without any PSP)"}
	}
	return nil
}

// preferred resolves the merchant's list to catalogue positions,
// refusing unknown names and a method listed twice (perhaps once by ID
// and once by alias, a sign of a stale configuration).
func (c *Catalog) preferred(names []string) ([]int, error) {
	if len(names) == 0 {
		return nil, &QueryError{Field: "Preferred", Value: "",
			Reason: "the merchant's methods are required, in display order (Catalog.IDs lists all)"}
	}
	out := make([]int, len(names))
	for k, name := range names {
		i, err := c.find(name)
		if err != nil {
			return nil, &QueryError{Field: fmt.Sprintf("Preferred[%d]", k), Value: name,
				Reason: "not a method of the catalogue", Err: err}
		}
		for j, prev := range out[:k] {
			if prev == i {
				return nil, &QueryError{Field: fmt.Sprintf("Preferred[%d]", k), Value: name, Err: ErrDuplicateName,
					Reason: fmt.Sprintf("the same method as Preferred[%d] %q (%s)", j, names[j], c.methods[i].ID)}
			}
		}
		out[k] = i
	}
	return out, nil
}
