package tracking

// Stage is a step of a parcel's lifecycle, the same for every carrier. Its
// text and JSON form is the constant's value ("in_transit"). The zero value
// is the unset stage, which is not valid; Normalise always sets one.
type Stage string

// The lifecycle stages, in the order a parcel usually goes through them.
const (
	// StageLabelCreated: the carrier knows the shipment (label printed, data
	// announced, pickup planned) but does not hold the parcel yet.
	StageLabelCreated Stage = "label_created"
	// StageHandedToCarrier: the carrier took the parcel from the sender.
	StageHandedToCarrier Stage = "handed_to_carrier"
	// StageInTransit: the parcel moves between the carrier's sites.
	StageInTransit Stage = "in_transit"
	// StageOutForDelivery: a driver is delivering the parcel.
	StageOutForDelivery Stage = "out_for_delivery"
	// StageAvailableForPickup: the parcel waits for the consumer at a pickup
	// point, a locker or a post office. The consumer does not hold it yet.
	StageAvailableForPickup Stage = "available_for_pickup"
	// StageDelivered: the consumer (or someone on their behalf) took
	// possession of the parcel.
	StageDelivered Stage = "delivered"
	// StageDeliveryAttemptFailed: a delivery was tried and did not succeed;
	// another attempt or a pickup-point deposit may follow.
	StageDeliveryAttemptFailed Stage = "delivery_attempt_failed"
	// StageException: something keeps the parcel from its normal course; the
	// Reason says what, when the carrier says it.
	StageException Stage = "exception"
	// StageReturnedToSender: the parcel goes, or went, back to the sender.
	StageReturnedToSender Stage = "returned_to_sender"
	// StageCancelled: the shipment was cancelled before the carrier moved it.
	StageCancelled Stage = "cancelled"
	// StageUnknown: the carrier's code has no known lifecycle meaning. A code
	// that a table does not list always normalises to it: never to a guess.
	StageUnknown Stage = "unknown"
)

// Stages returns every stage, in lifecycle order, unknown last.
func Stages() []Stage {
	return []Stage{
		StageLabelCreated, StageHandedToCarrier, StageInTransit, StageOutForDelivery,
		StageAvailableForPickup, StageDelivered, StageDeliveryAttemptFailed, StageException,
		StageReturnedToSender, StageCancelled, StageUnknown,
	}
}

// ParseStage returns the stage named s. Names are exact (lower case, as the
// constants' values); anything else, the empty string included, is an
// *UnknownValueError matching ErrUnknownStage.
func ParseStage(s string) (Stage, error) {
	st := Stage(s)
	if !st.Valid() {
		return "", &UnknownValueError{Err: ErrUnknownStage, Value: s}
	}
	return st, nil
}

// Valid reports whether s is one of the Stage constants.
func (s Stage) Valid() bool {
	switch s {
	case StageLabelCreated, StageHandedToCarrier, StageInTransit, StageOutForDelivery,
		StageAvailableForPickup, StageDelivered, StageDeliveryAttemptFailed, StageException,
		StageReturnedToSender, StageCancelled, StageUnknown:
		return true
	}
	return false
}

// Final reports whether the stage ends the parcel's journey: delivered,
// returned to sender or cancelled.
func (s Stage) Final() bool {
	return s == StageDelivered || s == StageReturnedToSender || s == StageCancelled
}

// String returns the stage's name.
func (s Stage) String() string { return string(s) }

// MarshalText encodes the stage's name. The unset stage encodes as the empty
// string; any other unknown name is an error, so nothing is written that
// cannot be read back.
func (s Stage) MarshalText() ([]byte, error) {
	if s != "" && !s.Valid() {
		return nil, &UnknownValueError{Err: ErrUnknownStage, Value: string(s)}
	}
	return []byte(s), nil
}

// UnmarshalText decodes a stage name. The empty string decodes to the unset
// stage; an unknown name is an error and leaves s unchanged.
func (s *Stage) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = ""
		return nil
	}
	v, err := ParseStage(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
