package form_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/form"
)

// exampleOrder is a Belgian consumer's order of a wool coat and two scarves
// at a Brussels clothing shop, placed on 10 December 2026. Only the fields
// the form needs are set.
func exampleOrder() order.Order {
	return order.Order{
		ID:       uuid.MustParse("7d3e9a42-5b1c-4f8e-a0d6-2c9b8e4f1a07"),
		PlacedAt: time.Date(2026, 12, 10, 14, 30, 0, 0, time.UTC),
		BillingAddress: order.Address{
			Name: "Camille Dubois", Lines: []string{"Rue de la Station 12"},
			PostalCode: "4000", City: "Liège", Country: "BE",
		},
		Lines: []order.Line{
			{ID: "L1", SKU: "COAT-WOOL-M", Name: "Manteau en laine", Quantity: decimal.NewFromInt(1)},
			{ID: "L2", SKU: "SCARF-RED", Name: "Écharpe rouge", Quantity: decimal.NewFromInt(2)},
		},
	}
}

// exampleTrader is the shop.
func exampleTrader() form.Trader {
	return form.Trader{
		Name:    "Maison Lainière SRL",
		Address: order.Address{Lines: []string{"Rue Neuve 45"}, PostalCode: "1000", City: "Bruxelles", Country: "BE"},
		Email:   "retours@maison-lainiere.be",
		Phone:   "+32 2 555 01 23",
	}
}

