package nl.weerbaar.platform.security;

import java.time.Clock;
import java.util.Locale;
import nl.weerbaar.platform.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limits on password guessing kept in the memory of this node (ADR 0013): login attempts per client address per
 * minute ({@code weerbaar.security.login-attempts-per-minute}), and failed attempts per account from one address
 * ({@code weerbaar.security.max-failed-logins} within {@code weerbaar.security.lock-minutes}). An address that failed
 * that often for an account is shut out of it while the account is locked, even when the account logged in from
 * there before ({@link LocalLogin}).
 */
@Component
class LoginThrottle {

    private final RateLimiter attempts;
    private final RateLimiter failures;

    LoginThrottle(
            @Value("${weerbaar.security.login-attempts-per-minute:10}") int attemptsPerMinute,
            @Value("${weerbaar.security.max-failed-logins:5}") int maxFailures,
            @Value("${weerbaar.security.lock-minutes:15}") int lockMinutes,
            Clock clock) {
        this.attempts = new RateLimiter(attemptsPerMinute, 60_000, clock);
        this.failures = new RateLimiter(maxFailures, lockMinutes * 60_000L, clock);
    }

    /** Counts one login attempt from {@code address}; false when the address is over its limit. */
    boolean tryAttempt(String address) {
        return attempts.tryAcquire(String.valueOf(address));
    }

    /** Whether {@code address} has failed too often for {@code username} within the lock period. */
    boolean shutOut(String username, String address) {
        return failures.isLimited(key(username, address));
    }

    void failed(String username, String address) {
        failures.record(key(username, address));
    }

    void succeeded(String username, String address) {
        failures.reset(key(username, address));
    }

    private static String key(String username, String address) {
        return String.valueOf(username).strip().toLowerCase(Locale.ROOT) + '\n' + address;
    }
}
