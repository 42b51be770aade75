package eco_test

import (
	"errors"
	"testing"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping/eco"
)

func eur(minor int64) money.Money {
	m, err := money.New(minor, "EUR")
	if err != nil {
		panic(err) // test helper on constant input
	}
	return m
}

func usd(minor int64) money.Money {
	m, _ := money.New(minor, "USD")
	return m
}

func mustEUR() money.Currency {
	c, _ := money.ParseCurrency("EUR")
	return c
}

func TestContributionOfferValidation(t *testing.T) {
	e := mustEUR()
	tests := []struct {
		name  string
		cfg   eco.ContributionConfig
		field string // "" when valid
	}{
		{"options only", eco.ContributionConfig{Currency: e, Options: []money.Money{eur(50), eur(100)}}, ""},
		{"range only", eco.ContributionConfig{Currency: e, Min: eur(10), Max: eur(1000)}, ""},
		{"min equals max", eco.ContributionConfig{Currency: e, Min: eur(100), Max: eur(100)}, ""},
		{"no currency", eco.ContributionConfig{Options: []money.Money{eur(50)}}, "currency"},
		{"nothing offered", eco.ContributionConfig{Currency: e}, "options"},
		{"zero option", eco.ContributionConfig{Currency: e, Options: []money.Money{eur(0)}}, "options[0]"},
		{"negative option", eco.ContributionConfig{Currency: e, Options: []money.Money{eur(50), eur(-50)}}, "options[1]"},
		{"option in other currency", eco.ContributionConfig{Currency: e, Options: []money.Money{usd(50)}}, "options[0]"},
		{"repeated option", eco.ContributionConfig{Currency: e, Options: []money.Money{eur(50), eur(100), eur(50)}}, "options[2]"},
		{"zero min", eco.ContributionConfig{Currency: e, Max: eur(100)}, "min"},
		{"max in other currency", eco.ContributionConfig{Currency: e, Min: eur(10), Max: usd(100)}, "max"},
		{"max below min", eco.ContributionConfig{Currency: e, Min: eur(100), Max: eur(99)}, "max"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := eco.NewContributionOffer(tt.cfg)
			if tt.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var ce *eco.ContributionError
			if !errors.Is(err, eco.ErrInvalidContribution) || !errors.As(err, &ce) || ce.Field != tt.field {
				t.Fatalf("err = %v, want field %s", err, tt.field)
			}
		})
	}
}

func TestContributionChoose(t *testing.T) {
	cfg := eco.ContributionConfig{Currency: mustEUR(), Options: []money.Money{eur(50), eur(100), eur(200)}, Min: eur(10), Max: eur(1000)}
	offer, err := eco.NewContributionOffer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Options[0] = eur(1) // the offer kept its own copy
	if o := offer.Options(); len(o) != 3 || o[0] != eur(50) {
		t.Fatalf("options = %v", o)
	}
	if lo, hi, ok := offer.Range(); !ok || lo != eur(10) || hi != eur(1000) || offer.Currency() != mustEUR() {
		t.Fatalf("range = %v %v %v", lo, hi, ok)
	}
	optionsOnly, _ := eco.NewContributionOffer(eco.ContributionConfig{Currency: mustEUR(), Options: []money.Money{eur(50)}})
	tests := []struct {
		name   string
		offer  eco.ContributionOffer
		amount money.Money
		want   money.Money
		free   bool
		ok     bool
	}{
		{"option", offer, eur(100), eur(100), false, true},
		{"free inside", offer, eur(333), eur(333), true, true},
		{"free at min", offer, eur(10), eur(10), true, true},
		{"free at max", offer, eur(1000), eur(1000), true, true},
		{"below min", offer, eur(9), money.Money{}, false, false},
		{"above max", offer, eur(1001), money.Money{}, false, false},
		{"negative", offer, eur(-50), money.Money{}, false, false},
		{"other currency", offer, usd(100), money.Money{}, false, false},
		{"declined", offer, money.Money{}, money.Money{}, false, true},
		{"declined in EUR", offer, eur(0), money.Money{}, false, true},
		{"not an option, no range", optionsOnly, eur(60), money.Money{}, false, false},
		{"zero offer", eco.ContributionOffer{}, eur(50), money.Money{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.offer.Choose(tt.amount)
			if !tt.ok {
				if !errors.Is(err, eco.ErrInvalidContribution) {
					t.Fatalf("err = %v, want ErrInvalidContribution", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Amount() != tt.want || c.Free() != tt.free || c.IsZero() != tt.want.IsZero() {
				t.Errorf("contribution = %v free %v", c, c.Free())
			}
		})
	}
}

func TestContributionAddTo(t *testing.T) {
	offer, _ := eco.NewContributionOffer(eco.ContributionConfig{Currency: mustEUR(), Options: []money.Money{eur(100)}})
	one, _ := offer.Choose(eur(100))
	tests := []struct {
		name string
		c    eco.Contribution
		fee  money.Money
		want money.Money
		err  error
	}{
		{"adds", one, eur(490), eur(590), nil},
		{"to free shipping", one, eur(0), eur(100), nil},
		{"none", eco.Contribution{}, eur(490), eur(490), nil},
		{"none to other currency", eco.Contribution{}, usd(490), usd(490), nil},
		{"currency mismatch", one, usd(490), money.Money{}, money.ErrCurrencyMismatch},
		{"fee without currency", one, money.Money{}, money.Money{}, money.ErrCurrencyMismatch},
		{"negative fee", one, eur(-1), money.Money{}, eco.ErrInvalidContribution},
		{"overflow", one, eur(money.MaxMinor), money.Money{}, money.ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.c.AddTo(tt.fee)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("AddTo(%v) = %v, %v; want %v", tt.fee, got, err, tt.want)
			}
		})
	}
	if s := (eco.Contribution{}).String(); s != "none" {
		t.Errorf("String() = %q", s)
	}
}

func TestGap(t *testing.T) {
	tests := []struct {
		real, fee, want money.Money
		err             error
	}{
		{eur(690), eur(490), eur(200), nil},
		{eur(690), eur(0), eur(690), nil},
		{eur(490), eur(690), eur(0), nil},
		{eur(690), usd(490), money.Money{}, money.ErrCurrencyMismatch},
		{eur(-1), eur(490), money.Money{}, eco.ErrInvalidContribution},
	}
	for _, tt := range tests {
		got, err := eco.Gap(tt.real, tt.fee)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("Gap(%v, %v) err = %v, want %v", tt.real, tt.fee, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Gap(%v, %v) = %v, %v; want %v", tt.real, tt.fee, got, err, tt.want)
		}
	}
}
