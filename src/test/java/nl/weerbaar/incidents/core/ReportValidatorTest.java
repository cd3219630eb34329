package nl.weerbaar.incidents.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a report must meet, the same for the form, the mini-report and the API. */
class ReportValidatorTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    private static ReportCommand report(
            String channel,
            List<String> kinds,
            String kindOther,
            Instant occurredAt,
            String locationType,
            String description,
            String onBehalfName,
            String idempotencyKey) {
        return new ReportCommand(
                channel,
                kinds,
                kindOther,
                occurredAt,
                locationType,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                description,
                null,
                List.of("NONE"),
                null,
                null,
                null,
                List.of(),
                onBehalfName,
                idempotencyKey,
                null);
    }

    private static ReportCommand valid() {
        return report("FORM", List.of("VERBAL_AGGRESSION"), null, NOW, "COUNTER", "Schelden aan de balie", null, null);
    }

    private static Map<String, String> errors(ReportCommand c) {
        return ReportValidator.validate(c, NOW).keys();
    }

    @Test
    void aCompleteReportHasNoProblems() {
        assertThat(errors(valid())).isEmpty();
        assertThat(errors(report("FORM", List.of("OTHER"), "Spugen", NOW, "OTHER", "x", null, "offline-1234")))
                .isEmpty();
    }

    @Test
    void kindsAreRequiredKnownAndOtherNeedsAnExplanation() {
        assertThat(errors(report("FORM", List.of(), null, NOW, "COUNTER", "x", null, null)))
                .containsEntry("kinds", "incidents.error.kinds.required");
        assertThat(errors(report("FORM", List.of("NONSENSE"), null, NOW, "COUNTER", "x", null, null)))
                .containsEntry("kinds", "incidents.error.kinds.invalid");
        assertThat(errors(report("FORM", List.of("OTHER"), " ", NOW, "COUNTER", "x", null, null)))
                .containsEntry("kindOther", "incidents.error.kindOther.required");
        assertThat(errors(report("FORM", List.of("OTHER"), "y".repeat(201), NOW, "COUNTER", "x", null, null)))
                .containsOnlyKeys("kindOther")
                .containsEntry("kindOther", "incidents.error.tooLong");
    }

    @Test
    void theMomentIsRequiredNotInTheFutureAndNotTenYearsAgo() {
        assertThat(errors(report("FORM", List.of("STALKING"), null, null, "COUNTER", "x", null, null)))
                .containsEntry("occurredAt", "incidents.error.occurredAt.required");
        assertThat(errors(report(
                        "FORM",
                        List.of("STALKING"),
                        null,
                        NOW.plus(Duration.ofMinutes(10)),
                        "COUNTER",
                        "x",
                        null,
                        null)))
                .doesNotContainKey("occurredAt");
        assertThat(errors(report(
                        "FORM",
                        List.of("STALKING"),
                        null,
                        NOW.plus(Duration.ofMinutes(11)),
                        "COUNTER",
                        "x",
                        null,
                        null)))
                .containsEntry("occurredAt", "incidents.error.occurredAt.future");
        assertThat(errors(report(
                        "FORM",
                        List.of("STALKING"),
                        null,
                        NOW.minus(Duration.ofDays(3661)),
                        "COUNTER",
                        "x",
                        null,
                        null)))
                .containsEntry("occurredAt", "incidents.error.occurredAt.old");
    }

    @Test
    void locationAndDescriptionAreRequiredAndChecked() {
        assertThat(errors(report("FORM", List.of("STALKING"), null, NOW, " ", " ", null, null)))
                .containsEntry("locationType", "incidents.error.locationType.required")
                .containsEntry("description", "incidents.error.description.required");
        assertThat(errors(report("FORM", List.of("STALKING"), null, NOW, "MOON", "x", null, null)))
                .containsEntry("locationType", "incidents.error.invalid");
        assertThat(errors(report(
                        "FORM",
                        List.of("STALKING"),
                        null,
                        NOW,
                        "COUNTER",
                        "x".repeat(ReportValidator.MAX_DESCRIPTION),
                        null,
                        null)))
                .isEmpty();
        assertThat(errors(report(
                        "FORM",
                        List.of("STALKING"),
                        null,
                        NOW,
                        "COUNTER",
                        "x".repeat(ReportValidator.MAX_DESCRIPTION + 1),
                        null,
                        null)))
                .containsEntry("description", "incidents.error.description.tooLong");
    }

    @Test
    void aReportOnBehalfOfSomeoneNamesThem() {
        assertThat(errors(report("ON_BEHALF", List.of("STALKING"), null, NOW, "COUNTER", "x", null, null)))
                .containsEntry("onBehalfName", "incidents.error.onBehalfName.required");
        assertThat(errors(report("ON_BEHALF", List.of("STALKING"), null, NOW, "COUNTER", "x", "Piet", null)))
                .isEmpty();
    }

    @Test
    void anIdempotencyKeyHasEightToHundredSafeCharacters() {
        assertThat(errors(report("API", List.of("STALKING"), null, NOW, "COUNTER", "x", null, "short")))
                .containsEntry("idempotencyKey", "incidents.error.idempotencyKey");
        assertThat(errors(report("API", List.of("STALKING"), null, NOW, "COUNTER", "x", null, "with space 123")))
                .containsEntry("idempotencyKey", "incidents.error.idempotencyKey");
        assertThat(errors(report("API", List.of("STALKING"), null, NOW, "COUNTER", "x", null, "a1b2:c3-d4.e5_f6")))
                .isEmpty();
    }

    @Test
    void codesOutsideTheListsAreRefused() {
        ReportCommand c = new ReportCommand(
                "FORM",
                List.of("STALKING"),
                null,
                NOW,
                "COUNTER",
                null,
                null,
                null,
                null,
                null,
                "ALIEN",
                null,
                null,
                "x",
                null,
                List.of("NONE", "BROKEN_HEART"),
                null,
                "EXTREME",
                "EVERYONE",
                List.of(),
                null,
                null,
                null);
        assertThat(errors(c))
                .containsOnlyKeys("perpetratorRelation", "consequencesPerson", "severity", "confidentiality")
                .containsValues("incidents.error.invalid");
    }
}
