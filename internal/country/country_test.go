package country_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/comptoir/comptoir/internal/country"
)

func TestValid(t *testing.T) {
	for _, s := range []string{"BE", "FR", "NL", "DE", "LU", "GB", "CH", "NO", "GR", "XK", "MC", "AX", "RE"} {
		assert.True(t, country.Valid(s), s)
	}
	for _, s := range []string{"", "B", "BEL", "be", "Be", "UK", "EL", "EU", "ZZ", "EA", "IC", "FX", "1A", "É1"} {
		assert.False(t, country.Valid(s), s)
	}
}
