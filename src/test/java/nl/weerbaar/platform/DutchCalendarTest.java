package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutchCalendarTest {

    @Test
    void easterFollowsTheGregorianComputus() {
        assertThat(DutchCalendar.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(DutchCalendar.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(DutchCalendar.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DutchCalendar.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DutchCalendar.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void holidaysOf2026() {
        assertThat(DutchCalendar.holidays(2026))
                .contains(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 27),
                        LocalDate.of(2026, 5, 5),
                        LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26));
    }

    @Test
    void kingsDayMovesToSaturdayWhenTheTwentySeventhIsASunday() {
        assertThat(LocalDate.of(2025, 4, 27).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(DutchCalendar.holidays(2025))
                .contains(LocalDate.of(2025, 4, 26))
                .doesNotContain(LocalDate.of(2025, 4, 27));
    }

    @Test
    void liberationDayCountsEveryYear() {
        for (int year : List.of(2026, 2027, 2028, 2029)) {
            assertThat(DutchCalendar.holidays(year)).contains(LocalDate.of(year, 5, 5));
        }
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // Thursday 24 December 2026 10:00 + 1 working day: Christmas Friday, weekend, so Monday 28 December
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 24, 10, 0, 0, 0, DutchTime.ZONE);
        assertThat(DutchCalendar.plusWorkingDays(start, 1).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 28));
        // Thursday 2 April 2026 + 2 working days: Good Friday, weekend, Easter Monday: Tuesday 7 and Wednesday 8 April
        ZonedDateTime easter = ZonedDateTime.of(2026, 4, 2, 9, 0, 0, 0, DutchTime.ZONE);
        assertThat(DutchCalendar.plusWorkingDays(easter, 2).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 8));
    }
}
