package vattest_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/pricing/vat/vattest"
)

func ExampleRegistry() {
	seller, _ := vat.ParseNumber("BE0403019261")
	buyer, _ := vat.ParseNumber("DE136695976")
	checkedAt := time.Date(2026, 3, 2, 14, 30, 0, 0, time.UTC)

	r := vattest.NewRegistry(vattest.FixedClock(checkedAt), vattest.WithRequester(seller))
	r.Register(seller, "Comptoir Exemple SA", "Bruxelles")
	r.Register(buyer, "", "") // Germany does not release names

	reg, err := r.Check(context.Background(), buyer)
	fmt.Println(reg.Valid, reg.Reference, reg.CheckedAt.Format(time.RFC3339), err)

	r.Fail("DE", vat.FaultMSUnavailable)
	_, err = r.Check(context.Background(), buyer)
	fmt.Println(errors.Is(err, vat.ErrRegistryUnavailable), err)

	fmt.Println(len(r.Calls()), "checks made")
	// Output:
	// true VATTEST-000001 2026-03-02T14:30:00Z <nil>
	// true vat: VAT number registry unavailable for DE: MS_UNAVAILABLE
	// 2 checks made
}
