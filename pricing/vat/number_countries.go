package vat

import (
	"time"

	"github.com/comptoir/comptoir/calendar"
)

// The per-prefix formats and check-digit algorithms. They follow the
// published rules (the national administrations' descriptions and those of
// python-stdnum's documentation, an LGPL library whose code is not used
// here), written here afresh. Each check takes the body upper-cased and
// without separators, after the legacy padding of Belgian and Greek bodies.

// numInfo describes a prefix for messages.
type numInfo struct {
	country string // ISO 3166-1 alpha-2, "" for EU
	name    string // adjective for messages: "Belgian"
	format  string // the format in words
}

// numInfoOf returns the description of a known prefix. It is a switch, not a
// package-level map, so nothing in the package can be changed at run time.
func numInfoOf(prefix string) numInfo {
	switch prefix {
	case "AT":
		return numInfo{"AT", "Austrian", "U followed by 8 digits"}
	case "BE":
		return numInfo{"BE", "Belgian", "10 digits starting with 0 or 1 (or the legacy 9 digits)"}
	case "BG":
		return numInfo{"BG", "Bulgarian", "9 digits (legal entities) or 10 digits (persons, foreigners, others)"}
	case "CY":
		return numInfo{"CY", "Cypriot", "8 digits, not starting with 12, followed by a check letter"}
	case "CZ":
		return numInfo{"CZ", "Czech", "8 digits (legal entities), or 9 or 10 digits (persons)"}
	case "DE":
		return numInfo{"DE", "German", "9 digits, not starting with 0"}
	case "DK":
		return numInfo{"DK", "Danish", "8 digits, not starting with 0"}
	case "EE":
		return numInfo{"EE", "Estonian", "9 digits starting with 10"}
	case "EL":
		return numInfo{"GR", "Greek", "9 digits (or the legacy 8 digits)"}
	case "ES":
		return numInfo{"ES", "Spanish", "9 characters: a digit or one of the letters ABCDEFGHJKLMNPQRSUVWXYZ, 7 digits, and a check digit or letter"}
	case "EU":
		return numInfo{"", "non-Union OSS", "9 digits, the first 3 the ISO 3166-1 numeric code of a Member State"}
	case "FI":
		return numInfo{"FI", "Finnish", "8 digits"}
	case "FR":
		return numInfo{"FR", "French", "a 2-character key (digits, or letters other than I and O) followed by the 9-digit SIREN"}
	case "HR":
		return numInfo{"HR", "Croatian", "11 digits (the OIB)"}
	case "HU":
		return numInfo{"HU", "Hungarian", "8 digits"}
	case "IE":
		return numInfo{"IE", "Irish", "7 digits and a check letter, optionally followed by A to I or W; or the old form of a digit, a letter, + or *, 5 digits and a check letter"}
	case "IT":
		return numInfo{"IT", "Italian", "11 digits"}
	case "LT":
		return numInfo{"LT", "Lithuanian", "9 digits with 1 as the 8th, or 12 digits with 1 as the 11th"}
	case "LU":
		return numInfo{"LU", "Luxembourg", "8 digits"}
	case "LV":
		return numInfo{"LV", "Latvian", "11 digits"}
	case "MT":
		return numInfo{"MT", "Maltese", "8 digits, not starting with 0"}
	case "NL":
		return numInfo{"NL", "Dutch", "9 digits, B and 2 digits"}
	case "PL":
		return numInfo{"PL", "Polish", "10 digits"}
	case "PT":
		return numInfo{"PT", "Portuguese", "9 digits, not starting with 0"}
	case "RO":
		return numInfo{"RO", "Romanian", "2 to 10 digits, not starting with 0"}
	case "SE":
		return numInfo{"SE", "Swedish", "12 digits ending in 01"}
	case "SI":
		return numInfo{"SI", "Slovenian", "8 digits, not starting with 0"}
	case "SK":
		return numInfo{"SK", "Slovak", "10 digits, not starting with 0, the third one of 2, 3, 4, 7, 8, 9"}
	case "XI":
		return numInfo{"GB", "Northern Ireland", "9 digits, 12 digits (branch traders), GD or HA and 3 digits, or GD8888 or HA8888 and 5 digits"}
	}
	return numInfo{}
}

