package nl.weerbaar.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.weerbaar.platform.DutchTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the integration tests: the system time until a test sets it, then standing still
 * at the time set (moved on only by {@link #advance}). {@link IntegrationTest} resets it after every test.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public MutableClock() {
        this(DutchTime.ZONE, null);
    }

    private MutableClock(ZoneId zone, Instant fixed) {
        this.zone = zone;
        this.fixed = fixed;
    }

    /** Stops the clock at {@code instant}. */
    public void setTo(Instant instant) {
        this.fixed = instant;
    }

    /** Moves the clock on by {@code amount} (from now, when it was running). */
    public void advance(Duration amount) {
        this.fixed = instant().plus(amount);
    }

    /** Back to the system time. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that follows this clock (the application asks for the Dutch zone). */
    @Override
    public Clock withZone(ZoneId other) {
        MutableClock parent = this;
        return other.equals(zone)
                ? this
                : new Clock() {
                    @Override
                    public Instant instant() {
                        return parent.instant();
                    }

                    @Override
                    public ZoneId getZone() {
                        return other;
                    }

                    @Override
                    public Clock withZone(ZoneId z) {
                        return parent.withZone(z);
                    }
                };
    }

    /** Replaces the application's clock in the shared test context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
