package promo_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/pricing/promo"
)

func TestNormalizeCode(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"only spaces", "   ", ""},
		{"already normal", "SUMMER24", "SUMMER24"},
		{"lower case", "summer24", "SUMMER24"},
		{"mixed case", "SuMmEr24", "SUMMER24"},
		{"spaces around", "  summer24  ", "SUMMER24"},
		{"tabs and new lines", "\t\nsummer24\r\n", "SUMMER24"},
		{"no-break space", "\u00a0summer24\u00a0", "SUMMER24"},
		{"narrow no-break and ideographic spaces", "\u202fsummer24\u3000", "SUMMER24"},
		{"inner space kept", " xmas 24 ", "XMAS 24"},
		{"hyphens kept", "ab-cd", "AB-CD"},
		{"accented letters", "été", "ÉTÉ"},
		{"sharp s has no single upper case", "straße", "STRAßE"},
		{"digits only", " 2024 ", "2024"},
		{"invalid UTF-8", "a\xffb", "A\uFFFDB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := promo.NormalizeCode(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got, promo.NormalizeCode(got), "idempotent")
		})
	}
}

// chacha returns a deterministic random source.
func chacha(seed uint64) io.Reader {
	var key [32]byte
	for i := range 8 {
		key[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(key)
}

// cjk returns n distinct CJK ideographs, printable and without case, for
// n up to 20,992.
func cjk(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteRune(rune(0x4E00 + i))
	}
	return b.String()
}

// printable returns n distinct characters valid in an alphabet, from
// U+4E00 on.
func printable(n int) string {
	var b strings.Builder
	for r := rune(0x4E00); n > 0; r++ {
		s := string(r)
		if unicode.IsGraphic(r) && !unicode.IsSpace(r) && promo.NormalizeCode(s) == s {
			b.WriteString(s)
			n--
		}
	}
	return b.String()
}

func TestCodeGenerator_ZeroValueUsesDefaults(t *testing.T) {
	codes, err := promo.CodeGenerator{}.Generate(200, nil)
	require.NoError(t, err)
	require.Len(t, codes, 200)
	for _, c := range codes {
		require.Len(t, c, promo.DefaultCodeLength, c)
		require.Equal(t, promo.NormalizeCode(c), c)
		for _, r := range c {
			require.True(t, strings.ContainsRune(promo.DefaultCodeAlphabet, r), "%q in %q", r, c)
		}
	}
}

func TestCodeGenerator_DefaultAlphabetHasNoLookAlikes(t *testing.T) {
	assert.Len(t, promo.DefaultCodeAlphabet, 31)
	assert.False(t, strings.ContainsAny(promo.DefaultCodeAlphabet, "0O1IL"))
	require.NoError(t, promo.CodeGenerator{}.Validate())
}

func TestCodeGenerator_Format(t *testing.T) {
	const cls = "[ABCDEFGHJKMNPQRSTUVWXYZ23456789]"
	tests := []struct {
		name string
		g    promo.CodeGenerator
		re   string
	}{
		{"length only", promo.CodeGenerator{Length: 6}, `^` + cls + `{6}$`},
		{"prefix", promo.CodeGenerator{Prefix: "XMAS-", Length: 8}, `^XMAS-` + cls + `{8}$`},
		{"groups of 4", promo.CodeGenerator{Prefix: "XMAS-", Length: 8, GroupSize: 4}, `^XMAS-` + cls + `{4}-` + cls + `{4}$`},
		{"short last group", promo.CodeGenerator{Length: 10, GroupSize: 4}, `^` + cls + `{4}-` + cls + `{4}-` + cls + `{2}$`},
		{"groups of 3 without trailing hyphen", promo.CodeGenerator{Length: 9, GroupSize: 3}, `^` + cls + `{3}-` + cls + `{3}-` + cls + `{3}$`},
		{"group as long as the code", promo.CodeGenerator{Length: 5, GroupSize: 5}, `^` + cls + `{5}$`},
		{"group longer than the code", promo.CodeGenerator{Length: 5, GroupSize: 50}, `^` + cls + `{5}$`},
		{"groups of 1", promo.CodeGenerator{Length: 3, GroupSize: 1}, `^` + cls + `-` + cls + `-` + cls + `$`},
		{"default length with groups", promo.CodeGenerator{GroupSize: 5}, `^` + cls + `{5}-` + cls + `{5}$`},
		{"own alphabet", promo.CodeGenerator{Alphabet: "XY", Length: 12}, `^[XY]{12}$`},
		{"hyphen in alphabet without groups", promo.CodeGenerator{Alphabet: "A-", Length: 12}, `^[A-]{12}$`},
		{"non-ASCII alphabet and prefix", promo.CodeGenerator{Alphabet: "ÉÀÇ", Prefix: "ÉTÉ-", Length: 6}, `^ÉTÉ-[ÉÀÇ]{6}$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.g.Rand = chacha(1)
			codes, err := tt.g.Generate(100, nil)
			require.NoError(t, err)
			re := regexp.MustCompile(tt.re)
			for _, c := range codes {
				require.Regexp(t, re, c)
				require.Equal(t, promo.NormalizeCode(c), c)
			}
		})
	}
}

func TestCodeGenerator_Unique100000(t *testing.T) {
	const n = 100_000
	codes, err := promo.CodeGenerator{Prefix: "V-", GroupSize: 5}.Generate(n, nil)
	require.NoError(t, err)
	require.Len(t, codes, n)
	seen := make(map[string]bool, n)
	for _, c := range codes {
		require.False(t, seen[c], "duplicate %q", c)
		seen[c] = true
	}
}

func TestCodeGenerator_FillsHalfTheCodeSpace(t *testing.T) {
	g := promo.CodeGenerator{Alphabet: "AB", Length: 10} // 1024 codes
	codes, err := g.Generate(512, nil)
	require.NoError(t, err)
	assert.Len(t, codes, 512)
	seen := map[string]bool{}
	for _, c := range codes {
		require.False(t, seen[c], "duplicate %q", c)
		seen[c] = true
	}

	_, err = g.Generate(513, nil)
	require.ErrorIs(t, err, promo.ErrCodeBatchTooLarge)
	assert.Contains(t, err.Error(), "513 codes asked")
	assert.Contains(t, err.Error(), "1024 codes")
}

func TestCodeGenerator_SkipsTakenCodes(t *testing.T) {
	// Existing codes, stored as customers typed them.
	existing := []string{"aaa", " ABA", "bbb\t"}
	taken := map[string]bool{}
	for _, c := range existing {
		taken[promo.NormalizeCode(c)] = true
	}
	var asked []string
	isTaken := func(code string) bool {
		asked = append(asked, code)
		return taken[code]
	}
	g := promo.CodeGenerator{Alphabet: "AB", Length: 3, Rand: chacha(7)} // 8 codes
	codes, err := g.Generate(4, isTaken)
	require.NoError(t, err)
	require.Len(t, codes, 4)
	for _, c := range codes {
		assert.False(t, taken[c], "taken code %q generated", c)
	}
	for _, c := range asked {
		assert.Equal(t, promo.NormalizeCode(c), c, "taken is asked about normalised codes")
	}

	// The 5 codes left all come out, in some order.
	g.Rand = chacha(8)
	free := 0
	for range 20 {
		codes, err := g.Generate(4, isTaken)
		require.NoError(t, err)
		free += len(codes)
	}
	assert.Equal(t, 80, free)
}

func TestCodeGenerator_GivesUpWhenEverythingIsTaken(t *testing.T) {
	calls := 0
	everything := func(string) bool { calls++; return true }
	codes, err := promo.CodeGenerator{Rand: chacha(3)}.Generate(5, everything)
	require.ErrorIs(t, err, promo.ErrCodeBatchTooLarge)
	assert.Nil(t, codes)
	assert.Equal(t, 1000, calls, "gives up after 1000 candidates in a row")
	assert.Contains(t, err.Error(), "after 0 of 5 codes")
}

func TestCodeGenerator_DeterministicWithSeededReader(t *testing.T) {
	g := promo.CodeGenerator{Prefix: "XMAS-", GroupSize: 4, Length: 8}
	g.Rand = chacha(42)
	a, err := g.Generate(1000, nil)
	require.NoError(t, err)
	g.Rand = chacha(42)
	b, err := g.Generate(1000, nil)
	require.NoError(t, err)
	assert.Equal(t, a, b)

	g.Rand = chacha(43)
	c, err := g.Generate(1000, nil)
	require.NoError(t, err)
	assert.NotEqual(t, a, c)
}

func TestCodeGenerator_KnownBytes(t *testing.T) {
	tests := []struct {
		name  string
		g     promo.CodeGenerator
		bytes []byte
		want  string
	}{{
		// 256 % 2 = 0: no byte is rejected, each gives b % 2.
		name: "two characters", g: promo.CodeGenerator{Alphabet: "AB", Length: 4},
		bytes: []byte{0, 1, 255, 254}, want: "ABBA",
	}, {
		// 255 is rejected: 0..254 cover each of 3 characters 85 times.
		name: "rejects the byte that would bias", g: promo.CodeGenerator{Alphabet: "ABC", Length: 4},
		bytes: []byte{255, 0, 1, 2, 255, 4}, want: "ABCB",
	}, {
		name: "prefix and groups", g: promo.CodeGenerator{Alphabet: "ABC", Length: 4, Prefix: "P-", GroupSize: 2},
		bytes: []byte{255, 0, 1, 2, 4}, want: "P-AB-CB",
	}, {
		// 31 characters: bytes from 248 on are rejected.
		name: "default alphabet", g: promo.CodeGenerator{Length: 4},
		bytes: []byte{247, 248, 0, 31, 255, 30}, want: "9AA9",
	}, {
		// 300 characters take 2 bytes a draw; from 65400 = 0xFF78 on
		// they are rejected.
		name: "two bytes a draw", g: promo.CodeGenerator{Alphabet: cjk(300), Length: 2},
		bytes: []byte{0xFF, 0x78, 0x00, 0x05, 0x01, 0x2C}, want: "\u4E05\u4E00",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.g.Rand = bytes.NewReader(tt.bytes)
			codes, err := tt.g.Generate(1, nil)
			require.NoError(t, err)
			assert.Equal(t, []string{tt.want}, codes)
		})
	}
}

// chiSquareExceeds reports whether the chi-square statistic of counts
// against a uniform distribution exceeds 2 (len(counts) - 1) + 20, a bound
// that a uniform sample passes with a probability above 1 - 10^-6 (for 30
// and 199 degrees of freedom). It computes in integers: with k counts
// summing to n, chi-square = sum((k c - n)^2) / (k n).
func chiSquareExceeds(counts []int64) (stat string, exceeds bool) {
	k := int64(len(counts))
	var n int64
	for _, c := range counts {
		n += c
	}
	var sum int64
	for _, c := range counts {
		d := k*c - n
		sum += d * d
	}
	bound := 2*(k-1) + 20
	return fmt.Sprintf("chi-square %d.%02d, bound %d", sum/(k*n), sum%(k*n)*100/(k*n), bound), sum > bound*k*n
}

func TestCodeGenerator_Uniformity(t *testing.T) {
	for _, alphabet := range []string{promo.DefaultCodeAlphabet, cjk(200)} {
		runes := []rune(alphabet)
		t.Run(fmt.Sprintf("%d characters", len(runes)), func(t *testing.T) {
			const length = 10
			index := map[rune]int{}
			for i, r := range runes {
				index[r] = i
			}
			g := promo.CodeGenerator{Alphabet: alphabet, Length: length, Rand: chacha(2024)}
			codes, err := g.Generate(20_000, nil)
			require.NoError(t, err)

			all := make([]int64, len(runes))
			byPosition := make([][]int64, length)
			for p := range byPosition {
				byPosition[p] = make([]int64, len(runes))
			}
			for _, c := range codes {
				for p, r := range []rune(c) {
					all[index[r]]++
					byPosition[p][index[r]]++
				}
			}
			stat, bad := chiSquareExceeds(all)
			t.Log(stat)
			assert.False(t, bad, "all positions: %s", stat)
			for p, counts := range byPosition {
				stat, bad := chiSquareExceeds(counts)
				assert.False(t, bad, "position %d: %s", p, stat)
			}
		})
	}
}

// The uniformity check catches the bias of a plain modulo.
func TestChiSquareCatchesModuloBias(t *testing.T) {
	for _, k := range []int{31, 200} {
		src := chacha(2024)
		counts := make([]int64, k)
		buf := make([]byte, 200_000)
		_, err := io.ReadFull(src, buf)
		require.NoError(t, err)
		for _, b := range buf {
			counts[int(b)%k]++
		}
		stat, bad := chiSquareExceeds(counts)
		t.Logf("%d characters: %s", k, stat)
		assert.True(t, bad, "%d characters: %s", k, stat)
	}
}

func TestCodeGenerator_InvalidGenerators(t *testing.T) {
	tests := []struct {
		name string
		g    promo.CodeGenerator
		msg  string
	}{
		{"one character", promo.CodeGenerator{Alphabet: "A"}, "fewer than 2"},
		{"one character repeated", promo.CodeGenerator{Alphabet: "AA"}, "twice"},
		{"duplicate", promo.CodeGenerator{Alphabet: "ABCA"}, "'A' twice"},
		{"space", promo.CodeGenerator{Alphabet: "AB C"}, "white space"},
		{"tab", promo.CodeGenerator{Alphabet: "AB\tC"}, "white space"},
		{"no-break space", promo.CodeGenerator{Alphabet: "AB\u00a0C"}, "white space"},
		{"zero-width space", promo.CodeGenerator{Alphabet: "AB\u200bC"}, "not printable"},
		{"control character", promo.CodeGenerator{Alphabet: "AB\x00"}, "not printable"},
		{"lower case", promo.CodeGenerator{Alphabet: "ABc"}, "NormalizeCode changes to \"C\""},
		{"lower-case accented letter", promo.CodeGenerator{Alphabet: "Aé"}, "NormalizeCode"},
		{"dotless i", promo.CodeGenerator{Alphabet: "Aı"}, "NormalizeCode"},
		{"hyphen with groups", promo.CodeGenerator{Alphabet: "AB-", GroupSize: 2}, "group separator"},
		{"invalid UTF-8", promo.CodeGenerator{Alphabet: "AB\xff"}, "UTF-8"},
		{"negative length", promo.CodeGenerator{Length: -1}, "Length -1"},
		{"length too large", promo.CodeGenerator{Length: promo.MaxCodeLength + 1}, "Length 65"},
		{"negative group size", promo.CodeGenerator{GroupSize: -2}, "GroupSize -2"},
		{"lower-case prefix", promo.CodeGenerator{Prefix: "xmas-"}, "normalised form \"XMAS-\""},
		{"prefix with leading space", promo.CodeGenerator{Prefix: " XMAS"}, "white space"},
		{"prefix with inner space", promo.CodeGenerator{Prefix: "X MAS"}, "white space"},
		{"prefix with control character", promo.CodeGenerator{Prefix: "X\x7f"}, "not printable"},
		{"prefix invalid UTF-8", promo.CodeGenerator{Prefix: "X\xff"}, "UTF-8"},
		{"prefix too long", promo.CodeGenerator{Prefix: strings.Repeat("X", promo.MaxCodePrefixLength+1)}, "65 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.g.Validate()
			require.ErrorIs(t, err, promo.ErrInvalidCodeGenerator)
			assert.Contains(t, err.Error(), tt.msg)

			for _, n := range []int{0, 1} {
				codes, err := tt.g.Generate(n, nil)
				require.ErrorIs(t, err, promo.ErrInvalidCodeGenerator)
				assert.Nil(t, codes)
			}
		})
	}
}

func TestCodeGenerator_ValidEdgeCases(t *testing.T) {
	for _, g := range []promo.CodeGenerator{
		{Alphabet: "01"},
		{Alphabet: "ß€#"},
		{Alphabet: printable(70_000), Length: 2}, // 3 bytes a draw
		{Length: promo.MaxCodeLength},
		{Prefix: strings.Repeat("X", promo.MaxCodePrefixLength)},
		{Prefix: "ÉTÉ-2024_"},
	} {
		assert.NoError(t, g.Validate(), "%+v", g)
		g.Rand = chacha(5)
		codes, err := g.Generate(3, nil)
		require.NoError(t, err)
		assert.Len(t, codes, 3)
	}
}

func TestCodeGenerator_BatchSizes(t *testing.T) {
	g := promo.CodeGenerator{Alphabet: "AB", Length: 2} // 4 codes: 2 at most
	tests := []struct {
		n       int
		wantLen int
		wantErr error
	}{
		{-1, 0, promo.ErrInvalidCodeGenerator},
		{-1 << 62, 0, promo.ErrInvalidCodeGenerator},
		{0, 0, nil},
		{1, 1, nil},
		{2, 2, nil},
		{3, 0, promo.ErrCodeBatchTooLarge},
		{promo.MaxCodeBatch + 1, 0, promo.ErrCodeBatchTooLarge},
		{1 << 62, 0, promo.ErrCodeBatchTooLarge},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			codes, err := g.Generate(tt.n, nil)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.Nil(t, codes)
				return
			}
			require.NoError(t, err)
			assert.NotNil(t, codes)
			assert.Len(t, codes, tt.wantLen)
		})
	}
}

func TestCodeGenerator_BatchCapMessage(t *testing.T) {
	_, err := promo.CodeGenerator{}.Generate(promo.MaxCodeBatch+1, nil)
	require.ErrorIs(t, err, promo.ErrCodeBatchTooLarge)
	assert.Contains(t, err.Error(), "more than 10000000")
}

type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }

type stuckReader struct{}

func (stuckReader) Read([]byte) (int, error) { return 0, nil }

type overReader struct{}

func (overReader) Read(p []byte) (int, error) { return len(p) + 1, nil }

type negativeReader struct{}

func (negativeReader) Read([]byte) (int, error) { return -1, nil }

type constantReader byte

func (c constantReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}

func TestCodeGenerator_ReaderFailures(t *testing.T) {
	boom := errors.New("entropy pool on fire")
	tests := []struct {
		name    string
		g       promo.CodeGenerator
		n       int
		wantErr error
	}{
		{"failing reader", promo.CodeGenerator{Rand: failingReader{boom}}, 3, boom},
		{"reader running dry", promo.CodeGenerator{Rand: bytes.NewReader([]byte{1, 2, 3})}, 1, io.EOF},
		{"reader running dry in the second code", promo.CodeGenerator{Length: 2, Rand: bytes.NewReader([]byte{1, 2, 3})}, 2, io.EOF},
		{"reader giving nothing", promo.CodeGenerator{Rand: stuckReader{}}, 1, io.ErrNoProgress},
		{"reader claiming more than it can", promo.CodeGenerator{Rand: overReader{}}, 1, promo.ErrInvalidCodeGenerator},
		{"reader claiming a negative count", promo.CodeGenerator{Rand: negativeReader{}}, 1, promo.ErrInvalidCodeGenerator},
		{"reader giving only rejected bytes", promo.CodeGenerator{Rand: constantReader(255)}, 1, promo.ErrInvalidCodeGenerator},
		{"reader giving the same code", promo.CodeGenerator{Rand: constantReader(0)}, 2, promo.ErrCodeBatchTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codes, err := tt.g.Generate(tt.n, nil)
			require.ErrorIs(t, err, tt.wantErr)
			assert.Nil(t, codes)
		})
	}
}

func TestCodeGenerator_ReaderErrorMessage(t *testing.T) {
	_, err := promo.CodeGenerator{Rand: failingReader{errors.New("boom")}}.Generate(1, nil)
	require.EqualError(t, err, "promo: reading random bytes: boom")
}

func TestCodeGenerator_CodesAreValidUTF8(t *testing.T) {
	codes, err := promo.CodeGenerator{Alphabet: cjk(1000) + "AZ", Length: 6, GroupSize: 2, Rand: chacha(9)}.Generate(500, nil)
	require.NoError(t, err)
	for _, c := range codes {
		require.True(t, utf8.ValidString(c))
		require.Equal(t, 8, utf8.RuneCountInString(c), c)
	}
}

func ExampleNormalizeCode() {
	fmt.Printf("%q\n", promo.NormalizeCode("  summer24\t"))
	fmt.Printf("%q\n", promo.NormalizeCode("Xmas-7kq2"))
	// Output:
	// "SUMMER24"
	// "XMAS-7KQ2"
}

// A batch of single-use vouchers that skips the codes already issued. In
// production leave Rand nil to use crypto/rand; a seeded source makes the
// output reproducible here.
func ExampleCodeGenerator_Generate() {
	issued := map[string]bool{promo.NormalizeCode("xmas-aaaa-aaaa"): true}
	g := promo.CodeGenerator{
		Prefix:    "XMAS-",
		Length:    8,
		GroupSize: 4,
		Rand:      rand.NewChaCha8([32]byte{}),
	}
	codes, err := g.Generate(3, func(code string) bool { return issued[code] })
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range codes {
		fmt.Println(c)
	}

	_, err = promo.CodeGenerator{Alphabet: "AB", Length: 4}.Generate(9, nil)
	fmt.Println(errors.Is(err, promo.ErrCodeBatchTooLarge))
	// Output:
	// XMAS-ANCX-T2RU
	// XMAS-5VDD-PJQR
	// XMAS-6AJA-DG9K
	// true
}

func BenchmarkCodeGenerator_Generate10000(b *testing.B) {
	g := promo.CodeGenerator{Prefix: "V-", GroupSize: 5}
	b.ReportAllocs()
	for range b.N {
		if _, err := g.Generate(10_000, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCodeGenerator_Generate10000Seeded(b *testing.B) {
	b.ReportAllocs()
	for i := range b.N {
		g := promo.CodeGenerator{Prefix: "V-", GroupSize: 5, Rand: chacha(uint64(i))}
		if _, err := g.Generate(10_000, nil); err != nil {
			b.Fatal(err)
		}
	}
}
