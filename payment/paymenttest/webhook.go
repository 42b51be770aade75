package paymenttest

import (
	"math/rand/v2"
	"net/http"
	"slices"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
)

// Webhook is a notification the provider sent: the verified content the
// library handles (Event), and the request as it comes over the wire
// (Body and Header, signed in the provider's Scheme), to test a handler
// from the signature check on.
type Webhook struct {
	// ID is the event's id, "<name>_evt_<n>" (in the body for Stripe and
	// signed Mollie events).
	ID string
	// Type is the provider's name for the event: "payment_intent.succeeded",
	// "refund.updated" (Stripe), "AUTHORISATION", "CAPTURE" (Adyen's
	// eventCode), "payment.paid", "refund.refunded" (Mollie).
	Type   string
	Scheme Scheme
	// Event is what the webhook says once verified and parsed: for Mollie
	// classic, whose body carries only the payment's id, what fetching
	// the payment returned when the webhook was sent.
	Event payment.Event
	// Body is the raw request body; Header holds Content-Type and the
	// signature header.
	Body   []byte
	Header http.Header
	// At is when it was sent, the time a signature carries: give it to a
	// verifier as now.
	At time.Time
}

// Clone returns a deep copy of w.
func (w Webhook) Clone() Webhook {
	w.Event.Observation = cloneObservation(w.Event.Observation)
	w.Body = slices.Clone(w.Body)
	w.Header = w.Header.Clone()
	return w
}

// Webhooks returns the webhooks sent so far and not drained, oldest
// first (copies).
func (p *Provider) Webhooks() []Webhook {
	p.mu.Lock()
	defer p.mu.Unlock()
	return cloneAll(p.outbox)
}

// Drain returns the webhooks sent so far, oldest first, and empties the
// outbox: what a test delivers next.
func (p *Provider) Drain() []Webhook {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.outbox
	p.outbox = nil
	return out
}

// Duplicate returns w twice, as a PSP that delivers at least once
// redelivers a webhook it got no answer for.
func Duplicate(w Webhook) []Webhook { return []Webhook{w.Clone(), w.Clone()} }

// Reverse returns copies of ws, newest first: every webhook overtaken by
// the ones sent after it.
func Reverse(ws []Webhook) []Webhook {
	out := cloneAll(ws)
	slices.Reverse(out)
	return out
}

// Shuffle returns copies of ws in an order drawn from seed: the same seed
// gives the same order, so a failing test can be replayed. It uses its
// own generator, never a global one.
func Shuffle(ws []Webhook, seed uint64) []Webhook {
	out := cloneAll(ws)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func cloneAll(ws []Webhook) []Webhook {
	out := make([]Webhook, len(ws))
	for i, w := range ws {
		out[i] = w.Clone()
	}
	return out
}

// change is a kind of state change, each told by a webhook.
type change int

const (
	changeAction     change = iota + 1 // requires_action
	changeProcessing                   // processing
	changeAuthorized                   // authorised, or captured at once
	changeFailed                       // declined, 3-D Secure or debit failed
	changeCaptured                     // a capture
	changeVoided                       // a void
	changeExpired                      // an authorisation lapsed
	changeRefund                       // a refund created or settled
)

// event is one state change to tell.
type event struct {
	change change
	rec    *record
	refund *refundRecord // for changeRefund
	// amount is what the change moved: authorised, captured, released,
	// refunded.
	amount money.Money
	// modRef is the reference of a modification (capture, void, expiry),
	// Adyen's pspReference for it.
	modRef string
	// created: the refund was just made (not settled later).
	created bool
	at      time.Time
}

// wire is a webhook's scheme-specific part.
type wire struct {
	typ    string
	body   []byte
	header http.Header
}

// emit appends the webhook telling ev, unless the scheme tells no such
// change. The caller holds p.mu.
func (p *Provider) emit(ev event) error {
	id := p.nextRef("evt", &p.seq.evt)
	var (
		w    wire
		send bool
		err  error
	)
	switch p.cfg.Scheme {
	case Adyen:
		w, send, err = p.adyenWire(ev)
	case Mollie, MollieClassic:
		w, send, err = p.mollieWire(id, ev)
	default:
		w, send, err = p.stripeWire(id, ev)
	}
	if err != nil || !send {
		p.seq.evt--
		return err
	}
	obs := ev.rec.observation()
	p.outbox = append(p.outbox, Webhook{
		ID: id, Type: w.typ, Scheme: p.cfg.Scheme, Body: w.body, Header: w.header, At: ev.at,
		Event: payment.Event{Provider: p.name, ID: id, Observation: obs},
	})
	return nil
}
