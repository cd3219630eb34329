package nl.weerbaar.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuditKeysTest {

    private static final String ONE = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String TWO = Base64.getEncoder().encodeToString("an other key of thirty-two bytes".getBytes());

    @Test
    void productionDoesNotStartWithoutAKey() {
        assertThatThrownBy(() -> new AuditKeys("", "", false)).hasMessageContaining("WEERBAAR_AUDIT_KEY");
    }

    @Test
    void aKeyShorterThan32BytesOrNotBase64IsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new AuditKeys(shortKey, "", false)).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> new AuditKeys("not base64!", "", true)).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void demoModeUsesTheDemoKeyAndSaysSo() {
        AuditKeys demo = new AuditKeys("", "", true);
        assertThat(demo.demoKey()).isTrue();
        assertThat(new AuditKeys(ONE, "", true).demoKey()).isFalse();
    }

    @Test
    void aRowSealedWithAPreviousKeyStillVerifiesAfterRotation() {
        AuditKeys before = new AuditKeys(ONE, "", false);
        String sealed = before.mac("prev|canonical");
        AuditKeys after = new AuditKeys(TWO, ONE, false);
        assertThat(after.currentId()).isNotEqualTo(before.currentId()).hasSize(16);
        assertThat(after.mac(before.currentId(), "prev|canonical")).contains(sealed);
        assertThat(after.mac("prev|canonical")).isNotEqualTo(sealed);
        // a key that is not configured is not guessed
        assertThat(new AuditKeys(TWO, "", false).mac(before.currentId(), "prev|canonical"))
                .isEmpty();
    }

    @Test
    void theMacIsHmacSha256OfTheTextUnderTheKey() throws Exception {
        javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
        hmac.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(hmac.doFinal("x".getBytes()));
        assertThat(new AuditKeys(ONE, "", false).mac("x")).isEqualTo(expected);
    }
}
