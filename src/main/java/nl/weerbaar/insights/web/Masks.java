package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Scope;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import nl.weerbaar.platform.SmallCells;

/**
 * Which counts of one dashboard its viewer may not see: small counts ("&lt;5") and the counts hidden with them so
 * that no small count follows from a shown total minus the shown cells (complementary suppression by
 * {@link SmallCells}). Decided once over every figure of the view — the totals, each column of the breakdown
 * table, the heat map with its department and kind totals — so the page, the exports and the report hide the same.
 *
 * <p>{@code show…} methods return the text of a count: the number, "&lt;5", or null for a count hidden only to
 * protect another (the page and exports print a word for it).
 */
public final class Masks {

    /** The three compared periods, as used in keys and by templates. */
    public static final List<String> COLUMNS = List.of("now", "previous", "year");

    private final SmallNumbers numbers;
    private final Dimension by;
    private final Scope scope;
    private final Set<String> hidden;

    private Masks(SmallNumbers numbers, Dimension by, Scope scope, Set<String> hidden) {
        this.numbers = numbers;
        this.by = by;
        this.scope = scope;
        this.hidden = hidden;
    }

    /**
     * The masks of a view of {@code scope}. {@code whole} is the heat map of the whole municipality in the same period
     * with {@code wholeTotal} its incidents (the view's own when it is not filtered): a filtered view shows a row, a
     * column or a cell of it as its total, so it is decided on the whole table and every filter hides the same.
     */
    static Masks of(
            SmallNumbers numbers,
            Dimension by,
            Scope scope,
            Insights.Row totals,
            List<Insights.Row> rows,
            HeatMap heat,
            HeatMap whole,
            long wholeTotal) {
        if (numbers.exact()) {
            return new Masks(numbers, by, scope, Set.of());
        }
        Masks keys = new Masks(numbers, by, scope, Set.of());
        Map<String, Long> counts = new HashMap<>();
        List<SmallCells.Line<String>> lines = new ArrayList<>();
        Masks wholeKeys = new Masks(numbers, by, new Scope(null, null), Set.of());
        wholeKeys.heatLines(whole, wholeTotal, counts, lines);
        keys.heatLines(heat, totals.now(), counts, lines);
        for (String column : COLUMNS) {
            counts.put(keys.total(column), count(totals, column));
            List<String> cells = new ArrayList<>();
            for (Insights.Row r : rows) {
                String key = keys.row(column, r.key());
                counts.put(key, count(r, column));
                cells.add(key);
            }
            lines.add(new SmallCells.Line<>(cells, keys.total(column)));
        }
        return new Masks(numbers, by, scope, SmallCells.hidden(counts, lines, numbers.min()));
    }

    /** The lines of a heat map: each row and column with its total, and the row and column totals with the total. */
    private void heatLines(HeatMap heat, long total, Map<String, Long> counts, List<SmallCells.Line<String>> lines) {
        counts.put(total("now"), total);
        List<String> departmentTotals = new ArrayList<>();
        for (HeatMap.HeatRow row : heat.rows()) {
            String rowTotal = departmentTotal(row.department());
            counts.put(rowTotal, row.total());
            departmentTotals.add(rowTotal);
            List<String> cells = new ArrayList<>();
            for (HeatMap.HeatCell c : row.cells()) {
                counts.put(cell(row.department(), c.kind()), c.count());
                cells.add(cell(row.department(), c.kind()));
            }
            lines.add(new SmallCells.Line<>(cells, rowTotal));
        }
        List<String> kindTotals = new ArrayList<>();
        for (int i = 0; i < heat.kinds().size(); i++) {
            String kind = heat.kinds().get(i);
            counts.put(kindTotal(kind), heat.kindTotals().get(i));
            kindTotals.add(kindTotal(kind));
            lines.add(new SmallCells.Line<>(
                    heat.rows().stream().map(r -> cell(r.department(), kind)).toList(), kindTotal(kind)));
        }
        lines.add(new SmallCells.Line<>(departmentTotals, total("now")));
        lines.add(new SmallCells.Line<>(kindTotals, total("now")));
    }

    /** The total of a column ({@code now}, {@code previous}, {@code year}). */
    public String showTotal(String column, Insights.Row totals) {
        return show(total(column), count(totals, column));
    }

    /** A count of the breakdown table. */
    public String showRow(String column, Insights.Row r) {
        return show(row(column, r.key()), count(r, column));
    }

    /** Whether a count of the breakdown table is shown as it is. */
    public boolean rowShown(String column, Insights.Row r) {
        return !hidden.contains(row(column, r.key()));
    }

    /** The change in percent between now and {@code column} of a row (null: hidden or not computable). */
    public Integer changeRow(String column, Insights.Row r) {
        return hidden.contains(row("now", r.key())) || hidden.contains(row(column, r.key()))
                ? null
                : numbers.change(r.now(), count(r, column));
    }

    /** The change of the totals between now and {@code column}. */
    public Integer changeTotal(String column, Insights.Row totals) {
        return hidden.contains(total("now")) || hidden.contains(total(column))
                ? null
                : numbers.change(totals.now(), count(totals, column));
    }

    /** Whether the total of {@code column} is hidden. */
    public boolean totalHidden(String column) {
        return hidden.contains(total(column));
    }

    public String showCell(UUID department, String kind, long count) {
        return show(cell(department, kind), count);
    }

    public boolean cellHidden(UUID department, String kind) {
        return hidden.contains(cell(department, kind));
    }

    public String showDepartment(UUID department, long count) {
        return show(departmentTotal(department), count);
    }

    public String showKind(String kind, long count) {
        return show(kindTotal(kind), count);
    }

    private String show(String key, long count) {
        if (!hidden.contains(key)) {
            return Long.toString(count);
        }
        return numbers.hides(count) ? numbers.show(count) : null;
    }

    private static long count(Insights.Row r, String column) {
        return switch (column) {
            case "now" -> r.now();
            case "previous" -> r.previous();
            case "year" -> r.yearBefore();
            default -> throw new IllegalArgumentException(column);
        };
    }

    /**
     * Keys name a figure of the whole municipality in the current period wherever a filtered view shows one: the
     * total of a view filtered on a department is that department's total, on a kind that kind's total, on both
     * their cell; a breakdown by department or kind in the current period shows heat-map totals or cells.
     */
    private String total(String column) {
        if (!column.equals("now")) {
            return "total|" + column;
        }
        if (scope.department() != null && scope.kind() != null) {
            return cell(scope.department(), scope.kind());
        }
        if (scope.department() != null) {
            return department(scope.department());
        }
        return scope.kind() != null ? kind(scope.kind()) : "total|now";
    }

    private String row(String column, String key) {
        if (column.equals("now") && by == Dimension.DEPARTMENT) {
            return departmentTotal(key == null ? null : UUID.fromString(key));
        }
        if (column.equals("now") && by == Dimension.KIND) {
            return kindTotal(key);
        }
        return "row|" + column + "|" + key;
    }

    private String departmentTotal(UUID department) {
        return scope.kind() != null ? cell(department, scope.kind()) : department(department);
    }

    private String kindTotal(String kind) {
        return scope.department() != null ? cell(scope.department(), kind) : kind(kind);
    }

    private static String department(UUID department) {
        return "department|" + department;
    }

    private static String kind(String kind) {
        return "kind|" + kind;
    }

    private static String cell(UUID department, String kind) {
        return "cell|" + department + "|" + kind;
    }
}
