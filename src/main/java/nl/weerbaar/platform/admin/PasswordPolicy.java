package nl.weerbaar.platform.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Password rules after current NCSC advice: length over complexity. A password has 12 to 128 characters,
 * is not a common or breached password (also not one with digits or punctuation added before or after it),
 * does not contain the user name and is not a run of a few repeated characters. There are no composition
 * rules (no "one capital, one digit") and no forced periodic change.
 *
 * <p>{@link #check} returns message keys of the {@code admin} bundle; an empty list means acceptable.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT = 5;

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the list of common passwords shipped as {@code admin/common-passwords.txt}. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    /** Message keys of every rule {@code password} breaks for {@code username} (which may be null). */
    public List<String> check(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("admin.password.required");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("admin.password.too-short");
        }
        if (length > MAX_LENGTH) {
            problems.add("admin.password.too-long");
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            problems.add("admin.password.common");
        } else if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            problems.add("admin.password.predictable");
        }
        if (username != null
                && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add("admin.password.contains-username");
        }
        return problems;
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return !core.isEmpty() && common.contains(core);
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(load());

        private static Set<String> load() {
            Set<String> words = new HashSet<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("/admin/common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("admin/common-passwords.txt is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }
}
