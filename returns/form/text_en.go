package form

// english returns the English words. The model form's meaning is kept, in
// the package's own wording.
func english() texts {
	return texts{
		title:           "WITHDRAWAL FORM",
		intro:           "(Fill in and return this form only if you want to withdraw from the contract.)",
		to:              "To:",
		notice:          "I/We hereby notify you that I/we withdraw from my/our contract",
		goods:           " for the sale of the goods listed below",
		digital:         " for the supply of the digital content listed below",
		service:         " for the provision of the service listed below",
		and:             " and",
		or:              " /",
		noticeEnd:       ":",
		orderRef:        "Order reference:",
		orderedOn:       "Ordered on:",
		receivedOn:      "Received on:",
		consumerName:    "Name of the consumer(s):",
		consumerAddress: "Address of the consumer(s):",
		signature:       "Signature of the consumer(s):",
		date:            "Date:",
		ref:             "ref.",
		email:           "E-mail:",
		tele:            "Phone:",

		ackSubject: "Withdrawal received, order ",
		ackIntro: "We have received your withdrawal. This message records what you withdrew " +
			"and the date and time you sent it.",
		ackOrder:  "Order:",
		ackPlaced: "Order placed on:",
		ackRef:    "Withdrawal reference:",
		ackSent:   "Sent on:",
		ackBy:     "Sent by:",
		ackItems:  "You withdraw from the contract for:",
		ackKeep:   "Please keep this message: it is your proof of the withdrawal.",

		at: " at ",
	}
}

// monthEN returns the English name of month m (1-12).
func monthEN(m int) string {
	return [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}[m-1]
}
