package parcel

// The ready-made services carry the figures of the shipping spec. Carriers
// change their conditions: check the current ones and build your own
// Service when they differ. Each function returns a fresh value, so a caller
// may change it freely.

// Bpost is bpost's standard parcel: 30 kg, longest side 1.5 m, L + 2W + 2H
// at most 3 m, and bpost's density surcharge below 120 kg/m³ instead of a
// volumetric weight.
func Bpost() Service {
	return Service{
		Name: "bpost",
		Limits: Limits{
			MaxWeight:      30 * Kilogram,
			MaxLongestSide: 1500 * Millimetre,
			MaxGirth:       3 * Metre,
		},
		Density: DensityRule{MinKgPerM3: BpostMinDensity},
	}
}

// BpostLocker is a bpost parcel sent to a parcel locker: the limits of
// Bpost, and the parcel must fit the locker box of 42 × 31 × 58 cm.
func BpostLocker() Service {
	s := Bpost()
	s.Name = "bpost locker"
	s.Limits.Boxes = []Dimensions{{42 * Centimetre, 31 * Centimetre, 58 * Centimetre}}
	return s
}

// MondialRelay is Mondial Relay's delivery to a pickup point or locker:
// 30 kg, longest side 120 cm, L + W + H at most 150 cm.
func MondialRelay() Service {
	return Service{
		Name: "Mondial Relay point/locker",
		Limits: Limits{
			MaxWeight:      30 * Kilogram,
			MaxLongestSide: 120 * Centimetre,
			MaxSumOfSides:  150 * Centimetre,
		},
	}
}

// DPDClassic is DPD Classic: 31.5 kg, longest side 175 cm, girth
// (L + 2W + 2H) 300 cm.
func DPDClassic() Service {
	return Service{
		Name: "DPD Classic",
		Limits: Limits{
			MaxWeight:      31*Kilogram + 500*Gram,
			MaxLongestSide: 175 * Centimetre,
			MaxGirth:       300 * Centimetre,
		},
	}
}

// PostNLStandard is PostNL's standard parcel: 30 kg, at most 100 × 70 ×
// 58 cm (a box the parcel must fit, rotated as needed).
func PostNLStandard() Service {
	return Service{
		Name: "PostNL standard",
		Limits: Limits{
			MaxWeight: 30 * Kilogram,
			Boxes:     []Dimensions{{100 * Centimetre, 70 * Centimetre, 58 * Centimetre}},
		},
	}
}
