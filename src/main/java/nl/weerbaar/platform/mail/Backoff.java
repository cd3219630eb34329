package nl.weerbaar.platform.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When a mail that could not be sent is tried again: {@code first} after the first failed attempt, twice as long
 * after each next one, never longer than {@code longest}; after {@code maxAttempts} attempts it is not tried again.
 */
record Backoff(int maxAttempts, Duration first, Duration longest) {

    Backoff {
        if (maxAttempts < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException(
                    "Mail retries need at least one attempt and a first wait up to the longest");
        }
    }

    /** The moment of the next attempt after {@code attempts} failed ones, or null when the mail has failed for good. */
    Instant next(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return null;
        }
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
