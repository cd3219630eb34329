package nl.weerbaar.addresses.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.weerbaar.platform.FieldErrors;
import org.junit.jupiter.api.Test;

class FlagDatesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 28);

    @Test
    void aNewFlagEndsAfterItsStartAndAtMostTwelveMonthsOn() {
        assertThat(checkNew(TODAY, TODAY.plusMonths(12)).any()).isFalse();
        assertThat(checkNew(TODAY, TODAY.plusMonths(12).plusDays(1)).key("endsOn"))
                .isEqualTo("flags.error.end-too-late");
        assertThat(checkNew(TODAY, TODAY).key("endsOn")).isEqualTo("flags.error.end-before-start");
        assertThat(checkNew(TODAY.minusDays(1), TODAY.plusDays(5)).key("startsOn"))
                .isEqualTo("flags.error.start-past");
        // a later start moves the latest end with it
        assertThat(checkNew(TODAY.plusMonths(2), TODAY.plusMonths(14)).any()).isFalse();
    }

    @Test
    void aRenewalRunsAtMostTwelveMonthsFromTheDayItIsAsked() {
        LocalDate currentEnd = TODAY.plusDays(20);
        assertThat(renewal(currentEnd, TODAY.plusMonths(12)).any()).isFalse();
        assertThat(renewal(currentEnd, TODAY.plusMonths(12).plusDays(1)).key("newEndsOn"))
                .isEqualTo("flags.error.end-too-late");
        assertThat(renewal(currentEnd, currentEnd).key("newEndsOn")).isEqualTo("flags.error.renewal-not-later");
    }

    @Test
    void aFlagCountsFromItsStartThroughItsEndDate() {
        LocalDate start = TODAY;
        LocalDate end = TODAY.plusMonths(3);
        assertThat(FlagDates.runsOn(start, end, start.minusDays(1))).isFalse();
        assertThat(FlagDates.runsOn(start, end, start)).isTrue();
        assertThat(FlagDates.runsOn(start, end, end)).isTrue();
        assertThat(FlagDates.runsOn(start, end, end.plusDays(1))).isFalse();
    }

    private static FieldErrors checkNew(LocalDate start, LocalDate end) {
        FieldErrors errors = new FieldErrors();
        FlagDates.checkNew(errors, TODAY, start, end);
        return errors;
    }

    private static FieldErrors renewal(LocalDate currentEnd, LocalDate newEnd) {
        FieldErrors errors = new FieldErrors();
        FlagDates.checkRenewal(errors, TODAY, currentEnd, newEnd);
        return errors;
    }
}