// The French form of a consumer in Liège who withdraws from the purchase of
// a coat received on 14 December 2026, filled in from the request and
// printed to be sent on paper.
func ExampleRender() {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		fmt.Println(err)
		return
	}
	o := exampleOrder()
	sent := time.Date(2026, 12, 18, 21, 47, 0, 0, time.UTC)
	req, err := form.NewRequest(o, []form.Withdrawn{order.Units("L1", 1)}, sent, form.ConsumerOf(o, ""))
	if err != nil {
		fmt.Println(err)
		return
	}
	received := time.Date(2026, 12, 14, 10, 5, 0, 0, time.UTC) // order.History.DeliveredAt("L1")
	f, err := form.FormFor(exampleTrader(), req, received, brussels)
	if err != nil {
		fmt.Println(err)
		return
	}
	f.Paper = true
	text, err := form.Render(f, language.MustParse("fr-BE"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(text) // French puts a no-break space before each colon
	// Output:
	// FORMULAIRE DE RÉTRACTATION
	// (Ne remplissez et ne renvoyez ce formulaire que si vous voulez vous rétracter du contrat.)
	//
	// Destinataire :
	//     Maison Lainière SRL
	//     Rue Neuve 45
	//     1000 Bruxelles
	//     Belgique
	//     Courriel : retours@maison-lainiere.be
	//
	// Par la présente, je/nous vous informe/informons que je me rétracte/nous nous rétractons du contrat de vente des biens énumérés ci-après :
	//     - 1 × Manteau en laine (réf. COAT-WOOL-M)
	//
	// Référence de la commande : 7d3e9a42-5b1c-4f8e-a0d6-2c9b8e4f1a07
	// Commandé le : 10 décembre 2026
	// Reçu le : 14 décembre 2026
	//
	// Nom du ou des consommateurs : Camille Dubois
	// Adresse du ou des consommateurs :
	//     Rue de la Station 12
	//     4000 Liège
	//     Belgique
	//
	// Signature du ou des consommateurs :
	//
	//     ______________________________
	//
	// Date : 18 décembre 2026
}

// The blank form a shop hands out with its pre-contractual information:
// only the trader is filled in, everything else is left to the consumer.
func ExampleRender_blank() {
	text, err := form.Render(form.Form{Trader: exampleTrader(), Paper: true}, language.MustParse("en-IE"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(text)
	// Output:
	// WITHDRAWAL FORM
	// (Fill in and return this form only if you want to withdraw from the contract.)
	//
	// To:
	//     Maison Lainière SRL
	//     Rue Neuve 45
	//     1000 Bruxelles
	//     Belgium
	//     E-mail: retours@maison-lainiere.be
	//
	// I/We hereby notify you that I/we withdraw from my/our contract for the sale of the goods listed below / for the supply of the digital content listed below / for the provision of the service listed below:
	//     - ______________________________
	//     - ______________________________
	//     - ______________________________
	//
	// Order reference: ______________________________
	// Ordered on: ______________________________
	// Received on: ______________________________
	//
	// Name of the consumer(s): ______________________________
	// Address of the consumer(s):
	//     ______________________________
	//     ______________________________
	//
	// Signature of the consumer(s):
	//
	//     ______________________________
	//
	// Date: ______________________________
}

// The online withdrawal function: the consumer selects the coat and one
// scarf and confirms on Friday 18 December 2026 at 22:47 in Brussels; the
// shop records the request and sends the acknowledgement, here in Dutch.
func ExampleAcknowledgement() {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		fmt.Println(err)
		return
	}
	o := exampleOrder()
	sent := time.Date(2026, 12, 18, 21, 47, 0, 0, time.UTC)
	selected := []form.Withdrawn{order.Units("L2", 1), order.Units("L1", 1)}
	req, err := form.NewRequest(o, selected, sent, form.ConsumerOf(o, "camille.dubois@example.be"))
	if err != nil {
		fmt.Println(err)
		return
	}
	ack, err := form.Acknowledgement(exampleTrader(), req, brussels, language.MustParse("nl-BE"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ack.Subject)
	fmt.Println()
	fmt.Print(ack.Body)
	// Output:
	// Herroeping ontvangen, bestelling 7d3e9a42-5b1c-4f8e-a0d6-2c9b8e4f1a07
	//
	// Wij hebben uw herroeping goed ontvangen. Dit bericht vermeldt wat u herroept en de datum en het tijdstip waarop u de herroeping hebt verstuurd.
	//
	// Bestelling: 7d3e9a42-5b1c-4f8e-a0d6-2c9b8e4f1a07
	// Besteld op: 10 december 2026
	// Referentie van de herroeping: e52165de-33c2-5886-aec8-fc626adddf1a
	// Verstuurd op: 18 december 2026 om 22:47 (CET, UTC+01:00)
	// Verstuurd door: Camille Dubois, camille.dubois@example.be
	//
	// U herroept de overeenkomst voor:
	//     - 1 × Manteau en laine (ref. COAT-WOOL-M)
	//     - 1 × Écharpe rouge (ref. SCARF-RED)
	//
	// Bewaar dit bericht: het is uw bewijs van de herroeping.
	//
	// Maison Lainière SRL
	// Rue Neuve 45
	// 1000 Bruxelles
	// België
	// E-mail: retours@maison-lainiere.be
	// Telefoon: +32 2 555 01 23
}

// A selection the order cannot give back is refused with a typed error: here
// three scarves when two were bought, then half a coat.
func ExampleNewRequest() {
	o := exampleOrder()
	sent := time.Date(2026, 12, 18, 21, 47, 0, 0, time.UTC)
	for _, w := range []form.Withdrawn{
		order.Units("L2", 3),
		{LineID: "L1", Quantity: decimal.RequireFromString("0.5")},
		order.Units("L3", 1),
	} {
		_, err := form.NewRequest(o, []form.Withdrawn{w}, sent, form.ConsumerOf(o, ""))
		var le *form.LineError
		if errors.As(err, &le) {
			fmt.Printf("%s: quantity=%t unknown=%t: %s\n", le.LineID,
				errors.Is(err, form.ErrInvalidQuantity), errors.Is(err, form.ErrUnknownLine), le.Reason)
		}
	}
	// Output:
	// L2: quantity=true unknown=false: quantity 3 is more than the 2 ordered
	// L1: quantity=true unknown=false: quantity 0.5 is not a whole number of units, as the line was ordered in
	// L3: quantity=false unknown=true: the order has no such line
}

// Request.Event records the withdrawal in the order's history, where the
// withdrawal rules and the refund read it.
func ExampleRequest_Event() {
	o := exampleOrder()
	sent := time.Date(2026, 12, 18, 21, 47, 0, 0, time.UTC)
	req, err := form.NewRequest(o, form.WholeOrder(o), sent, form.ConsumerOf(o, ""))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(req.Event())
	// Output:
	// withdrawal_notified 2026-12-18T21:47:00Z [L1×1 L2×2]
}
