package form

// dutch returns the Dutch words. The model form's meaning is kept, in the
// package's own wording.
func dutch() texts {
	return texts{
		title:           "HERROEPINGSFORMULIER",
		intro:           "(Vul dit formulier alleen in en stuur het alleen terug als u de overeenkomst wilt herroepen.)",
		to:              "Aan:",
		notice:          "Hierbij laat ik/laten wij u weten dat ik/wij mijn/onze overeenkomst",
		goods:           " voor de verkoop van de hieronder vermelde goederen",
		digital:         " voor de levering van de hieronder vermelde digitale inhoud",
		service:         " voor het verrichten van de hieronder vermelde dienst",
		and:             " en",
		or:              " /",
		noticeEnd:       " herroep/herroepen:",
		orderRef:        "Bestelnummer:",
		orderedOn:       "Besteld op:",
		receivedOn:      "Ontvangen op:",
		consumerName:    "Naam van de consument(en):",
		consumerAddress: "Adres van de consument(en):",
		signature:       "Handtekening van de consument(en):",
		date:            "Datum:",
		ref:             "ref.",
		email:           "E-mail:",
		tele:            "Telefoon:",

		ackSubject: "Herroeping ontvangen, bestelling ",
		ackIntro: "Wij hebben uw herroeping goed ontvangen. Dit bericht vermeldt wat u herroept " +
			"en de datum en het tijdstip waarop u de herroeping hebt verstuurd.",
		ackOrder:  "Bestelling:",
		ackPlaced: "Besteld op:",
		ackRef:    "Referentie van de herroeping:",
		ackSent:   "Verstuurd op:",
		ackBy:     "Verstuurd door:",
		ackItems:  "U herroept de overeenkomst voor:",
		ackKeep:   "Bewaar dit bericht: het is uw bewijs van de herroeping.",

		at: " om ",
	}
}

// monthNL returns the Dutch name of month m (1-12).
func monthNL(m int) string {
	return [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december"}[m-1]
}
