// Package guarantee answers the legal guarantee of conformity questions for
// one delivered order line with a defect (Directive 2019/771 arts 10-12 and
// its transpositions; law-and-tax.md section 3): does the guarantee still
// run, is the defect presumed to have existed at delivery, by when must the
// consumer notify the seller and, in Belgium, by when must a court action be
// brought. It is a pure function of its input, with no clock: the dates come
// in, and everything is safe for concurrent use.
//
// Assess takes a Case (the country whose law governs the sale, normally the
// consumer's, the trader's country, the contract, delivery and discovery
// dates, second-hand goods and an agreed period, the days of repair,
// replacement or negotiation) and a Policy (the holiday calendar), and
// returns an Assessment with a Reason for every result, naming the rule and
// the provision. The national choices are data: Rules gives them for BE, DE,
// FR, LU and NL with their sources, and an unknown country is an error,
// never a default.
//
// # The rules
//
//   - G1: the seller answers for a lack of conformity that appears within 24
//     months of delivery. The period is counted like the Regulation 1182/71
//     month rule (P1, P4): it ends on the same day of the month 24 months
//     later, or the last day of a shorter month, and a defect appearing on
//     that day is covered. The Netherlands has no fixed period: there the 24
//     months are the Directive's minimum and a Reason says so.
//   - G2: for second-hand goods the parties may agree 12 to 24 months where
//     the country allows it (BE, DE, LU). France and the Netherlands do not;
//     there an agreed period is ignored and a Reason says so. An agreed
//     period below 12 or above 24 months, or one for new goods, is an error.
//   - G3: a defect that appears within the presumption period is presumed to
//     have existed at delivery: Belgium 24 months (for second-hand goods the
//     agreed period), France 24 (12 for second-hand goods), Germany, the
//     Netherlands and Luxembourg 12. It never exceeds the guarantee period.
//   - G4: notify within 2 months of discovery, P1 to P4 on the calendar.
//     This is the shortest notification period a Member State may impose
//     (Directive art. 12), so notice by NotifyBy is in time everywhere.
//   - G5: in Belgium and France the guarantee period is suspended during
//     repair, replacement or negotiation. In Belgium a court action is barred
//     1 year after discovery, but never before the end of the guarantee
//     period.
//
// Only contracts under the current rules are assessed: concluded from 1 June
// 2022 in Belgium, from 1 January 2022 elsewhere. An older contract is a
// *NotInForceError rather than an answer under rules that no longer apply.
//
// # Decisions where the texts are silent
//
// Suspensions are whole days, both ends included: goods handed in for repair
// on 1 June and returned on 30 June suspend 30 days. A suspension that
// begins while the period still runs moves its end by all its days; one that
// begins after the end moves nothing; periods may come in any order but may
// not overlap or begin before delivery. In a country whose rules on
// suspension are not in the table (DE, LU, NL) a case with suspensions is a
// *NotModelledError, because ignoring them could say "not covered" wrongly.
// The presumption runs from delivery and is not suspended.
//
// P3 (a deadline falling on a Saturday, Sunday or public holiday moves to
// the next working day) applies to NotifyBy and LimitationDate, which are
// deadlines for an act. It does not apply to GuaranteeEnds and
// PresumptionEnds, which bound the day a defect appears, a fact that needs
// no working day.
//
// The Belgian limitation: art. 1649quater §3 of the old Civil Code runs one
// year from discovery and does not let it end before the guarantee period;
// the commentary found (on art. 1649quater, and the Antwerp court of appeal,
// 10 March 2020) treats the suspension as one of the guarantee period that
// reaches the limitation only through that floor. So by default
// LimitationDate is the later of discovery + 12 months and the end of the
// suspended guarantee period, with P3 applied to it. Policy.SuspendLimitation
// also suspends the year itself during the suspensions after discovery, for
// a caller who wants the later date.
//
// The deadlines use Policy.Calendar, by default the union of the
// consumer's and the trader's national calendars (law-and-tax P5): a day is
// a holiday when it is one in either country, which gives the later, safe
// date.
//
// None of this is legal advice; it is what the code does, with its sources.
package guarantee
