package fraud_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/comptoir/comptoir/payment/fraud"
)

// The fraud rule of domain.md's Grande Nouvelle: review every operation
// from other European countries, block operations from outside Europe.
func TestGrandeNouvelle(t *testing.T) {
	rs := grandeNouvelle(t)
	const review, block = "review other European countries", "block outside Europe"
	tests := []struct {
		name                    string
		card, ip, billing, ship string
		wantAction              fraud.Action
		wantRule                string
	}{
		{"Belgian card shipping to Belgium", "BE", "BE", "BE", "BE", fraud.Allow, ""},
		{"German card shipping to Germany", "DE", "DE", "DE", "DE", fraud.Review, review},
		{"Belgian card shipping to France", "BE", "BE", "BE", "FR", fraud.Review, review},
		{"French card shipping to Belgium", "FR", "BE", "BE", "BE", fraud.Review, review},
		{"Dutch card, Dutch address", "NL", "NL", "NL", "NL", fraud.Review, review},
		{"Swiss card shipping to Belgium (Europe, not a customer country)", "CH", "CH", "CH", "BE", fraud.Review, review},
		{"US card shipping to Belgium", "US", "BE", "BE", "BE", fraud.Block, block},
		{"US card shipping to Germany: block wins over review", "US", "DE", "DE", "DE", fraud.Block, block},
		{"Belgian card from a Nigerian IP address", "BE", "NG", "BE", "BE", fraud.Block, block},
		{"Belgian card, Canadian billing address", "BE", "BE", "CA", "BE", fraud.Block, block},
		{"Belgian card, IP not located: not outside Europe", "BE", "", "BE", "BE", fraud.Allow, ""},
		{"Belgian payment with nothing but the card country", "BE", "", "", "", fraud.Allow, ""},
		{"no country known at all", "", "", "", "", fraud.Allow, ""},
		{"Serbian card (outside this package's Europe)", "RS", "RS", "RS", "BE", fraud.Block, block},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fraud.Payment{CardCountry: tt.card, IPCountry: tt.ip, BillingCountry: tt.billing,
				ShippingCountry: tt.ship, AmountEUR: eur(t, "45.00"), At: noon()}
			d := eval(t, rs, p, fraud.Env{})
			assert.Equal(t, tt.wantAction, d.Action)
			assert.Equal(t, tt.wantRule, d.Rule)
			assert.False(t, d.Request3DS)
			if tt.wantRule == "" {
				assert.Equal(t, fraud.NoRuleMatched, d.Reason)
			} else {
				assert.Equal(t, string(tt.wantAction)+`: rule "`+tt.wantRule+`" matched`, d.Reason)
			}
		})
	}
}

func TestGrandeNouvelleUnknownCountry(t *testing.T) {
	rs := grandeNouvelle(t)
	for _, code := range []string{"XX", "UK", "EL", "be", "BEL", "B", "EU", "ZZ", " BE"} {
		t.Run(code, func(t *testing.T) {
			p := fraud.Payment{CardCountry: "BE", ShippingCountry: code}
			_, err := rs.Evaluate(context.Background(), &p, fraud.Env{})
			assert.ErrorIs(t, err, fraud.ErrUnknownCountry)
			assert.ErrorIs(t, err, fraud.ErrInvalidPayment)
			var pe *fraud.PaymentError
			if assert.ErrorAs(t, err, &pe) {
				assert.Equal(t, "ShippingCountry", pe.Field)
				assert.Equal(t, code, pe.Value)
			}
		})
	}
}
