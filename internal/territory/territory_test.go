package territory_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/comptoir/comptoir/internal/territory"
)

// The list of shipping.md, section "Special territories", list 1.
func TestOutsideVATArea(t *testing.T) {
	outside := [][2]string{
		{"DE", "27498"}, {"DE", "78266"}, {"DE", "CH-8238"}, {"IT", "23041"}, {"IT", "22061"},
		{"ES", "35001"}, {"ES", "38001"}, {"ES", "51001"}, {"ES", "52001"}, {"GR", "63086"},
		{"FI", "22100"}, {"AX", "22100"}, {"FR", "97100"}, {"FR", "97200"}, {"FR", "97300"},
		{"FR", "97400"}, {"FR", "97600"}, {"RE", ""}, {"ES", "E-35001"},
	}
	for _, p := range outside {
		_, ok := territory.OutsideVATArea(p[0], territory.NormalPostal(p[0], p[1]))
		assert.True(t, ok, "%v", p)
	}
	inside := [][2]string{
		{"ES", "07001"}, {"PT", "9000-001"}, {"PT", "9500-001"}, {"FR", "20000"}, {"FR", "98000"},
		{"DE", "10115"}, {"IT", "00100"}, {"GR", "10431"}, {"FI", "00100"}, {"BE", "1000"},
	}
	for _, p := range inside {
		_, ok := territory.OutsideVATArea(p[0], territory.NormalPostal(p[0], p[1]))
		assert.False(t, ok, "%v", p)
	}
}

func TestNormalPostal(t *testing.T) {
	for _, tt := range [][3]string{
		{"FI", "AX-22100", "22100"}, {"DE", "D-27498", "27498"}, {"GB", "GB-BT1 1AA", "BT11AA"},
		{"GB", "bt1 5gs", "BT15GS"}, {"ES", "\t35001", "35001"}, {"PT", "9000-001", "9000001"},
	} {
		assert.Equal(t, tt[2], territory.NormalPostal(tt[0], tt[1]), "%v", tt)
	}
}
