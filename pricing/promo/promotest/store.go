package promotest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/comptoir/comptoir/internal/fault"
	"github.com/comptoir/comptoir/pricing/promo"
)

// Op names a Store operation, for Fail, FailNext and CallCount.
type Op string

// Store operations.
const (
	OpCounts  Op = "Counts"
	OpRedeem  Op = "Redeem"
	OpRelease Op = "Release"
	// All stands for every operation.
	All Op = "*"
)

// Store is an in-memory promo.Store. Build it with NewStore; the zero
// Store is ready to use too. It is safe for concurrent use.
type Store struct {
	mu        sync.Mutex
	orders    map[string]order    // by order ID
	promotion map[string]int      // orders by promotion ID
	customer  map[customerUse]int // orders by customer and promotion ID
	code      map[string]int      // orders by normalised code
	faults    fault.Injector[Op]  // failures injected, calls made
}

var _ promo.Store = (*Store)(nil)

// order is what a redemption recorded.
type order struct {
	redemption promo.Redemption
	promotions []string // distinct promotion IDs
	codes      []string // distinct normalised codes
}

type customerUse struct {
	customerID, promotionID string
}

// NewStore returns an empty Store.
func NewStore() *Store {
	s := &Store{}
	s.init()
	return s
}

// init makes the maps of a zero Store. The caller holds s.mu, or owns s.
func (s *Store) init() {
	if s.orders != nil {
		return
	}
	s.orders = map[string]order{}
	s.promotion = map[string]int{}
	s.customer = map[customerUse]int{}
	s.code = map[string]int{}
}

// Counts returns the number of orders that used each of promotionIDs, in
// total (Counts.Promotion) and by customerID (Counts.Customer, nil for a
// guest, customerID ""), and that used each of codes, keyed by their
// normalised form (Counts.Code; empty codes are left out). Every ID and
// code asked about has an entry, 0 when unused.
func (s *Store) Counts(ctx context.Context, customerID string, promotionIDs, codes []string) (promo.Counts, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.begin(ctx, OpCounts); err != nil {
		return promo.Counts{}, err
	}
	c := promo.Counts{Promotion: make(map[string]int, len(promotionIDs)), Code: make(map[string]int, len(codes))}
	for _, id := range promotionIDs {
		c.Promotion[id] = s.promotion[id]
	}
	if customerID != "" {
		c.Customer = make(map[string]int, len(promotionIDs))
		for _, id := range promotionIDs {
			c.Customer[id] = s.customer[customerUse{customerID, id}]
		}
	}
	for _, code := range codes {
		if n := promo.NormalizeCode(code); n != "" {
			c.Code[n] = s.code[n]
		}
	}
	return c, nil
}

// Redeem records every use of r, or none. It checks each use in turn
// against the uses recorded before r: a Total limit is reached when the
// promotion was used by Total orders, a PerCustomer limit (enforced for
// identified customers only) when r.CustomerID used it in PerCustomer
// orders, a single-use code when any order used the code (compared in
// normalised form; a use without code has none to spend). The first use
// over a limit fails the redemption with a *promo.LimitError. An order
// counts once for a promotion or a code, however many of its uses name
// it. Redeeming an order ID held by an earlier redemption fails with
// promo.ErrAlreadyRedeemed, an invalid redemption with
// promo.ErrInvalidRedemption.
func (s *Store) Redeem(ctx context.Context, r promo.Redemption) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.begin(ctx, OpRedeem); err != nil {
		return err
	}
	if err := validate(r); err != nil {
		return err
	}
	if _, ok := s.orders[r.OrderID]; ok {
		return fmt.Errorf("promotest: order %q: %w", r.OrderID, promo.ErrAlreadyRedeemed)
	}
	for _, u := range r.Uses {
		if err := s.check(r.CustomerID, u); err != nil {
			return err
		}
	}
	s.record(r)
	return nil
}

// Release frees the uses recorded by the order orderID, which may then be
// redeemed again. An order holding no uses is not an error.
func (s *Store) Release(ctx context.Context, orderID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.begin(ctx, OpRelease); err != nil {
		return err
	}
	o, ok := s.orders[orderID]
	if !ok {
		return nil
	}
	delete(s.orders, orderID)
	for _, id := range o.promotions {
		decrement(s.promotion, id)
		if o.redemption.CustomerID != "" {
			decrement(s.customer, customerUse{o.redemption.CustomerID, id})
		}
	}
	for _, code := range o.codes {
		decrement(s.code, code)
	}
	return nil
}

