package order_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"testing"
	"time"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The tests in this file walk every field of an Order and an Event by
// reflection, so that a field added to the structs later but forgotten in
// Equal, Clone or the JSON encoding fails them without anyone having to
// remember to extend them. A field of a type the walk does not know fails
// them too, until the walk is taught how to change it.

// field is one value found by the walk: a leaf (a value compared as a
// whole), or a slice (whose length is a value of its own).
type field struct {
	path  string                                 // Go names: "Lines[1].Discounts[0].Amount"
	get   func(root reflect.Value) reflect.Value // the same field in another root of the type
	slice bool
}

// opaque are the struct types compared as a whole: their fields are not
// exported, and the walk knows how to change them (see change).
var opaque = map[reflect.Type]bool{
	reflect.TypeFor[time.Time]():       true,
	reflect.TypeFor[decimal.Decimal](): true,
	reflect.TypeFor[money.Money]():     true,
	reflect.TypeFor[money.Currency]():  true,
	reflect.TypeFor[language.Tag]():    true,
	reflect.TypeFor[uuid.UUID]():       true,
}

// fields returns every leaf and slice under root, a struct value, in field
// order, descending into structs and slice elements.
func fields(t *testing.T, root reflect.Value) []field {
	t.Helper()
	var out []field
	var walk func(v reflect.Value, path string, get func(reflect.Value) reflect.Value)
	walk = func(v reflect.Value, path string, get func(reflect.Value) reflect.Value) {
		typ := v.Type()
		if opaque[typ] {
			out = append(out, field{path: path, get: get})
			return
		}
		switch v.Kind() {
		case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			out = append(out, field{path: path, get: get})
		case reflect.Struct:
			for i := range typ.NumField() {
				f := typ.Field(i)
				if !f.IsExported() {
					t.Fatalf("%s: %s has the unexported field %s: add the type to opaque and to change", path, typ, f.Name)
				}
				p := f.Name
				if path != "" {
					p = path + "." + f.Name
				}
				walk(v.Field(i), p, func(r reflect.Value) reflect.Value { return get(r).Field(i) })
			}
		case reflect.Slice:
			out = append(out, field{path: path, get: get, slice: true})
			for j := range v.Len() {
				walk(v.Index(j), fmt.Sprintf("%s[%d]", path, j), func(r reflect.Value) reflect.Value { return get(r).Index(j) })
			}
		default:
			t.Fatalf("%s: a field of type %s: teach fields and change about it", path, typ)
		}
	}
	walk(root, "", func(r reflect.Value) reflect.Value { return r })
	return out
}

// change sets the settable v to a different value of its type; a slice
// loses its last element.
func change(t *testing.T, v reflect.Value, slice bool) {
	t.Helper()
	if slice {
		v.Set(v.Slice(0, v.Len()-1))
		return
	}
	var nv any
	switch x := v.Interface().(type) {
	case time.Time:
		nv = x.Add(time.Second)
	case decimal.Decimal:
		nv = x.Add(decimal.New(1, -3))
	case money.Money:
		c := x.Currency()
		if c.IsZero() {
			c = must(money.ParseCurrency("EUR"))
		}
		nv = must(money.FromMinor(x.Minor()+1, c))
	case money.Currency:
		code := "EUR"
		if x.Code() == code {
			code = "USD"
		}
		nv = must(money.ParseCurrency(code))
	case language.Tag:
		tag := language.Make("fr-BE")
		if x == tag {
			tag = language.Make("de-BE")
		}
		nv = tag
	case uuid.UUID:
		x[0] ^= 0xff
		nv = x
	default:
		switch v.Kind() {
		case reflect.String:
			v.SetString(v.String() + "~")
		case reflect.Bool:
			v.SetBool(!v.Bool())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(v.Int() + 1)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			v.SetUint(v.Uint() + 1)
		default:
			t.Fatalf("cannot change a %s", v.Type())
		}
		return
	}
	v.Set(reflect.ValueOf(nv))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// isZero reports whether a leaf or slice holds its type's zero (or an
// amount of zero, a decimal of zero).
func isZero(v reflect.Value, slice bool) bool {
	if slice {
		return v.Len() == 0
	}
	switch x := v.Interface().(type) {
	case decimal.Decimal:
		return x.IsZero()
	case money.Money:
		return x.IsZero()
	case language.Tag:
		return x == language.Und
	}
	return v.IsZero()
}

var index = regexp.MustCompile(`\[\d+\]`)

// requirePopulated fails unless every field under root is non-zero in at
// least one element: a field zero everywhere would hide a change the
// encoding loses, and an empty slice would hide its elements' fields.
func requirePopulated(t *testing.T, root reflect.Value, fs []field) {
	t.Helper()
	set := map[string]bool{}
	for _, f := range fs {
		key := index.ReplaceAllString(f.path, "[]")
		set[key] = set[key] || !isZero(f.get(root), f.slice)
	}
	for key, ok := range set {
		assert.True(t, ok, "the fixture leaves %s zero everywhere: set it", key)
	}
}

// deepCopy returns a copy of the struct v sharing no slice with it.
func deepCopy(v reflect.Value) reflect.Value {
	out := reflect.New(v.Type()).Elem()
	out.Set(v)
	var fix func(v reflect.Value)
	fix = func(v reflect.Value) {
		switch {
		case opaque[v.Type()]:
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				fix(v.Field(i))
			}
		case v.Kind() == reflect.Slice && !v.IsNil():
			c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			reflect.Copy(c, v)
			v.Set(c)
			for j := range v.Len() {
				fix(v.Index(j))
			}
		}
	}
	fix(out)
	return out
}

