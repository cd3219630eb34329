package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import nl.weerbaar.platform.FileCipher;
import org.junit.jupiter.api.Test;

class MeldpuntKeysTest {

    private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void hkdfGivesTheOutputOfRfc5869TestCaseThree() {
        byte[] ikm = HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        assertThat(Hkdf.derive(ikm, new byte[0], "", 42))
                .isEqualTo(HexFormat.of()
                        .parseHex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                                + "9d201395faa4b61a96c8"));
        assertThat(Hkdf.derive(ikm, new byte[0], "a", 32)).isNotEqualTo(Hkdf.derive(ikm, new byte[0], "b", 32));
    }

    @Test
    void eachMunicipalityHasItsOwnKeyAndAReportKeyOpensOnlyForItsReport() {
        MeldpuntKeys keys = new MeldpuntKeys(MASTER, false);
        UUID tenant = UUID.randomUUID();
        UUID report = UUID.randomUUID();
        byte[] reportKey = keys.newReportKey();
        FileCipher.Sealed wrapped = keys.wrap(tenant, report, reportKey);

        assertThat(keys.unwrap(tenant, report, wrapped)).isEqualTo(reportKey);
        assertThatThrownBy(() -> keys.unwrap(UUID.randomUUID(), report, wrapped))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.unwrap(tenant, UUID.randomUUID(), wrapped))
                .isInstanceOf(IllegalStateException.class);
        String otherMaster = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32
        });
        assertThatThrownBy(() -> new MeldpuntKeys(otherMaster, false).unwrap(tenant, report, wrapped))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void contentSealedWithTheReportKeyOpensOnlyWithIt() {
        MeldpuntKeys keys = new MeldpuntKeys(MASTER, false);
        byte[] reportKey = keys.newReportKey();
        FileCipher.Sealed sealed =
                MeldpuntKeys.reportCipher(reportKey).seal("geheim".getBytes(StandardCharsets.UTF_8), "r1");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("geheim");
        assertThat(MeldpuntKeys.reportCipher(reportKey).open(sealed, "r1"))
                .asString()
                .isEqualTo("geheim");
        assertThatThrownBy(() -> MeldpuntKeys.reportCipher(keys.newReportKey()).open(sealed, "r1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void receiptHashesDifferPerMunicipalityAndMasterKey() {
        MeldpuntKeys keys = new MeldpuntKeys(MASTER, false);
        UUID a = UUID.randomUUID();
        String code = ReceiptCodes.newCode();
        assertThat(keys.receiptHash(a, code))
                .isEqualTo(keys.receiptHash(a, code))
                .hasSize(64);
        assertThat(keys.receiptHash(UUID.randomUUID(), code)).isNotEqualTo(keys.receiptHash(a, code));
    }

    @Test
    void withoutAKeyOnlyDemoModeStarts() {
        assertThatThrownBy(() -> new MeldpuntKeys("", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WEERBAAR_MELDPUNT_KEY");
        assertThatThrownBy(() -> new MeldpuntKeys(Base64.getEncoder().encodeToString(new byte[16]), false))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new MeldpuntKeys("", true).newReportKey()).hasSize(32);
    }
}
