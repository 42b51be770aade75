package paymenttest

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/comptoir/comptoir/internal/fault"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/webhook"
)

// Provider is an in-memory payment.Provider that behaves like a real PSP:
// scripted outcomes, idempotency keys honoured, amounts enforced, an
// authoritative status, and signed webhooks in an outbox. Build it with
// New. It is safe for concurrent use: one mutex guards it, so every call
// is atomic.
type Provider struct {
	name string
	caps payment.Capabilities
	cfg  Config

	mu       sync.Mutex
	now      time.Time
	payments map[string]*record       // by PSP reference
	order    []*record                // in creation order
	refunds  map[string]*refundRecord // by refund PSP reference
	keys     map[string]kept          // idempotency keys
	scripts  map[Op][]Outcome
	faults   fault.Injector[Op] // the mutex guards it
	requests []Request
	outbox   []Webhook
	seq      counters
}

// counters number the references the provider hands out.
type counters struct {
	pay, re, mod, evt int
}

var _ payment.Provider = (*Provider)(nil)

// New returns a provider called name (letters, digits and '_'; it
// prefixes every reference: "<name>_pay_1", "<name>_re_1") with the given
// capabilities. Errors match ErrConfig.
func New(name string, caps payment.Capabilities, cfg Config) (*Provider, error) {
	cfg, err := cfg.normalize(name)
	if err != nil {
		return nil, err
	}
	caps.Methods = slices.Clone(caps.Methods)
	return &Provider{
		name: name, caps: caps, cfg: cfg, now: cfg.Start,
		payments: map[string]*record{}, refunds: map[string]*refundRecord{},
		keys: map[string]kept{}, scripts: map[Op][]Outcome{},
	}, nil
}

// Name returns the provider's name.
func (p *Provider) Name() string { return p.name }

// Capabilities returns what the provider supports (a copy).
func (p *Provider) Capabilities() payment.Capabilities {
	c := p.caps
	c.Methods = slices.Clone(c.Methods)
	return c
}

// Scheme returns how the provider writes and signs its webhooks.
func (p *Provider) Scheme() Scheme { return p.cfg.Scheme }

// Secret returns the webhook signing secret: for Stripe and Mollie a
// secret to use as its bytes, for Adyen a hexadecimal key.
func (p *Provider) Secret() string { return p.cfg.Secret }

// AdyenScheme returns how the provider joins Adyen's signed fields.
func (p *Provider) AdyenScheme() webhook.AdyenScheme { return p.cfg.AdyenScheme }

// Now returns the provider's clock.
func (p *Provider) Now() time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.now
}

// SetTime sets the provider's clock to t. Moving it past an
// authorisation's expiry expires it, as the PSP would have, with a
// webhook dated at the expiry. Setting it back is allowed and undoes
// nothing. A zero time or one before 1970 is an error matching ErrConfig.
func (p *Provider) SetTime(t time.Time) error {
	if err := checkTime(t); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.now = t
	return p.expireDue()
}

// Advance moves the provider's clock forward by d (see SetTime); a
// negative d is an error matching ErrConfig.
func (p *Provider) Advance(d time.Duration) error {
	if d < 0 {
		return configError("negative advance %v", d)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.moveClock(p.now.Add(d))
}

// moveClock sets the clock to t, or keeps it when t is earlier, and
// expires the authorisations due by then. The caller holds p.mu.
func (p *Provider) moveClock(t time.Time) error {
	if t.After(p.now) {
		p.now = t
	}
	return p.expireDue()
}

// lookup returns the payment with the PSP reference. The caller holds
// p.mu.
func (p *Provider) lookup(op Op, ref string) (*record, error) {
	if r, ok := p.payments[ref]; ok {
		return r, nil
	}
	return nil, &RequestError{Op: op, PSPReference: ref, Reason: "unknown payment", Err: ErrNotFound}
}

// nextRef returns the next reference of a kind: "<name>_pay_3".
func (p *Provider) nextRef(kind string, n *int) string {
	*n++
	return fmt.Sprintf("%s_%s_%d", p.name, kind, *n)
}
