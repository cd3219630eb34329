package nl.weerbaar.platform;

import java.util.List;

/**
 * One entry of a user's start page, contributed by a module through {@link StartPageItems}.
 *
 * <ul>
 *   <li>{@link Kind#ACTION}: a button to start something (report an incident);
 *   <li>{@link Kind#WORK}: work waiting for the user, with its {@code count} (never null) and a link to the list that
 *       holds exactly those items;
 *   <li>{@link Kind#FIGURE}: a headline figure of the municipality (the secretary's overview, a survey's response
 *       rate), its text {@code labelKey} with {@code args}, optionally with {@code lines} (e.g. one per pillar).
 * </ul>
 *
 * {@code labelKey} is a message key of the contributing module; {@code args} its arguments (never null);
 * {@code lines} never null. Lower {@code order} comes first within a kind.
 */
public record StartItem(
        Kind kind, int order, String labelKey, List<Object> args, Long count, String href, List<Line> lines) {

    /**
     * The largest count a start page shows exactly; a module may stop counting at one more (shown as "99+"): beyond
     * it a number tells a person nothing more than "a lot", the list it links to has the rest, and a count that stops
     * early reads a fifth of the index entries a cap of 500 did (ADR 0205).
     */
    public static final int MOST = 99;

    public enum Kind {
        ACTION,
        WORK,
        FIGURE
    }

    /** A line under a figure: a label as written (a pillar's or process's name) and its value. */
    public record Line(String label, String value) {}

    public StartItem {
        args = List.copyOf(args);
        lines = List.copyOf(lines);
        if (kind == Kind.WORK && count == null) {
            throw new IllegalArgumentException("work needs a count");
        }
    }

    public static StartItem action(int order, String labelKey, String href) {
        return new StartItem(Kind.ACTION, order, labelKey, List.of(), null, href, List.of());
    }

    public static StartItem work(int order, String labelKey, long count, String href) {
        return new StartItem(Kind.WORK, order, labelKey, List.of(count), count, href, List.of());
    }

    public static StartItem figure(int order, String labelKey, String href, Object... args) {
        return new StartItem(Kind.FIGURE, order, labelKey, List.of(args), null, href, List.of());
    }

    /** This figure with {@code lines} below it. */
    public StartItem withLines(List<Line> lines) {
        return new StartItem(kind, order, labelKey, args, count, href, lines);
    }

    /** The arguments for the message, as Thymeleaf's {@code #messages.msgWithParams} takes them. */
    public Object[] argArray() {
        return args.toArray();
    }

    /** The count as shown: the number, or "99+" beyond {@link #MOST}. */
    public String shownCount() {
        return count == null ? "" : count > MOST ? MOST + "+" : String.valueOf(count);
    }

    /** Whether this is work with something waiting. */
    public boolean waiting() {
        return kind == Kind.WORK && count > 0;
    }
}
