package fee

import (
	"fmt"
	"slices"

	"github.com/comptoir/comptoir/money"
)

// Offer is one schedule's bill for the merchant's month, as Compare ranks
// it.
type Offer struct {
	Schedule *Schedule
	// Monthly is the schedule's statement; the zero Monthly when Err is
	// set.
	Monthly Monthly
	// Err says why the schedule cannot price the month: a *StatementError
	// wrapping a *NoRuleError (the offer lacks a method the merchant
	// takes) or an *OverflowError.
	Err error
}

// Compare prices the same month of transactions by every schedule and
// ranks the offers, cheapest Total first, ties in the order given. Offers
// that cannot price the month (Offer.Err) come last, in the order given:
// an offer without a method the merchant uses is not cheaper, it is
// incomplete.
//
// The schedules must be built by NewSchedule and share one currency (a
// *money.MismatchError otherwise), and the transactions must be valid in
// it (a *StatementError wrapping a *TransactionError otherwise): those
// errors concern the question, not an offer, and fail the comparison.
func Compare(schedules []*Schedule, txs []Transaction) ([]Offer, error) {
	if err := checkComparable(schedules); err != nil {
		return nil, err
	}
	for i, tx := range txs {
		if _, err := schedules[0].checkTransaction(tx); err != nil {
			return nil, &StatementError{Index: i, Err: err}
		}
	}
	offers := make([]Offer, len(schedules))
	for i, s := range schedules {
		m, err := Statement(s, txs)
		offers[i] = Offer{Schedule: s, Monthly: m, Err: err}
	}
	slices.SortStableFunc(offers, compareOffers)
	return offers, nil
}

// checkComparable refuses no schedules, unbuilt ones and mixed currencies.
func checkComparable(schedules []*Schedule) error {
	if len(schedules) == 0 {
		return &ScheduleError{Field: "schedules", Reason: "nothing to compare"}
	}
	for i, s := range schedules {
		if s == nil || !s.built {
			return &ScheduleError{Field: fmt.Sprintf("schedules[%d]", i), Reason: "not built by NewSchedule"}
		}
		if c := schedules[0].config.Currency; s.config.Currency != c {
			return &money.MismatchError{Op: "compare", A: c, B: s.config.Currency}
		}
	}
	return nil
}

// compareOffers orders priced offers by total, before unpriced ones.
func compareOffers(a, b Offer) int {
	switch {
	case (a.Err == nil) != (b.Err == nil):
		if a.Err == nil {
			return -1
		}
		return 1
	case a.Err != nil:
		return 0
	}
	c, _ := a.Monthly.Total.Cmp(b.Monthly.Total) // one currency, checked above
	return c
}
