package form

import "github.com/comptoir/comptoir/order"

// Trader is the seller the withdrawal is addressed to, as the model form
// names it: a name, a postal address and an e-mail address (Directive
// 2011/83/EU Annex I(B), as amended by Directive 2019/2161, which dropped
// the fax). The phone number appears in the acknowledgement only, as the
// model form has none.
type Trader struct {
	// Name is the trader's trading name ("Top Fourneau SRL"). Required.
	Name string
	// Address is the trader's postal address. Required (at least a street,
	// postal code, city or country). Its Name and Company are written only
	// when they differ from the trader's Name.
	Address order.Address
	// Email is where consumers may send the form; empty when none.
	Email string
	// Phone is the trader's phone number, for the acknowledgement; empty
	// when none.
	Phone string
}

// Consumer is who withdraws: the name and address the model form asks for,
// and an e-mail address, for the acknowledgement. Several consumers who
// withdraw together are written in Name as the form would have them ("Camille
// Dubois and Sam Peeters").
type Consumer struct {
	// Name is the consumer's name, or the consumers' names.
	Name string
	// Address is the consumer's postal address. Its Name is written only
	// when it differs from Name.
	Address order.Address
	// Email is the consumer's e-mail address; empty when unknown.
	Email string
}

// ConsumerOf returns the consumer of an order as its billing address names
// them, with the e-mail address given (the order does not record one).
func ConsumerOf(o order.Order, email string) Consumer {
	a := o.BillingAddress
	a.Lines = append([]string(nil), a.Lines...)
	return Consumer{Name: a.Name, Address: a, Email: email}
}
