package calendar_test

import (
	"testing"

	"github.com/comptoir/comptoir/calendar"
)

// Results are stored in package variables so the compiler cannot drop the
// calls being measured.
var (
	sinkBool bool
	sinkDate calendar.Date
	sinkInt  int
)

// benchDates returns 512 consecutive dates from first, so a benchmark covers
// weekdays, weekends and holidays without measuring the date arithmetic.
func benchDates(first string) []calendar.Date {
	dates := make([]calendar.Date, 512)
	for i := range dates {
		dates[i] = date(first).AddDays(i)
	}
	return dates
}

func BenchmarkIsBusinessDay(b *testing.B) {
	be := countryCal(b, "BE")
	dates := benchDates("2026-05-14")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBool = be.IsBusinessDay(dates[i%len(dates)])
	}
}

func BenchmarkPeriodEnd(b *testing.B) {
	be := countryCal(b, "BE")
	dates := benchDates("2026-12-18")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		end, err := be.PeriodEnd(dates[i%len(dates)], 14)
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = end
	}
}

func BenchmarkPeriodEndUnion(b *testing.B) {
	u := union(b, countryCal(b, "BE"), countryCal(b, "NL"))
	dates := benchDates("2026-12-18")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		end, err := u.PeriodEnd(dates[i%len(dates)], 14)
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = end
	}
}

func BenchmarkPeriodEndMonths(b *testing.B) {
	be := countryCal(b, "BE")
	dates := benchDates("2026-10-25")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		end, err := be.PeriodEndMonths(dates[i%len(dates)], 2)
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = end
	}
}

func BenchmarkAddBusinessDays10(b *testing.B) {
	be := countryCal(b, "BE")
	dates := benchDates("2026-12-18")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate = be.AddBusinessDays(dates[i%len(dates)], 10)
	}
}

func BenchmarkAddBusinessDays1000(b *testing.B) {
	be := countryCal(b, "BE")
	dates := benchDates("2026-12-18")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate = be.AddBusinessDays(dates[i%len(dates)], 1000)
	}
}

func BenchmarkBusinessDaysBetweenYear(b *testing.B) {
	be := countryCal(b, "BE")
	a, c := date("2026-01-01"), date("2026-12-31")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkInt = be.BusinessDaysBetween(a, c)
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, err := calendar.ParseDate("2026-12-18")
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = d
	}
}
