package promo

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeCode returns the normalised form of a promotion code: s without
// its leading and trailing Unicode white space (unicode.IsSpace: spaces,
// tabs, new lines, no-break spaces...) and upper-cased by strings.ToUpper.
// Codes are case-insensitive, so " summer24\t" and "SUMMER24" are the same
// code; the engine and the stores key codes by this form. White space
// inside a code and hyphens are kept: "AB-CD" and "ABCD" are different
// codes. Invalid UTF-8 bytes become U+FFFD. NormalizeCode is idempotent.
func NormalizeCode(s string) string {
	return strings.ToUpper(strings.TrimSpace(s))
}

// DefaultCodeAlphabet is the alphabet of generated codes when
// CodeGenerator.Alphabet is empty: upper-case letters and digits without
// the look-alikes 0, O, 1, I and L.
const DefaultCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// Bounds of code generation.
const (
	// DefaultCodeLength is the number of random characters of a code when
	// CodeGenerator.Length is 0: with DefaultCodeAlphabet, 31^10 (about
	// 8·10^14) codes.
	DefaultCodeLength = 10
	// MaxCodeLength is the largest CodeGenerator.Length.
	MaxCodeLength = 64
	// MaxCodePrefixLength is the longest CodeGenerator.Prefix, in bytes.
	MaxCodePrefixLength = 64
	// MaxCodeBatch is the largest number of codes one Generate call makes.
	MaxCodeBatch = 10_000_000
)

// Errors of code generation.
var (
	// ErrInvalidCodeGenerator: a CodeGenerator field, or the batch size
	// given to Generate, is invalid. The error says which.
	ErrInvalidCodeGenerator = errors.New("promo: invalid code generator")
	// ErrCodeBatchTooLarge: a batch has more codes than MaxCodeBatch or
	// than half the codes the generator can make, or too many of the
	// candidates drawn were taken.
	ErrCodeBatchTooLarge = errors.New("promo: code batch too large for the code space")
)

const (
	// maxCodeMisses is how many candidates in a row may be taken or
	// duplicates before Generate gives up.
	maxCodeMisses = 1000
	// maxDrawRejects is how many out-of-range draws in a row a random
	// source may give before Generate gives up on it. A random source
	// gives one with a probability under 1/2.
	maxDrawRejects = 128
	// maxEmptyReads is how many reads in a row may return nothing.
	maxEmptyReads = 100
	// randBufferSize is the largest read made from the random source.
	randBufferSize = 4096
)

// CodeGenerator makes batches of random, unique codes, such as single-use
// vouchers. The zero CodeGenerator makes codes of DefaultCodeLength
// characters of DefaultCodeAlphabet from crypto/rand.
//
// A code is Prefix followed by Length characters drawn independently and
// uniformly from Alphabet, with a hyphen between groups of GroupSize of
// them: Prefix "XMAS-", Length 8 and GroupSize 4 give codes such as
// "XMAS-7KQ2-HW9D". Generated codes are in normalised form (see
// NormalizeCode).
type CodeGenerator struct {
	// Alphabet is the characters codes are made of, DefaultCodeAlphabet if
	// empty. It must hold at least 2 characters, each once, all printable
	// (unicode.IsGraphic), none white space, none changed by NormalizeCode
	// (so no lower-case letters), and no '-' when GroupSize is set.
	Alphabet string
	// Length is the number of random characters of a code, from 1 to
	// MaxCodeLength, or 0 for DefaultCodeLength.
	Length int
	// Prefix starts every code. It must be in normalised form, printable
	// and without white space, at most MaxCodePrefixLength bytes.
	Prefix string
	// GroupSize, if positive, puts a '-' after every GroupSize random
	// characters but the last ones. 0 means no hyphens.
	GroupSize int
	// Rand is the source of random bytes, crypto/rand.Reader if nil. A
	// reader giving fixed bytes makes Generate deterministic.
	Rand io.Reader
}

// Validate returns an error matching ErrInvalidCodeGenerator, naming the
// field and the value, when the generator cannot make codes.
func (g CodeGenerator) Validate() error {
	_, err := g.plan()
	return err
}

