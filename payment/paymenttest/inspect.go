package paymenttest

import (
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
)

// Captured returns what the provider captured on a payment, in total;
// the zero Money for an unknown reference.
func (p *Provider) Captured(pspReference string) money.Money {
	p.mu.Lock()
	defer p.mu.Unlock()
	if rec, ok := p.payments[pspReference]; ok {
		return rec.captured
	}
	return money.Money{}
}

// Refunded returns what the provider refunded on a payment: the sum of
// its succeeded refunds (pending ones are not counted); the zero Money
// for an unknown reference.
func (p *Provider) Refunded(pspReference string) money.Money {
	p.mu.Lock()
	defer p.mu.Unlock()
	if rec, ok := p.payments[pspReference]; ok {
		return rec.refundTotal(payment.RefundSucceeded)
	}
	return money.Money{}
}

// Payment returns the provider's view of a payment, as Status does but
// without counting a call or honouring scripts and failures; ok is false
// for an unknown reference.
func (p *Provider) Payment(pspReference string) (obs payment.Observation, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	rec, ok := p.payments[pspReference]
	if !ok {
		return payment.Observation{}, false
	}
	return rec.observation(), true
}

// Payments returns every payment the provider made, in creation order,
// declined ones included.
func (p *Provider) Payments() []payment.Observation {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]payment.Observation, len(p.order))
	for i, rec := range p.order {
		out[i] = rec.observation()
	}
	return out
}
