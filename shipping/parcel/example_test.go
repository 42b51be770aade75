package parcel_test

import (
	"errors"
	"fmt"

	"github.com/comptoir/comptoir/shipping/parcel"
)

func ExampleVolumetricWeight() {
	box := parcel.Dimensions{Length: 60 * parcel.Centimetre, Width: 40 * parcel.Centimetre, Height: 30 * parcel.Centimetre}
	dhl, _ := parcel.VolumetricWeight(box, parcel.DivisorDHLExpress)
	baltics, _ := parcel.VolumetricWeight(box, parcel.DivisorDPDBaltics)
	fmt.Println(dhl, baltics)
	// Output: 14400 g 18000 g
}

func ExampleService_Billing() {
	box := parcel.Dimensions{Length: 600, Width: 400, Height: 300}
	dhl := parcel.Service{Name: "DHL Express", VolumetricDivisor: parcel.DivisorDHLExpress, RoundTo: 500}
	b, _ := dhl.Billing(parcel.Parcel{Weight: 5 * parcel.Kilogram, Dimensions: box})
	fmt.Printf("DHL: actual %v, volumetric %v, billed %v\n", b.Actual, b.Volumetric, b.Billable)

	b, _ = parcel.Bpost().Billing(parcel.Parcel{Weight: 5 * parcel.Kilogram, Dimensions: box})
	fmt.Printf("bpost: billed %v, density surcharge %v\n", b.Billable, b.DensitySurcharge)
	// Output:
	// DHL: actual 5000 g, volumetric 14400 g, billed 14500 g
	// bpost: billed 5000 g, density surcharge true
}

func ExampleService_Check() {
	p := parcel.Parcel{Weight: 32 * parcel.Kilogram, Dimensions: parcel.Dimensions{Length: 500, Width: 1800, Height: 600}}
	err := parcel.DPDClassic().Check(p)
	fmt.Println(errors.Is(err, parcel.ErrExceedsLimit))
	var all *parcel.LimitsError
	if errors.As(err, &all) {
		for _, le := range all.Failed {
			fmt.Printf("%s: %d > %d %s\n", le.Limit, le.Got, le.Max, le.Limit.Unit())
		}
	}
	// Output:
	// true
	// weight: 32000 > 31500 g
	// longest side: 1800 > 1750 mm
	// girth: 4000 > 3000 mm
}

// Six 6 kg casseroles cannot share one 30 kg Mondial Relay parcel: four
// go in the first (24.4 kg with the box), with two knives on top until the
// stack reaches the 150 cm sum of sides; the rest go in a second parcel.
func ExampleSplit() {
	items := []parcel.Item{
		{Ref: "casserole", Weight: 6 * parcel.Kilogram, Dimensions: parcel.Dimensions{Length: 350, Width: 300, Height: 200}, Quantity: 6},
		{Ref: "knife", Weight: 200, Dimensions: parcel.Dimensions{Length: 350, Width: 50, Height: 20}, Quantity: 3},
	}
	parcels, err := parcel.Split(items, parcel.MondialRelay(), parcel.Packing{Tare: 400})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(parcels), "parcels")
	for _, p := range parcels {
		fmt.Println(p.Parcel.Weight, p.Parcel.Dimensions, p.Items)
	}
	// Output:
	// 2 parcels
	// 24800 g 350x300x840 mm [{0 casserole 4} {1 knife 2}]
	// 12600 g 350x300x420 mm [{0 casserole 2} {1 knife 1}]
}

func ExampleSplit_itemTooLarge() {
	items := []parcel.Item{{Ref: "paddle board", Weight: 9 * parcel.Kilogram,
		Dimensions: parcel.Dimensions{Length: 3200, Width: 800, Height: 150}, Quantity: 1}}
	_, err := parcel.Split(items, parcel.MondialRelay(), parcel.Packing{})
	fmt.Println(err)
	var ie *parcel.ItemError
	fmt.Println(errors.As(err, &ie), ie.Ref, errors.Is(err, parcel.ErrExceedsLimit))
	// Output:
	// parcel: item 0 ("paddle board"): exceeds 2 limits: longest side 3200 mm exceeds 1200 mm; sum of sides 4150 mm exceeds 1500 mm
	// true paddle board true
}
