package nl.weerbaar.platform.chart;

/**
 * One figure of a chart as its table shows it: {@code value} is what is drawn, null when the figure is hidden (small
 * numbers) or unknown; {@code text} is what the table and the chart's label say ("12", "<5", "verborgen", "38%").
 */
public record Datum(Double value, String text) {

    /** A figure shown as it is, its text the number itself. */
    public static Datum of(long count) {
        return new Datum((double) count, Long.toString(count));
    }

    /** A figure shown with a text of its own (a percentage, a score with a decimal). */
    public static Datum of(double value, String text) {
        return new Datum(value, text);
    }

    /** A figure that is not drawn; its place in the table says {@code text} (e.g. "<5"). */
    public static Datum hidden(String text) {
        return new Datum(null, text);
    }

    public boolean drawn() {
        return value != null;
    }
}
