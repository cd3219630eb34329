package nl.weerbaar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.weerbaar.platform.DutchTime;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    @Test
    void standsWhereItIsSetMovesOnWhenAdvancedAndGoesBackToTheSystemTime() {
        MutableClock clock = new MutableClock();
        Instant set = Instant.parse("2026-01-15T22:30:00Z");
        clock.setTo(set);
        assertThat(clock.instant()).isEqualTo(set);
        assertThat(clock.withZone(ZoneOffset.UTC).instant()).isEqualTo(set);
        assertThat(DutchTime.today(clock)).isEqualTo(LocalDate.of(2026, 1, 15));

        clock.advance(Duration.ofHours(2));
        assertThat(clock.instant()).isEqualTo(set.plus(Duration.ofHours(2)));
        assertThat(DutchTime.today(clock)).isEqualTo(LocalDate.of(2026, 1, 16));

        clock.reset();
        Instant before = Instant.now();
        Instant now = clock.instant();
        assertThat(now).isBetween(before, Instant.now());
    }
}
