package fee

import (
	"fmt"

	"github.com/comptoir/comptoir/money"
)

// Discrepancy is a transaction whose fee, as the PSP charged it, differs
// from the schedule's.
type Discrepancy struct {
	Index      int         // the transaction's index
	Expected   Charge      // the schedule's fee and how it was computed
	Charged    money.Money // the fee the PSP charged
	Difference money.Money // Charged − Expected.Fee: positive is overbilled
}

// Reconciliation compares the fees a PSP charged with its contract.
type Reconciliation struct {
	Checked    int         // transactions with a Charged fee
	Unrecorded int         // transactions without one, not compared
	Expected   money.Money // the schedule's fees of the checked transactions
	Charged    money.Money // the fees charged on them
	Difference money.Money // Charged − Expected
	// Discrepancies lists the checked transactions whose fees differ, in
	// order.
	Discrepancies []Discrepancy
}

// Reconcile prices every transaction by s and compares the fee with the
// one the PSP charged (Transaction.Charged), for the transactions that
// carry one. Charged may be negative (a fee given back); it must be in the
// schedule's currency. Errors are *StatementError with the transaction's
// index, as in Statement.
func Reconcile(s *Schedule, txs []Transaction) (Reconciliation, error) {
	if err := s.usable(); err != nil {
		return Reconciliation{}, err
	}
	z := money.Zero(s.config.Currency)
	r := Reconciliation{Expected: z, Charged: z, Difference: z}
	for i, tx := range txs {
		if err := r.add(s, i, tx); err != nil {
			return Reconciliation{}, &StatementError{Index: i, Err: err}
		}
	}
	d, err := r.Charged.Sub(r.Expected)
	if err != nil {
		return Reconciliation{}, &OverflowError{Op: "difference", Err: err}
	}
	r.Difference = d
	return r, nil
}

// add compares transaction i.
func (r *Reconciliation) add(s *Schedule, i int, tx Transaction) error {
	c, err := s.Fee(tx)
	if err != nil {
		return err
	}
	if tx.Charged.Currency().IsZero() {
		r.Unrecorded++
		return nil
	}
	if cur := s.config.Currency; tx.Charged.Currency() != cur {
		return &TransactionError{Field: "charged", Reason: fmt.Sprintf("%v is not in the schedule's currency %v", tx.Charged, cur),
			Err: &money.MismatchError{Op: "reconcile", A: cur, B: tx.Charged.Currency()}}
	}
	r.Checked++
	if r.Expected, err = sum("expected fees", r.Expected, c.Fee); err != nil {
		return err
	}
	if r.Charged, err = sum("charged fees", r.Charged, tx.Charged); err != nil {
		return err
	}
	if tx.Charged != c.Fee {
		d, err := tx.Charged.Sub(c.Fee)
		if err != nil {
			return &OverflowError{Op: "difference", Err: err}
		}
		r.Discrepancies = append(r.Discrepancies, Discrepancy{Index: i, Expected: c, Charged: tx.Charged, Difference: d})
	}
	return nil
}
