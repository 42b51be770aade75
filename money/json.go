package money

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// ErrJSON marks a JSON document that is not a Money object; the decoding
// error it wraps (a *json.UnmarshalTypeError, a *json.SyntaxError) stays
// reachable with errors.As. The amount must
// be a string ({"amount":"12.50","currency":"EUR"}): a JSON number would be a
// float to most decoders.
var ErrJSON = errors.New("money: invalid JSON money")

// jsonMoney is the wire shape of a Money.
type jsonMoney struct {
	Amount   *string `json:"amount"`
	Currency *string `json:"currency"`
}

// MarshalJSON encodes m as {"amount":"12.50","currency":"EUR"}. The zero
// Money, which has no currency, encodes as null.
func (m Money) MarshalJSON() ([]byte, error) {
	if m.currency.IsZero() {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 48)
	b = append(b, `{"amount":"`...)
	b = m.appendAmount(b)
	b = append(b, `","currency":"`...)
	b = append(b, m.currency.Code()...)
	return append(b, `"}`...), nil
}

// UnmarshalJSON decodes what MarshalJSON encodes: both fields present, the
// amount a string that Parse accepts. Other fields are ignored, as
// encoding/json does, so documents from later versions still read. null
// decodes to the zero Money. Errors wrap ErrJSON, or are the *ParseError of
// the amount (which matches ErrSyntax, ErrTooPrecise, ErrOverflow or
// ErrUnknownCurrency).
func (m *Money) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		*m = Money{}
		return nil
	}
	var w jsonMoney
	if err := json.Unmarshal(data, &w); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field != "" {
			return fmt.Errorf("%w: %s must be a JSON string, not a %s: %w", ErrJSON, typeErr.Field, typeErr.Value, err)
		}
		return fmt.Errorf("%w: %w", ErrJSON, err)
	}
	if w.Amount == nil || w.Currency == nil {
		return fmt.Errorf("%w: %s needs both amount and currency", ErrJSON, data)
	}
	v, err := Parse(*w.Amount, *w.Currency)
	if err != nil {
		return err
	}
	*m = v
	return nil
}
