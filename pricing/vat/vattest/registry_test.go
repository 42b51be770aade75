package vattest_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/pricing/vat/vattest"
)

func mustParse(t testing.TB, s string) vat.Number {
	t.Helper()
	n, err := vat.ParseNumber(s)
	require.NoError(t, err)
	return n
}

// A clock that moves a minute at each reading.
func steppingClock(start time.Time) func() time.Time {
	var mu sync.Mutex
	now := start
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(time.Minute)
		return now
	}
}

func TestRegistryAnswers(t *testing.T) {
	ctx := context.Background()
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	r := vattest.NewRegistry(steppingClock(start))
	be := mustParse(t, "BE0403019261")
	de := mustParse(t, "DE136695976")
	nl := mustParse(t, "NL001309675B01")
	r.Register(be, "Exemple SA", "Rue de l'Exemple 1\n1000 Bruxelles")
	r.Register(de, "", "") // Germany releases no name or address

	reg, err := r.Check(ctx, be)
	require.NoError(t, err)
	assert.Equal(t, vat.Registration{Number: be, Valid: true, Name: "Exemple SA",
		Address: "Rue de l'Exemple 1\n1000 Bruxelles", CheckedAt: start.Add(time.Minute)}, reg)
	assert.Empty(t, reg.Reference, "no requester, no consultation number")

	reg, err = r.Check(ctx, de)
	require.NoError(t, err)
	assert.True(t, reg.Valid)
	assert.Empty(t, reg.Name)

	reg, err = r.Check(ctx, nl)
	require.NoError(t, err, "an unknown number is an answer, not an error")
	assert.False(t, reg.Valid)
	assert.Equal(t, nl, reg.Number)
	assert.Equal(t, start.Add(3*time.Minute), reg.CheckedAt)

	r.Deregister(be)
	reg, err = r.Check(ctx, be)
	require.NoError(t, err)
	assert.False(t, reg.Valid, "deregistered")

	r.Register(nl, "Voorbeeld B.V.", "Amsterdam")
	r.Register(nl, "Voorbeeld Holding B.V.", "Utrecht")
	reg, err = r.Check(ctx, nl)
	require.NoError(t, err)
	assert.Equal(t, "Voorbeeld Holding B.V.", reg.Name, "registering again replaces")

	calls := r.Calls()
	require.Len(t, calls, 5)
	assert.Equal(t, []vat.Number{be, de, nl, be, nl},
		[]vat.Number{calls[0].Number, calls[1].Number, calls[2].Number, calls[3].Number, calls[4].Number})
	assert.True(t, calls[0].Registration.Valid)
	assert.NoError(t, calls[0].Err)
	calls[0].Number = vat.Number{}
	assert.Equal(t, be, r.Calls()[0].Number, "Calls returns a copy")
}

func TestRegistryDefaultClock(t *testing.T) {
	r := vattest.NewRegistry(nil)
	reg, err := r.Check(context.Background(), mustParse(t, "BE0403019261"))
	require.NoError(t, err)
	assert.Equal(t, vattest.DefaultTime(), reg.CheckedAt)

	at := time.Date(2025, 12, 24, 18, 0, 0, 0, time.UTC)
	r = vattest.NewRegistry(vattest.FixedClock(at))
	reg, err = r.Check(context.Background(), mustParse(t, "BE0403019261"))
	require.NoError(t, err)
	assert.Equal(t, at, reg.CheckedAt)
}

func TestRegistryRequester(t *testing.T) {
	ctx := context.Background()
	seller := mustParse(t, "BE0403019261")
	buyer := mustParse(t, "FR40303265045")
	r := vattest.NewRegistry(nil, vattest.WithRequester(seller))
	r.Register(buyer, "Exemple SARL", "Paris")

	_, err := r.Check(ctx, buyer)
	require.Error(t, err, "VIES refuses a requester that is not itself valid")
	assert.ErrorIs(t, err, vat.ErrRegistryRejected)
	var re *vat.RegistryError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, vat.FaultInvalidRequesterInfo, re.Code)
	assert.Contains(t, err.Error(), "BE0403019261")

	r.Register(seller, "Comptoir SA", "Bruxelles")
	for i, want := range []string{"VATTEST-000001", "VATTEST-000002"} {
		reg, err := r.Check(ctx, buyer)
		require.NoError(t, err)
		assert.Equal(t, want, reg.Reference, "check %d", i)
		assert.Equal(t, seller, reg.Requester)
	}
	reg, err := r.Check(ctx, mustParse(t, "DE136695976"))
	require.NoError(t, err)
	assert.False(t, reg.Valid)
	assert.Equal(t, "VATTEST-000003", reg.Reference, "an answer that the number is invalid has a reference too")
}

