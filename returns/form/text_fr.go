package form

// nbsp is the no-break space French puts before a colon.
const nbsp = "\u00a0"

// french returns the French words. The model form's meaning is kept, in
// the package's own wording.
func french() texts {
	return texts{
		title:           "FORMULAIRE DE RÉTRACTATION",
		intro:           "(Ne remplissez et ne renvoyez ce formulaire que si vous voulez vous rétracter du contrat.)",
		to:              "Destinataire" + nbsp + ":",
		notice:          "Par la présente, je/nous vous informe/informons que je me rétracte/nous nous rétractons du contrat",
		goods:           " de vente des biens énumérés ci-après",
		digital:         " de fourniture du contenu numérique indiqué ci-après",
		service:         " de prestation du service indiqué ci-après",
		and:             " et",
		or:              " /",
		noticeEnd:       nbsp + ":",
		orderRef:        "Référence de la commande" + nbsp + ":",
		orderedOn:       "Commandé le" + nbsp + ":",
		receivedOn:      "Reçu le" + nbsp + ":",
		consumerName:    "Nom du ou des consommateurs" + nbsp + ":",
		consumerAddress: "Adresse du ou des consommateurs" + nbsp + ":",
		signature:       "Signature du ou des consommateurs" + nbsp + ":",
		date:            "Date" + nbsp + ":",
		ref:             "réf.",
		email:           "Courriel" + nbsp + ":",
		tele:            "Téléphone" + nbsp + ":",

		ackSubject: "Rétractation reçue, commande ",
		ackIntro: "Nous avons bien reçu votre rétractation. Ce message reprend ce dont vous vous rétractez " +
			"ainsi que la date et l'heure auxquelles vous l'avez envoyée.",
		ackOrder:  "Commande" + nbsp + ":",
		ackPlaced: "Commande passée le" + nbsp + ":",
		ackRef:    "Référence de la rétractation" + nbsp + ":",
		ackSent:   "Envoyée le" + nbsp + ":",
		ackBy:     "Envoyée par" + nbsp + ":",
		ackItems:  "Vous vous rétractez du contrat pour" + nbsp + ":",
		ackKeep:   "Conservez ce message" + nbsp + ": il est la preuve de votre rétractation.",

		at: " à ",
	}
}

// monthFR returns the French name of month m (1-12).
func monthFR(m int) string {
	return [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
		"août", "septembre", "octobre", "novembre", "décembre"}[m-1]
}
