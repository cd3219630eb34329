package nl.weerbaar.platform.admin;

/** Small helpers for text entered by people. */
final class Text {

    private Text() {}

    /** Strips surrounding white space; null or blank becomes null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }

    static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
