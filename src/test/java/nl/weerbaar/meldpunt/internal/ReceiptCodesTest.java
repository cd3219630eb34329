package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptCodesTest {

    @Test
    void aCodeHasSixteenCrockfordCharactersThatIsEightyBits() {
        String code = ReceiptCodes.newCode();
        assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(Math.pow(ReceiptCodes.ALPHABET.length(), ReceiptCodes.LENGTH))
                .isGreaterThanOrEqualTo(Math.pow(2, 80));
        assertThat(ReceiptCodes.grouped(code)).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            many.add(ReceiptCodes.newCode());
        }
        assertThat(many).hasSize(1000);
    }

    @Test
    void readingIgnoresCaseSeparatorsAndLookAlikes() {
        assertThat(ReceiptCodes.normalise("abcd-efgh-ijkl-mnop")).contains("ABCDEFGH1JK1MN0P");
        assertThat(ReceiptCodes.normalise(" 0123 4567 89AB CDEF ")).contains("0123456789ABCDEF");
        assertThat(ReceiptCodes.normalise("0123-4567-89AB-CDEU")).isEmpty();
        assertThat(ReceiptCodes.normalise("0123-4567-89AB")).isEmpty();
        assertThat(ReceiptCodes.normalise(null)).isEmpty();
        assertThat(ReceiptCodes.normalise("x".repeat(100))).isEmpty();
    }
}
