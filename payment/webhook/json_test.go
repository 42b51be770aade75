package webhook_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/webhook"
)

// TestJSONStringWordBoundaries puts each kind of special byte at every
// position of the first words of a string: the reader skips plain bytes a
// word at a time and must stop at each of them.
func TestJSONStringWordBoundaries(t *testing.T) {
	specials := []struct {
		insert string
		valid  bool
	}{
		{`\"`, true}, {`\\`, true}, {`\u00e9`, true}, {`\ud83d\ude00`, true}, {"é", true}, {"€", true},
		{"\x7f", true}, {" ", true},
		{`"`, false}, {"\x00", false}, {"\x1f", false}, {"\n", false}, {"\xff", false}, {"\xc3", false},
		{`\ud83d`, false}, {`\q`, false},
	}
	for _, sp := range specials {
		for pos := 0; pos <= 20; pos++ {
			for _, tail := range []int{0, 1, 7, 8, 17} {
				doc := `"` + strings.Repeat("a", pos) + sp.insert + strings.Repeat("b", tail) + `"`
				got, err := webhook.JSONString([]byte(doc))
				if !sp.valid {
					require.Error(t, err, "%q", doc)
					assert.False(t, webhook.ValidJSON([]byte(doc)), "%q", doc)
					continue
				}
				require.NoError(t, err, "%q", doc)
				var want string
				require.NoError(t, json.Unmarshal([]byte(doc), &want))
				require.Equal(t, want, got, "%q", doc)
				assert.True(t, webhook.ValidJSON([]byte(doc)))
			}
		}
	}
}

func TestJSONReaderDocuments(t *testing.T) {
	valid := []string{`0`, `-0`, `-0.5e-7`, `1E+2`, `[]`, `{}`, ` [ 1 , "a" , {"b" : null} , true , false ] `,
		`"` + strings.Repeat("x", 4096) + `"`, strings.Repeat(`[`, 64) + strings.Repeat(`]`, 64)}
	for _, doc := range valid {
		assert.True(t, webhook.ValidJSON([]byte(doc)), "%q", doc)
		assert.True(t, json.Valid([]byte(doc)), "%q", doc)
	}
	invalid := []string{``, ` `, `01`, `1.`, `.5`, `1e`, `-`, `+1`, `[1,]`, `{"a"}`, `{"a":1,}`, `[1 2]`, `tru`,
		`nul`, `{1:2}`, `"a" "b"`, `[`, `]`, "0\x00", strings.Repeat(`[`, 65) + strings.Repeat(`]`, 65)}
	for _, doc := range invalid {
		assert.False(t, webhook.ValidJSON([]byte(doc)), "%q", doc)
	}
}
