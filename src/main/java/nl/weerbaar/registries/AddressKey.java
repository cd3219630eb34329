package nl.weerbaar.registries;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Dutch address as the BAG keys it (a nummeraanduiding): postcode, house number, and optionally a house letter
 * and an addition. Always normalised: postcode as {@code 1234AB}, letter upper case, addition upper case without
 * spaces; blank parts are null. Two keys are equal when they name the same address however they were typed.
 */
public record AddressKey(String postcode, int houseNumber, String letter, String addition) {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    public AddressKey {
        postcode = postcode(postcode);
        letter = blankToNull(letter);
        letter = letter == null ? null : letter.toUpperCase(Locale.ROOT);
        addition = blankToNull(addition);
        addition = addition == null ? null : addition.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** {@code 1234 ab} → {@code 1234AB}; null stays null. Does not check the form: see {@link #validPostcode}. */
    public static String postcode(String typed) {
        String v = blankToNull(typed);
        return v == null ? null : v.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Whether {@code typed} is a Dutch postcode (four digits, not starting with 0, two letters; spaces allowed). */
    public static boolean validPostcode(String typed) {
        String p = postcode(typed);
        return p != null && POSTCODE.matcher(p).matches();
    }

    /** How the address reads: {@code 1234AB 12 A-3}. */
    public String text() {
        return postcode
                + " "
                + houseNumber
                + (letter == null ? "" : " " + letter)
                + (addition == null ? "" : "-" + addition);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