// numCanonBody checks body for prefix and writes its canonical form to dst
// (which has room for len(body)+1 bytes), returning the length written.
func numCanonBody(prefix string, body, dst []byte) (int, *numProblem) {
	// Legacy bodies one digit short: the Belgian enterprise number had 9
	// digits before 2005, the Greek AFM 8. Both gained a leading 0.
	n := 0
	if (prefix == "BE" && len(body) == 9 || prefix == "EL" && len(body) == 8) && numAllDigits(body) {
		dst[0] = '0'
		n = 1
	}
	n += copy(dst[n:], body)
	b := dst[:n]
	var p *numProblem
	switch prefix {
	case "AT":
		p = numCheckAT(b)
	case "BE":
		p = numCheckBE(b)
	case "BG":
		p = numCheckBG(b)
	case "CY":
		p = numCheckCY(b)
	case "CZ":
		p = numCheckCZ(b)
	case "DE":
		p = numCheckDE(b)
	case "DK":
		p = numCheckDK(b)
	case "EE":
		p = numCheckEE(b)
	case "EL":
		p = numCheckEL(b)
	case "ES":
		p = numCheckES(b)
	case "EU":
		p = numCheckEU(b)
	case "FI":
		p = numCheckFI(b)
	case "FR":
		p = numCheckFR(b)
	case "HR":
		p = numCheckHR(b)
	case "HU":
		p = numCheckHU(b)
	case "IE":
		p = numCheckIE(b)
	case "IT":
		p = numCheckIT(b)
	case "LT":
		p = numCheckLT(b)
	case "LU":
		p = numCheckLU(b)
	case "LV":
		p = numCheckLV(b)
	case "MT":
		p = numCheckMT(b)
	case "NL":
		p = numCheckNL(b)
	case "PL":
		p = numCheckPL(b)
	case "PT":
		p = numCheckPT(b)
	case "RO":
		p = numCheckRO(b)
	case "SE":
		p = numCheckSE(b)
	case "SI":
		p = numCheckSI(b)
	case "SK":
		p = numCheckSK(b)
	case "XI":
		p = numCheckXI(b)
	default:
		p = &numProblem{reason: ErrUnknownPrefix, detail: "unknown prefix " + prefix}
	}
	if p != nil {
		return 0, p
	}
	return n, nil
}

// numFormatProblem reports a body that does not have its country's format.
func numFormatProblem(prefix string, b []byte) *numProblem {
	info := numInfoOf(prefix)
	return numBadFormat("%s VAT numbers are %s; got %q", info.name, info.format, string(b))
}

// numCheckProblem reports check digits that do not match.
func numCheckProblem(prefix string, got, want string) *numProblem {
	return numBadCheck("%s check is %s, expected %s", numInfoOf(prefix).name, got, want)
}

func numAllDigits(b []byte) bool {
	for _, c := range b {
		if !numIsDigit(c) {
			return false
		}
	}
	return true
}

// numValue returns the value of a run of at most 18 decimal digits.
func numValue(b []byte) int64 {
	var v int64
	for _, c := range b {
		v = v*10 + int64(c-'0')
	}
	return v
}

// numWeighted returns the sum of the digits of b times the weights, pairwise
// from the left; extra digits or weights are ignored.
func numWeighted(b []byte, weights ...int) int {
	s := 0
	for i, c := range b {
		if i == len(weights) {
			break
		}
		s += int(c-'0') * weights[i]
	}
	return s
}

// numLuhnValid reports whether the digits pass the Luhn (mod 10) check:
// from the right, every second digit doubled and its digits added.
func numLuhnValid(b []byte) bool {
	return numLuhnSum(b, false)%10 == 0
}

