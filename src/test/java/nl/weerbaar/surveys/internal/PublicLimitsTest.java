package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PublicLimitsTest {

    private final MovingClock clock = new MovingClock();
    private final PublicLimits limits = new PublicLimits(1000, 1000, 2, 5, Duration.ofMinutes(10), clock);

    @Test
    void anAddressGivesAFewResponsesPerOpenLinkAndWindow() {
        assertThat(responses("10.0.0.1", "link-a", 3)).containsExactly(true, true, false);
        assertThat(responses("10.0.0.1", "link-b", 1)).as("another link").containsExactly(true);
        assertThat(responses("10.0.0.2", "link-a", 1)).as("another address").containsExactly(true);
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(responses("10.0.0.1", "link-a", 1)).as("after the window").containsExactly(true);
    }

    @Test
    void anOpenLinkTakesALimitedNumberOfResponsesFromAllAddressesTogether() {
        IntStream.range(0, 5)
                .forEach(i -> assertThat(limits.allowOpenLinkResponse("10.0.1." + i, "link-c"))
                        .isTrue());
        assertThat(limits.allowOpenLinkResponse("10.0.1.99", "link-c")).isFalse();
        assertThat(limits.allowOpenLinkResponse("10.0.1.99", "link-d")).isTrue();
    }

    private Boolean[] responses(String address, String link, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> limits.allowOpenLinkResponse(address, link))
                .toArray(Boolean[]::new);
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
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
}
