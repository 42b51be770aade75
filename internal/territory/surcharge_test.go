package territory_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/comptoir/comptoir/internal/territory"
)

// The list of shipping.md, section "Special territories", list 2: codes
// inside each area and just outside each range.
func TestSurchargeArea(t *testing.T) {
	const (
		corsica  = "Corsica"
		balearic = "the Balearic Islands"
		madeira  = "Madeira"
		azores   = "the Azores"
		greek    = "the Greek islands"
		northSea = "the German North Sea islands"
		wadden   = "the Dutch Wadden islands"
		channel  = "the Channel Islands"
	)
	for _, tt := range []struct{ country, postal, want string }{
		// Corsica.
		{"FR", "20000", corsica}, {"FR", "20090", corsica}, {"FR", "20200", corsica}, {"FR", "20620", corsica},
		{"FR", "F-20000", corsica}, {"FR", "19999", ""}, {"FR", "21000", ""}, {"FR", "02000", ""},
		// Balearics.
		{"ES", "07001", balearic}, {"ES", "07800", balearic}, {"ES", "07999", balearic}, {"ES", "E-07001", balearic},
		{"ES", "06999", ""}, {"ES", "08001", ""}, {"ES", "35001", ""},
		// Madeira, Porto Santo included, and the Azores.
		{"PT", "9000-001", madeira}, {"PT", "9400-001", madeira}, {"PT", "9499-999", madeira},
		{"PT", "8999-999", ""}, {"PT", "9500-001", azores}, {"PT", "9900-001", azores},
		{"PT", "9999-999", azores}, {"PT", "PT-9500-001", azores}, {"PT", "1000-001", ""},
		// Greek island regions.
		{"GR", "28100", greek}, {"GR", "28300", greek}, {"GR", "29100", greek}, {"GR", "27999", ""},
		{"GR", "30100", ""}, {"GR", "31100", greek}, {"GR", "32100", ""}, {"GR", "49100", greek},
		{"GR", "48100", ""}, {"GR", "50100", ""}, {"GR", "70014", greek}, {"GR", "71201", greek},
		{"GR", "74100", greek}, {"GR", "69100", ""}, {"GR", "75000", ""}, {"GR", "80100", greek},
		{"GR", "81100", greek}, {"GR", "84600", greek}, {"GR", "85100", greek}, {"GR", "85999", greek},
		{"GR", "79999", ""}, {"GR", "86000", ""}, {"GR", "10431", ""}, {"GR", "63086", ""},
		// German North Sea islands.
		{"DE", "25849", northSea}, {"DE", "25859", northSea}, {"DE", "25863", northSea}, {"DE", "25869", northSea},
		{"DE", "25938", northSea}, {"DE", "25946", northSea}, {"DE", "25980", northSea}, {"DE", "25992", northSea},
		{"DE", "25996", northSea}, {"DE", "25999", northSea}, {"DE", "26465", northSea}, {"DE", "26474", northSea},
		{"DE", "26486", northSea}, {"DE", "26548", northSea}, {"DE", "26571", northSea}, {"DE", "26579", northSea},
		{"DE", "26757", northSea}, {"DE", "27498", northSea}, {"DE", "27499", northSea}, {"DE", "D-26757", northSea},
		{"DE", "25848", ""}, {"DE", "25850", ""}, {"DE", "25937", ""}, {"DE", "25939", ""}, {"DE", "25945", ""},
		{"DE", "25947", ""}, {"DE", "25979", ""}, {"DE", "25981", ""}, {"DE", "25899", ""}, {"DE", "26464", ""},
		{"DE", "26466", ""}, {"DE", "26756", ""}, {"DE", "26758", ""}, {"DE", "27497", ""}, {"DE", "27500", ""},
		{"DE", "18565", ""}, {"DE", "10115", ""},
		// Dutch Wadden islands.
		{"NL", "1790", wadden}, {"NL", "1791 AB", wadden}, {"NL", "1797AA", wadden}, {"NL", "1789 ZZ", ""},
		{"NL", "1798 AA", ""}, {"NL", "8899 AA", wadden}, {"NL", "8898 AA", ""}, {"NL", "8900 AA", ""},
		{"NL", "8881 AA", wadden}, {"NL", "8885 AA", wadden}, {"NL", "8880 AA", ""}, {"NL", "8886 AA", ""},
		{"NL", "8891 AA", wadden}, {"NL", "8897 AA", wadden}, {"NL", "8890 AA", ""},
		{"NL", "9161 AA", wadden}, {"NL", "9164 AA", wadden}, {"NL", "9160 AA", ""}, {"NL", "9165 AA", ""},
		{"NL", "9166 AA", wadden}, {"NL", "9167 AA", ""}, {"NL", "1012 AB", ""}, {"NL", "NL-9166 AA", wadden},
		{"NL", "179", ""},
		// Channel Islands, by postcode or own ISO code.
		{"GB", "GY1 1AA", channel}, {"GB", "GY9 3AA", channel}, {"GB", "GY10 1SA", channel},
		{"GB", "JE2 3XY", channel}, {"GB", "je1 1aa", channel}, {"GB", "GB-JE4 8PX", channel},
		{"GG", "GY1 1AA", channel}, {"JE", "JE2 3XY", channel}, {"JE", "", channel}, {"GG", "", channel},
		{"GB", "G1 1AA", ""}, {"GB", "GU1 1AA", ""}, {"GB", "IM1 1AA", ""}, {"GB", "JEA", ""}, {"GB", "SW1A 1AA", ""},
		// The same codes in another country are not the area.
		{"IT", "20121", ""}, {"BE", "9000", ""}, {"DE", "07743", ""}, {"FR", "07000", ""}, {"ES", "20001", ""},
	} {
		got, ok := territory.SurchargeArea(tt.country, territory.NormalPostal(tt.country, tt.postal))
		assert.Equal(t, tt.want, got, "%v", tt)
		assert.Equal(t, tt.want != "", ok, "%v", tt)
	}
}

