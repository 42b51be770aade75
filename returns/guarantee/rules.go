package guarantee

import (
	"time"

	"github.com/comptoir/comptoir/calendar"
)

// CountryRules are the national choices a Member State made when it
// transposed Directive 2019/771, as far as this package uses them, with the
// provisions they come from. Get them from Rules; each call returns a fresh
// value, so changing one changes nothing else.
type CountryRules struct {
	// Country is the ISO 3166-1 alpha-2 code.
	Country string

	// InForceFrom is the first contract date the rules apply to;
	// InForceSource the act that says so.
	InForceFrom   calendar.Date
	InForceSource string

	// GuaranteeMonths is the liability period from delivery (G1): a lack
	// of conformity must appear within it. FixedPeriod is false where
	// national law has no fixed period (the Netherlands ties liability to
	// the life the goods may be expected to have); there GuaranteeMonths
	// is the Directive's minimum, not a cut-off.
	GuaranteeMonths int
	FixedPeriod     bool
	GuaranteeSource string

	// SecondHandMinMonths is the shortest period the parties may agree for
	// second-hand goods (G2), 0 where national law does not let them
	// shorten it; an agreed period is then ignored, which is what the
	// law makes of such a clause.
	SecondHandMinMonths int
	SecondHandSource    string

	// PresumptionMonths is how long after delivery a lack of conformity
	// that appears is presumed to have existed at delivery (G3), and
	// SecondHandPresumptionMonths the same for second-hand goods; 0 there
	// means "the guarantee period that applies" (Belgium: the agreed
	// period). Neither ever exceeds the guarantee period.
	PresumptionMonths           int
	SecondHandPresumptionMonths int
	PresumptionSource           string

	// NotifyMonths is the notification period counted from discovery
	// (G4); NotifySource what the country's law says about it.
	NotifyMonths int
	NotifySource string

	// Suspension is true where repair, replacement and negotiation suspend
	// the guarantee period (G5); SuspensionSource cites it. Elsewhere a
	// case with suspensions is refused with a NotModelledError.
	Suspension       bool
	SuspensionSource string

	// LimitationMonths is the limitation period for court action counted
	// from discovery, never ending before the guarantee period (G5,
	// Belgium); 0 where it is not modelled.
	LimitationMonths int
	LimitationSource string
}

// Countries returns the ISO 3166-1 alpha-2 codes Rules knows, sorted.
func Countries() []string { return []string{"BE", "DE", "FR", "LU", "NL"} }

// Rules returns the rules of country, an upper-case ISO 3166-1 alpha-2 code
// from Countries. An unknown code is an *UnknownCountryError, never a
// default.
func Rules(country string) (CountryRules, error) {
	switch country {
	case "BE":
		return belgium(), nil
	case "FR":
		return france(), nil
	case "DE":
		return germany(), nil
	case "NL":
		return netherlands(), nil
	case "LU":
		return luxembourg(), nil
	}
	return CountryRules{}, &UnknownCountryError{Country: country}
}

// directiveStart is the date from which Directive 2019/771 applies to
// contracts (art. 24(1)); Belgium transposed it late.
func directiveStart() calendar.Date { return calendar.Date{Year: 2022, Month: time.January, Day: 1} }

const (
	directiveStartSource = "Directive 2019/771 art. 24(1): contracts concluded from 1 January 2022"
	notifyFloor          = "Directive 2019/771 art. 12 allows a notification period of at least 2 months from discovery; " +
		"no national period is recorded here, so notice by this date is in time in every Member State"
)

func belgium() CountryRules {
	return CountryRules{
		Country:         "BE",
		InForceFrom:     calendar.Date{Year: 2022, Month: time.June, Day: 1},
		InForceSource:   "Belgian law of 20 March 2022 (Moniteur belge 31 March 2022): contracts concluded from 1 June 2022",
		GuaranteeMonths: 24,
		FixedPeriod:     true,
		GuaranteeSource: "Belgian old Civil Code art. 1649quater §1",
		// The seller must state the shorter period clearly, or the two
		// years apply (law of 20 March 2022).
		SecondHandMinMonths: 12,
		SecondHandSource:    "Belgian old Civil Code art. 1649quater §1, al. 3 (shorter period agreed and clearly stated, not below 1 year)",
		// Since the 2022 law the presumption covers the whole period,
		// and for second-hand goods the agreed one (it was 6 months).
		PresumptionMonths:           24,
		SecondHandPresumptionMonths: 0,
		PresumptionSource:           "Belgian old Civil Code art. 1649quater §4 (law of 20 March 2022)",
		NotifyMonths:                2,
		NotifySource:                "Belgian old Civil Code art. 1649quater §2: a notification period may be agreed, not shorter than 2 months from discovery",
		Suspension:                  true,
		SuspensionSource:            "Belgian old Civil Code art. 1649quater: the guarantee period is suspended during repair or replacement and during negotiation for an amicable settlement",
		LimitationMonths:            12,
		LimitationSource:            "Belgian old Civil Code art. 1649quater §3: action barred 1 year after discovery, not before the end of the guarantee period",
	}
}

