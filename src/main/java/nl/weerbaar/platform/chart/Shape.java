package nl.weerbaar.platform.chart;

/**
 * One drawn element of a chart, in the coordinates of the chart's view box. {@code kind} is {@code rect},
 * {@code line}, {@code text}, {@code polyline} or {@code circle}; {@code cls} the CSS class that gives it the design
 * token's colour on a page; {@code fill} and {@code stroke} the same colour as presentation attributes, for PDFs and
 * readers without the style sheet. Unused fields are null.
 */
public record Shape(
        String kind,
        double x,
        double y,
        double width,
        double height,
        double x2,
        double y2,
        String points,
        String cls,
        String fill,
        String stroke,
        String text,
        String anchor) {

    static Shape rect(double x, double y, double width, double height, String cls, String fill) {
        return new Shape(
                "rect",
                r(x),
                r(y),
                r(Math.max(0, width)),
                r(Math.max(0, height)),
                0,
                0,
                null,
                cls,
                fill,
                null,
                null,
                null);
    }

    static Shape line(double x, double y, double x2, double y2, String cls, String stroke) {
        return new Shape("line", r(x), r(y), 0, 0, r(x2), r(y2), null, cls, "none", stroke, null, null);
    }

    static Shape text(double x, double y, String text, String anchor, String cls) {
        return new Shape("text", r(x), r(y), 0, 0, 0, 0, null, cls, "#1b1b1b", null, text, anchor);
    }

    static Shape text(double x, double y, String text, String anchor, String cls, String fill) {
        return new Shape("text", r(x), r(y), 0, 0, 0, 0, null, cls, fill, null, text, anchor);
    }

    static Shape polyline(String points, String cls, String stroke) {
        return new Shape("polyline", 0, 0, 0, 0, 0, 0, points, cls, "none", stroke, null, null);
    }

    static Shape circle(double x, double y, double radius, String cls, String fill) {
        return new Shape("circle", r(x), r(y), r(radius), 0, 0, 0, null, cls, fill, null, null, null);
    }

    /** Coordinates to a tenth: enough for the eye, short in the page. */
    static double r(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The element as SVG markup, every text and attribute escaped (well-formed XML, for pages and PDFs). */
    void writeTo(StringBuilder out) {
        switch (kind) {
            case "rect" ->
                out.append("<rect x=\"")
                        .append(n(x))
                        .append("\" y=\"")
                        .append(n(y))
                        .append("\" width=\"")
                        .append(n(width))
                        .append("\" height=\"")
                        .append(n(height))
                        .append('"');
            case "line" ->
                out.append("<line x1=\"")
                        .append(n(x))
                        .append("\" y1=\"")
                        .append(n(y))
                        .append("\" x2=\"")
                        .append(n(x2))
                        .append("\" y2=\"")
                        .append(n(y2))
                        .append("\" stroke-width=\"")
                        .append("chart-benchmark".equals(cls) ? "3" : "1")
                        .append('"');
            case "polyline" -> {
                out.append("<polyline points=\"").append(escape(points)).append("\" stroke-width=\"2.5\"");
                if (!cls.endsWith("--0")) {
                    out.append(" stroke-dasharray=\"6 4\"");
                }
            }
            case "circle" ->
                out.append("<circle cx=\"")
                        .append(n(x))
                        .append("\" cy=\"")
                        .append(n(y))
                        .append("\" r=\"")
                        .append(n(width))
                        .append('"');
            case "text" ->
                out.append("<text x=\"")
                        .append(n(x))
                        .append("\" y=\"")
                        .append(n(y))
                        .append("\" text-anchor=\"")
                        .append(anchor)
                        .append('"');
            default -> throw new IllegalStateException(kind);
        }
        out.append(" class=\"").append(escape(cls)).append('"');
        if (fill != null) {
            out.append(" fill=\"").append(escape(fill)).append('"');
        }
        if (stroke != null) {
            out.append(" stroke=\"").append(escape(stroke)).append('"');
        }
        if (kind.equals("text")) {
            out.append('>').append(escape(text)).append("</text>");
        } else {
            out.append("/>");
        }
    }

    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Escapes text for XML and HTML alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