// Areas lists each area of list 2 once, with its source, and every name it
// lists is one SurchargeArea returns.
func TestAreas(t *testing.T) {
	areas := territory.Areas()
	names := map[string]bool{}
	for _, a := range areas {
		assert.False(t, names[a.Name], "duplicate %q", a.Name)
		names[a.Name] = true
		assert.NotEmpty(t, a.Country, a.Name)
		assert.NotEmpty(t, a.Codes, a.Name)
		assert.NotEmpty(t, a.Source, a.Name)
	}
	for _, want := range []string{
		"Corsica", "the Balearic Islands", "Madeira", "the Azores", "the Greek islands",
		"the German North Sea islands", "the Dutch Wadden islands", "the Channel Islands",
	} {
		assert.True(t, names[want], want)
	}
	assert.Len(t, areas, 8)

	// A caller changing the returned slice changes nothing inside.
	areas[0].Name = "changed"
	assert.Equal(t, "Corsica", territory.Areas()[0].Name)
}

// The two lists differ: inside the VAT area but surcharged, and the reverse.
func TestListsDiffer(t *testing.T) {
	for _, p := range [][2]string{{"ES", "07001"}, {"PT", "9000-001"}, {"PT", "9500-001"}, {"FR", "20000"}} {
		postal := territory.NormalPostal(p[0], p[1])
		_, outside := territory.OutsideVATArea(p[0], postal)
		_, surcharged := territory.SurchargeArea(p[0], postal)
		assert.False(t, outside, "%v", p)
		assert.True(t, surcharged, "%v", p)
	}
	for _, p := range [][2]string{{"ES", "35001"}, {"IT", "23041"}, {"FI", "22100"}} {
		postal := territory.NormalPostal(p[0], p[1])
		_, surcharged := territory.SurchargeArea(p[0], postal)
		assert.False(t, surcharged, "%v", p)
	}
}
