package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeldpuntLimitsTest {

    private final MovingClock clock = new MovingClock();
    private final MeldpuntLimits limits = new MeldpuntLimits(3, 5, 2, 4, Duration.ofMinutes(10), clock);
    private final UUID meldpunt = UUID.randomUUID();

    @Test
    void wrongCodesFromOneAddressStopItsGuessingForAWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.mayTryCode("10.0.0.1", meldpunt)).isTrue();
            limits.missed("10.0.0.1", meldpunt);
        }
        assertThat(limits.mayTryCode("10.0.0.1", meldpunt)).isFalse();
        assertThat(limits.mayTryCode("10.0.0.2", meldpunt))
                .as("another address")
                .isTrue();
        assertThat(limits.mayTryCode("10.0.0.1", UUID.randomUUID()))
                .as("another meldpunt")
                .isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(limits.mayTryCode("10.0.0.1", meldpunt))
                .as("after the window")
                .isTrue();
    }

    @Test
    void wrongCodesFromManyAddressesStopGuessingAtTheMeldpunt() {
        for (int i = 0; i < 5; i++) {
            limits.missed("10.0.1." + i, meldpunt);
        }
        assertThat(limits.mayTryCode("10.0.1.99", meldpunt)).isFalse();
    }

    @Test
    void reportsAreLimitedPerAddressAndPerMeldpunt() {
        assertThat(limits.allowReport("10.0.2.1", meldpunt)).isTrue();
        assertThat(limits.allowReport("10.0.2.1", meldpunt)).isTrue();
        assertThat(limits.allowReport("10.0.2.1", meldpunt)).isFalse();
        assertThat(limits.allowReport("10.0.2.2", meldpunt)).isTrue();
        assertThat(limits.allowReport("10.0.2.3", meldpunt)).isTrue();
        assertThat(limits.allowReport("10.0.2.4", meldpunt))
                .as("the meldpunt's limit")
                .isFalse();
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
