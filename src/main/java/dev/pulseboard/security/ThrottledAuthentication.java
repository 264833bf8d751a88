package dev.pulseboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.account.SignInThrottle;
import dev.pulseboard.account.Validation;

/**
 * E-mail and password sign-in (the form, and HTTP Basic where a token is created), behind the {@link SignInThrottle}:
 * every attempt is counted before its password is checked, a locked account or address is refused unchecked, a
 * lock-out is written to the household's audit log. Each failed or refused attempt is one WARN line with the client's
 * address (for fail2ban and the like), never the e-mail tried.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    ThrottledAuthentication(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle,
            ApplicationEventPublisher events) {
        // A login that signs in only with the identity provider has no password: unknown to the form.
        this.passwords = new DaoAuthenticationProvider(email -> {
            CurrentUser user = accounts.loadUserByUsername(email);
            if (user.getPassword() == null) {
                throw new UsernameNotFoundException("No password");
            }
            return user;
        });
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.attempt(account, address);
        } catch (SignInThrottle.Throttled locked) {
            log.warn("Sign-in refused from {}: too many failed attempts", address);
            throw locked;
        }
        try {
            if (authentication.getCredentials() instanceof String password && !Validation.fitsHash(password)) {
                // No password that long was ever accepted; the hash would refuse to even compare it.
                throw new BadCredentialsException("Bad credentials");
            }
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            return result;
        } catch (BadCredentialsException wrong) {
            // One line an operator's fail2ban can match; the e-mail tried stays out of the log.
            log.warn("Sign-in failed from {}: wrong e-mail or password", address);
            if (attempt.lockedAccount()) {
                recordLockOut(account);
            }
            throw wrong;
        }
    }

    private void recordLockOut(String account) {
        try {
            CurrentUser user = accounts.loadUserByUsername(account);
            events.publishEvent(new HouseholdChanged(user.householdId(), null, user.memberId(),
                    HouseholdChanged.Change.SIGN_IN_LOCKED, "sign-in for " + user.email() + " locked after "
                            + SignInThrottle.ACCOUNT_LIMIT + " failed attempts"));
        } catch (AuthenticationException unknownAccount) {
            // Guesses at an address that has no account: counted and locked all the same, recorded nowhere.
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
