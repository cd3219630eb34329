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
}
