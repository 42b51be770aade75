package cart

import (
	"context"
	"time"

	"github.com/shopspring/decimal"
)

// Catalog gives current unit prices: the catalogue price for the channel
// and the customer group, with catalogue promotions (sale prices) applied.
// Implementations must be safe for concurrent use; carttest.Catalog is an
// in-memory one.
type Catalog interface {
	// Prices returns the unit price of each SKU that is for sale, in major
	// units of the cart's currency, on the cart's price entry (VAT
	// included or not). A SKU not for sale is missing from the map.
	Prices(ctx context.Context, q PriceQuery) (map[string]decimal.Decimal, error)
}

// PriceQuery asks for the prices of SKUs on a channel, for a customer
// group ("" for the public), at a time.
type PriceQuery struct {
	SKUs    []string
	Channel string
	Group   string
	At      time.Time
}
