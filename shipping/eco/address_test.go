package eco_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/comptoir/comptoir/shipping/eco"
)

func TestAddressKey(t *testing.T) {
	base, err := eco.NewAddressKey("BE", "4000", "Rue de la Station 12")
	if err != nil {
		t.Fatal(err)
	}
	same := []struct {
		country, postal string
		lines           []string
	}{
		{" be ", "4000", []string{"  rue de la STATION   12 "}},
		{"BE", "40-00", []string{"", "Rue de la Station 12", "  "}},
		{"BE", "4000", []string{"Rue de la\tStation 12"}},
	}
	for _, s := range same {
		k, err := eco.NewAddressKey(s.country, s.postal, s.lines...)
		if err != nil || k != base {
			t.Errorf("NewAddressKey(%q, %q, %q) = %v, %v; want %v", s.country, s.postal, s.lines, k, err, base)
		}
	}
	// Composed and decomposed è, and case folding beyond ASCII.
	a, _ := eco.NewAddressKey("BE", "4000", "Place Saint-Lambert, Li\u00e8ge")
	b, _ := eco.NewAddressKey("BE", "4000", "PLACE SAINT-LAMBERT, LIE\u0300GE")
	if a != b || a.IsZero() {
		t.Errorf("%v != %v", a, b)
	}
	different := [][]string{{"Rue de la Station, 12"}, {"Rue de la Station 12", "Boîte 3"}, {"Rue de la Station 14"}}
	for _, lines := range different {
		if k, _ := eco.NewAddressKey("BE", "4000", lines...); k == base {
			t.Errorf("%q matches %v", lines, base)
		}
	}
	if k, _ := eco.NewAddressKey("FR", "4000", "Rue de la Station 12"); k == base {
		t.Error("other country matches")
	}
	nl, _ := eco.NewAddressKey("nl", "1012 ab", "Damrak 1", "3e verdieping")
	if nl.Country() != "NL" || nl.PostalCode() != "1012AB" || !reflect.DeepEqual(nl.Lines(), []string{"damrak 1", "3e verdieping"}) {
		t.Errorf("key = %q %q %q", nl.Country(), nl.PostalCode(), nl.Lines())
	}
	if s := nl.String(); s != "NL 1012AB damrak 1 / 3e verdieping" {
		t.Errorf("String() = %q", s)
	}
	if (eco.AddressKey{}).String() != "none" || (eco.AddressKey{}).Lines() != nil || !(eco.AddressKey{}).IsZero() {
		t.Error("zero key")
	}
}

func TestAddressKeyErrors(t *testing.T) {
	tests := []struct {
		country, postal string
		lines           []string
		field           string
	}{
		{"", "4000", []string{"x"}, "country"},
		{"UK", "SW1A 1AA", []string{"x"}, "country"},
		{"BEL", "4000", []string{"x"}, "country"},
		{"BE", "40/00", []string{"x"}, "postal_code"},
		{"BE", "4000", nil, "lines"},
		{"BE", "4000", []string{" ", "\t"}, "lines"},
	}
	for _, tt := range tests {
		_, err := eco.NewAddressKey(tt.country, tt.postal, tt.lines...)
		var ae *eco.AddressError
		if !errors.Is(err, eco.ErrInvalidAddress) || !errors.As(err, &ae) || ae.Field != tt.field {
			t.Errorf("NewAddressKey(%q, %q, %q) err = %v, want field %s", tt.country, tt.postal, tt.lines, err, tt.field)
		}
	}
}
