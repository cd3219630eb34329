package nl.weerbaar.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final Backoff backoff = new Backoff(8, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheLongest() {
        assertThat(waits()).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
    }

    @Test
    void afterTheLastAttemptThereIsNoNext() {
        assertThat(backoff.next(8, NOW)).isNull();
        assertThat(backoff.next(9, NOW)).isNull();
        assertThat(new Backoff(1, Duration.ofMinutes(1), Duration.ofMinutes(1)).next(1, NOW))
                .isNull();
    }

    @Test
    void aBackoffWithoutAttemptsOrWithAFirstWaitLongerThanTheLongestIsRefused() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<Long> waits() {
        java.util.List<Long> minutes = new java.util.ArrayList<>();
        for (int attempts = 1; attempts < 8; attempts++) {
            minutes.add(Duration.between(NOW, backoff.next(attempts, NOW)).toMinutes());
        }
        return minutes;
    }
}
