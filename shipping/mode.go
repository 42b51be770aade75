package shipping

// Mode is a delivery mode. The zero Mode is not a mode.
type Mode string

// The delivery modes of shipping.md.
const (
	// ModeHome delivers to the customer's address (home or workplace).
	ModeHome Mode = "home"
	// ModePickupPoint delivers to a parcel shop.
	ModePickupPoint Mode = "pickup_point"
	// ModeLocker delivers to an automatic parcel locker.
	ModeLocker Mode = "locker"
	// ModeClickAndCollect lets the customer collect the order at the
	// merchant's shop, warehouse or factory gate.
	ModeClickAndCollect Mode = "click_and_collect"
	// ModeLocalCourier delivers locally (cargo bike, same day).
	ModeLocalCourier Mode = "local_courier"
	// ModeExpress delivers by an express service.
	ModeExpress Mode = "express"
)

// Modes returns every Mode, in the order of the constants.
func Modes() []Mode {
	return []Mode{ModeHome, ModePickupPoint, ModeLocker, ModeClickAndCollect, ModeLocalCourier, ModeExpress}
}

// Valid reports whether m is one of the Mode constants.
func (m Mode) Valid() bool {
	switch m {
	case ModeHome, ModePickupPoint, ModeLocker, ModeClickAndCollect, ModeLocalCourier, ModeExpress:
		return true
	}
	return false
}

// String returns the mode's code, such as "pickup_point".
func (m Mode) String() string { return string(m) }

// ParseMode returns the Mode with the given code ("home", "pickup_point",
// "locker", "click_and_collect", "local_courier", "express"). Codes are
// matched exactly; anything else is an *UnknownModeError matching
// ErrUnknownMode.
func ParseMode(s string) (Mode, error) {
	if m := Mode(s); m.Valid() {
		return m, nil
	}
	return "", &UnknownModeError{Mode: s}
}
