package nl.weerbaar.processes.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CsvReader;
import nl.weerbaar.platform.DateInput;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the three imports share: problems per line, reading values, dates, and look-ups of known objects. */
final class ImportSupport {

    final List<ImportResult.Problem> problems = new ArrayList<>();
    int problemCount;

    void problem(long line, String key, Object... args) {
        problemCount++;
        if (problems.size() < ImportResult.SHOWN) {
            problems.add(new ImportResult.Problem(line, key, args));
        }
    }

    /** The value of column {@code key} on a line, or null when the column is absent or the value empty. */
    static String value(CsvReader.Line line, Map<String, Integer> columns, String key) {
        Integer i = columns.get(key);
        return i == null ? null : line.value(i);
    }

    /** True when the line has as many fields as the header; records a problem otherwise. */
    boolean fieldCount(CsvReader.Line line, int expected) {
        if (line.values().size() != expected) {
            problem(
                    line.number(),
                    "processes.import.error.field-count",
                    line.values().size(),
                    expected);
            return false;
        }
        return true;
    }

    String required(CsvReader.Line line, Map<String, Integer> columns, String key, String label, int max) {
        String v = value(line, columns, key);
        if (v == null) {
            problem(line.number(), "processes.import.error.value-missing", label);
        } else if (v.length() > max) {
            problem(line.number(), "processes.import.error.value-too-long", label);
        }
        return v;
    }

    LocalDate date(CsvReader.Line line, String value, String label) {
        if (value == null) {
            return null;
        }
        LocalDate date = DateInput.parse(value).orElse(null);
        if (date == null) {
            problem(line.number(), "processes.import.error.date", label, value);
        }
        return date;
    }

    /** lower-cased key → id of the current municipality's rows of a table. */
    static Map<String, UUID> ids(JdbcClient jdbc, String sql) {
        Map<String, UUID> m = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            m.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getObject(2, UUID.class));
        });
        return m;
    }

    ImportResult result(String kind, int rows, String encoding) {
        return new ImportResult(kind, problemCount == 0 ? rows : 0, encoding, List.copyOf(problems), problemCount);
    }
}
