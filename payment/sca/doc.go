// Package sca chooses the strong customer authentication exemption a
// merchant asks for on a payment (PSD2, Delegated Regulation (EU)
// 2018/389), as a pure function of the payment.
//
// Decide reads a Request: the amount in euros, the instrument (card,
// credit transfer, direct debit), who initiates the payment (the
// customer or the merchant), the channel (remote, or a mail or telephone
// order), the payer's counters since the last SCA, the PSP's fraud rate,
// whether the real-time risk analysis flagged the payment, and its place
// in a recurring series. It returns a Decision: the Exemption to
// request, whether SCA is required, the reason with the values compared,
// the provision relied on and who bears fraud losses.
//
// The rules (law-and-tax.md section 6):
//
//   - Mail and telephone orders and direct debits are outside SCA, and
//     so are merchant-initiated payments.
//   - Recurring (art. 14): the first payment of a series of the same
//     amount to the same payee needs SCA, and so does a payment that
//     changes the amount; the later ones may be exempted.
//   - Low value (art. 16): a remote payment of at most EUR 30, when since
//     the last SCA the previous payments total at most EUR 100 or number
//     at most 5. By default the current payment is counted in the EUR 100
//     (Policy.CountCurrentInLowValueTotal), the conservative reading.
//   - Transaction risk analysis (art. 18): up to EUR 500, 250 or 100 when
//     the PSP's remote card fraud rate is at most 0.01 %, 0.06 % or
//     0.13 % (credit transfers: 0.005 %, 0.01 %, 0.015 %), and the
//     real-time analysis flags nothing. Every bound is inclusive.
//
// An exemption is only a request: the issuer decides, and may still ask
// for authentication. A granted exemption leaves fraud liability with the
// merchant, where a successful 3-D Secure authentication shifts it to the
// issuer. Amounts are exact integer cents and rates are decimals; an
// amount in another currency is an error rather than a conversion.
// Everything in the package is safe for concurrent use.
package sca