func TestRegistryFailures(t *testing.T) {
	ctx := context.Background()
	be := mustParse(t, "BE0403019261")
	de := mustParse(t, "DE136695976")
	r := vattest.NewRegistry(nil)
	r.Register(be, "Exemple SA", "Bruxelles")
	r.Register(de, "", "")

	r.Fail("DE", vat.FaultMSUnavailable)
	_, err := r.Check(ctx, de)
	assert.ErrorIs(t, err, vat.ErrRegistryUnavailable)
	var re *vat.RegistryError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, "DE", re.Prefix)
	assert.Equal(t, vat.FaultMSUnavailable, re.Code)
	reg, err := r.Check(ctx, be)
	require.NoError(t, err, "other Member States still answer")
	assert.True(t, reg.Valid)

	r.Fail("", vat.FaultServiceUnavailable)
	for _, n := range []vat.Number{be, de} {
		_, err = r.Check(ctx, n)
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "", re.Prefix)
		assert.Equal(t, vat.FaultServiceUnavailable, re.Code, "the global outage comes first")
	}
	r.Restore("")
	_, err = r.Check(ctx, de)
	assert.ErrorIs(t, err, vat.ErrRegistryUnavailable, "DE still down")
	r.Restore("DE")
	reg, err = r.Check(ctx, de)
	require.NoError(t, err)
	assert.True(t, reg.Valid)

	// Rejected questions: the zero Number, and EU numbers, which VIES does
	// not cover.
	for _, n := range []vat.Number{{}, mustParse(t, "EU372022452")} {
		_, err = r.Check(ctx, n)
		assert.ErrorIs(t, err, vat.ErrRegistryRejected, "%q", n)
		require.ErrorAs(t, err, &re)
		assert.Equal(t, vat.FaultInvalidInput, re.Code)
	}

	calls := r.Calls()
	require.Len(t, calls, 8)
	assert.Error(t, calls[0].Err)
	assert.Equal(t, vat.Registration{}, calls[0].Registration)
	assert.NoError(t, calls[1].Err)
}

func TestRegistryContext(t *testing.T) {
	n := mustParse(t, "BE0403019261")
	r := vattest.NewRegistry(nil)
	r.Register(n, "Exemple SA", "Bruxelles")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := r.Check(ctx, n)
	assert.ErrorIs(t, err, context.Canceled)

	r.Pause()
	ctx, cancel = context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err = r.Check(ctx, n)
	assert.ErrorIs(t, err, context.DeadlineExceeded, "a paused check gives up with its context")

	done := make(chan vat.Registration)
	go func() {
		reg, err := r.Check(context.Background(), n)
		assert.NoError(t, err)
		done <- reg
	}()
	select {
	case <-done:
		t.Fatal("a paused check answered")
	case <-time.After(20 * time.Millisecond):
	}
	r.Resume()
	select {
	case reg := <-done:
		assert.True(t, reg.Valid)
	case <-time.After(5 * time.Second):
		t.Fatal("Resume did not release the check")
	}
	r.Resume() // a second Resume is harmless

	calls := r.Calls()
	require.Len(t, calls, 3)
	assert.ErrorIs(t, calls[0].Err, context.Canceled)
	assert.ErrorIs(t, calls[1].Err, context.DeadlineExceeded)
	assert.NoError(t, calls[2].Err)
}

func TestRegistryConcurrent(t *testing.T) {
	seller := mustParse(t, "BE0403019261")
	r := vattest.NewRegistry(steppingClock(vattest.DefaultTime()), vattest.WithRequester(seller))
	r.Register(seller, "Comptoir SA", "Bruxelles")
	numbers := []vat.Number{
		mustParse(t, "NL001309675B01"), mustParse(t, "DE136695976"), mustParse(t, "FR40303265045"),
		mustParse(t, "ATU13585627"), mustParse(t, "XI980780684"),
	}
	const workers, each = 16, 25
	var wg sync.WaitGroup
	refs := make(chan string, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				n := numbers[(w+i)%len(numbers)]
				switch i % 5 {
				case 0:
					r.Register(n, fmt.Sprintf("company %d", w), "")
				case 1:
					r.Fail(n.Prefix(), vat.FaultMSUnavailable)
				case 2:
					r.Restore(n.Prefix())
				case 3:
					_ = r.Calls()
				}
				reg, err := r.Check(context.Background(), n)
				if err != nil {
					assert.True(t, errors.Is(err, vat.ErrRegistryUnavailable), "%v", err)
					continue
				}
				refs <- reg.Reference
			}
		}()
	}
	wg.Wait()
	close(refs)
	seen := map[string]bool{}
	for ref := range refs {
		assert.False(t, seen[ref], "reference %s given twice", ref)
		seen[ref] = true
	}
	assert.Len(t, r.Calls(), workers*each)
	calls := r.Calls()
	for i := 1; i < len(calls); i++ {
		assert.True(t, calls[i].At.After(calls[i-1].At), "calls are recorded in the order they were answered")
	}
}
