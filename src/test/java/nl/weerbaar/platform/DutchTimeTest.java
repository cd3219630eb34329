package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DutchTimeTest {

    @Test
    void momentsReadInDutchTimeWinterAndSummer() {
        assertThat(DutchTime.dateTime(Instant.parse("2026-01-15T13:00:00Z"))).isEqualTo("15-01-2026 14:00");
        assertThat(DutchTime.dateTime(Instant.parse("2026-07-15T13:00:00Z"))).isEqualTo("15-07-2026 15:00");
        assertThat(DutchTime.dateTime(OffsetDateTime.of(2026, 12, 7, 2, 54, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("07-12-2026 03:54");
        assertThat(DutchTime.dateTime(Timestamp.from(Instant.parse("2026-07-15T13:00:00Z"))))
                .isEqualTo("15-07-2026 15:00");
        assertThat(DutchTime.dateTime(null)).isEqualTo("—");
    }

    @Test
    void theDayOfAMomentIsTheDutchDay() {
        // 23:30 UTC on 31 December is already New Year's Day in the Netherlands
        assertThat(DutchTime.date(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("01-01-2027");
        assertThat(DutchTime.date(LocalDate.of(2026, 3, 31))).isEqualTo("31-03-2026");
        assertThat(DutchTime.date(java.sql.Date.valueOf("2026-03-31"))).isEqualTo("31-03-2026");
        assertThat(DutchTime.date(null)).isEqualTo("—");
        assertThatThrownBy(() -> DutchTime.dateTime(java.sql.Date.valueOf("2026-03-31")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void todayIsTheDateInTheNetherlandsWhateverTheClocksZone() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T22:30:00Z"), ZoneOffset.UTC);
        assertThat(DutchTime.today(lateEvening)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(DutchTime.now(lateEvening).getHour()).isEqualTo(0);
        assertThat(DutchTime.today(Clock.fixed(Instant.parse("2026-01-15T22:30:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 1, 15));
    }
}
