package method

import (
	"fmt"
)

// Catalog is an immutable, validated set of methods: every ID and alias
// is well formed and names one method, every rule is valid. It is safe
// for concurrent use; every Method it returns is a deep copy.
type Catalog struct {
	methods []Method       // in the order given to NewCatalog
	chans   []uint8        // per method, the allowed channels as bits; 0 = any
	index   map[string]int // ID or alias → position in methods
}

// NewCatalog validates methods and returns a catalogue of them, in the
// given order. It refuses, with a *MethodError matching ErrInvalidMethod:
// a malformed ID, alias or brand; a missing English name; an unknown
// family, country or channel; the zero Currency; an amount range that is
// open at both ends, negative, inverted (min above max), in two
// currencies, repeated for a currency or in an excluded currency; Until
// not after From; and any ID or alias used twice across the catalogue
// (the error then also matches ErrDuplicateName). An empty catalogue is
// valid: it shows nothing.
func NewCatalog(methods ...Method) (*Catalog, error) {
	c := &Catalog{
		methods: make([]Method, len(methods)),
		chans:   make([]uint8, len(methods)),
		index:   make(map[string]int, 2*len(methods)),
	}
	for i, m := range methods {
		n, err := normalize(i, m)
		if err != nil {
			return nil, err
		}
		if err := c.register(i, n); err != nil {
			return nil, err
		}
		c.methods[i] = n
		for _, ch := range n.Rules.Channels {
			c.chans[i] |= ch.bit()
		}
	}
	return c, nil
}

// register indexes the ID and aliases of the i-th method, refusing a name
// an earlier method already has.
func (c *Catalog) register(i int, m Method) error {
	names := append([]string{m.ID}, m.Aliases...)
	for k, name := range names {
		if j, taken := c.index[name]; taken {
			field := "ID"
			if k > 0 {
				field = fmt.Sprintf("Aliases[%d]", k-1)
			}
			return &MethodError{Index: i, ID: m.ID, Field: field, Err: ErrDuplicateName,
				Reason: fmt.Sprintf("%q is already a name of method #%d %q", name, j, c.methods[j].ID)}
		}
		c.index[name] = i
	}
	return nil
}

// Len returns the number of methods.
func (c *Catalog) Len() int { return len(c.methods) }

// Methods returns every method, in the catalogue's order.
func (c *Catalog) Methods() []Method {
	idx := make([]int, len(c.methods))
	for i := range idx {
		idx[i] = i
	}
	return c.cloneSet(idx)
}

// IDs returns the ID of every method, in the catalogue's order: pass it
// as Query.Preferred to offer the whole catalogue in that order.
func (c *Catalog) IDs() []string {
	out := make([]string, len(c.methods))
	for i, m := range c.methods {
		out[i] = m.ID
	}
	return out
}

// Lookup returns the method whose ID or alias is name, in any letter
// case: "payconiq", "Wero" and "bancontact_mobile" give the same method in
// the default catalogue. Nothing else is forgiven (no trimming, no "-"
// for "_"): an unknown name is an *UnknownMethodError matching
// ErrUnknownMethod.
func (c *Catalog) Lookup(name string) (Method, error) {
	i, err := c.find(name)
	if err != nil {
		return Method{}, err
	}
	return c.methods[i].clone(), nil
}

// find returns the position of the method called name.
func (c *Catalog) find(name string) (int, error) {
	i, ok := c.index[lower(name)]
	if !ok {
		return 0, &UnknownMethodError{Name: name}
	}
	return i, nil
}
