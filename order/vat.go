package order

import (
	"github.com/comptoir/comptoir/money"
	"github.com/shopspring/decimal"
)

// The VAT checks compare each VAT amount with its net amount times the
// rate. Validate cannot know how the shop rounded, so it accepts the two
// policies in use and anything between them:
//
//   - per line: the VAT of each line and of each shipping share is rounded
//     on its own, taken on the net (VAT = net × r) or on the gross (VAT =
//     gross × r / (1 + r));
//   - per rate: the VAT of each rate is rounded once on the document's total
//     at that rate (lines and shipping share), on the net or on the gross,
//     and allocated back to the lines and the shipping share in proportion
//     to the amounts it was taken on, by largest remainder.
//
// Let e = VAT − Net × r in minor units, and G = Net + VAT the gross.
//
//   - Per line, on the net: |e| <= 1/2.
//   - Per line, on the gross: e = VAT − (G − VAT)·r = (1 + r)·(VAT − G·r/(1 + r)),
//     so |e| <= (1 + r)/2.
//   - Per rate: the rounded total T is within 1/2 of the exact VAT of the
//     rate's total W. A part's exact share T·a/W of it is then within
//     (1/2)·a/W <= 1/2 of the part's own exact VAT, and largest remainder
//     gives the part less than one unit more or less than its share: less
//     than 3/2 from its exact VAT in all, which is e itself on the net and
//     e/(1 + r) on the gross. So |e| < 3(1 + r)/2.
//
// An amount (a line, a shipping share) therefore passes when |e| < 3(1+r)/2
// minor units: below 1.82 at 21 %, 1.59 at 6 %, always below 3. A sum of n
// amounts at one rate (an entry of the VAT breakdown) is within n(1+r)/2
// per line (each of its terms is within (1+r)/2) and within (1+r)/2 per
// rate (it is the rounded total), so it passes when |e| <= n(1+r)/2. At
// rate 0 there is nothing to round: every VAT is exactly zero.

// amountSlack is k for one amount: |e| < amountSlack·(1+r)/2.
const amountSlack = 3

// vat checks the VAT at w.vat against net × r: exactly zero at rate 0,
// otherwise 2|VAT − net·r| < k(1+r) minor units (<= when not strict). It
// checks nothing when an amount is already reported (another currency, or
// negative); r must pass rateOK.
func (c *checker) vat(w where, r decimal.Decimal, net, vat money.Money, k int64, strict bool) {
	if c.cur.IsZero() || net.Currency() != c.cur || vat.Currency() != c.cur || net.Sign() < 0 || vat.Sign() < 0 {
		return
	}
	if r.Sign() == 0 {
		if !vat.IsZero() {
			c.addf(w.at("vat"), "VAT %v at rate 0, where it is zero", vat)
		}
		return
	}
	if vatNear(c.cur, net.Minor(), vat.Minor(), r, k, strict) {
		return
	}
	// The allowance k(1+r)/2 minor units, in major units.
	allow := decimal.NewFromInt(k).Mul(decimal.NewFromInt(1).Add(r)).Mul(decimal.New(5, -1)).Shift(-int32(c.cur.Digits()))
	bound := "below"
	if !strict {
		bound = "within"
	}
	c.addf(w.at("vat"), "VAT %v, but net %v × rate %s = %s %s: rounding keeps VAT %s %s %s of it",
		vat, net, r, net.Decimal().Mul(r), c.cur.Code(), bound, allow, c.cur.Code())
}

// vatNear reports whether 2|v − n·r| < k(1+r) (<= when not strict), exactly,
// for amounts n and v in minor units, a rate 0 < r < 1 and k > 0. Amounts
// of realistic size take the 128-bit path of money.Money.Mul and do not
// allocate; cur is any currency, for the arithmetic.
func vatNear(cur money.Currency, n, v int64, r decimal.Decimal, k int64, strict bool) bool {
	const limit = 1 << 60 // 2n ± k and 2v ± k cannot overflow below it
	if n <= -limit || n >= limit || v <= -limit || v >= limit || k <= 0 || k >= limit {
		return vatNearExact(n, v, r, k, strict)
	}
	// 2|v − n·r| < k(1+r) ⇔ 2v − k < (2n + k)·r and (2n − k)·r < 2v + k.
	// For a whole number a and a real y, a < y ⇔ a < ⌈y⌉ and a > y ⇔
	// a > ⌊y⌋; a <= y ⇔ a <= ⌊y⌋ and a >= y ⇔ a >= ⌈y⌉.
	up, down := money.Ceiling, money.Floor
	if !strict {
		up, down = money.Floor, money.Ceiling
	}
	hi, err1 := mulMinor(cur, 2*n+k, r, up)
	lo, err2 := mulMinor(cur, 2*n-k, r, down)
	if err1 != nil || err2 != nil {
		return vatNearExact(n, v, r, k, strict)
	}
	if strict {
		return 2*v-k < hi && lo < 2*v+k
	}
	return 2*v-k <= hi && lo <= 2*v+k
}

// mulMinor returns x × r rounded with mode, x and the result in minor units.
func mulMinor(cur money.Currency, x int64, r decimal.Decimal, mode money.RoundingMode) (int64, error) {
	m, err := money.FromMinor(x, cur)
	if err != nil {
		return 0, err
	}
	p, err := m.Mul(r, mode)
	return p.Minor(), err
}

// vatNearExact is vatNear in decimals, for any size.
func vatNearExact(n, v int64, r decimal.Decimal, k int64, strict bool) bool {
	twice := decimal.NewFromInt(v).Sub(decimal.NewFromInt(n).Mul(r)).Abs().Mul(decimal.NewFromInt(2))
	allow := decimal.NewFromInt(k).Mul(decimal.NewFromInt(1).Add(r))
	if strict {
		return twice.LessThan(allow)
	}
	return twice.LessThanOrEqual(allow)
}
