package nl.weerbaar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void aLongPassphraseWithoutCapitalsDigitsOrSymbolsIsAccepted() {
        assertThat(policy.check("fiets regen paraplu molen", "j.jansen")).isEmpty();
        assertThat(policy.check("twaalftekens", "j.jansen")).isEmpty();
    }

    @Test
    void lengthIsAtLeastTwelveAndAtMostOneHundredTwentyEightCharacters() {
        assertThat(policy.check("Kort!ab9#Zx", "j.jansen")).containsExactly("admin.password.too-short");
        assertThat(policy.check("x".repeat(6) + "abcdefghijklmnop".repeat(8), "j.jansen"))
                .containsExactly("admin.password.too-long");
        assertThat(policy.check("abcdefghijklmnop".repeat(8), "j.jansen")).isEmpty();
        assertThat(policy.check("", "j.jansen")).containsExactly("admin.password.required");
        assertThat(policy.check(null, "j.jansen")).containsExactly("admin.password.required");
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(policy.check("ééééééﬀ-ëïöü", "j.jansen")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAroundThem() {
        assertThat(policy.check("wachtwoord123", "j.jansen")).contains("admin.password.common");
        assertThat(policy.check("Wachtwoord2026!", "j.jansen")).contains("admin.password.common");
        assertThat(policy.check("123456789012", "j.jansen")).contains("admin.password.common");
        assertThat(policy.check("!!Welkom12345", "j.jansen")).contains("admin.password.common");
        assertThat(policy.check("P@ssw0rd2025", "j.jansen")).contains("admin.password.common");
        assertThat(policy.check("QWERTYUIOP12", "j.jansen")).contains("admin.password.common");
    }

    @Test
    void passwordsOfAFewRepeatedCharactersAreRefused() {
        assertThat(policy.check("abababababab", "j.jansen")).containsExactly("admin.password.predictable");
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(policy.check("ikbenJ.Jansen-op-kantoor", "j.jansen"))
                .containsExactly("admin.password.contains-username");
        assertThat(policy.check("fiets regen paraplu molen", null)).isEmpty();
    }

    @Test
    void thereAreNoCompositionRules() {
        assertThat(policy.check("alleen kleine letters hier", "j.jansen")).isEmpty();
        assertThat(policy.check("483920175638", "j.jansen")).isEmpty();
    }

    @Test
    void theShippedListHasAFewHundredEntries() {
        assertThat(new PasswordPolicy(java.util.Set.of("geheimpje")).check("geheimpje2026", null))
                .containsExactly("admin.password.common");
        long entries = new java.io.BufferedReader(new java.io.InputStreamReader(
                        PasswordPolicy.class.getResourceAsStream("/admin/common-passwords.txt"),
                        java.nio.charset.StandardCharsets.UTF_8))
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .count();
        assertThat(entries).isBetween(300L, 1000L);
    }
}
