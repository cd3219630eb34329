package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Sealing in steps gives exactly the AES-GCM of one call (so files sealed before still open), at every size around the
 * step and at the largest upload, and opening refuses altered data or another row's id.
 */
class FileCipherTest {

    private final byte[] raw = new byte[32];
    private final FileCipher cipher;

    FileCipherTest() {
        new Random(7).nextBytes(raw);
        cipher = FileCipher.withKey(raw);
    }

    @Test
    void sealsLikeOneCallAtEverySizeAroundTheStep() throws Exception {
        for (int size : new int[] {0, 1, 4 * 1024 - 1, 4 * 1024, 4 * 1024 + 1, 3 * 4 * 1024 + 5, 25 * 1024 * 1024}) {
            byte[] plain = new byte[size];
            new Random(size).nextBytes(plain);
            FileCipher.Sealed sealed = cipher.seal(plain, "row-" + size);

            Cipher once = Cipher.getInstance("AES/GCM/NoPadding");
            once.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(raw, "AES"), new GCMParameterSpec(128, sealed.nonce()));
            once.updateAAD(("row-" + size).getBytes(StandardCharsets.UTF_8));
            assertThat(sealed.ciphertext()).as("size " + size).isEqualTo(once.doFinal(plain));
            assertThat(cipher.open(sealed, "row-" + size)).isEqualTo(plain);
        }
    }

    @Test
    void refusesAlteredDataAndAnotherAssociatedValue() {
        FileCipher.Sealed sealed = cipher.seal("geheim".getBytes(StandardCharsets.UTF_8), "a");
        assertThatThrownBy(() -> cipher.open(sealed, "b")).isInstanceOf(IllegalStateException.class);
        byte[] altered = sealed.ciphertext().clone();
        altered[0] ^= 1;
        assertThatThrownBy(() -> cipher.open(new FileCipher.Sealed(sealed.nonce(), altered), "a"))
                .isInstanceOf(IllegalStateException.class);
    }
}
