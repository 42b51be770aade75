package fee

import "strings"

// Segment is the kind of card, the second thing card pricing depends on:
// business and premium cards carry higher interchange than consumer ones.
// In a Rule, SegmentAny matches every segment; in a Transaction it says
// the segment is not known or does not apply, and only rules for any
// segment match it.
type Segment uint8

// The card segments.
const (
	// SegmentAny: in a rule, every segment; in a transaction, none known.
	SegmentAny Segment = iota
	// SegmentConsumer: a consumer debit or credit card.
	SegmentConsumer
	// SegmentCommercial: a business, corporate or purchasing card.
	SegmentCommercial
	// SegmentPremium: a premium consumer card (Amex and similar).
	SegmentPremium
	segmentEnd // one past the last segment
)

// segmentNames are the codes of the segments, indexed by Segment.
func segmentNames() [segmentEnd]string {
	return [segmentEnd]string{"any", "consumer", "commercial", "premium"}
}

// ParseSegment returns the segment with the given code: "any", "consumer",
// "commercial" or "premium", in any ASCII case. Anything else, the empty
// string included, is an *UnknownError.
func ParseSegment(code string) (Segment, error) {
	for s, name := range segmentNames() {
		if strings.EqualFold(code, name) {
			return Segment(s), nil
		}
	}
	return 0, &UnknownError{Kind: kindSegment, Input: code}
}

// Valid reports whether s is one of the Segment constants.
func (s Segment) Valid() bool { return s < segmentEnd }

// String returns the segment's code, or "segment(n)" for an invalid value.
func (s Segment) String() string {
	if !s.Valid() {
		return invalidName(kindSegment, uint8(s))
	}
	return segmentNames()[s]
}

// MarshalText encodes s as its code; an invalid Segment is an *UnknownError.
func (s Segment) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, &UnknownError{Kind: kindSegment, Input: s.String()}
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a code as ParseSegment does.
func (s *Segment) UnmarshalText(b []byte) error {
	v, err := ParseSegment(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
