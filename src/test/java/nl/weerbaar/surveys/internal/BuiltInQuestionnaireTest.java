package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuiltInQuestionnaireTest {

    @Test
    void statementsInTheFirstPersonNeverAddressTheRespondent() {
        for (Variant variant : Variant.values()) {
            assertThat(BuiltInQuestionnaire.questions(variant))
                    .filteredOn(q -> q.text().startsWith("Ik "))
                    .isNotEmpty()
                    .allSatisfy(q ->
                            assertThat(q.text()).as(variant + " " + q.code()).doesNotContain(" uw "));
        }
    }

    @Test
    void feelingSafeKeepsItsCodeAndReadsInTheFirstPersonForBothVariants() {
        assertThat(BuiltInQuestionnaire.questions(Variant.CIVIL_SERVANT))
                .filteredOn(q -> q.code().equals("FEELS_SAFE"))
                .singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("Ik voel me veilig in mijn werk voor de gemeente."));
        assertThat(BuiltInQuestionnaire.questions(Variant.OFFICE_HOLDER))
                .filteredOn(q -> q.code().equals("FEELS_SAFE"))
                .singleElement()
                .satisfies(q -> assertThat(q.text())
                        .isEqualTo("Ik voel me veilig in mijn rol als bestuurder of volksvertegenwoordiger."));
    }
}
