package form_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/returns/form"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	require.Equal(t, string(want), got)
}

// TestGoldenForms pins the coat form on paper in each language, and the
// blank form.
func TestGoldenForms(t *testing.T) {
	for _, lang := range []string{"fr", "nl", "de", "en"} {
		t.Run(lang, func(t *testing.T) {
			out, err := form.Render(coatForm(t), language.MustParse(lang))
			require.NoError(t, err)
			golden(t, "form_"+lang+".golden", out)

			out, err = form.Render(form.Form{Trader: trader(), Paper: true}, language.MustParse(lang))
			require.NoError(t, err)
			golden(t, "blank_"+lang+".golden", out)
		})
	}
}

// TestGoldenAcknowledgements pins the acknowledgement of the coat
// withdrawal in each language.
func TestGoldenAcknowledgements(t *testing.T) {
	for _, lang := range []string{"fr", "nl", "de", "en"} {
		t.Run(lang, func(t *testing.T) {
			ack, err := form.Acknowledgement(trader(), coatRequest(t), brussels(t), language.MustParse(lang))
			require.NoError(t, err)
			golden(t, "ack_"+lang+".golden", "Subject: "+ack.Subject+"\n\n"+ack.Body)
		})
	}
}