// TestOrderEqualSeesEveryField changes one field of a fully populated
// order at a time, in a Clone, and requires Equal to notice, both ways,
// and the original to be untouched (Clone is deep).
func TestOrderEqualSeesEveryField(t *testing.T) {
	o, ref := fixture.FullOrder(t), fixture.FullOrder(t)
	fs := fields(t, reflect.ValueOf(o))
	requirePopulated(t, reflect.ValueOf(o), fs)
	for _, f := range fs {
		p := o.Clone()
		require.True(t, o.Equal(p), "before changing %s", f.path)
		change(t, f.get(reflect.ValueOf(&p).Elem()), f.slice)
		assert.False(t, o.Equal(p), "Equal misses a change of %s", f.path)
		assert.False(t, p.Equal(o), "Equal misses a change of %s", f.path)
		require.Equal(t, ref, o, "changing %s in a clone changed the original: Clone is shallow there", f.path)
	}
	assert.Greater(t, len(fs), 100, "the walk found too few fields")
}

// TestEventEqualSeesEveryField does the same for an event.
func TestEventEqualSeesEveryField(t *testing.T) {
	e := fixture.FullEvent()
	fs := fields(t, reflect.ValueOf(e))
	requirePopulated(t, reflect.ValueOf(e), fs)
	for _, f := range fs {
		p := deepCopy(reflect.ValueOf(e))
		require.True(t, e.Equal(p.Interface().(order.Event)), "before changing %s", f.path)
		change(t, f.get(p), f.slice)
		q := p.Interface().(order.Event)
		assert.False(t, e.Equal(q), "Equal misses a change of %s", f.path)
		assert.False(t, q.Equal(e), "Equal misses a change of %s", f.path)
	}
	assert.Len(t, fs, 11, "kind, at, parcel, lines, 2 × (line id, quantity), amount, reference, proof")
}

// TestJSONKeepsEveryField round-trips a fully populated order and event and
// compares every field of the result with the original, by value, without
// relying on Equal.
func TestJSONKeepsEveryField(t *testing.T) {
	for name, v := range map[string]any{"order": fixture.FullOrder(t), "event": fixture.FullEvent()} {
		t.Run(name, func(t *testing.T) {
			orig := reflect.ValueOf(v)
			fs := fields(t, orig)
			requirePopulated(t, orig, fs)
			data, err := json.Marshal(v)
			require.NoError(t, err)
			back := reflect.New(orig.Type())
			require.NoError(t, json.Unmarshal(data, back.Interface()))
			for _, f := range fs {
				a, b := f.get(orig), f.get(back.Elem())
				if f.slice {
					// The elements come next in the walk: stop at a length lost.
					require.Equal(t, a.Len(), b.Len(), "%s: length lost in %s", f.path, data)
					continue
				}
				assert.True(t, sameValue(a, b), "%s: %v became %v", f.path, a, b)
			}
		})
	}
}

// sameValue compares two leaves by value: decimals numerically, times as
// instants, tags by their form.
func sameValue(a, b reflect.Value) bool {
	switch x := a.Interface().(type) {
	case decimal.Decimal:
		return x.Equal(b.Interface().(decimal.Decimal))
	case time.Time:
		return x.Equal(b.Interface().(time.Time))
	case language.Tag:
		return x.String() == b.Interface().(language.Tag).String()
	}
	return a.Interface() == b.Interface()
}
