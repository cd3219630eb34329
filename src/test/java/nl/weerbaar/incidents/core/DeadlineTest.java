package nl.weerbaar.incidents.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import nl.weerbaar.platform.DutchTime;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void deadlinesInHoursOrWorkingDays() {
        Instant friday =
                ZonedDateTime.of(2026, 11, 20, 16, 0, 0, 0, DutchTime.ZONE).toInstant();
        assertThat(Deadline.parse("24h").from(friday)).isEqualTo(friday.plusSeconds(86_400));
        assertThat(Deadline.parse("1wd").from(friday).atZone(DutchTime.ZONE).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> Deadline.parse("3 days")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severityIsSuggestedFromKindsAndConsequences() {
        assertThat(SeveritySuggestion.suggest(List.of("VERBAL_AGGRESSION"), List.of()))
                .isEqualTo("LOW");
        assertThat(SeveritySuggestion.suggest(List.of("VERBAL_AGGRESSION"), List.of("EMOTIONAL")))
                .isEqualTo("MEDIUM");
        assertThat(SeveritySuggestion.suggest(List.of("BRIBERY"), List.of())).isEqualTo("HIGH");
        assertThat(SeveritySuggestion.suggest(List.of("PHYSICAL_VIOLENCE"), List.of("INJURY")))
                .isEqualTo("CRITICAL");
    }

    @Test
    void perpetratorKeyIgnoresCaseSpacesAndPunctuationButNotTheMunicipality() {
        var a = java.util.UUID.randomUUID();
        var b = java.util.UUID.randomUUID();
        assertThat(Hashing.perpetratorKey(a, "Dorpsstraat 1")).isEqualTo(Hashing.perpetratorKey(a, " dorpsstraat  1."));
        assertThat(Hashing.perpetratorKey(a, "Dorpsstraat 1")).isNotEqualTo(Hashing.perpetratorKey(b, "Dorpsstraat 1"));
        assertThat(Hashing.perpetratorKey(a, "  ")).isNull();
    }
}
