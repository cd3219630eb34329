package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SurveyFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static SurveyForms.NewSurvey survey(String opens, String closes) {
        return new SurveyForms.NewSurvey("Medewerkersonderzoek", "CIVIL_SERVANT", opens, closes, "5", null);
    }

    @Test
    void surveyDatesAreReadAsDutchOrIsoDates() {
        assertThat(SurveyForms.check(survey("7-12-2026", "28/12/2026"), 5, TODAY)
                        .keys())
                .isEmpty();
        assertThat(SurveyForms.check(survey("2026-12-07", "28.12.2026"), 5, TODAY)
                        .keys())
                .isEmpty();
        assertThat(SurveyForms.date("31-3-2026")).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void wrongOrPastDatesAreRefused() {
        assertThat(SurveyForms.check(survey("31-02-2026", "morgen"), 5, TODAY).keys())
                .containsEntry("opensOn", "surveys.new.date.invalid")
                .containsEntry("closesOn", "surveys.new.date.invalid");
        assertThat(SurveyForms.check(survey("1-12-2026", "6-12-2026"), 5, TODAY).keys())
                .containsEntry("closesOn", "surveys.new.closesOn.past");
        assertThat(SurveyForms.check(survey("1-12-2026", "7-12-2026"), 5, TODAY).keys())
                .doesNotContainKey("closesOn");
    }
}
