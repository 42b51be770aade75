package fee

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// Rule prices one kind of transaction: fee = Fixed + Amount × Percent / 100,
// rounded once with the schedule's mode, then raised to Min and lowered to
// Max. The empty Method, RegionAny and SegmentAny are wildcards; Event is
// always given. Amounts are in the schedule's currency; the zero Money
// stands for zero in it.
type Rule struct {
	// Name labels the rule in explanations ("cards, consumer, EEA"); it may
	// be empty.
	Name string
	// Method is a method ID of package payment/method ("card", "ideal",
	// "sepa_direct_debit"), or "" for every method.
	Method string
	// Region is the card region, RegionAny for every region.
	Region Region
	// Segment is the card segment, SegmentAny for every segment.
	Segment Segment
	// Event is the event the rule prices.
	Event Event
	// Fixed is charged per transaction, at least zero.
	Fixed money.Money
	// Percent is a percentage of the transaction's amount, 0 to 100: 1.5
	// means 1.5 %. For a refund it applies to the refunded amount, for a
	// chargeback to the disputed amount; a refund or chargeback charged a
	// flat fee has a zero Percent.
	Percent decimal.Decimal
	// Min is the least fee charged; zero means no minimum.
	Min money.Money
	// Max is the most fee charged; zero means no maximum. It must be at
	// least Min and Fixed.
	Max money.Money
}

// Config is a PSP offer as the merchant reads it in its contract: a list
// of rules and the monthly terms. NewSchedule validates it into a
// Schedule.
type Config struct {
	// Name identifies the offer in statements and comparisons; required.
	Name string
	// Currency is the currency of every amount of the schedule and of the
	// transactions it prices.
	Currency money.Currency
	// Rules are tried in order and the first that matches a transaction
	// prices it: list the specific rules before the general ones.
	// NewSchedule refuses a rule that an earlier rule hides entirely.
	Rules []Rule
	// MonthlyFee is the subscription billed every month whatever the
	// volume; zero for none.
	MonthlyFee money.Money
	// MonthlyMinimum is the least the transaction fees of a month are
	// billed: a month below it is topped up to it. Zero for none.
	MonthlyMinimum money.Money
	// Rounding rounds the percentage part of each fee, once; it must be a
	// named mode (money.HalfUp, money.HalfEven, ...).
	Rounding money.RoundingMode
}

// Schedule is a validated Config. It is immutable and safe for concurrent
// use. Only NewSchedule makes a usable one: Fee, Statement, Reconcile and
// Compare refuse a nil or zero Schedule with ErrInvalidSchedule, and its
// accessors return zero values.
type Schedule struct {
	built    bool
	config   Config // the validated copy, amounts in the currency
	byEvent  [eventEnd][]compiledRule
	monthly  money.Money
	minimum  money.Money
	rounding money.RoundingMode
}

// compiledRule is a rule laid out for matching and pricing.
type compiledRule struct {
	index    int
	method   string
	region   Region
	segment  Segment
	rate     decimal.Decimal // Percent / 100, so pricing is one Mul
	hasRate  bool
	fixed    money.Money
	min      money.Money
	max      money.Money
	hasMax   bool
	hasFloor bool
}

// NewSchedule validates c and returns the Schedule it describes. Errors
// are *ScheduleError naming the field (matching ErrInvalidSchedule, and
// money.ErrCurrencyMismatch for an amount in another currency). The
// schedule keeps its own copy of the rules.
func NewSchedule(c Config) (*Schedule, error) {
	if err := checkHeader(c); err != nil {
		return nil, err
	}
	s := &Schedule{built: true, rounding: c.Rounding}
	s.config = c
	s.config.Rules = make([]Rule, len(c.Rules))
	var err error
	if s.monthly, err = amountIn(c.Currency, "monthly_fee", c.MonthlyFee); err != nil {
		return nil, err
	}
	if s.minimum, err = amountIn(c.Currency, "monthly_minimum", c.MonthlyMinimum); err != nil {
		return nil, err
	}
	s.config.MonthlyFee, s.config.MonthlyMinimum = s.monthly, s.minimum
	for i, r := range c.Rules {
		cr, norm, err := compileRule(c.Currency, i, r)
		if err != nil {
			return nil, err
		}
		if err := checkShadow(s.config.Rules[:i], i, norm); err != nil {
			return nil, err
		}
		s.config.Rules[i] = norm
		s.byEvent[r.Event] = append(s.byEvent[r.Event], cr)
	}
	return s, nil
}

// checkHeader validates the fields of a Config other than its amounts and
// rules.
func checkHeader(c Config) error {
	switch {
	case c.Name == "":
		return &ScheduleError{Field: "name", Reason: "empty"}
	case c.Currency.IsZero():
		return &ScheduleError{Field: "currency", Reason: "no currency", Err: money.ErrUnknownCurrency}
	case !c.Rounding.Valid():
		return &ScheduleError{Field: "rounding", Reason: "not a named rounding mode", Err: money.ErrRoundingMode}
	case len(c.Rules) == 0:
		return &ScheduleError{Field: "rules", Reason: "no rules: the schedule could price nothing"}
	}
	return nil
}

// Name returns the schedule's name.
func (s *Schedule) Name() string {
	if s == nil {
		return ""
	}
	return s.config.Name
}

// Currency returns the schedule's currency.
func (s *Schedule) Currency() money.Currency {
	if s == nil {
		return money.Currency{}
	}
	return s.config.Currency
}

// Config returns a copy of the validated configuration, with every amount
// in the schedule's currency.
func (s *Schedule) Config() Config {
	if s == nil {
		return Config{}
	}
	c := s.config
	c.Rules = slices.Clone(c.Rules)
	return c
}

// Rule returns the rule at index i, as a Charge names it, and whether
// there is one.
func (s *Schedule) Rule(i int) (Rule, bool) {
	if s == nil || i < 0 || i >= len(s.config.Rules) {
		return Rule{}, false
	}
	return s.config.Rules[i], true
}

// usable reports an error unless NewSchedule built s.
func (s *Schedule) usable() error {
	if s == nil || !s.built {
		return &ScheduleError{Field: "schedule", Reason: "not built by NewSchedule"}
	}
	return nil
}
