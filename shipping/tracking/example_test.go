package tracking_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/shipping/tracking"
)

// Normalising a GLS parcel's history: each raw status becomes a stage, the
// raw code kept; a code the table does not list becomes unknown.
func ExampleTable_Normalise() {
	gls, err := tracking.GLS()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, code := range []string{"PREADVICE", "INTRANSIT", "INDELIVERY", "NOTDELIVERED", "DELIVEREDPS", "SOMETHINGNEW"} {
		ev := gls.Normalise(tracking.RawEvent{Code: code})
		fmt.Printf("%-12s -> %s (%s)\n", ev.RawCode, ev.Stage, ev.Reason)
	}
	// Output:
	// PREADVICE    -> label_created (none)
	// INTRANSIT    -> in_transit (none)
	// INDELIVERY   -> out_for_delivery (none)
	// NOTDELIVERED -> delivery_attempt_failed (none)
	// DELIVEREDPS  -> available_for_pickup (none)
	// SOMETHINGNEW -> unknown (none)
}

// A merchant's own table for a local courier. Building it rejects a code
// mapped twice.
func ExampleNewTable() {
	rows := []tracking.Row{
		{Code: "OK", Stage: tracking.StageDelivered, Description: "handed to the customer"},
		{Code: "ABS", Stage: tracking.StageDeliveryAttemptFailed, Reason: tracking.ReasonRecipientAbsent, Description: "nobody home"},
		{Code: "ABS", Stage: tracking.StageException, Description: "typo: mapped again"},
	}
	_, err := tracking.NewTable("velo-liege", rows)
	fmt.Println(errors.Is(err, tracking.ErrDuplicateCode))
	fmt.Println(err)

	courier, err := tracking.NewTable("velo-liege", rows[:2])
	if err != nil {
		fmt.Println(err)
		return
	}
	ev := courier.Normalise(tracking.RawEvent{Code: "ABS", Text: "Personne au 12 rue Féronstrée"})
	fmt.Println(ev.Stage, ev.Reason, ev.RawText)
	// Output:
	// true
	// tracking: table for carrier "velo-liege": row 2, code "ABS": code mapped twice (first in row 1)
	// delivery_attempt_failed recipient_absent Personne au 12 rue Féronstrée
}

// A DPD delivery with its proof becomes the order's delivered event, dated
// when the consumer took the parcel.
func ExampleEvent_OrderEvent() {
	dpd, err := tracking.DPD()
	if err != nil {
		fmt.Println(err)
		return
	}
	brussels := time.FixedZone("CET", 3600)
	ev := dpd.Normalise(tracking.RawEvent{
		Code: "Delivered",
		At:   time.Date(2025, 3, 4, 18, 5, 0, 0, brussels),
		Proof: &tracking.Proof{
			At:        time.Date(2025, 3, 4, 17, 42, 0, 0, brussels),
			Signature: "J. Peeters",
		},
	})
	delivered, err := ev.OrderEvent("05212345678901", order.Units("line-1", 2))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(delivered.Kind, delivered.At.Format(time.RFC3339), delivered.Parcel, delivered.Proof)

	// A parcel waiting at a pickup point is not delivered yet.
	waiting := dpd.Normalise(tracking.RawEvent{Code: "ParcelShop"})
	_, err = waiting.OrderEvent("05212345678901", order.Units("line-1", 2))
	fmt.Println(errors.Is(err, tracking.ErrNotDelivered))
	// Output:
	// delivered 2025-03-04T17:42:00+01:00 05212345678901 signature=J. Peeters
	// true
}

// Reading a stage from text: unknown names are an error.
func ExampleParseStage() {
	s, err := tracking.ParseStage("out_for_delivery")
	fmt.Println(s, err)
	_, err = tracking.ParseStage("teleported")
	fmt.Println(err)
	// Output:
	// out_for_delivery <nil>
	// tracking: unknown stage "teleported"
}
