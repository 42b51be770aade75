package refund

import (
	"github.com/comptoir/comptoir/order"
	"github.com/shopspring/decimal"
)

// rateSum accumulates the credit note's amounts at one rate.
type rateSum struct {
	rate     decimal.Decimal
	key      rateKey
	net, vat int64
	gross    int64
	used     bool
}

// breakdown builds the credit note's VAT breakdown from the lines and the
// delivery refunded: one entry per rate, in the order of the order's own
// breakdown, each the exact sum of what is refunded at that rate, so the
// note's Net + VAT = Gross per rate and in total. The sums cannot overflow:
// they are parts of the order's total, which prepare checked.
func (c *calc) breakdown() {
	var buf [maxRates]rateSum
	sums := buf[:0]
	for _, e := range c.o.VATBreakdown {
		sums = append(sums, rateSum{rate: e.Rate, key: keyOf(e.Rate)})
	}
	add := func(rate decimal.Decimal, net, vat, gross int64) {
		key := keyOf(rate)
		for i := range sums {
			if key.ok && sums[i].key == key {
				sums[i].net += net
				sums[i].vat += vat
				sums[i].gross += gross
				sums[i].used = true
				return
			}
		}
		sums = append(sums, rateSum{rate: rate, key: key, net: net, vat: vat, gross: gross, used: true})
	}
	for _, l := range c.res.Lines {
		add(l.Rate, l.Net.Minor(), l.VAT.Minor(), l.Gross.Minor())
	}
	for _, d := range c.res.Delivery {
		add(d.Rate, d.Net.Minor(), d.VAT.Minor(), d.Gross.Minor())
	}
	used := 0
	for _, s := range sums {
		if s.used {
			used++
		}
	}
	c.res.VAT = make([]order.RateAmounts, 0, used)
	var net, vat, gross int64
	for _, s := range sums {
		if !s.used {
			continue
		}
		c.res.VAT = append(c.res.VAT, order.RateAmounts{
			Rate: s.rate, Net: c.money(s.net), VAT: c.money(s.vat), Gross: c.money(s.gross),
		})
		net += s.net
		vat += s.vat
		gross += s.gross
	}
	c.res.Credit = Amounts{Net: c.money(net), VAT: c.money(vat), Gross: c.money(gross)}
}
