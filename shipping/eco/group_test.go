package eco_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/comptoir/comptoir/shipping/eco"
)

var t0 = time.Date(2025, time.May, 12, 10, 0, 0, 0, time.UTC)

func mustKey(t testing.TB, line string) eco.AddressKey {
	t.Helper()
	k, err := eco.NewAddressKey("BE", "4000", line)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func mustAdd(t testing.TB, g eco.Grouper, ps ...eco.Pending) eco.Grouper {
	t.Helper()
	for _, p := range ps {
		var err error
		if g, err = g.Add(p); err != nil {
			t.Fatalf("Add(%s): %v", p.OrderID, err)
		}
	}
	return g
}

// orders returns the order IDs of each group, in order.
func orders(gs []eco.Group) [][]string {
	out := make([][]string, len(gs))
	for i, g := range gs {
		out[i] = g.Orders
	}
	return out
}

func checkGroups(t *testing.T, got []eco.Group, want [][]string) {
	t.Helper()
	if g := orders(got); !reflect.DeepEqual(g, want) && !(len(g) == 0 && len(want) == 0) {
		t.Fatalf("groups = %v, want %v", g, want)
	}
}

func TestGroupWindow(t *testing.T) {
	x := mustKey(t, "Rue de la Station 12")
	y := mustKey(t, "Quai de la Batte 1")
	tests := []struct {
		name   string
		orders []eco.Pending
		want   [][]string
	}{
		{"one order", []eco.Pending{{"A", "ann", x, t0}}, [][]string{{"A"}}},
		{"inside window joins", []eco.Pending{
			{"A", "ann", x, t0}, {"B", "ann", x, t0.Add(23 * time.Hour)}, {"C", "ann", x, t0.Add(24*time.Hour - time.Nanosecond)},
		}, [][]string{{"A", "B", "C"}}},
		{"exact boundary opens a new group", []eco.Pending{
			{"A", "ann", x, t0}, {"B", "ann", x, t0.Add(24 * time.Hour)},
		}, [][]string{{"A"}, {"B"}}},
		{"window starts at the first order, not the last", []eco.Pending{
			{"A", "ann", x, t0}, {"B", "ann", x, t0.Add(20 * time.Hour)}, {"C", "ann", x, t0.Add(30 * time.Hour)},
		}, [][]string{{"A", "B"}, {"C"}}},
		{"other customer same address", []eco.Pending{
			{"A", "ann", x, t0}, {"B", "bob", x, t0.Add(time.Hour)},
		}, [][]string{{"A"}, {"B"}}},
		{"same customer other address", []eco.Pending{
			{"A", "ann", x, t0}, {"B", "ann", y, t0.Add(time.Hour)}, {"C", "ann", x, t0.Add(2 * time.Hour)},
		}, [][]string{{"A", "C"}, {"B"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustAdd(t, eco.Grouper{}, tt.orders...)
			checkGroups(t, g.Groups(), tt.want)
			for _, gr := range g.Groups() {
				if !gr.Due.Equal(gr.Opened.Add(eco.DefaultWindow)) {
					t.Errorf("group %v: Due %v, Opened %v", gr.Orders, gr.Due, gr.Opened)
				}
			}
			// AddAll in reverse gives the same groups.
			rev := make([]eco.Pending, len(tt.orders))
			for i, p := range tt.orders {
				rev[len(rev)-1-i] = p
			}
			g2, err := eco.Grouper{}.AddAll(rev)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(g2.Groups(), g.Groups()) {
				t.Errorf("AddAll = %v, Add = %v", g2.Groups(), g.Groups())
			}
		})
	}
}

func TestGroupDue(t *testing.T) {
	x := mustKey(t, "Rue de la Station 12")
	y := mustKey(t, "Quai de la Batte 1")
	g := mustAdd(t, eco.Grouper{},
		eco.Pending{"A", "ann", x, t0},
		eco.Pending{"B", "bob", y, t0.Add(time.Hour)},
		eco.Pending{"C", "ann", x, t0.Add(2 * time.Hour)})
	due, rest := g.Due(t0.Add(24*time.Hour - time.Nanosecond))
	checkGroups(t, due, nil)
	if rest.Len() != 3 {
		t.Fatalf("rest holds %d orders, want 3", rest.Len())
	}
	due, rest = g.Due(t0.Add(24 * time.Hour)) // exact boundary: due
	checkGroups(t, due, [][]string{{"A", "C"}})
	checkGroups(t, rest.Groups(), [][]string{{"B"}})
	if !due[0].Opened.Equal(t0) || !due[0].Due.Equal(t0.Add(24*time.Hour)) {
		t.Errorf("due group opened %v due %v", due[0].Opened, due[0].Due)
	}
	// An order after the window to x opens a new group in rest.
	rest = mustAdd(t, rest, eco.Pending{"D", "ann", x, t0.Add(24 * time.Hour)})
	checkGroups(t, rest.Groups(), [][]string{{"B"}, {"D"}})
	// Events before a Due call's now are refused.
	if _, err := rest.Add(eco.Pending{"E", "ann", x, t0.Add(23 * time.Hour)}); !errors.Is(err, eco.ErrOutOfOrder) {
		t.Errorf("Add before now: %v, want ErrOutOfOrder", err)
	}
	due, _ = rest.Due(t0.Add(100 * time.Hour))
	checkGroups(t, due, [][]string{{"B"}, {"D"}})
	// The original is untouched.
	checkGroups(t, g.Groups(), [][]string{{"A", "C"}, {"B"}})
}

func TestGroupCancel(t *testing.T) {
	x := mustKey(t, "Rue de la Station 12")
	g := mustAdd(t, eco.Grouper{},
		eco.Pending{"A", "ann", x, t0},
		eco.Pending{"B", "ann", x, t0.Add(time.Hour)},
		eco.Pending{"C", "ann", x, t0.Add(2 * time.Hour)})

	t.Run("first order leaves, window kept", func(t *testing.T) {
		n, err := g.Cancel("A", t0.Add(3*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		gs := n.Groups()
		checkGroups(t, gs, [][]string{{"B", "C"}})
		if !gs[0].Opened.Equal(t0) || !gs[0].Due.Equal(t0.Add(24*time.Hour)) {
			t.Errorf("opened %v due %v, want the window of A", gs[0].Opened, gs[0].Due)
		}
		checkGroups(t, g.Groups(), [][]string{{"A", "B", "C"}}) // immutable
	})
	t.Run("empty group disappears", func(t *testing.T) {
		n := g
		var err error
		for _, id := range []string{"B", "A", "C"} {
			if n, err = n.Cancel(id, t0.Add(5*time.Hour)); err != nil {
				t.Fatal(err)
			}
		}
		if len(n.Groups()) != 0 || n.Len() != 0 {
			t.Fatalf("groups = %v", n.Groups())
		}
		n = mustAdd(t, n, eco.Pending{"D", "ann", x, t0.Add(6 * time.Hour)})
		if gs := n.Groups(); !gs[0].Opened.Equal(t0.Add(6 * time.Hour)) {
			t.Errorf("new group opened %v, want at D", gs[0].Opened)
		}
	})
	t.Run("boundary", func(t *testing.T) {
		if _, err := g.Cancel("B", t0.Add(24*time.Hour-time.Nanosecond)); err != nil {
			t.Errorf("cancel just inside the window: %v", err)
		}
		_, err := g.Cancel("B", t0.Add(24*time.Hour))
		var ge *eco.GroupingError
		if !errors.Is(err, eco.ErrWindowClosed) || !errors.As(err, &ge) || ge.OrderID != "B" || ge.Op != "cancel" {
			t.Errorf("cancel at Due: %v, want ErrWindowClosed for B", err)
		}
	})
}

func TestGroupChange(t *testing.T) {
	x := mustKey(t, "Rue de la Station 12")
	y := mustKey(t, "Quai de la Batte 1")
	g := mustAdd(t, eco.Grouper{},
		eco.Pending{"A", "ann", x, t0},
		eco.Pending{"B", "ann", x, t0.Add(time.Hour)})

	t.Run("new address opens a group at the change", func(t *testing.T) {
		n, err := g.Change("B", y, t0.Add(2*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		gs := n.Groups()
		checkGroups(t, gs, [][]string{{"A"}, {"B"}})
		if gs[1].Address != y || !gs[1].Opened.Equal(t0.Add(2*time.Hour)) || gs[1].Customer != "ann" {
			t.Errorf("moved group = %+v", gs[1])
		}
		if !gs[0].Due.Equal(t0.Add(24 * time.Hour)) {
			t.Errorf("old group due %v", gs[0].Due)
		}
	})
	t.Run("joins the open group of the new address", func(t *testing.T) {
		n := mustAdd(t, g, eco.Pending{"C", "ann", y, t0.Add(90 * time.Minute)})
		n, err := n.Change("A", y, t0.Add(2*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		gs := n.Groups()
		checkGroups(t, gs, [][]string{{"B"}, {"C", "A"}})
		if !gs[1].Opened.Equal(t0.Add(90 * time.Minute)) {
			t.Errorf("joined group opened %v", gs[1].Opened)
		}
		// The group at x keeps A's window though A left.
		if !gs[0].Opened.Equal(t0) {
			t.Errorf("old group opened %v", gs[0].Opened)
		}
	})
	t.Run("same address changes nothing", func(t *testing.T) {
		same, _ := eco.NewAddressKey("be", "4000", "  rue de la STATION   12 ")
		n, err := g.Change("A", same, t0.Add(2*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(n.Groups(), g.Groups()) {
			t.Errorf("groups = %v", n.Groups())
		}
	})
	t.Run("change and back", func(t *testing.T) {
		n, err := g.Change("A", y, t0.Add(2*time.Hour))
		if err == nil {
			n, err = n.Change("A", x, t0.Add(3*time.Hour))
		}
		if err != nil {
			t.Fatal(err)
		}
		checkGroups(t, n.Groups(), [][]string{{"B", "A"}})
	})
	t.Run("after the window", func(t *testing.T) {
		if _, err := g.Change("A", y, t0.Add(24*time.Hour)); !errors.Is(err, eco.ErrWindowClosed) {
			t.Errorf("err = %v, want ErrWindowClosed", err)
		}
	})
}

func TestGroupErrors(t *testing.T) {
	x := mustKey(t, "Rue de la Station 12")
	g := mustAdd(t, eco.Grouper{}, eco.Pending{"A", "ann", x, t0})
	tests := []struct {
		name string
		op   func() error
		want error
	}{
		{"negative window", func() error { _, err := eco.NewGrouper(eco.Policy{Window: -time.Hour}); return err }, eco.ErrInvalidPolicy},
		{"no order ID", func() error { _, err := g.Add(eco.Pending{"", "ann", x, t0}); return err }, eco.ErrInvalidOrder},
		{"no customer", func() error { _, err := g.Add(eco.Pending{"B", "", x, t0}); return err }, eco.ErrInvalidOrder},
		{"no address", func() error { _, err := g.Add(eco.Pending{"B", "ann", eco.AddressKey{}, t0}); return err }, eco.ErrInvalidOrder},
		{"no time", func() error { _, err := g.Add(eco.Pending{"B", "ann", x, time.Time{}}); return err }, eco.ErrInvalidOrder},
		{"duplicate", func() error { _, err := g.Add(eco.Pending{"A", "ann", x, t0}); return err }, eco.ErrDuplicateOrder},
		{"duplicate in batch", func() error {
			_, err := g.AddAll([]eco.Pending{{"B", "ann", x, t0}, {"B", "ann", x, t0}})
			return err
		}, eco.ErrDuplicateOrder},
		{"out of order", func() error { _, err := g.Add(eco.Pending{"B", "ann", x, t0.Add(-time.Second)}); return err }, eco.ErrOutOfOrder},
		{"cancel out of order", func() error { _, err := g.Cancel("A", t0.Add(-time.Second)); return err }, eco.ErrOutOfOrder},
		{"cancel unknown", func() error { _, err := g.Cancel("Z", t0); return err }, eco.ErrUnknownOrder},
		{"change unknown", func() error { _, err := g.Change("Z", x, t0); return err }, eco.ErrUnknownOrder},
		{"change to no address", func() error { _, err := g.Change("A", eco.AddressKey{}, t0); return err }, eco.ErrInvalidOrder},
		{"cancel without time", func() error { _, err := g.Cancel("A", time.Time{}); return err }, eco.ErrInvalidOrder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.op()
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if err.Error() == "" {
				t.Error("empty message")
			}
		})
	}
}

func TestGroupPolicyWindow(t *testing.T) {
	x := mustKey(t, "Rue de la Station 12")
	g, err := eco.NewGrouper(eco.Policy{Window: 2 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if g.Window() != 2*time.Hour || (eco.Grouper{}).Window() != eco.DefaultWindow {
		t.Fatalf("windows %v %v", g.Window(), eco.Grouper{}.Window())
	}
	g = mustAdd(t, g, eco.Pending{"A", "ann", x, t0}, eco.Pending{"B", "ann", x, t0.Add(2 * time.Hour)})
	checkGroups(t, g.Groups(), [][]string{{"A"}, {"B"}})
	if gr, ok := g.Find("B"); !ok || !gr.Due.Equal(t0.Add(4*time.Hour)) {
		t.Errorf("Find(B) = %+v, %v", gr, ok)
	}
	if _, ok := g.Find("Z"); ok {
		t.Error("Find(Z) found")
	}
}

// Windows are absolute durations: across the end and the start of summer
// time in Brussels a 24 h window is due 24 real hours later, an hour off
// the wall clock.
func TestGroupDST(t *testing.T) {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Skip("no tz database:", err)
	}
	x := mustKey(t, "Rue de la Station 12")
	tests := []struct {
		name           string
		opened         time.Time
		wantDueLocal   string
		lastJoin, miss time.Time
	}{
		{"autumn: clocks go back",
			time.Date(2025, time.October, 25, 10, 0, 0, 0, brussels), "2025-10-26 09:00 CET",
			time.Date(2025, time.October, 26, 8, 59, 0, 0, brussels), time.Date(2025, time.October, 26, 9, 0, 0, 0, brussels)},
		{"spring: clocks go forward",
			time.Date(2025, time.March, 29, 10, 0, 0, 0, brussels), "2025-03-30 11:00 CEST",
			time.Date(2025, time.March, 30, 10, 59, 0, 0, brussels), time.Date(2025, time.March, 30, 11, 0, 0, 0, brussels)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustAdd(t, eco.Grouper{},
				eco.Pending{"A", "ann", x, tt.opened},
				eco.Pending{"B", "ann", x, tt.lastJoin},
				eco.Pending{"C", "ann", x, tt.miss})
			gs := g.Groups()
			checkGroups(t, gs, [][]string{{"A", "B"}, {"C"}})
			if got := gs[0].Due.In(brussels).Format("2006-01-02 15:04 MST"); got != tt.wantDueLocal {
				t.Errorf("due %s, want %s", got, tt.wantDueLocal)
			}
			if d := gs[0].Due.Sub(gs[0].Opened); d != 24*time.Hour {
				t.Errorf("window %v", d)
			}
		})
	}
}

// Operations never change the Grouper they are called on and results do
// not share storage: appending to one result cannot show in another.
func TestGroupImmutable(t *testing.T) {
	x := mustKey(t, "Rue de la Station 12")
	base := mustAdd(t, eco.Grouper{}, eco.Pending{"A", "ann", x, t0})
	b1 := mustAdd(t, base, eco.Pending{"B", "ann", x, t0.Add(time.Hour)})
	b2 := mustAdd(t, base, eco.Pending{"C", "ann", x, t0.Add(time.Hour)})
	checkGroups(t, base.Groups(), [][]string{{"A"}})
	checkGroups(t, b1.Groups(), [][]string{{"A", "B"}})
	checkGroups(t, b2.Groups(), [][]string{{"A", "C"}})
	gs := b1.Groups()
	gs[0].Orders[0] = "mutated"
	checkGroups(t, b1.Groups(), [][]string{{"A", "B"}})
	_, rest := b1.Due(t0)
	r1 := mustAdd(t, rest, eco.Pending{"D", "ann", x, t0.Add(2 * time.Hour)})
	checkGroups(t, b1.Groups(), [][]string{{"A", "B"}})
	checkGroups(t, r1.Groups(), [][]string{{"A", "B", "D"}})
}
