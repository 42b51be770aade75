package carttest

import "github.com/comptoir/comptoir/internal/fault"

// Op names an operation of a fake, for Fail, FailNext and CallCount.
type Op string

// Operations of Inventory and Catalog.
const (
	OpAvailable Op = "Available"
	OpReserve   Op = "Reserve"
	OpRelease   Op = "Release"
	OpCommit    Op = "Commit"
	OpPrices    Op = "Prices"
	// All stands for every operation of the fake.
	All Op = "*"
)

// callCount returns the calls of op counted by f, or of every operation
// with All.
func callCount(f *fault.Injector[Op], op Op) int {
	if op == All {
		return f.Total()
	}
	return f.Calls(op)
}
