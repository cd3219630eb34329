package nl.weerbaar.processes.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActivitiesTest {

    @Test
    void aNameBecomesACodeOfItsLettersAndDigits() {
        assertThat(Activities.codeOf("Bibob-onderzoek")).isEqualTo("BIBOB_ONDERZOEK");
        assertThat(Activities.codeOf("  Één café, 2e ronde!  ")).isEqualTo("EEN_CAFE_2E_RONDE");
        assertThat(Activities.codeOf("x".repeat(80))).hasSize(36).matches("[A-Z0-9_]{2,40}");
        assertThat(Activities.codeOf("€ —")).isEqualTo("ACTIVITEIT");
    }

    @Test
    void aCodeWithoutANameReadsAsWords() {
        assertThat(Activities.words("INVOICE_PAYMENT")).isEqualTo("Invoice payment");
        assertThat(Activities.words("A_B1")).isEqualTo("A b1");
    }
}
