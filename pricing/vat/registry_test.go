package vat_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/comptoir/comptoir/pricing/vat"
)

func TestNewRegistryError(t *testing.T) {
	for _, tc := range []struct {
		code string
		want error
	}{
		{vat.FaultServiceUnavailable, vat.ErrRegistryUnavailable},
		{vat.FaultMSUnavailable, vat.ErrRegistryUnavailable},
		{vat.FaultTimeout, vat.ErrRegistryUnavailable},
		{vat.FaultGlobalMaxConcurrentReq, vat.ErrRegistryUnavailable},
		{vat.FaultMSMaxConcurrentReq, vat.ErrRegistryUnavailable},
		{"MS_MAX_CONCURRENT_REQ_TIME", vat.ErrRegistryUnavailable},
		{"SOMETHING_NEW", vat.ErrRegistryUnavailable},
		{vat.FaultInvalidInput, vat.ErrRegistryRejected},
		{vat.FaultInvalidRequesterInfo, vat.ErrRegistryRejected},
		{vat.FaultVATBlocked, vat.ErrRegistryRejected},
		{vat.FaultIPBlocked, vat.ErrRegistryRejected},
	} {
		err := error(vat.NewRegistryError("DE", tc.code))
		assert.ErrorIs(t, err, tc.want, tc.code)
		var re *vat.RegistryError
		if assert.ErrorAs(t, fmt.Errorf("checking: %w", err), &re) {
			assert.Equal(t, "DE", re.Prefix)
			assert.Equal(t, tc.code, re.Code)
		}
		assert.Contains(t, err.Error(), tc.code)
		assert.Contains(t, err.Error(), "DE")
	}
}

func TestRegistryErrorMessage(t *testing.T) {
	assert.Equal(t, "vat: VAT number registry unavailable for DE: MS_UNAVAILABLE",
		vat.NewRegistryError("DE", vat.FaultMSUnavailable).Error())
	assert.Equal(t, "vat: VAT number registry unavailable: SERVICE_UNAVAILABLE",
		vat.NewRegistryError("", vat.FaultServiceUnavailable).Error())
	e := vat.NewRegistryError("", vat.FaultInvalidRequesterInfo)
	e.Detail = "the requester is not registered"
	assert.Equal(t, "vat: VAT number registry rejected the request: INVALID_REQUESTER_INFO: the requester is not registered", e.Error())
	assert.False(t, errors.Is(e, vat.ErrRegistryUnavailable))
}
