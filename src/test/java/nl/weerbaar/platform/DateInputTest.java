package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

    private static final LocalDate END_OF_MARCH = LocalDate.of(2026, 3, 31);

    @Test
    void readsWhatADatePickerSendsAndWhatPeopleType() {
        for (String text : new String[] {
            "2026-03-31", "31-03-2026", "31-3-2026", "31/3/2026", "31.03.2026", " 31-03-2026 ", "2026-3-31"
        }) {
            assertThat(DateInput.parse(text)).as(text).contains(END_OF_MARCH);
        }
    }

    @Test
    void refusesWhatIsNoDay() {
        for (String text : new String[] {
            null,
            "",
            "   ",
            "31-02-2026",
            "2026-02-30",
            "29-02-2027",
            "13/13/2026",
            "morgen",
            "<script>",
            "2026-03-31T10:00",
            "03-31-2026",
            "1".repeat(6000)
        }) {
            assertThat(DateInput.parse(text)).as(String.valueOf(text)).isEmpty();
        }
        assertThat(DateInput.parse("29-02-2028")).contains(LocalDate.of(2028, 2, 29));
    }
}
