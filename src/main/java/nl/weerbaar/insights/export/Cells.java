package nl.weerbaar.insights.export;

/**
 * Keeps spreadsheet programs from running text as a formula: text starting with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe. Numbers are written as numbers and need no such guard.
 */
public final class Cells {

    private Cells() {}

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