// Generate returns n distinct new codes, in the order they were drawn.
// taken, if not nil, is called with each candidate (already in normalised
// form, so look codes up by NormalizeCode) and the candidates it reports
// are skipped: a new batch never collides with existing codes.
//
// Generate refuses, with an error matching ErrCodeBatchTooLarge, a batch
// of more than MaxCodeBatch codes or of more than half of the codes the
// generator can make (Alphabet size to the power Length), so that
// collisions stay rare; it gives up with the same error after 1000
// candidates in a row were taken or already in the batch. A negative n or
// an invalid generator is an error matching ErrInvalidCodeGenerator; n = 0
// returns an empty batch. An error reading Rand is returned wrapped.
func (g CodeGenerator) Generate(n int, taken func(code string) bool) ([]string, error) {
	if n < 0 {
		return nil, fmt.Errorf("%w: negative batch size %d", ErrInvalidCodeGenerator, n)
	}
	p, err := g.plan()
	if err != nil {
		return nil, err
	}
	if err := p.checkBatch(n); err != nil {
		return nil, err
	}
	if n == 0 {
		return []string{}, nil
	}
	return p.generate(n, taken, newByteSource(g.Rand, n*p.length*p.width))
}

// codePlan is a validated CodeGenerator.
type codePlan struct {
	alphabet []rune
	length   int
	prefix   string
	group    int
	width    int    // random bytes per draw: 1, 2 or 3
	limit    uint32 // draws at or above are rejected, to avoid modulo bias
}

func (g CodeGenerator) plan() (codePlan, error) {
	p := codePlan{length: g.Length, prefix: g.Prefix, group: g.GroupSize}
	if p.length == 0 {
		p.length = DefaultCodeLength
	}
	if p.length < 0 || p.length > MaxCodeLength {
		return p, fmt.Errorf("%w: Length %d not between 1 and %d", ErrInvalidCodeGenerator, g.Length, MaxCodeLength)
	}
	if p.group < 0 {
		return p, fmt.Errorf("%w: negative GroupSize %d", ErrInvalidCodeGenerator, g.GroupSize)
	}
	if err := checkPrefix(g.Prefix); err != nil {
		return p, err
	}
	alphabet := g.Alphabet
	if alphabet == "" {
		alphabet = DefaultCodeAlphabet
	}
	runes, err := checkAlphabet(alphabet, p.group > 0)
	if err != nil {
		return p, err
	}
	p.alphabet = runes
	p.width, p.limit = drawBounds(len(runes))
	return p, nil
}

func checkPrefix(prefix string) error {
	if len(prefix) > MaxCodePrefixLength {
		return fmt.Errorf("%w: Prefix of %d bytes, more than %d", ErrInvalidCodeGenerator, len(prefix), MaxCodePrefixLength)
	}
	if !utf8.ValidString(prefix) {
		return fmt.Errorf("%w: Prefix %q is not valid UTF-8", ErrInvalidCodeGenerator, prefix)
	}
	for _, r := range prefix {
		if unicode.IsSpace(r) || !unicode.IsGraphic(r) {
			return fmt.Errorf("%w: Prefix %q holds %q, white space or not printable", ErrInvalidCodeGenerator, prefix, r)
		}
	}
	if n := NormalizeCode(prefix); n != prefix {
		return fmt.Errorf("%w: Prefix %q is not in normalised form %q", ErrInvalidCodeGenerator, prefix, n)
	}
	return nil
}

func checkAlphabet(alphabet string, grouped bool) ([]rune, error) {
	if !utf8.ValidString(alphabet) {
		return nil, fmt.Errorf("%w: Alphabet is not valid UTF-8", ErrInvalidCodeGenerator)
	}
	runes := []rune(alphabet)
	seen := make(map[rune]bool, len(runes))
	for i, r := range runes {
		if err := checkAlphabetRune(r, i, grouped, seen[r]); err != nil {
			return nil, err
		}
		seen[r] = true
	}
	if len(runes) < 2 {
		return nil, fmt.Errorf("%w: Alphabet %q has fewer than 2 characters", ErrInvalidCodeGenerator, alphabet)
	}
	return runes, nil
}

// checkAlphabetRune checks the character r at position i of the alphabet.
func checkAlphabetRune(r rune, i int, grouped, seen bool) error {
	switch {
	case seen:
		return fmt.Errorf("%w: Alphabet holds %q twice (again at character %d)", ErrInvalidCodeGenerator, r, i)
	case unicode.IsSpace(r) || !unicode.IsGraphic(r):
		return fmt.Errorf("%w: Alphabet holds %q at character %d, white space or not printable", ErrInvalidCodeGenerator, r, i)
	case grouped && r == '-':
		return fmt.Errorf("%w: Alphabet holds '-', the group separator, at character %d", ErrInvalidCodeGenerator, i)
	case NormalizeCode(string(r)) != string(r):
		return fmt.Errorf("%w: Alphabet holds %q at character %d, which NormalizeCode changes to %q",
			ErrInvalidCodeGenerator, r, i, NormalizeCode(string(r)))
	}
	return nil
}

