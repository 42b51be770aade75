package vat

import "strings"

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

// The categories. Their descriptions are in Categories.
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
	return []CategoryInfo{
		{Standard, "everything without a reduced rate: electronics, clothing, cosmetics, alcoholic drinks"},
		{Foodstuffs, "food for human consumption sold as goods (groceries, take-away food sold as goods); not alcoholic drinks"},
		{NonAlcoholicDrinks, "non-alcoholic drinks sold as goods: bottled water, juices, soft drinks; not drinks served in a restaurant or café"},
		{Water, "supply of water through the mains (tap water); bottled water is NonAlcoholicDrinks"},
		{Books, "printed books, including on other physical media (audiobooks on CD); not publications that are mainly advertising"},
		{EBooks, "electronically supplied books and audiobooks (downloads, streaming)"},
		{Newspapers, "newspapers and periodicals, printed or electronically supplied"},
		{Medicines, "medicinal products for human use, including those sold without prescription and not reimbursed"},
		{ReimbursedMedicines, "medicinal products reimbursed by the national health insurance (a separate rate in France)"},
		{MedicalAids, "medical equipment and aids for disabled persons: wheelchairs, prostheses, orthopaedic appliances, hearing aids"},
		{PassengerTransport, "domestic transport of passengers and their luggage"},
		{Accommodation, "hotel and holiday accommodation and camping pitches"},
		{Restaurant, "restaurant and catering services, the food part (drinks served are not included)"},
		{CultureAdmissions, "admission to live shows (theatre, concerts, circus) and cinemas"},
		{SportsAdmissions, "admission to sporting events as a spectator"},
		{Pesticides, "plant protection products (pesticides) authorised for agriculture"},
	}
}

// Description returns the one-line description of c, or "" when c is not a
// known category.
func (c Category) Description() string {
	for _, info := range Categories() {
		if info.Category == c {
			return info.Description
		}
	}
	return ""
}

// Valid reports whether c is one of the categories this package defines.
func (c Category) Valid() bool {
	switch c {
	case Standard, Foodstuffs, NonAlcoholicDrinks, Water, Books, EBooks, Newspapers,
		Medicines, ReimbursedMedicines, MedicalAids, PassengerTransport, Accommodation,
		Restaurant, CultureAdmissions, SportsAdmissions, Pesticides:
		return true
	}
	return false
}

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
// "".
func suggestCategory(s string) Category {
	key := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch {
			case r >= 'a' && r <= 'z':
				return r
			case r >= 'A' && r <= 'Z':
				return r - 'A' + 'a'
			}
			return -1
		}, s)
	}
	want := key(s)
	for _, info := range Categories() {
		if key(string(info.Category)) == want && string(info.Category) != s {
			return info.Category
		}
	}
	return ""
}
