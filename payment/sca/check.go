package sca

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// check returns the first problem of r, or nil.
func check(r Request) error {
	if err := checkAmount("Amount", r.Amount, false); err != nil {
		return err
	}
	switch {
	case !r.Instrument.Valid():
		return &RequestError{Field: "Instrument", Value: string(r.Instrument), Reason: "unknown instrument (card, credit_transfer, direct_debit)"}
	case !r.Initiator.Valid():
		return &RequestError{Field: "Initiator", Value: string(r.Initiator), Reason: "unknown initiator (customer, merchant)"}
	case !r.Channel.Valid():
		return &RequestError{Field: "Channel", Value: string(r.Channel), Reason: "unknown channel (remote, moto)"}
	}
	if err := checkCounters(r.SinceLastSCA); err != nil {
		return err
	}
	return checkRate(r.FraudRate)
}

// checkAmount asks for euros, not negative; the zero Money is allowed
// only when optional.
func checkAmount(field string, m money.Money, optional bool) error {
	switch {
	case m == money.Money{} && optional:
		return nil
	case m == money.Money{}:
		return &RequestError{Field: field, Value: "", Reason: "missing amount"}
	case m.Currency().Code() != "EUR":
		return &CurrencyError{Field: field, Currency: m.Currency().Code()}
	case m.Sign() < 0:
		return &RequestError{Field: field, Value: m.String(), Reason: "negative amount"}
	}
	return nil
}

func checkCounters(c Counters) error {
	const field = "SinceLastSCA.Total"
	if err := checkAmount(field, c.Total, true); err != nil {
		return err
	}
	switch {
	case c.Count < 0:
		return &RequestError{Field: "SinceLastSCA.Count", Value: strconv.Itoa(c.Count), Reason: "negative count"}
	case c.Count == 0 && c.Total.Sign() > 0:
		return &RequestError{Field: field, Value: c.Total.String(), Reason: "a total without any payment"}
	}
	return nil
}

// checkRate asks for a percentage from 0 to 100, when known.
func checkRate(rate decimal.NullDecimal) error {
	if !rate.Valid {
		return nil
	}
	if rate.Decimal.IsNegative() || rate.Decimal.GreaterThan(decimal.New(100, 0)) {
		return &RequestError{Field: "FraudRate", Value: rate.Decimal.String(), Reason: "not a percentage from 0 to 100"}
	}
	return nil
}
