package nl.weerbaar.platform.chart;

import java.util.List;

/**
 * A chart ready to draw: what it is ({@code title}, {@code description}), its drawing in a view box of
 * {@code width} × {@code height}, its legend, and the table with the same figures that sits one click away. Built by
 * {@link Charts}; drawn by the fragment {@code fragments/chart :: chart(c)} (pages) or {@code :: pdf(c)} (PDFs).
 *
 * @param id unique on its page: the element ids of the title, description and patterns start with it
 */
public record Chart(
        String id,
        String type,
        String title,
        String description,
        double width,
        double height,
        List<Shape> shapes,
        List<Legend> legend,
        Table table) {

    /** One entry of the legend: the series' name and how it is drawn (class, colour, hatched or not). */
    public record Legend(String label, String cls, String fill, boolean hatched) {}

    /**
     * The chart's figures as a table: {@code columns} the column heads (the first heads the row heads),
     * {@code rows} one per category.
     */
    public record Table(List<String> columns, List<Row> rows) {

        /** A row: its head and one text per column after the first. */
        public record Row(String head, List<String> cells) {}
    }

    /** The view box attribute. */
    public String viewBox() {
        return "0 0 " + Shape.r(width) + " " + Shape.r(height);
    }

    /** What a PDF says instead of the picture: the title and the description. */
    public String alt() {
        return title + ". " + description;
    }

    /** The pattern that hatches the comparison series, referenced as {@code url(#<id>-hatch)}. */
    public String hatchId() {
        return id + "-hatch";
    }

    /**
     * The drawing's elements as SVG markup (the pattern of the hatched series, then every shape), texts escaped. The
     * fragment inserts it unescaped inside its {@code <svg>}: one string instead of template logic per element keeps
     * a chart within its time budget (ADR 0017).
     */
    public String drawing() {
        StringBuilder out = new StringBuilder(128 + shapes.size() * 96);
        String hatch = Shape.escape(hatchId());
        out.append("<defs><pattern id=\"")
                .append(hatch)
                .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" class=\"chart-s1\" fill=\"#8fb3e3\"/>")
                .append(
                        "<line x1=\"1\" y1=\"0\" x2=\"1\" y2=\"6\" class=\"chart-hatch-line\" stroke=\"#154273\" stroke-width=\"2\"/>")
                .append("</pattern></defs>");
        shapes.forEach(s -> s.writeTo(out));
        return out.toString();
    }
}