// Fail makes every later call of op (or of every operation, with All)
// fail with err, until Fail(op, nil). A failure set for op itself wins
// over one set for All.
func (s *Store) Fail(op Op, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.Fail(op, err)
}

// FailNext makes the next call of op (or of any operation, with All) fail
// with err, once. Failures queued by several calls are used in turn, and
// before those set by Fail. A nil err is ignored.
func (s *Store) FailNext(op Op, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.FailNext(op, err)
}

// CallCount returns how many calls of op were made (of every operation,
// with All), failed ones included.
func (s *Store) CallCount(op Op) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if op == All {
		return s.faults.Total()
	}
	return s.faults.Calls(op)
}

// Redemptions returns the redemptions recorded and not released, ordered
// by order ID, as Redeem was given them. They are copies.
func (s *Store) Redemptions() []promo.Redemption {
	s.mu.Lock()
	defer s.mu.Unlock()
	rs := make([]promo.Redemption, 0, len(s.orders))
	for _, o := range s.orders {
		rs = append(rs, clone(o.redemption))
	}
	slices.SortFunc(rs, func(a, b promo.Redemption) int { return cmp.Compare(a.OrderID, b.OrderID) })
	return rs
}

// Redemption returns a copy of the redemption recorded for orderID, and
// whether there is one.
func (s *Store) Redemption(orderID string) (promo.Redemption, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[orderID]
	if !ok {
		return promo.Redemption{}, false
	}
	return clone(o.redemption), true
}

// begin counts a call of op and returns the error it must fail with: the
// context's, or an injected one. The caller holds s.mu.
func (s *Store) begin(ctx context.Context, op Op) error {
	s.init()
	return s.faults.Begin(ctx, op, All)
}

func validate(r promo.Redemption) error {
	if r.OrderID == "" {
		return fmt.Errorf("%w: empty order ID", promo.ErrInvalidRedemption)
	}
	for i, u := range r.Uses {
		if u.PromotionID == "" {
			return fmt.Errorf("%w: order %q: use %d: empty promotion ID", promo.ErrInvalidRedemption, r.OrderID, i)
		}
		if u.Limits.Total < 0 || u.Limits.PerCustomer < 0 {
			return fmt.Errorf("%w: order %q: use %d: promotion %q: negative limit %+v",
				promo.ErrInvalidRedemption, r.OrderID, i, u.PromotionID, u.Limits)
		}
	}
	return nil
}

// check returns a *promo.LimitError when the use u by customerID would go
// past one of its limits. The caller holds s.mu.
func (s *Store) check(customerID string, u promo.Use) error {
	code := promo.NormalizeCode(u.Code)
	over := func(kind promo.LimitKind, used, limit int) error {
		return &promo.LimitError{PromotionID: u.PromotionID, Code: code, Kind: kind, Used: used, Limit: limit}
	}
	l := u.Limits
	if used := s.promotion[u.PromotionID]; l.Total > 0 && used >= l.Total {
		return over(promo.LimitTotal, used, l.Total)
	}
	if used := s.customer[customerUse{customerID, u.PromotionID}]; customerID != "" && l.PerCustomer > 0 && used >= l.PerCustomer {
		return over(promo.LimitPerCustomer, used, l.PerCustomer)
	}
	if used := s.code[code]; l.SingleUseCodes && code != "" && used > 0 {
		return over(promo.LimitSingleUseCode, used, 1)
	}
	return nil
}

// record adds r's uses, once per promotion and code. The caller holds
// s.mu.
func (s *Store) record(r promo.Redemption) {
	o := order{redemption: clone(r)}
	for _, u := range r.Uses {
		if !slices.Contains(o.promotions, u.PromotionID) {
			o.promotions = append(o.promotions, u.PromotionID)
		}
		if code := promo.NormalizeCode(u.Code); code != "" && !slices.Contains(o.codes, code) {
			o.codes = append(o.codes, code)
		}
	}
	for _, id := range o.promotions {
		s.promotion[id]++
		if r.CustomerID != "" {
			s.customer[customerUse{r.CustomerID, id}]++
		}
	}
	for _, code := range o.codes {
		s.code[code]++
	}
	s.orders[r.OrderID] = o
}

// decrement lowers m[k], dropping the entry at 0.
func decrement[K comparable](m map[K]int, k K) {
	if m[k] <= 1 {
		delete(m, k)
		return
	}
	m[k]--
}

func clone(r promo.Redemption) promo.Redemption {
	r.Uses = slices.Clone(r.Uses)
	return r
}
