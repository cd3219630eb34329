package nl.weerbaar.surveys.internal;

/**
 * A share {@code hits / n} with its 95% Wilson score interval ({@code low}, {@code high}, as fractions).
 */
public record Share(long n, long hits, double value, double low, double high) {

    private static final double Z = 1.959964;

    static Share of(long hits, long n) {
        if (n <= 0) {
            return new Share(0, 0, 0, 0, 0);
        }
        double p = (double) hits / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Share(n, hits, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    public int percent() {
        return (int) Math.round(value * 100);
    }

    public int lowPercent() {
        return (int) Math.round(low * 100);
    }

    public int highPercent() {
        return (int) Math.round(high * 100);
    }
}
