package fee

import (
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// RateScale is the number of decimals of Monthly.EffectiveRate, a
// percentage: 4 decimals are a hundredth of a basis point, enough to tell
// two offers apart.
const RateScale = 4

// EventTotal sums the transactions of one event in a month.
type EventTotal struct {
	Count  int         // how many
	Amount money.Money // their amounts
	Fees   money.Money // their fees
}

// Monthly is what a schedule bills for one month of transactions: the
// statement a merchant reads to see what its payments cost, and what
// Compare ranks offers by.
type Monthly struct {
	Schedule string // the schedule's name
	Count    int    // transactions priced, every event
	// Volume is the sum of the successful payments' amounts, VAT
	// included: refunds are not deducted, as PSPs bill the payment.
	Volume money.Money
	// The transactions and their fees by event.
	Success, Refund, Chargeback, Failure EventTotal
	// TransactionFees is the sum of every transaction's fee.
	TransactionFees money.Money
	// MinimumTopUp is what the monthly minimum adds: the minimum minus the
	// transaction fees when that is positive, zero otherwise.
	MinimumTopUp money.Money
	// Subscription is the schedule's monthly fee.
	Subscription money.Money
	// Total is TransactionFees + MinimumTopUp + Subscription.
	Total money.Money
	// EffectiveRate is Total / Volume as a percentage (1.8 means 1.8 %)
	// with RateScale decimals, halves away from zero; zero when Volume is
	// zero, where no rate is defined.
	EffectiveRate decimal.Decimal
}

// ByEvent returns the totals of event e, and the zero EventTotal for an
// invalid event.
func (m Monthly) ByEvent(e Event) EventTotal {
	switch e {
	case Success:
		return m.Success
	case Refund:
		return m.Refund
	case Chargeback:
		return m.Chargeback
	case Failure:
		return m.Failure
	}
	return EventTotal{}
}

// event returns a pointer to the totals of a valid event e.
func (m *Monthly) event(e Event) *EventTotal {
	switch e {
	case Refund:
		return &m.Refund
	case Chargeback:
		return &m.Chargeback
	case Failure:
		return &m.Failure
	}
	return &m.Success
}

// Statement prices one month of transactions by s and adds the monthly
// terms. The transactions are the month's, every event together; an empty
// month is billed the minimum and the subscription. A transaction that
// cannot be priced stops the statement with a *StatementError giving its
// index: a statement with a guessed fee would be wrong.
func Statement(s *Schedule, txs []Transaction) (Monthly, error) {
	if err := s.usable(); err != nil {
		return Monthly{}, err
	}
	m := s.emptyMonth()
	for i, tx := range txs {
		if err := m.add(s, tx); err != nil {
			return Monthly{}, &StatementError{Index: i, Err: err}
		}
	}
	if err := m.close(s); err != nil {
		return Monthly{}, err
	}
	return m, nil
}

// emptyMonth is a Monthly with every amount zero in the schedule's
// currency.
func (s *Schedule) emptyMonth() Monthly {
	z := money.Zero(s.config.Currency)
	t := EventTotal{Amount: z, Fees: z}
	return Monthly{
		Schedule: s.config.Name, Volume: z,
		Success: t, Refund: t, Chargeback: t, Failure: t,
		TransactionFees: z, MinimumTopUp: z, Subscription: z, Total: z,
		EffectiveRate: decimal.Decimal{},
	}
}

// add prices tx and adds it to the month.
func (m *Monthly) add(s *Schedule, tx Transaction) error {
	c, err := s.Fee(tx)
	if err != nil {
		return err
	}
	t := m.event(tx.Event)
	amount := tx.Amount
	if amount.Currency().IsZero() {
		amount = money.Zero(s.config.Currency)
	}
	if t.Amount, err = sum("amounts", t.Amount, amount); err != nil {
		return err
	}
	if t.Fees, err = sum("fees", t.Fees, c.Fee); err != nil {
		return err
	}
	if m.TransactionFees, err = sum("transaction fees", m.TransactionFees, c.Fee); err != nil {
		return err
	}
	t.Count++
	m.Count++
	return nil
}

// close adds the monthly terms and the effective rate.
func (m *Monthly) close(s *Schedule) error {
	m.Volume = m.Success.Amount
	m.Subscription = s.monthly
	if m.TransactionFees.Minor() < s.minimum.Minor() {
		// Both are non-negative amounts of one currency: no overflow.
		m.MinimumTopUp, _ = s.minimum.Sub(m.TransactionFees)
	}
	total, err := money.Sum(m.TransactionFees, m.MinimumTopUp, m.Subscription)
	if err != nil {
		return &OverflowError{Op: "monthly total", Err: err}
	}
	m.Total = total
	m.EffectiveRate = effectiveRate(m.Total, m.Volume)
	return nil
}

// effectiveRate is total / volume as a percentage at RateScale, or zero
// without volume. Both are in one currency, so minor units divide alike.
func effectiveRate(total, volume money.Money) decimal.Decimal {
	if volume.IsZero() {
		return decimal.Decimal{}
	}
	return decimal.New(total.Minor(), 2).DivRound(decimal.New(volume.Minor(), 0), RateScale)
}

// sum adds b to a, reporting an overflow of the named total.
func sum(what string, a, b money.Money) (money.Money, error) {
	v, err := a.Add(b)
	if err != nil {
		return money.Money{}, &OverflowError{Op: what, Err: err}
	}
	return v, nil
}
