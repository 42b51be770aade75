package returns_test

import (
	"fmt"
	"time"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns"
)

// The withdrawal right of an order line by line: the knife and the oil
// arrived on Monday 1 June, the personalised apron on Monday 8 June; the
// period of the whole order runs from the last delivery.
func ExampleDecide() {
	loc, _ := time.LoadLocation("Europe/Brussels")
	o, _ := fixture.Build(fixture.BelgianConsumerSpec())
	h := order.NewHistory(o, fixture.BelgianConsumerEvents()...)
	d, err := returns.Decide(h, returns.Facts{}, returns.Policy{TraderCountry: "BE", Location: loc})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range d.Lines {
		if !l.Right {
			fmt.Printf("%s: no right (%s: %s)\n", l.LineID, l.Reason.Article, l.Reason.Text)
			continue
		}
		fmt.Printf("%s: from %s until %s\n", l.LineID, l.Start, l.Ends)
	}
	// Output:
	// L1: from 2026-06-08 until 2026-06-22
	// L2: from 2026-06-08 until 2026-06-22
	// L3: no right (art. 16(c): made to the consumer's specifications or clearly personalised)
}