// numLuhnSum returns the Luhn sum of b; with payload true, b lacks its check
// digit, so the rightmost digit is the first doubled.
func numLuhnSum(b []byte, payload bool) int {
	s := 0
	double := payload
	for i := len(b) - 1; i >= 0; i-- {
		d := int(b[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		s += d
		double = !double
	}
	return s
}

// numMod11_10 returns the ISO 7064 MOD 11,10 check digit of the digits b.
func numMod11_10(b []byte) int {
	p := 10
	for _, c := range b {
		s := (p + int(c-'0')) % 10
		if s == 0 {
			s = 10
		}
		p = s * 2 % 11
	}
	return (11 - p) % 10
}

// numValidDate reports whether year, month and day name a day of the
// proleptic Gregorian calendar.
func numValidDate(year, month, day int) bool {
	_, err := calendar.NewDate(year, time.Month(month), day)
	return err == nil
}

func numDigitString(d int) string { return string(rune('0' + d)) }

// Austria: U and 8 digits (the UID). The check digit is
// (10 - (s + 4) mod 10) mod 10, where s adds the digits in odd positions and
// the digit sums of the doubled digits in even positions of the 7 digits.
func numCheckAT(b []byte) *numProblem {
	if len(b) != 9 || b[0] != 'U' || !numAllDigits(b[1:]) {
		return numFormatProblem("AT", b)
	}
	s := numLuhnSum(b[1:8], false) // digits 2, 4, 6 (from the left) doubled
	want := (10 - (s+4)%10) % 10
	if int(b[8]-'0') != want {
		return numCheckProblem("AT", string(b[8:]), numDigitString(want))
	}
	return nil
}

// Belgium: 10 digits starting with 0 or 1; the last two are
// 97 - (first 8 mod 97), so 97 and never 00.
func numCheckBE(b []byte) *numProblem {
	if len(b) != 10 || !numAllDigits(b) || b[0] > '1' {
		return numFormatProblem("BE", b)
	}
	want := 97 - numValue(b[:8])%97
	if numValue(b[8:]) != want {
		return numBadCheck("Belgian check digits are %s, expected %02d (97 - %s mod 97)", string(b[8:]), want, string(b[:8]))
	}
	return nil
}

// Bulgaria: 9 digits for legal entities, weights 1..8 mod 11 (weights 3..10
// when that gives 10, then 10 counts as 0); 10 digits for a person (EGN:
// birth date and weights 2 4 8 5 10 9 7 3 6 mod 11), a foreigner (PNF:
// weights 21 19 17 13 11 9 7 3 1 mod 10) or others (weights 4 3 2 7 6 5 4 3 2,
// 11 - sum mod 11); a 10-digit number is valid when one of the three holds.
func numCheckBG(b []byte) *numProblem {
	if !numAllDigits(b) || len(b) != 9 && len(b) != 10 {
		return numFormatProblem("BG", b)
	}
	if len(b) == 9 {
		c := numWeighted(b, 1, 2, 3, 4, 5, 6, 7, 8) % 11
		if c == 10 {
			c = numWeighted(b, 3, 4, 5, 6, 7, 8, 9, 10) % 11 % 10
		}
		if int(b[8]-'0') != c {
			return numCheckProblem("BG", string(b[8:]), numDigitString(c))
		}
		return nil
	}
	last := int(b[9] - '0')
	// EGN, the personal number: YYMMDD, the month plus 20 for the 1800s and
	// plus 40 for the 2000s.
	year, month, day := 1900+int(numValue(b[0:2])), int(numValue(b[2:4])), int(numValue(b[4:6]))
	switch {
	case month > 40:
		year, month = year+100, month-40
	case month > 20:
		year, month = year-100, month-20
	}
	if numValidDate(year, month, day) && numWeighted(b, 2, 4, 8, 5, 10, 9, 7, 3, 6)%11%10 == last {
		return nil
	}
	// PNF, the number of a foreigner.
	if numWeighted(b, 21, 19, 17, 13, 11, 9, 7, 3, 1)%10 == last {
		return nil
	}
	// Others.
	if c := (11 - numWeighted(b, 4, 3, 2, 7, 6, 5, 4, 3, 2)%11) % 11; c == last {
		return nil
	}
	return numBadCheck("Bulgarian 10-digit number %s matches none of the personal (EGN), foreigner (PNF) and other checks", string(b))
}

// Cyprus: 8 digits and a letter. The digits in odd positions (from the left)
// count as 1 0 5 7 9 13 15 17 19 21 for 0..9, the others at face value; the
// letter is A + sum mod 26. Numbers starting with 12 are not issued.
func numCheckCY(b []byte) *numProblem {
	if len(b) != 9 || !numAllDigits(b[:8]) || !numIsLetter(b[8]) || b[0] == '1' && b[1] == '2' {
		return numFormatProblem("CY", b)
	}
	odd := [10]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21}
	s := 0
	for i := 0; i < 8; i++ {
		d := int(b[i] - '0')
		if i%2 == 0 {
			s += odd[d]
		} else {
			s += d
		}
	}
	want := byte('A' + s%26)
	if b[8] != want {
		return numCheckProblem("CY", string(b[8:]), string(rune(want)))
	}
	return nil
}

// Czech Republic: 8 digits for legal entities (weights 8..2 mod 11, with the
// remainders 0 and 10 giving 1 and 1 giving 0; not starting with 9); 9 digits
// starting with 6 for individuals without a birth number (weights 8..2 on the
// 7 middle digits); otherwise the 9- or 10-digit birth number (rodné číslo):
// YYMMDD with 50 added to the month for women and 20 when a day's serials ran
// out (since 2004), 9 digits only before 1954, and a 10-digit number a
// multiple of 11 (or first 9 digits mod 11 = 10 and a last digit 0).
func numCheckCZ(b []byte) *numProblem {
	if !numAllDigits(b) || len(b) < 8 || len(b) > 10 {
		return numFormatProblem("CZ", b)
	}
	switch {
	case len(b) == 8:
		if b[0] == '9' {
			return numFormatProblem("CZ", b)
		}
		r := numWeighted(b, 8, 7, 6, 5, 4, 3, 2) % 11
		want := (11 - r) % 11
		switch want {
		case 0:
			want = 1
		case 10:
			want = 0
		}
		if int(b[7]-'0') != want {
			return numCheckProblem("CZ", string(b[7:]), numDigitString(want))
		}
		return nil
	case len(b) == 9 && b[0] == '6':
		r := numWeighted(b[1:8], 8, 7, 6, 5, 4, 3, 2) % 11
		want := ((8-(10-r)%11)%10 + 10) % 10
		if int(b[8]-'0') != want {
			return numCheckProblem("CZ", string(b[8:]), numDigitString(want))
		}
		return nil
	}
	year := 1900 + int(numValue(b[0:2]))
	month := int(numValue(b[2:4])) % 50 % 20
	day := int(numValue(b[4:6]))
	if len(b) == 9 {
		if year >= 1980 {
			year -= 100
		}
		if year > 1953 {
			return numBadFormat("Czech 9-digit birth numbers were issued before 1954; %s says %d", string(b), year)
		}
	} else if year < 1954 {
		year += 100
	}
	if !numValidDate(year, month, day) {
		return numBadFormat("Czech birth number %s holds no valid date (%s)", string(b), string(b[:6]))
	}
	if len(b) == 10 {
		want := int(numValue(b[:9]) % 11 % 10)
		if int(b[9]-'0') != want {
			return numCheckProblem("CZ", string(b[9:]), numDigitString(want))
		}
	}
	return nil
}

// Germany: 9 digits not starting with 0; the last is the ISO 7064
// MOD 11,10 check digit of the first 8.
func numCheckDE(b []byte) *numProblem {
	if len(b) != 9 || !numAllDigits(b) || b[0] == '0' {
		return numFormatProblem("DE", b)
	}
	if want := numMod11_10(b[:8]); int(b[8]-'0') != want {
		return numCheckProblem("DE", string(b[8:]), numDigitString(want))
	}
	return nil
}

// Denmark: 8 digits not starting with 0; weights 2 7 6 5 4 3 2 1, sum a
// multiple of 11.
func numCheckDK(b []byte) *numProblem {
	if len(b) != 8 || !numAllDigits(b) || b[0] == '0' {
		return numFormatProblem("DK", b)
	}
	if r := numWeighted(b, 2, 7, 6, 5, 4, 3, 2, 1) % 11; r != 0 {
		return numBadCheck("Danish weighted sum of %s is %d mod 11, expected 0", string(b), r)
	}
	return nil
}

// Estonia: 9 digits starting with 10; weights 3 7 1 3 7 1 3 7 on the first
// 8, the check digit makes the sum a multiple of 10.
func numCheckEE(b []byte) *numProblem {
	if len(b) != 9 || !numAllDigits(b) || b[0] != '1' || b[1] != '0' {
		return numFormatProblem("EE", b)
	}
	want := (10 - numWeighted(b, 3, 7, 1, 3, 7, 1, 3, 7)%10) % 10
	if int(b[8]-'0') != want {
		return numCheckProblem("EE", string(b[8:]), numDigitString(want))
	}
	return nil
}

// Greece: 9 digits; weights 256 128 ... 2 on the first 8, sum mod 11 mod 10.
func numCheckEL(b []byte) *numProblem {
	if len(b) != 9 || !numAllDigits(b) {
		return numFormatProblem("EL", b)
	}
	want := numWeighted(b, 256, 128, 64, 32, 16, 8, 4, 2) % 11 % 10
	if int(b[8]-'0') != want {
		return numCheckProblem("EL", string(b[8:]), numDigitString(want))
	}
	return nil
}

// numESLetters is the check letter of a DNI, indexed by the number mod 23.
const numESLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// Spain: 9 characters, the middle 7 digits.
//   - DNI (Spanish people): 8 digits and the letter of the number mod 23;
//     K, L and M numbers (minors, residents abroad, foreigners without a NIE)
//     the letter of their 7 digits.
//   - NIE (foreigners): X, Y or Z (read as 0, 1, 2), 7 digits and the DNI
//     letter of the 8-digit number.
//   - CIF (legal entities): a letter of ABCDEFGHJNPQRSUVW, 7 digits and the
//     Luhn check digit of the 7 digits, or the letter JABCDEFGHI indexed by it.
//     Which types use the digit and which the letter is not consistently
//     documented, so both are accepted, as python-stdnum does.
func numCheckES(b []byte) *numProblem {
	if len(b) != 9 || !numAllDigits(b[1:8]) {
		return numFormatProblem("ES", b)
	}
	first, last := b[0], b[8]
	switch {
	case numIsDigit(first) || first == 'X' || first == 'Y' || first == 'Z' || first == 'K' || first == 'L' || first == 'M':
		var v int64
		switch first {
		case 'X', 'Y', 'Z':
			v = int64(first-'X')*10_000_000 + numValue(b[1:8])
		case 'K', 'L', 'M':
			v = numValue(b[1:8])
		default:
			v = numValue(b[:8])
		}
		want := numESLetters[v%23]
		if !numIsLetter(last) {
			return numFormatProblem("ES", b)
		}
		if last != want {
			return numCheckProblem("ES", string(rune(last)), string(rune(want)))
		}
		return nil
	case first >= 'A' && first <= 'W' && first != 'I' && first != 'K' && first != 'L' && first != 'M' && first != 'O' && first != 'T':
		c := (10 - numLuhnSum(b[1:8], true)%10) % 10
		digit, letter := byte('0'+c), "JABCDEFGHI"[c]
		if last != digit && last != letter {
			if !numIsDigit(last) && !numIsLetter(last) {
				return numFormatProblem("ES", b)
			}
			return numCheckProblem("ES", string(rune(last)), string(rune(digit))+" or "+string(rune(letter)))
		}
		return nil
	}
	return numFormatProblem("ES", b)
}

// numCheckEU: 9 digits, the first 3 the ISO 3166-1 numeric code of the
// Member State of identification. The last digit is a check digit, but its
// algorithm (in the Commission's Mini-1SS technical specifications) is not
// public, so it is not checked.
func numCheckEU(b []byte) *numProblem {
	if len(b) != 9 || !numAllDigits(b) {
		return numFormatProblem("EU", b)
	}
	switch string(b[:3]) {
	case "040", "056", "100", "191", "196", "203", "208", "233", "246", "250",
		"276", "300", "348", "372", "380", "428", "440", "442", "470", "528",
		"616", "620", "642", "703", "705", "724", "752":
		return nil
	}
	return numBadFormat("non-Union OSS numbers start with the ISO 3166-1 numeric code of a Member State; %s is not one", string(b[:3]))
}

// Finland: 8 digits; weights 7 9 10 5 8 4 2 1, sum a multiple of 11.
func numCheckFI(b []byte) *numProblem {
	if len(b) != 8 || !numAllDigits(b) {
		return numFormatProblem("FI", b)
	}
	if r := numWeighted(b, 7, 9, 10, 5, 8, 4, 2, 1) % 11; r != 0 {
		return numBadCheck("Finnish weighted sum of %s is %d mod 11, expected 0", string(b), r)
	}
	return nil
}

// numFRAlphabet is the alphabet of the French key: digits and letters
// without I and O.
const numFRAlphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"

func numFRIndex(c byte) int {
	for i := 0; i < len(numFRAlphabet); i++ {
		if numFRAlphabet[i] == c {
			return i
		}
	}
	return -1
}

// France: a 2-character key and the 9-digit SIREN, which passes the Luhn
// check (except Monaco's numbers, whose SIREN starts with 000). A numeric key
// is (12 + 3 × (SIREN mod 97)) mod 97. An alphanumeric key (new-style
// numbers) is checked as the tax administration describes: with the key's
// characters indexed in the alphabet 0-9 A-Z without I and O, c = 24 × i1 +
// i2 - 10 when the first is a digit, 34 × i1 + i2 - 100 when it is a letter,
// and (SIREN + 1 + c / 11) mod 11 must equal c mod 11.
func numCheckFR(b []byte) *numProblem {
	if len(b) != 11 || !numAllDigits(b[2:]) {
		return numFormatProblem("FR", b)
	}
	i0, i1 := numFRIndex(b[0]), numFRIndex(b[1])
	if i0 < 0 || i1 < 0 {
		return numFormatProblem("FR", b)
	}
	siren := b[2:]
	if !(siren[0] == '0' && siren[1] == '0' && siren[2] == '0') && !numLuhnValid(siren) {
		return numBadCheck("the French SIREN %s fails the Luhn check", string(siren))
	}
	v := numValue(siren)
	if i0 < 10 && i1 < 10 {
		want := (12 + 3*(v%97)) % 97
		if int64(i0*10+i1) != want {
			return numBadCheck("French key is %s, expected %02d", string(b[:2]), want)
		}
		return nil
	}
	var c int64
	if i0 < 10 {
		c = int64(i0*24 + i1 - 10)
	} else {
		c = int64(i0*34 + i1 - 100)
	}
	if (v+1+c/11)%11 != c%11 {
		return numBadCheck("French alphanumeric key %s does not match the SIREN %s", string(b[:2]), string(siren))
	}
	return nil
}

// Croatia: the 11-digit OIB; the last is the ISO 7064 MOD 11,10 check digit
// of the first 10.
func numCheckHR(b []byte) *numProblem {
	if len(b) != 11 || !numAllDigits(b) {
		return numFormatProblem("HR", b)
	}
	if want := numMod11_10(b[:10]); int(b[10]-'0') != want {
		return numCheckProblem("HR", string(b[10:]), numDigitString(want))
	}
	return nil
}

// Hungary: 8 digits; weights 9 7 3 1 9 7 3 1, sum a multiple of 10.
func numCheckHU(b []byte) *numProblem {
	if len(b) != 8 || !numAllDigits(b) {
		return numFormatProblem("HU", b)
	}
	if r := numWeighted(b, 9, 7, 3, 1, 9, 7, 3, 1) % 10; r != 0 {
		return numBadCheck("Hungarian weighted sum of %s is %d mod 10, expected 0", string(b), r)
	}
	return nil
}

// numIEAlphabet maps a value mod 23 to the Irish check letter, and a second
// letter to its value (W is 0).
const numIEAlphabet = "WABCDEFGHIJKLMNOPQRSTUV"

// Ireland: the new format is 7 digits and a check letter, optionally followed
// by a second letter A to I (or W); the check letter is
// WABCDEFGHIJKLMNOPQRSTUV[(weights 8..2 on the digits + 9 × the second
// letter's value) mod 23]. The old format is a digit, a letter or + or *, 5
// digits and the check letter, computed as for the new format on the 7 digits
// 0, the 5 digits and the first digit.
func numCheckIE(b []byte) *numProblem {
	if (len(b) != 8 && len(b) != 9) || !numIsDigit(b[0]) || !numAllDigits(b[2:7]) || !numIsLetter(b[7]) {
		return numFormatProblem("IE", b)
	}
	var s int
	switch {
	case numIsDigit(b[1]):
		s = numWeighted(b, 8, 7, 6, 5, 4, 3, 2)
		if len(b) == 9 {
			if !(b[8] >= 'A' && b[8] <= 'I' || b[8] == 'W') {
				return numFormatProblem("IE", b)
			}
			s += 9 * numIEIndex(b[8])
		}
	case numIsLetter(b[1]) || b[1] == '+' || b[1] == '*':
		if len(b) != 8 {
			return numFormatProblem("IE", b)
		}
		var d [7]byte
		d[0] = '0'
		copy(d[1:6], b[2:7])
		d[6] = b[0]
		s = numWeighted(d[:], 8, 7, 6, 5, 4, 3, 2)
	default:
		return numFormatProblem("IE", b)
	}
	if want := numIEAlphabet[s%23]; b[7] != want {
		return numCheckProblem("IE", string(b[7:8]), string(rune(want)))
	}
	return nil
}

func numIEIndex(c byte) int {
	for i := 0; i < len(numIEAlphabet); i++ {
		if numIEAlphabet[i] == c {
			return i
		}
	}
	return 0
}

// Italy: 11 digits (the partita IVA): a 7-digit number other than 0000000,
// a 3-digit office code (001-100, 120, 121, 888 or 999) and a Luhn check
// digit over the whole.
func numCheckIT(b []byte) *numProblem {
	if len(b) != 11 || !numAllDigits(b) {
		return numFormatProblem("IT", b)
	}
	if numValue(b[:7]) == 0 {
		return numBadFormat("Italian VAT number %s has 0000000 as its company number", string(b))
	}
	office := numValue(b[7:10])
	if !(office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888 || office == 999) {
		return numBadFormat("Italian VAT number %s has the office code %s, not one of 001-100, 120, 121, 888, 999", string(b), string(b[7:10]))
	}
	if !numLuhnValid(b) {
		want := (10 - numLuhnSum(b[:10], true)%10) % 10
		return numCheckProblem("IT", string(b[10:]), numDigitString(want))
	}
	return nil
}

// Lithuania: 9 digits with 1 as the 8th (legal entities) or 12 digits with 1
// as the 11th (temporary taxpayers and persons). The check digit is the sum
// of the digits times the weights 1 2 ... 9 1 2 (repeating) mod 11; when that
// is 10, the weights start at 3 instead, and a second 10 counts as 0.
func numCheckLT(b []byte) *numProblem {
	if !numAllDigits(b) || !(len(b) == 9 && b[7] == '1' || len(b) == 12 && b[10] == '1') {
		return numFormatProblem("LT", b)
	}
	payload := b[:len(b)-1]
	s := 0
	for i, c := range payload {
		s += (1 + i%9) * int(c-'0')
	}
	want := s % 11
	if want == 10 {
		s = 0
		for i, c := range payload {
			s += (1 + (i+2)%9) * int(c-'0')
		}
		want = s % 11 % 10
	}
	if int(b[len(b)-1]-'0') != want {
		return numCheckProblem("LT", string(b[len(b)-1:]), numDigitString(want))
	}
	return nil
}

// Luxembourg: 8 digits; the last two are the first six mod 89.
func numCheckLU(b []byte) *numProblem {
	if len(b) != 8 || !numAllDigits(b) {
		return numFormatProblem("LU", b)
	}
	if want := numValue(b[:6]) % 89; numValue(b[6:]) != want {
		return numBadCheck("Luxembourg check digits are %s, expected %02d (%s mod 89)", string(b[6:]), want, string(b[:6]))
	}
	return nil
}

// Latvia: 11 digits. Legal entities (first digit above 3): weights
// 9 1 4 8 3 10 2 5 7 6 1, sum mod 11 = 3. Persons: the personal code, DDMMYY,
// a century digit (0 for the 1800s, 1 for the 1900s, 2 for the 2000s), 3
// digits and a check digit (1 + weights 10 5 8 4 2 1 6 3 7 9) mod 11 mod 10.
// Personal codes issued since July 2017 start with 32 and carry no birth date;
// their check digit is not publicly documented, so only their format is
// checked.
func numCheckLV(b []byte) *numProblem {
	if len(b) != 11 || !numAllDigits(b) {
		return numFormatProblem("LV", b)
	}
	switch {
	case b[0] > '3':
		if r := numWeighted(b, 9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1) % 11; r != 3 {
			return numBadCheck("Latvian weighted sum of %s is %d mod 11, expected 3", string(b), r)
		}
		return nil
	case b[0] == '3' && b[1] == '2':
		return nil
	}
	day, month := int(numValue(b[0:2])), int(numValue(b[2:4]))
	year := 1800 + 100*int(b[6]-'0') + int(numValue(b[4:6]))
	if b[6] > '2' || !numValidDate(year, month, day) {
		return numBadFormat("Latvian personal code %s holds no valid birth date (%s, century digit %c)", string(b), string(b[:6]), b[6])
	}
	want := (1 + numWeighted(b, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9)) % 11 % 10
	if int(b[10]-'0') != want {
		return numCheckProblem("LV", string(b[10:]), numDigitString(want))
	}
	return nil
}

// Malta: 8 digits not starting with 0; weights 3 4 6 7 8 9 10 1, sum a
// multiple of 37.
func numCheckMT(b []byte) *numProblem {
	if len(b) != 8 || !numAllDigits(b) || b[0] == '0' {
		return numFormatProblem("MT", b)
	}
	if r := numWeighted(b, 3, 4, 6, 7, 8, 9, 10, 1) % 37; r != 0 {
		return numBadCheck("Maltese weighted sum of %s is %d mod 37, expected 0", string(b), r)
	}
	return nil
}

// Netherlands: 9 digits, B and 2 digits. Companies: the 9 digits are an RSIN
// passing the 11-test (weights 9..2 and -1, sum a multiple of 11), and the
// last two number the fiscal unit, from 01. Sole proprietors since 2020: the
// whole "NL" + body passes ISO 7064 MOD 97-10 (letters read as 10..35, the
// number mod 97 = 1).
func numCheckNL(b []byte) *numProblem {
	if len(b) != 12 || !numAllDigits(b[:9]) || b[9] != 'B' || !numAllDigits(b[10:]) {
		return numFormatProblem("NL", b)
	}
	// MOD 97-10 over N L digits B digits: N = 23, L = 21, B = 11.
	r := (23*100 + 21) % 97
	for _, c := range b {
		if c == 'B' {
			r = (r*100 + 11) % 97
		} else {
			r = (r*10 + int(c-'0')) % 97
		}
	}
	if r == 1 {
		return nil
	}
	if numValue(b[:9]) == 0 {
		return numFormatProblem("NL", b)
	}
	s := numWeighted(b, 9, 8, 7, 6, 5, 4, 3, 2) - int(b[8]-'0')
	if s%11 != 0 {
		return numBadCheck("Dutch number %s passes neither the 11-test of its 9 digits (sum %d mod 11 = %d) nor the mod 97 check of sole proprietors' numbers", string(b), s, (s%11+11)%11)
	}
	if b[10] == '0' && b[11] == '0' {
		return numBadFormat("Dutch fiscal unit numbers start at B01; got %s", string(b[9:]))
	}
	return nil
}

// Poland: 10 digits (the NIP); weights 6 5 7 2 3 4 5 6 7 mod 11 give the
// last digit (10 is never issued).
func numCheckPL(b []byte) *numProblem {
	if len(b) != 10 || !numAllDigits(b) {
		return numFormatProblem("PL", b)
	}
	want := numWeighted(b, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11
	if want == 10 {
		return numBadCheck("Polish weighted sum of %s is 10 mod 11, which no number has", string(b[:9]))
	}
	if int(b[9]-'0') != want {
		return numCheckProblem("PL", string(b[9:]), numDigitString(want))
	}
	return nil
}

// Portugal: 9 digits not starting with 0 (the NIF); the check digit is
// 11 - (weights 9..2) mod 11, 10 and 11 giving 0.
func numCheckPT(b []byte) *numProblem {
	if len(b) != 9 || !numAllDigits(b) || b[0] == '0' {
		return numFormatProblem("PT", b)
	}
	want := 11 - numWeighted(b, 9, 8, 7, 6, 5, 4, 3, 2)%11
	if want >= 10 {
		want = 0
	}
	if int(b[8]-'0') != want {
		return numCheckProblem("PT", string(b[8:]), numDigitString(want))
	}
	return nil
}

// Romania: 2 to 10 digits not starting with 0 (the CIF); the digits before
// the last, right-aligned under the weights 7 5 3 2 1 7 5 3 2, give
// 10 × sum mod 11 mod 10. (The 13-digit personal CNP that some sources
// accept is not a format VIES knows, and is rejected.)
func numCheckRO(b []byte) *numProblem {
	if len(b) < 2 || len(b) > 10 || !numAllDigits(b) || b[0] == '0' {
		return numFormatProblem("RO", b)
	}
	weights := [9]int{7, 5, 3, 2, 1, 7, 5, 3, 2}
	payload := b[:len(b)-1]
	off := 9 - len(payload)
	s := 0
	for i, c := range payload {
		s += weights[off+i] * int(c-'0')
	}
	want := 10 * s % 11 % 10
	if int(b[len(b)-1]-'0') != want {
		return numCheckProblem("RO", string(b[len(b)-1:]), numDigitString(want))
	}
	return nil
}

// Sweden: 12 digits, the 10-digit organisation or personal number (Luhn
// check) and 01.
func numCheckSE(b []byte) *numProblem {
	if len(b) != 12 || !numAllDigits(b) || b[10] != '0' || b[11] != '1' {
		return numFormatProblem("SE", b)
	}
	if !numLuhnValid(b[:10]) {
		want := (10 - numLuhnSum(b[:9], true)%10) % 10
		return numCheckProblem("SE", string(b[9:10]), numDigitString(want))
	}
	return nil
}

// Slovenia: 8 digits not starting with 0; the check digit is
// 11 - (weights 8..2) mod 11, 10 giving 0 and 11 never issued.
func numCheckSI(b []byte) *numProblem {
	if len(b) != 8 || !numAllDigits(b) || b[0] == '0' {
		return numFormatProblem("SI", b)
	}
	want := 11 - numWeighted(b, 8, 7, 6, 5, 4, 3, 2)%11
	switch want {
	case 11:
		return numBadCheck("Slovenian weighted sum of %s is 0 mod 11, which no number has", string(b[:7]))
	case 10:
		want = 0
	}
	if int(b[7]-'0') != want {
		return numCheckProblem("SI", string(b[7:]), numDigitString(want))
	}
	return nil
}

// Slovakia: 10 digits, not starting with 0, the third one of 2 3 4 7 8 9; the
// number is a multiple of 11.
func numCheckSK(b []byte) *numProblem {
	if len(b) != 10 || !numAllDigits(b) || b[0] == '0' {
		return numFormatProblem("SK", b)
	}
	switch b[2] {
	case '2', '3', '4', '7', '8', '9':
	default:
		return numFormatProblem("SK", b)
	}
	if r := numValue(b) % 11; r != 0 {
		return numBadCheck("Slovak number %s is %d mod 11, expected 0", string(b), r)
	}
	return nil
}

// Northern Ireland (XI), with the UK's formats: 9 digits, where the weights
// 8 7 6 5 4 3 2 10 1 give a sum that is 0 mod 97 (the original scheme) or,
// for numbers from 100 0000 00 on, 42 mod 97 (the "9755" scheme HMRC started
// in 2009: sum + 55 a multiple of 97); 12 digits, the same 9 and a 3-digit
// branch; GD and 3 digits below 500 (government departments), HA and 3 digits
// from 500 (health authorities); and their VIES forms GD8888 or HA8888, the
// 3 digits and those 3 digits mod 97.
func numCheckXI(b []byte) *numProblem {
	switch {
	case len(b) == 5 && (b[0] == 'G' && b[1] == 'D' || b[0] == 'H' && b[1] == 'A') && numAllDigits(b[2:]):
		return numCheckXIGovernment(b, b[2:5])
	case len(b) == 11 && (string(b[:6]) == "GD8888" || string(b[:6]) == "HA8888") && numAllDigits(b[6:]):
		if p := numCheckXIGovernment(b, b[6:9]); p != nil {
			return p
		}
		if want := numValue(b[6:9]) % 97; numValue(b[9:]) != want {
			return numBadCheck("Northern Ireland check digits are %s, expected %02d (%s mod 97)", string(b[9:]), want, string(b[6:9]))
		}
		return nil
	case (len(b) == 9 || len(b) == 12) && numAllDigits(b):
		r := numWeighted(b[:9], 8, 7, 6, 5, 4, 3, 2, 10, 1) % 97
		if r == 0 || r == 42 && numValue(b[:3]) >= 100 {
			return nil
		}
		return numBadCheck("Northern Ireland weighted sum of %s is %d mod 97, expected 0 (or 42 from 100 0000 00 on)", string(b[:9]), r)
	}
	return numFormatProblem("XI", b)
}

// numCheckXIGovernment checks the range of a government department (GD,
// below 500) or health authority (HA, 500 and above) number.
func numCheckXIGovernment(b, digits []byte) *numProblem {
	v := numValue(digits)
	if b[0] == 'G' && v >= 500 {
		return numBadFormat("Northern Ireland government department numbers (GD) are below 500; got %s", string(digits))
	}
	if b[0] == 'H' && v < 500 {
		return numBadFormat("Northern Ireland health authority numbers (HA) are 500 and above; got %s", string(digits))
	}
	return nil
}
