package vat

// Category is a VAT category of goods or services: the key that, with a
// country and a date, selects a rate (see Rate). A product carries one
// category; the rate comes from the country whose VAT applies to the sale.
//
// The value is the category's name in lower snake case ("foodstuffs"), so a
// Category can be stored in configuration and JSON as it is. The zero value
// is not a valid category. The set is deliberately small: the standard rate
// plus the categories for which Belgium, France, the Netherlands, Germany or
// Luxembourg apply a reduced rate to something a web shop sells. Each
// description says where the line is drawn; a product that straddles two
// categories (a meal with wine) is two lines.
type Category string

// The categories. Their descriptions are in Categories and Description.
const (
	Standard            Category = "standard"
	Foodstuffs          Category = "foodstuffs"
	NonAlcoholicDrinks  Category = "non_alcoholic_drinks"
	Water               Category = "water"
	Books               Category = "books"
	EBooks              Category = "ebooks"
	Newspapers          Category = "newspapers"
	Medicines           Category = "medicines"
	ReimbursedMedicines Category = "reimbursed_medicines"
	MedicalAids         Category = "medical_aids"
	PassengerTransport  Category = "passenger_transport"
	Accommodation       Category = "accommodation"
	Restaurant          Category = "restaurant"
	CultureAdmissions   Category = "culture_admissions"
	SportsAdmissions    Category = "sports_admissions"
	Pesticides          Category = "pesticides"
)

// CategoryInfo describes a Category in one line.
type CategoryInfo struct {
	Category    Category
	Description string
}

// Categories lists every Category with its description, Standard first and
// the others in a fixed order that never changes between calls. The slice is
// new on each call; changing it changes nothing else.
func Categories() []CategoryInfo {
	all := allCategories()
	infos := make([]CategoryInfo, len(all))
	for i, c := range all {
		infos[i] = CategoryInfo{Category: c, Description: c.Description()}
	}
	return infos
}

// allCategories returns every Category in the order Categories lists them.
func allCategories() [16]Category {
	return [...]Category{
		Standard, Foodstuffs, NonAlcoholicDrinks, Water, Books, EBooks, Newspapers,
		Medicines, ReimbursedMedicines, MedicalAids, PassengerTransport, Accommodation,
		Restaurant, CultureAdmissions, SportsAdmissions, Pesticides,
	}
}

// Description returns the one-line description of c, or "" when c is not a
// known category.
func (c Category) Description() string {
	switch c {
	case Standard:
		return "everything without a reduced rate: electronics, clothing, cosmetics, alcoholic drinks"
	case Foodstuffs:
		return "food for human consumption sold as goods (groceries, take-away food sold as goods); not alcoholic drinks"
	case NonAlcoholicDrinks:
		return "non-alcoholic drinks sold as goods: bottled water, juices, soft drinks; not drinks served in a restaurant or café"
	case Water:
		return "supply of water through the mains (tap water); bottled water is NonAlcoholicDrinks"
	case Books:
		return "printed books, including on other physical media (audiobooks on CD); not publications that are mainly advertising"
	case EBooks:
		return "electronically supplied books and audiobooks (downloads, streaming)"
	case Newspapers:
		return "newspapers and periodicals, printed or electronically supplied"
	case Medicines:
		return "medicinal products for human use, including those sold without prescription and not reimbursed"
	case ReimbursedMedicines:
		return "medicinal products reimbursed by the national health insurance (a separate rate in France)"
	case MedicalAids:
		return "medical equipment and aids for disabled persons: wheelchairs, prostheses, orthopaedic appliances, hearing aids"
	case PassengerTransport:
		return "domestic transport of passengers and their luggage"
	case Accommodation:
		return "hotel and holiday accommodation and camping pitches"
	case Restaurant:
		return "restaurant and catering services, the food part (drinks served are not included)"
	case CultureAdmissions:
		return "admission to live shows (theatre, concerts, circus) and cinemas"
	case SportsAdmissions:
		return "admission to sporting events as a spectator"
	case Pesticides:
		return "plant protection products (pesticides) authorised for agriculture"
	}
	return ""
}

// Valid reports whether c is one of the categories this package defines.
func (c Category) Valid() bool { return c.Description() != "" }

// ParseCategory returns the Category named s, exactly as Categories spells it
// ("foodstuffs", "non_alcoholic_drinks"). Anything else, including a name in
// another case or with surrounding spaces, is an *UnknownCategoryError
// (matching ErrUnknownCategory) whose message suggests the likely name.
func ParseCategory(s string) (Category, error) {
	if c := Category(s); c.Valid() {
		return c, nil
	}
	return "", &UnknownCategoryError{Category: s}
}

// suggestCategory returns the category s probably meant (another case,
// spaces, hyphens or no underscores: "E-Books", "Passenger Transport"), or
// "". It allocates nothing.
func suggestCategory(s string) Category {
	for _, c := range allCategories() {
		if string(c) != s && sameLetters(s, string(c)) {
			return c
		}
	}
	return ""
}

// sameLetters reports whether a and b hold the same ASCII letters in the
// same order, ignoring case and every other byte.
func sameLetters(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && asciiLower(a[i]) == 0 {
			i++
		}
		for j < len(b) && asciiLower(b[j]) == 0 {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if asciiLower(a[i]) != asciiLower(b[j]) {
			return false
		}
		i++
		j++
	}
}

// asciiLower returns the lower-case form of an ASCII letter, 0 for any
// other byte.
func asciiLower(c byte) byte {
	switch {
	case c >= 'a' && c <= 'z':
		return c
	case c >= 'A' && c <= 'Z':
		return c - 'A' + 'a'
	}
	return 0
}
