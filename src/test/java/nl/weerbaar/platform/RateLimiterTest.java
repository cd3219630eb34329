package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    static class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsTheLimitPerWindowAndPerKey() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(3, 60_000, clock);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
    }

    @Test
    void theWindowSlides() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(2, 60_000, clock);
        limiter.tryAcquire("a");
        clock.now = clock.now.plus(Duration.ofSeconds(30));
        limiter.tryAcquire("a");
        assertThat(limiter.tryAcquire("a")).isFalse();
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void floodingWithNewKeysDoesNotResetAKeyAtItsLimit() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(5, 60_000, clock);
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("medewerker|192.0.2.1");
        }
        assertThat(limiter.tryAcquire("medewerker|192.0.2.1")).isFalse();
        for (int i = 0; i <= 100_000; i++) {
            limiter.tryAcquire("sprayed-" + i);
        }
        assertThat(limiter.tryAcquire("medewerker|192.0.2.1"))
                .as("the guessed account is still at its limit")
                .isFalse();
        assertThat(limiter.size()).isLessThanOrEqualTo(RateLimiter.DEFAULT_MAX_KEYS);
    }

    @Test
    void theNumberOfKeysIsBoundedAndTheLeastRecentlyUsedKeyUnderItsLimitMakesWay() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(2, 60_000, clock, 3);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");
        limiter.tryAcquire("a");
        limiter.tryAcquire("d");
        assertThat(limiter.size()).isEqualTo(3);
        assertThat(limiter.tryAcquire("a")).as("a is at its limit and stays").isFalse();
        assertThat(limiter.isLimited("a")).isTrue();
    }

    @Test
    void recordingCountsBeyondTheLimitAndKeepsTheKeyLimitedAWindowAfterTheLastEvent() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(2, 60_000, clock);
        limiter.record("a");
        assertThat(limiter.isLimited("a")).isFalse();
        limiter.record("a");
        assertThat(limiter.isLimited("a")).isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(50));
        limiter.record("a");
        clock.now = clock.now.plus(Duration.ofSeconds(50));
        assertThat(limiter.isLimited("a"))
                .as("the first event has left the window")
                .isFalse();
        limiter.record("a");
        assertThat(limiter.isLimited("a")).isTrue();
        limiter.reset("a");
        assertThat(limiter.isLimited("a")).isFalse();
    }
}
