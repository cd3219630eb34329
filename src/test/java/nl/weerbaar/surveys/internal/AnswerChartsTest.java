package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.weerbaar.platform.chart.Datum;
import org.junit.jupiter.api.Test;

class AnswerChartsTest {

    private static Question question(String code) {
        return BuiltInQuestionnaire.questions(Variant.CIVIL_SERVANT).stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void scalesWhoseIndicatorIsTheirEndAreDrawnAndOtherChoicesAreNot() {
        assertThat(AnswerCharts.drawn(question("FEELS_SAFE"))).isTrue();
        assertThat(AnswerCharts.drawn(question("INTIMIDATION_12M"))).isTrue();
        assertThat(AnswerCharts.drawn(question("ANY_5Y"))).isTrue();
        // "van wie": no order; "waarom niet gemeld": two answers apart; "gemeld?" starts with "not applicable"
        assertThat(AnswerCharts.drawn(question("PERPETRATOR"))).isFalse();
        assertThat(AnswerCharts.drawn(question("NOT_REPORTED_WHY"))).isFalse();
        assertThat(AnswerCharts.drawn(question("REPORTED"))).isFalse();
        assertThat(AnswerCharts.drawn(question("SUGGESTION"))).isFalse();
    }

    @Test
    void theNeutralAnswerIsFoundOnlyWhereTheScaleHasOne() {
        assertThat(AnswerCharts.middle(question("FEELS_SAFE"))).isEqualTo(2);
        assertThat(AnswerCharts.middle(question("INTIMIDATION_12M"))).isEqualTo(-1);
    }

    @Test
    void sharesArePercentagesOfTheGroupAndAllHiddenWhenTheGroupIsNotShown() {
        assertThat(AnswerCharts.shares(List.of(3L, 6L, 0L, 12L), 4, "–"))
                .extracting(Datum::text)
                .containsExactly("14%", "29%", "0%", "57%");
        assertThat(AnswerCharts.shares(null, 3, "–"))
                .allMatch(d -> !d.drawn() && d.text().equals("–"));
    }
}
