package refund

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/comptoir/comptoir/money"
)

// Payment is a payment received for the order, as far as a refund needs it.
type Payment struct {
	// Ref identifies the payment (the provider's or comptoir's payment
	// reference); unique among the payments given.
	Ref string
	// Means is the means it was made with.
	Means Means
	// Amount is what was received; positive.
	Amount money.Money
	// Refunded is what was already refunded on it; between zero and
	// Amount. The zero Money counts as zero.
	Refunded money.Money
	// At is when it was received; it orders the payments.
	At time.Time
}

// AllocOrder is the order in which payments are refunded. The zero value,
// NewestFirst, is the default.
type AllocOrder uint8

// The allocation orders.
const (
	// NewestFirst refunds the latest payment first: a voucher or store
	// credit used to top up is usually the last payment, and a card
	// authorisation refunded soon after its capture is cheapest.
	NewestFirst AllocOrder = iota
	// OldestFirst refunds the earliest payment first.
	OldestFirst
)

// String returns the order's name ("newest_first").
func (o AllocOrder) String() string {
	switch o {
	case NewestFirst:
		return "newest_first"
	case OldestFirst:
		return "oldest_first"
	}
	return "AllocOrder(" + strconv.Itoa(int(o)) + ")"
}

// Valid reports whether o is one of the constants.
func (o AllocOrder) Valid() bool { return o <= OldestFirst }

// AllocPolicy says how a refund is spread over the order's payments. The
// zero AllocPolicy refunds by the same means as paid, newest payment first,
// as Directive 2011/83/EU art. 13(1) requires by default.
type AllocPolicy struct {
	// Order orders the payments by time.
	Order AllocOrder
	// Priority, when not empty, lists means to refund before the others,
	// in that order (MeansVoucher first, say, to give the voucher back
	// before the card); the means it does not list come after, by Order.
	Priority []Means
	// Agreed, when set, is a means the consumer expressly agreed to be
	// refunded by instead (store credit): the whole amount then goes by it
	// in one instruction without a payment reference. It must be free of
	// charge for the consumer (art. 13(1)); that is the caller's to ensure.
	Agreed Means
}

// Instruction is one refund to make: an amount back by a means, on a
// payment.
type Instruction struct {
	// PaymentRef is the payment to refund; empty for a refund by an agreed
	// means (AllocPolicy.Agreed).
	PaymentRef string
	// Means is the means the refund goes back by.
	Means Means
	// Amount is the amount to refund; positive.
	Amount money.Money
}

// Allocate spreads total over the payments: by the same means as each was
// paid, in the policy's order, never more on a payment than its amount less
// what it already refunded. It returns the instructions in the order to
// carry them out, none for a zero total. An amount that the payments cannot
// take in full is an *UnplacedError matching ErrUnplaced, and nothing is
// allocated; bad payments are *InputError matching ErrInvalidPayment. The
// payments slice is not modified.
func Allocate(total money.Money, paid []Payment, p AllocPolicy) ([]Instruction, error) {
	if err := checkAllocPolicy(p); err != nil {
		return nil, err
	}
	if total.Sign() < 0 || (total.Sign() > 0 && total.Currency().IsZero()) {
		return nil, inputErr(ErrInvalidRequest, "total", "%v is not a refundable amount", total)
	}
	left, room, err := refundable(total, paid)
	if err != nil {
		return nil, err
	}
	if total.IsZero() {
		return nil, nil
	}
	if room < total.Minor() {
		rem, _ := money.FromMinor(total.Minor()-room, total.Currency())
		return nil, &UnplacedError{Amount: total, Remaining: rem}
	}
	if p.Agreed != "" {
		return []Instruction{{Means: p.Agreed, Amount: total}}, nil
	}
	var out []Instruction
	rest := total.Minor()
	for _, i := range allocOrder(paid, p) {
		if rest == 0 {
			break
		}
		if take := min(left[i], rest); take > 0 {
			amt, _ := money.FromMinor(take, total.Currency())
			out = append(out, Instruction{PaymentRef: paid[i].Ref, Means: paid[i].Means, Amount: amt})
			rest -= take
		}
	}
	return out, nil
}

// checkAllocPolicy refuses unknown values in the policy.
func checkAllocPolicy(p AllocPolicy) error {
	if !p.Order.Valid() {
		return inputErr(ErrInvalidPolicy, "policy.order", "unknown value %d", p.Order)
	}
	for i, m := range p.Priority {
		if !m.Valid() {
			return inputErr(ErrInvalidPolicy, fmt.Sprintf("policy.priority[%d]", i), "%v", &UnknownMeansError{Value: string(m)})
		}
		if slices.Contains(p.Priority[:i], m) {
			return inputErr(ErrInvalidPolicy, fmt.Sprintf("policy.priority[%d]", i), "%q listed twice", m)
		}
	}
	if p.Agreed != "" && !p.Agreed.Valid() {
		return inputErr(ErrInvalidPolicy, "policy.agreed", "%v", &UnknownMeansError{Value: string(p.Agreed)})
	}
	return nil
}

// refundable checks the payments and returns what is left to refund on
// each and in all.
func refundable(total money.Money, paid []Payment) ([]int64, int64, error) {
	left := make([]int64, len(paid))
	var room int64
	cur := total.Currency()
	for i, pm := range paid {
		field := func(f string) string { return fmt.Sprintf("paid[%d].%s", i, f) }
		switch {
		case pm.Ref == "":
			return nil, 0, inputErr(ErrInvalidPayment, field("ref"), "empty")
		case slices.ContainsFunc(paid[:i], func(q Payment) bool { return q.Ref == pm.Ref }):
			return nil, 0, inputErr(ErrInvalidPayment, field("ref"), "duplicate reference %q", pm.Ref)
		case !pm.Means.Valid():
			return nil, 0, inputErr(ErrInvalidPayment, field("means"), "%v", &UnknownMeansError{Value: string(pm.Means)})
		case pm.Amount.Sign() <= 0 || (!cur.IsZero() && pm.Amount.Currency() != cur):
			return nil, 0, inputErr(ErrInvalidPayment, field("amount"), "%v is not a positive amount in %v", pm.Amount, cur)
		}
		cur = pm.Amount.Currency()
		ref := pm.Refunded
		if ref != (money.Money{}) && (ref.Currency() != cur || ref.Sign() < 0 || ref.Minor() > pm.Amount.Minor()) {
			return nil, 0, inputErr(ErrInvalidPayment, field("refunded"), "%v is not between zero and %v", ref, pm.Amount)
		}
		left[i] = pm.Amount.Minor() - ref.Minor()
		sum, ok := addInt(room, left[i])
		if !ok {
			return nil, 0, inputErr(ErrInvalidPayment, field("amount"), "the payments overflow")
		}
		room = sum
	}
	return left, room, nil
}

// allocOrder returns the payments' indices in the order to refund them:
// by the rank of their means in the priority list, then by time as the
// policy says, then as given.
func allocOrder(paid []Payment, p AllocPolicy) []int {
	idx := make([]int, len(paid))
	for i := range idx {
		idx[i] = i
	}
	rank := func(m Means) int {
		if k := slices.Index(p.Priority, m); k >= 0 {
			return k
		}
		return len(p.Priority)
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if ra, rb := rank(paid[a].Means), rank(paid[b].Means); ra != rb {
			return ra - rb
		}
		c := paid[a].At.Compare(paid[b].At)
		if p.Order == NewestFirst {
			c = -c
		}
		return c
	})
	return idx
}
