package nl.weerbaar.platform.admin;

import java.util.Locale;

/** WCAG 2 contrast of a colour against white text. */
final class Contrast {

    /** The minimum ratio for normal text (WCAG 2.1 AA, success criterion 1.4.3). */
    static final double MINIMUM = 4.5;

    private Contrast() {}

    /** True for {@code #rrggbb} (either case). */
    static boolean isHex(String colour) {
        return colour != null && colour.matches("#[0-9a-fA-F]{6}");
    }

    /** Contrast ratio of white on {@code hex} ({@code #rrggbb}), from 1 to 21. */
    static double againstWhite(String hex) {
        return 1.05 / (luminance(hex) + 0.05);
    }

    /** {@code hex} darkened in small steps until white text on it reaches {@link #MINIMUM}. */
    static String darkenToPass(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        String candidate = hex.toLowerCase(Locale.ROOT);
        for (double f = 1.0; againstWhite(candidate) < MINIMUM && f > 0; f -= 0.02) {
            candidate = String.format(Locale.ROOT, "#%02x%02x%02x", (int) (r * f), (int) (g * f), (int) (b * f));
        }
        return candidate;
    }

    private static double luminance(String hex) {
        return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
