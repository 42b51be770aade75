package tracking

// Reason says why a parcel left its normal course: why an exception was
// raised, a delivery attempt failed or a parcel went back to its sender. It is
// separate from the Stage, so that one reason (the recipient refused the
// parcel) can accompany several stages. Its text and JSON form is the
// constant's name ("recipient_absent"); the zero value is ReasonNone, written
// "none".
type Reason string

// The reasons. A table gives a reason only when its source says it; a code
// whose source gives none has ReasonNone.
const (
	// ReasonNone: no reason given, or none needed.
	ReasonNone Reason = ""
	// ReasonAddressInvalid: the address is wrong, incomplete or unknown.
	ReasonAddressInvalid Reason = "address_invalid"
	// ReasonCustoms: the parcel is held or checked at customs.
	ReasonCustoms Reason = "customs"
	// ReasonDamaged: the parcel is damaged.
	ReasonDamaged Reason = "damaged"
	// ReasonLost: the carrier cannot find the parcel.
	ReasonLost Reason = "lost"
	// ReasonDelayed: the parcel is late (weather, volume, transport problem).
	ReasonDelayed Reason = "delayed"
	// ReasonRecipientAbsent: nobody was there to take the parcel.
	ReasonRecipientAbsent Reason = "recipient_absent"
	// ReasonBusinessClosed: the recipient is a business that was closed.
	ReasonBusinessClosed Reason = "business_closed"
	// ReasonRefused: the recipient refused the parcel.
	ReasonRefused Reason = "refused"
	// ReasonNotCollected: the recipient did not collect the parcel from the
	// pickup point within the holding period.
	ReasonNotCollected Reason = "not_collected"
	// ReasonPickupFailed: the carrier did not pick the parcel up from the
	// sender.
	ReasonPickupFailed Reason = "pickup_failed"
	// ReasonHeld: the carrier holds the parcel in a warehouse (on request,
	// for consolidation or rerouting).
	ReasonHeld Reason = "held"
)

// noneName is the text form of ReasonNone.
const noneName = "none"

// Reasons returns every reason, ReasonNone first.
func Reasons() []Reason {
	return []Reason{
		ReasonNone, ReasonAddressInvalid, ReasonCustoms, ReasonDamaged, ReasonLost, ReasonDelayed,
		ReasonRecipientAbsent, ReasonBusinessClosed, ReasonRefused, ReasonNotCollected,
		ReasonPickupFailed, ReasonHeld,
	}
}

// ParseReason returns the reason named s: "none" for ReasonNone, otherwise
// a constant's value. Names are exact (lower case); anything else, the
// empty string included, is an *UnknownValueError matching ErrUnknownReason.
func ParseReason(s string) (Reason, error) {
	if s == noneName {
		return ReasonNone, nil
	}
	r := Reason(s)
	if r == ReasonNone || !r.Valid() {
		return ReasonNone, &UnknownValueError{Err: ErrUnknownReason, Value: s}
	}
	return r, nil
}

// Valid reports whether r is one of the Reason constants (ReasonNone
// included).
func (r Reason) Valid() bool {
	switch r {
	case ReasonNone, ReasonAddressInvalid, ReasonCustoms, ReasonDamaged, ReasonLost, ReasonDelayed,
		ReasonRecipientAbsent, ReasonBusinessClosed, ReasonRefused, ReasonNotCollected,
		ReasonPickupFailed, ReasonHeld:
		return true
	}
	return false
}

// String returns the reason's name, "none" for ReasonNone.
func (r Reason) String() string {
	if r == ReasonNone {
		return noneName
	}
	return string(r)
}

// MarshalText encodes the reason's name ("none" for ReasonNone); an unknown
// reason is an error, so nothing is written that cannot be read back.
func (r Reason) MarshalText() ([]byte, error) {
	if !r.Valid() {
		return nil, &UnknownValueError{Err: ErrUnknownReason, Value: string(r)}
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes a reason name. "none" and the empty string decode to
// ReasonNone; an unknown name is an error and leaves r unchanged.
func (r *Reason) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = ReasonNone
		return nil
	}
	v, err := ParseReason(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
