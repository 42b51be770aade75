package form

// german returns the German words. The model form's meaning is kept, in
// the package's own wording.
func german() texts {
	return texts{
		title:           "WIDERRUFSFORMULAR",
		intro:           "(Füllen Sie dieses Formular nur aus und senden Sie es nur zurück, wenn Sie den Vertrag widerrufen wollen.)",
		to:              "An:",
		notice:          "Ich/Wir teile(n) Ihnen hiermit mit, dass ich/wir meinen/unseren Vertrag",
		goods:           " über den Kauf der unten aufgeführten Waren",
		digital:         " über die Bereitstellung der unten aufgeführten digitalen Inhalte",
		service:         " über die Erbringung der unten aufgeführten Dienstleistung",
		and:             " und",
		or:              " /",
		noticeEnd:       " widerrufe(n):",
		orderRef:        "Bestellnummer:",
		orderedOn:       "Bestellt am:",
		receivedOn:      "Erhalten am:",
		consumerName:    "Name des/der Verbraucher(s):",
		consumerAddress: "Anschrift des/der Verbraucher(s):",
		signature:       "Unterschrift des/der Verbraucher(s):",
		date:            "Datum:",
		ref:             "Art.-Nr.",
		email:           "E-Mail:",
		tele:            "Telefon:",

		ackSubject: "Widerruf erhalten, Bestellung ",
		ackIntro: "Wir haben Ihren Widerruf erhalten. Diese Nachricht hält fest, was Sie widerrufen, " +
			"und an welchem Tag und um welche Uhrzeit Sie den Widerruf abgesendet haben.",
		ackOrder:  "Bestellung:",
		ackPlaced: "Bestellt am:",
		ackRef:    "Referenz des Widerrufs:",
		ackSent:   "Abgesendet am:",
		ackBy:     "Abgesendet von:",
		ackItems:  "Sie widerrufen den Vertrag über:",
		ackKeep:   "Bitte bewahren Sie diese Nachricht auf: Sie ist Ihr Nachweis des Widerrufs.",

		at:         " um ",
		timeSuffix: " Uhr",
	}
}

// monthDE returns the German name of month m (1-12).
func monthDE(m int) string {
	return [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
		"August", "September", "Oktober", "November", "Dezember"}[m-1]
}