func france() CountryRules {
	return CountryRules{
		Country:         "FR",
		InForceFrom:     directiveStart(),
		InForceSource:   "Ordonnance n° 2021-1247 of 29 September 2021: contracts concluded from 1 January 2022",
		GuaranteeMonths: 24,
		FixedPeriod:     true,
		GuaranteeSource: "Code de la consommation art. L217-3",
		// France did not take up art. 10(6): second-hand goods keep the
		// two years, only the presumption is shorter.
		SecondHandMinMonths:         0,
		SecondHandSource:            "Code de la consommation art. L217-3: 2 years for new and second-hand goods alike",
		PresumptionMonths:           24,
		SecondHandPresumptionMonths: 12,
		PresumptionSource:           "Code de la consommation art. L217-7 (24 months; 12 months for second-hand goods)",
		NotifyMonths:                2,
		NotifySource:                notifyFloor,
		Suspension:                  true,
		SuspensionSource:            "Code de la consommation art. L217-28: immobilisation for repair and negotiation suspend the guarantee",
	}
}

func germany() CountryRules {
	return CountryRules{
		Country:         "DE",
		InForceFrom:     directiveStart(),
		InForceSource:   directiveStartSource + " (BGB as amended by the law of 25 June 2021)",
		GuaranteeMonths: 24,
		FixedPeriod:     true,
		GuaranteeSource: "BGB § 438(1) no. 3 (2-year limitation from delivery)",
		// Used goods: one year by an express, separate agreement.
		SecondHandMinMonths:         12,
		SecondHandSource:            "BGB § 476(2): used goods, not below 1 year, agreed expressly and separately",
		PresumptionMonths:           12,
		SecondHandPresumptionMonths: 12,
		PresumptionSource:           "BGB § 477(1) (1 year since 1 January 2022)",
		NotifyMonths:                2,
		NotifySource:                notifyFloor,
	}
}

func netherlands() CountryRules {
	return CountryRules{
		Country:         "NL",
		InForceFrom:     directiveStart(),
		InForceSource:   directiveStartSource + " (Implementatiewet richtlijnen verkoop goederen en levering digitale inhoud)",
		GuaranteeMonths: 24,
		FixedPeriod:     false,
		GuaranteeSource: "BW art. 7:17 and 7:23 (no fixed period: the goods must last as long as may be expected); Directive 2019/771 art. 10(1) minimum",
		// Nothing fixed to shorten; an agreed period is ignored, which
		// can only favour the consumer.
		SecondHandMinMonths:         0,
		SecondHandSource:            "BW art. 7:17: no fixed liability period that the parties could shorten",
		PresumptionMonths:           12,
		SecondHandPresumptionMonths: 12,
		PresumptionSource:           "BW art. 7:18a(2) (1 year since 1 January 2022; 6 months for live animals, not modelled)",
		NotifyMonths:                2,
		NotifySource:                "BW art. 7:23(1): in a consumer sale, notice within 2 months of discovery is in time",
	}
}

func luxembourg() CountryRules {
	return CountryRules{
		Country:         "LU",
		InForceFrom:     directiveStart(),
		InForceSource:   directiveStartSource + " (bill no. 7818 amending the Code de la consommation)",
		GuaranteeMonths: 24,
		FixedPeriod:     true,
		GuaranteeSource: "Code de la consommation art. L. 212-1 ff.",
		// Written agreement; cars less than a year old excepted, which
		// this package does not model.
		SecondHandMinMonths:         12,
		SecondHandSource:            "Code de la consommation art. L. 212-1 ff.: second-hand goods, agreed in writing, not below 1 year (not for cars under 1 year old)",
		PresumptionMonths:           12,
		SecondHandPresumptionMonths: 12,
		PresumptionSource:           "Code de la consommation art. L. 212-1 ff. (12 months, European Consumer Centre Luxembourg)",
		NotifyMonths:                2,
		NotifySource:                notifyFloor,
	}
}
