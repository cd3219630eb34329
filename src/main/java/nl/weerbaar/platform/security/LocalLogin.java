package nl.weerbaar.platform.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Login with a local password, with the lock-out of ADR 0013. When an account is locked after failures
 * ({@link AccountStore}), an attempt is refused as locked, whatever the password, unless it comes from an address the
 * account logged in from before and that has not itself failed too often for the account ({@link LoginThrottle}).
 * So whoever causes the lock shuts out only themselves and addresses the account never used. A refused attempt still
 * costs the password check, so that neither its answer nor its timing tells whether the password was right. An
 * administrator's unlock ends the lock for every address.
 */
class LocalLogin extends DaoAuthenticationProvider {

    private final AccountStore accounts;
    private final LoginThrottle throttle;

    LocalLogin(AccountStore accounts, LoginThrottle throttle, PasswordEncoder encoder) {
        super(accounts::loadUserByUsername);
        this.accounts = accounts;
        this.throttle = throttle;
        setPasswordEncoder(encoder);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt)
            throws AuthenticationException {
        String address = address(attempt);
        if (locked(user, address)) {
            try {
                super.additionalAuthenticationChecks(user, attempt);
            } catch (AuthenticationException ignored) {
                // the same answer for a right and a wrong password
            }
            throw new LockedException("locked");
        }
        super.additionalAuthenticationChecks(user, attempt);
    }

    private boolean locked(UserDetails user, String address) {
        return user instanceof LocalUser local
                && local.lockedUntil() != null
                && (throttle.shutOut(user.getUsername(), address)
                        || !accounts.isFamiliar(local.identity().userId(), address));
    }

    /** The client address of a login attempt (behind a proxy: as {@code server.forward-headers-strategy} allows). */
    static String address(org.springframework.security.core.Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
