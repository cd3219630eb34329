package nl.weerbaar.awareness.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    static final Instant NOW = Instant.parse("2026-12-07T15:30:45.5Z");

    static String calendar(String summary, String description) {
        return ICalendar.write(
                "-//Weerbaar//Programma//NL",
                "Programma Voorbeeldstad",
                List.of(new ICalendar.Event(
                        "0b7c1f2e-3d4a-4b5c-8d6e-7f8091a2b3c4@weerbaar",
                        LocalDate.of(2027, 3, 12),
                        summary,
                        description,
                        Instant.parse("2026-12-01T08:00:00Z"))),
                NOW);
    }

    @Test
    void everyLineEndsInCrlfAndTheEventHasUidDtstampAndWholeDay() {
        String ics = calendar("Normgesprek Burgerzaken", null);
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Weerbaar//Programma//NL\r\n")
                .contains("\r\nBEGIN:VEVENT\r\nUID:0b7c1f2e-3d4a-4b5c-8d6e-7f8091a2b3c4@weerbaar\r\n")
                .contains("\r\nDTSTAMP:20261207T153045Z\r\n")
                .contains("\r\nDTSTART;VALUE=DATE:20270312\r\nDTEND;VALUE=DATE:20270313\r\n")
                .contains("\r\nSUMMARY:Normgesprek Burgerzaken\r\n")
                .contains("\r\nLAST-MODIFIED:20261201T080000Z\r\n")
                .doesNotContain("DESCRIPTION");
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.text("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
        assertThat(calendar("Festival; ook, voor iedereen", "Regel 1\nRegel 2"))
                .contains("SUMMARY:Festival\\; ook\\, voor iedereen\r\n")
                .contains("DESCRIPTION:Regel 1\\nRegel 2\r\n");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String summary =
                "Weerbaarheidsfestival in het stadhuis met workshops voor álle medewerkers en één ‘grote’ afsluiting 🎉 "
                        .repeat(3);
        String ics = calendar(summary, null);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        // unfolding (CRLF followed by one space) gives back the whole value
        String unfolded = ics.replace("\r\n ", "");
        assertThat(Arrays.asList(unfolded.split("\r\n"))).contains("SUMMARY:" + summary);
        assertThat(ics.split("\r\n ").length).isGreaterThan(3);
    }

    @Test
    void anEmptyProgrammeIsAValidCalendar() {
        String ics = ICalendar.write("-//Weerbaar//Programma//NL", "Leeg", List.of(), NOW);
        assertThat(ics)
                .isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Weerbaar//Programma//NL\r\n"
                        + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Leeg\r\nEND:VCALENDAR\r\n");
    }
}
