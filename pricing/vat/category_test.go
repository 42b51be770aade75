package vat_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCategories(t *testing.T) {
	infos := vat.Categories()
	require.NotEmpty(t, infos)
	assert.Equal(t, vat.Standard, infos[0].Category, "Standard comes first")
	seen := map[vat.Category]bool{}
	for _, info := range infos {
		assert.False(t, seen[info.Category], "duplicate %s", info.Category)
		seen[info.Category] = true
		assert.True(t, info.Category.Valid(), info.Category)
		assert.NotEmpty(t, info.Description, info.Category)
		assert.NotContains(t, info.Description, "\n", info.Category)
		assert.Equal(t, info.Description, info.Category.Description())
		parsed, err := vat.ParseCategory(string(info.Category))
		require.NoError(t, err)
		assert.Equal(t, info.Category, parsed)
	}
	for _, c := range []vat.Category{vat.Standard, vat.Foodstuffs, vat.Books, vat.EBooks, vat.Medicines,
		vat.Accommodation, vat.Restaurant, vat.PassengerTransport, vat.Water} {
		assert.True(t, seen[c], "the issue requires %s", c)
	}
	// Stable order, fresh slice.
	again := vat.Categories()
	assert.Equal(t, infos, again)
	again[0].Description = "changed"
	assert.NotEqual(t, "changed", vat.Categories()[0].Description)
}

func TestCategoryNames(t *testing.T) {
	assert.Equal(t, vat.Category("standard"), vat.Standard)
	assert.Equal(t, vat.Category("foodstuffs"), vat.Foodstuffs)
	assert.Equal(t, vat.Category("books"), vat.Books)
	assert.Equal(t, vat.Category("medicines"), vat.Medicines)
	assert.Equal(t, vat.Category("accommodation"), vat.Accommodation)
	assert.Equal(t, vat.Category("restaurant"), vat.Restaurant)
}

func TestCategoryValid(t *testing.T) {
	for _, c := range []vat.Category{"", "Standard", "STANDARD", " books", "food", "reduced", "e-books"} {
		assert.False(t, c.Valid(), string(c))
		assert.Empty(t, c.Description(), string(c))
	}
}

func TestParseCategoryErrors(t *testing.T) {
	cases := map[string]string{
		"":                     "see vat.Categories",
		"food":                 "see vat.Categories",
		"Foodstuffs":           `did you mean "foodstuffs"`,
		" books ":              `did you mean "books"`,
		"non-alcoholic-drinks": `did you mean "non_alcoholic_drinks"`,
		"Passenger Transport":  `did you mean "passenger_transport"`,
	}
	for in, msg := range cases {
		c, err := vat.ParseCategory(in)
		assert.Empty(t, c)
		require.ErrorIs(t, err, vat.ErrUnknownCategory, in)
		var ce *vat.UnknownCategoryError
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, in, ce.Category)
		assert.Contains(t, err.Error(), msg, in)
	}
}

// Every Category constant declared in category.go is listed by Categories,
// so a new constant cannot be forgotten there or in Description.
func TestCategoryConstantsListed(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "category.go", nil, 0)
	require.NoError(t, err)
	listed := map[vat.Category]bool{}
	for _, info := range vat.Categories() {
		listed[info.Category] = true
	}
	declared := 0
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Category" {
				continue
			}
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				require.True(t, ok, name.Name)
				value, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				declared++
				assert.True(t, listed[vat.Category(value)], "%s (%q) is not in Categories", name.Name, value)
			}
		}
	}
	assert.Equal(t, len(listed), declared, "Categories lists exactly the declared constants")
}

// Description, Valid and the suggestion in ParseCategory's error are cheap:
// none allocates.
func TestCategoryLookupsAllocateNothing(t *testing.T) {
	var n int
	allocs := testing.AllocsPerRun(100, func() {
		n += len(vat.Restaurant.Description())
		if vat.Category("Passenger Transport").Valid() {
			n++
		}
	})
	assert.Zero(t, allocs)
	assert.NotZero(t, n)
}
