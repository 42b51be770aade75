// Package reference computes reference ("prior") prices, checks announced
// price reductions against them, and knows the Belgian sales and waiting
// periods.
//
// # Reference prices
//
// Directive 98/6/EC art. 6a (transposed in Belgium by CDE art. VI.18-VI.19)
// requires every announced price reduction to show the prior price: the lowest
// price the trader applied during the 30 days before the reduction, per sales
// channel (the webshop apart from the shop). The advertised amount or
// percentage is computed from that price.
//
// A History records dated price changes (Change) per SKU and channel. A
// change is in force from its instant until the next change of the same SKU
// on the same channel, so the price in force at any instant is the last change
// at or before it. MemoryHistory is the in-memory implementation; a database
// implements the same three methods.
//
// PriceAt answers "lowest price in the N days before t". Days are civil days
// in the shop's time zone (Options.Location, never guessed): for a reduction
// starting on day D the window is [D-30 00:00, D 00:00) in that zone, so a
// daylight-saving change inside the window does not shift it by an hour. The
// price in force when the window opens counts, even if it was set earlier.
// Belgium lets a product on the market (first recorded price of the SKU on the
// channel) for fewer than 30 days use a 7-day window instead; a product launched
// on 20 June 2026 and reduced from 1 July has as prior price the lowest price
// of 24 to 30 June. The directive's progressive-reduction rule lets one
// uninterrupted campaign of successive reductions keep the prior price of its
// first reduction (Options.CampaignStart). The result, Price, says which
// window and which rules gave the price.
//
// Announce turns a reference price and a new price into the advertised
// amount and percentage. The percentage is rounded toward zero, so it never
// overstates the reduction, and a "was" price other than the reference price
// is refused.
//
// # Sales and waiting periods
//
// CDE art. VI.25 ff. fix the Belgian sales (soldes, solden): 3 to 31 January
// and 1 to 31 July, starting a day earlier when the first day is a Sunday. In
// the month before each (the waiting period, sperperiode) no price reduction
// may be announced and no reduction voucher handed out for clothing, leather
// goods and shoes; joint offers (1+1 free) stay allowed. Sales,
// WaitingPeriods and PeriodOn compute the periods for any year; CheckOffer
// flags an offer that falls foul of the waiting period.
//
// All functions are pure apart from the History they are given; nothing reads
// the clock. Errors are values to match with errors.Is and errors.As: the
// sentinels ErrInvalidInput, ErrNoHistory, ErrConflict,
// ErrCampaignInterrupted, ErrWasPrice and ErrNotReduced,
// money.ErrCurrencyMismatch, and the context's error.
package reference
