package nl.weerbaar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The lock-out rule: a locked account stays reachable from addresses it logged in from, except from an address that
 * failed too often for it itself; from anywhere else it is locked whatever the password.
 */
class LocalLoginTest {

    static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);
    static final String PASSWORD = "lange zin als wachtwoord";
    static final String HOME = "192.0.2.10";
    static final String ATTACKER = "203.0.113.66";

    /** One account, locked or not, that logged in from {@link #HOME} before. */
    static class Accounts extends AccountStore {
        final UUID id = UUID.randomUUID();
        Instant lockedUntil;

        Accounts() {
            super(null, 5, 15, 90, Clock.systemUTC());
        }

        @Override
        UserDetails loadUserByUsername(String username) {
            if (!"medewerker".equalsIgnoreCase(username)) {
                throw new UsernameNotFoundException("unknown");
            }
            return new LocalUser(
                    new UserIdentity(id, UUID.randomUUID(), "medewerker", "M", Set.of(Role.EMPLOYEE), null),
                    ENCODER.encode(PASSWORD),
                    true,
                    lockedUntil);
        }

        @Override
        boolean isFamiliar(UUID userId, String address) {
            return userId.equals(id) && HOME.equals(address);
        }
    }

    final Accounts accounts = new Accounts();
    final LoginThrottle throttle = new LoginThrottle(10, 5, 15, Clock.systemUTC());
    final LocalLogin login = new LocalLogin(accounts, throttle, ENCODER);

    Authentication attempt(String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated("medewerker", password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return login.authenticate(token);
    }

    @Test
    void anUnlockedAccountChecksThePasswordFromEverywhere() {
        assertThat(attempt(PASSWORD, ATTACKER).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> attempt("fout", HOME)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aLockedAccountIsLockedForAddressesItNeverLoggedInFromWhateverThePassword() {
        accounts.lockedUntil = Instant.now().plusSeconds(900);
        assertThatThrownBy(() -> attempt(PASSWORD, ATTACKER)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> attempt("fout", ATTACKER))
                .as("the same answer for a wrong password")
                .isInstanceOf(LockedException.class);
    }

    @Test
    void aLockedAccountStaysReachableFromAnAddressItLoggedInFrom() {
        accounts.lockedUntil = Instant.now().plusSeconds(900);
        assertThat(attempt(PASSWORD, HOME).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> attempt("fout", HOME)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aKnownAddressThatFailedTooOftenIsShutOutWhileTheAccountIsLocked() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("Medewerker", HOME);
        }
        assertThat(attempt(PASSWORD, HOME).isAuthenticated())
                .as("the account is not locked (an administrator unlocked it): the address may try again")
                .isTrue();
        accounts.lockedUntil = Instant.now().plusSeconds(900);
        assertThatThrownBy(() -> attempt(PASSWORD, HOME)).isInstanceOf(LockedException.class);
    }
}