// drawBounds returns the bytes a draw takes for an alphabet of size
// characters, and the bound under which a draw is accepted: the largest
// multiple of size the draw can reach, so that draw % size is uniform.
// size is at most the number of Unicode scalar values, under 1<<24.
func drawBounds(size int) (width int, limit uint32) {
	width = 1
	for width < 3 && size > 1<<(8*width) {
		width++
	}
	span := uint32(1) << (8 * width)
	return width, span - span%uint32(size)
}

// checkBatch refuses batches larger than MaxCodeBatch or than half the
// code space.
func (p codePlan) checkBatch(n int) error {
	if n > MaxCodeBatch {
		return fmt.Errorf("%w: %d codes asked, more than %d", ErrCodeBatchTooLarge, n, MaxCodeBatch)
	}
	space := new(big.Int).Exp(big.NewInt(int64(len(p.alphabet))), big.NewInt(int64(p.length)), nil)
	half := new(big.Int).Rsh(space, 1)
	if big.NewInt(int64(n)).Cmp(half) > 0 {
		return fmt.Errorf("%w: %d codes asked, but %d characters of an alphabet of %d make %s codes, of which at most %s may be asked at once",
			ErrCodeBatchTooLarge, n, p.length, len(p.alphabet), space, half)
	}
	return nil
}

func (p codePlan) generate(n int, taken func(string) bool, src *byteSource) ([]string, error) {
	codes := make([]string, 0, n)
	seen := make(map[string]struct{}, n)
	buf := make([]byte, 0, len(p.prefix)+p.length*utf8.UTFMax+p.length)
	for misses := 0; len(codes) < n; {
		var err error
		buf, err = p.appendCode(buf[:0], src)
		if err != nil {
			return nil, err
		}
		if _, dup := seen[string(buf)]; dup || (taken != nil && taken(string(buf))) {
			if misses++; misses >= maxCodeMisses {
				return nil, fmt.Errorf("%w: %d candidates in a row were taken or already drawn, after %d of %d codes",
					ErrCodeBatchTooLarge, misses, len(codes), n)
			}
			continue
		}
		misses = 0
		code := string(buf)
		seen[code] = struct{}{}
		codes = append(codes, code)
	}
	return codes, nil
}

func (p codePlan) appendCode(buf []byte, src *byteSource) ([]byte, error) {
	buf = append(buf, p.prefix...)
	for i := range p.length {
		if p.group > 0 && i > 0 && i%p.group == 0 {
			buf = append(buf, '-')
		}
		k, err := p.draw(src)
		if err != nil {
			return buf, err
		}
		buf = utf8.AppendRune(buf, p.alphabet[k])
	}
	return buf, nil
}

// draw returns a uniform index into the alphabet, by rejection sampling.
func (p codePlan) draw(src *byteSource) (int, error) {
	for range maxDrawRejects {
		v, err := src.next(p.width)
		if err != nil {
			return 0, err
		}
		if v < p.limit {
			return int(v % uint32(len(p.alphabet))), nil
		}
	}
	return 0, fmt.Errorf("%w: Rand gave %d out-of-range draws in a row, it does not look random",
		ErrInvalidCodeGenerator, maxDrawRejects)
}

// byteSource buffers reads from a random source.
type byteSource struct {
	r        io.Reader
	buf      []byte
	pos, end int
}

// newByteSource reads from r, crypto/rand.Reader if nil, in reads of at
// most randBufferSize bytes, fewer when about need bytes will do.
func newByteSource(r io.Reader, need int) *byteSource {
	if r == nil {
		r = rand.Reader
	}
	size := randBufferSize
	if need >= 0 && need < size/2 {
		size = 2*need + 16
	}
	return &byteSource{r: r, buf: make([]byte, size)}
}

// next returns the next width bytes as a big-endian number.
func (s *byteSource) next(width int) (uint32, error) {
	var v uint32
	for range width {
		if s.pos == s.end {
			if err := s.fill(); err != nil {
				return 0, err
			}
		}
		v = v<<8 | uint32(s.buf[s.pos])
		s.pos++
	}
	return v, nil
}

func (s *byteSource) fill() error {
	for range maxEmptyReads {
		n, err := s.r.Read(s.buf)
		if n < 0 || n > len(s.buf) {
			return fmt.Errorf("%w: Rand read %d bytes into a buffer of %d", ErrInvalidCodeGenerator, n, len(s.buf))
		}
		if n > 0 {
			s.pos, s.end = 0, n
			return nil
		}
		if err != nil {
			return fmt.Errorf("promo: reading random bytes: %w", err)
		}
	}
	return fmt.Errorf("promo: reading random bytes: %w", io.ErrNoProgress)
}
