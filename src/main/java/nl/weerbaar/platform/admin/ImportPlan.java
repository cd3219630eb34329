package nl.weerbaar.platform.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.CsvReader;

/**
 * What an import would do, line by line, and every problem found (line, column, message key with arguments).
 * Only a plan without problems is carried out, and then completely.
 */
final class ImportPlan {

    enum Outcome {
        CREATE,
        UPDATE,
        UNCHANGED,
        ERROR
    }

    /** {@code line} 1 is the header; {@code column} may be null for problems of a whole line. */
    record Problem(long line, String column, String key, Object... args) {}

    /** One data line: its values in header order and what the import does with it. */
    record Row(long line, List<String> values, Outcome outcome) {}

    private final List<String> header;
    private final List<Row> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    ImportPlan(List<String> header) {
        this.header = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    void problem(long line, String column, String key, Object... args) {
        problems.add(new Problem(line, column, key, args));
    }

    void row(CsvReader.Line line, Outcome outcome) {
        rows.add(new Row(line.number(), line.values(), outcome));
    }

    /**
     * Checks the header against the known columns: {@code columns} maps each accepted name (lower case) to its
     * canonical column; {@code required} lists canonical columns that must be there. Returns the canonical name per
     * position (null for unknown ones), having recorded problems for unknown, doubled and missing columns.
     */
    List<String> checkHeader(Map<String, String> columns, List<String> required, String expected) {
        List<String> canonical = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String name : header) {
            String c =
                    columns.get(name.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", ""));
            canonical.add(c);
            if (c == null) {
                problem(1, name, "admin.import.header.unknown", name, expected);
            } else if (seen.put(c, canonical.size()) != null) {
                problem(1, name, "admin.import.header.double", name);
            }
        }
        for (String r : required) {
            if (!canonical.contains(r)) {
                problem(1, r, "admin.import.header.missing", r, expected);
            }
        }
        return canonical;
    }

    /** The value of canonical column {@code column} on {@code line}, trimmed; null when empty or absent. */
    static String value(List<String> canonical, CsvReader.Line line, String column) {
        int i = canonical.indexOf(column);
        return i < 0 || i >= line.values().size()
                ? null
                : Text.clean(line.values().get(i));
    }
}
