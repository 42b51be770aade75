package fraud

import (
	"context"
	"strings"
)

// DisposableEmail is True when the email's domain, or a domain it is
// under, is a throwaway-address service: one of DisposableDomains or of
// Extra. It is Unknown when the payment has no email.
//
// The built-in list is illustrative, a handful of well-known services;
// real lists have thousands of domains and change weekly. Give yours in
// Extra for a few, or keep a large one behind Lists and use InList with
// EmailDomain.
type DisposableEmail struct {
	// Extra domains, in lower case, such as "throwaway.example".
	Extra []string
}

// DisposableDomains returns the built-in list of throwaway-address
// domains, in a new slice.
func DisposableDomains() []string {
	return []string{
		"10minutemail.com", "guerrillamail.com", "jetable.org", "mailinator.com", "maildrop.cc",
		"sharklasers.com", "temp-mail.org", "trashmail.com", "yopmail.com", "yopmail.fr",
	}
}

// builtinDisposable reports whether domain is on DisposableDomains' list;
// a switch, so the list needs no package variable.
func builtinDisposable(domain string) bool {
	switch domain {
	case "10minutemail.com", "guerrillamail.com", "jetable.org", "mailinator.com", "maildrop.cc",
		"sharklasers.com", "temp-mail.org", "trashmail.com", "yopmail.com", "yopmail.fr":
		return true
	}
	return false
}

// Eval tests the payment.
func (c DisposableEmail) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	domain := p.Value(EmailDomain)
	if domain == "" {
		return Unknown, nil
	}
	// Try the domain, then each domain it is under: a.b.yopmail.com,
	// b.yopmail.com, yopmail.com, com.
	for {
		if c.lists(domain) {
			return True, nil
		}
		i := strings.IndexByte(domain, '.')
		if i < 0 {
			return False, nil
		}
		domain = domain[i+1:]
	}
}

func (c DisposableEmail) lists(domain string) bool {
	if builtinDisposable(domain) {
		return true
	}
	for _, d := range c.Extra {
		if d == domain {
			return true
		}
	}
	return false
}

// Validate asks for Extra domains in lower case, without "@" or spaces.
func (c DisposableEmail) Validate() error {
	for _, d := range c.Extra {
		if d == "" || d != strings.ToLower(d) || strings.ContainsAny(d, "@ \t\r\n") ||
			strings.HasPrefix(d, ".") || strings.HasSuffix(d, ".") {
			return conditionErr("disposable_email", "extra domain %q is not a lower-case domain name", d)
		}
	}
	return nil
}

// String describes the condition.
func (c DisposableEmail) String() string {
	if len(c.Extra) == 0 {
		return "email_domain is disposable"
	}
	return "email_domain is disposable (or in " + strings.Join(c.Extra, " ") + ")"
}
