package vat

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Registry answers whether a VAT number is registered, and to whom: in
// production an adapter over the European Commission's VIES service, which
// relays the question to the register of the Member State that issued the
// number (HMRC's for XI numbers). This package defines only the interface and
// its errors and opens no connection; package vattest has an in-memory
// Registry for tests.
//
// Check returns a Registration for every answer, registered or not: a number
// the Member State does not know is Valid false with a nil error. An error
// means there is no answer: the context was cancelled or timed out (the
// error matches ctx.Err()), or the service failed, with a *RegistryError
// matching ErrRegistryUnavailable (try again later; meanwhile the number is
// neither valid nor invalid) or ErrRegistryRejected (the question itself was
// refused). Numbers with the prefix EU (non-Union OSS) are not in VIES: a
// VIES adapter rejects them, and so does the fake.
//
// Implementations are safe for concurrent use.
type Registry interface {
	Check(ctx context.Context, n Number) (Registration, error)
}

// Registration is the answer of a Registry about one number: what an
// intra-Community exemption keeps as evidence that the buyer's number was
// valid when the supply was made.
type Registration struct {
	// Number is the number checked.
	Number Number
	// Valid reports whether the number is registered and active for
	// intra-Community transactions on the day of the check.
	Valid bool
	// Name and Address are the registered name and address when the Member
	// State releases them (some never do, such as Germany and Spain);
	// otherwise "". VIES's "---" placeholder is reported as "".
	Name, Address string
	// Requester is the number the check was made on behalf of (the seller's
	// own VAT number), or the zero Number when none was given.
	Requester Number
	// Reference is the consultation number VIES gives a check made with a
	// requester number; "" without one. With the time, it is the proof that
	// the check was made.
	Reference string
	// CheckedAt is when the check was answered.
	CheckedAt time.Time
}

// Errors of a Registry, matched with errors.Is through *RegistryError.
var (
	// ErrRegistryUnavailable: no answer now, for a reason that passes: the
	// service or the Member State's register is down, timed out or busy.
	// The number is neither valid nor invalid; ask again later.
	ErrRegistryUnavailable = errors.New("vat: VAT number registry unavailable")
	// ErrRegistryRejected: the service refused the question: a malformed or
	// unsupported number, an invalid requester number, or a blocked caller.
	// Asking again unchanged gives the same answer.
	ErrRegistryRejected = errors.New("vat: VAT number registry rejected the request")
)

// Fault codes of the VIES service, for RegistryError.Code and the fake in
// package vattest. Codes ending in _TIME (VIES's variants of the busy
// faults) and any other code are passed through as they come.
const (
	FaultServiceUnavailable     = "SERVICE_UNAVAILABLE"       // VIES itself is down
	FaultMSUnavailable          = "MS_UNAVAILABLE"            // the Member State's register is down
	FaultTimeout                = "TIMEOUT"                   // the Member State did not answer in time
	FaultGlobalMaxConcurrentReq = "GLOBAL_MAX_CONCURRENT_REQ" // VIES is busy
	FaultMSMaxConcurrentReq     = "MS_MAX_CONCURRENT_REQ"     // the Member State's register is busy
	FaultInvalidInput           = "INVALID_INPUT"             // not a number VIES checks (the EU prefix, the zero Number)
	FaultInvalidRequesterInfo   = "INVALID_REQUESTER_INFO"    // the requester number is not valid
	FaultVATBlocked             = "VAT_BLOCKED"               // the number may not be checked
	FaultIPBlocked              = "IP_BLOCKED"                // the caller is blocked
)

// RegistryError reports a check that got no answer from the service.
type RegistryError struct {
	// Prefix is the prefix of the Member State whose register failed, or ""
	// when the whole service failed.
	Prefix string
	// Code is the service's fault code, such as "MS_UNAVAILABLE".
	Code string
	// Err is ErrRegistryUnavailable or ErrRegistryRejected.
	Err error
	// Detail says more about the fault when the service or the adapter
	// does; it may be "".
	Detail string
}

// NewRegistryError returns the error for a fault code of the service, with
// Err set from the code: ErrRegistryRejected for INVALID_INPUT,
// INVALID_REQUESTER_INFO, VAT_BLOCKED and IP_BLOCKED, ErrRegistryUnavailable
// for the others, unknown codes included (a fault the adapter does not know
// is taken as passing). prefix is the Member State concerned, "" for the
// whole service.
func NewRegistryError(prefix, code string) *RegistryError {
	err := ErrRegistryUnavailable
	switch code {
	case FaultInvalidInput, FaultInvalidRequesterInfo, FaultVATBlocked, FaultIPBlocked:
		err = ErrRegistryRejected
	}
	return &RegistryError{Prefix: prefix, Code: code, Err: err}
}

// Error says whether the registry was unavailable or rejected the request,
// with the fault code.
func (e *RegistryError) Error() string {
	what := "registry unavailable"
	if errors.Is(e.Err, ErrRegistryRejected) {
		what = "registry rejected the request"
	}
	if e.Prefix != "" {
		what += " for " + e.Prefix
	}
	if e.Detail != "" {
		return fmt.Sprintf("vat: VAT number %s: %s: %s", what, e.Code, e.Detail)
	}
	return fmt.Sprintf("vat: VAT number %s: %s", what, e.Code)
}

// Unwrap returns Err, so errors.Is(err, ErrRegistryUnavailable) works.
func (e *RegistryError) Unwrap() error { return e.Err }
