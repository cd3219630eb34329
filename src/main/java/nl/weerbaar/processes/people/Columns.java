package nl.weerbaar.processes.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an import expects, each with the header names HR and IAM exports use for it. Header names are
 * compared without case, spaces and punctuation ("Datum in dienst" = "datum_in_dienst"). Unknown columns are
 * ignored; a missing or doubled expected column makes the file unusable.
 */
final class Columns {

    record Column(String key, boolean required, List<String> aliases) {}

    private final List<Column> columns;

    Columns(List<Column> columns) {
        this.columns = columns;
    }

    static Column required(String key, String... aliases) {
        return new Column(key, true, List.of(aliases));
    }

    static Column optional(String key, String... aliases) {
        return new Column(key, false, List.of(aliases));
    }

    /** Maps column keys to their index in {@code header}; adds problems for line 1 when columns are wrong. */
    Map<String, Integer> resolve(List<String> header, List<ImportResult.Problem> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            for (Column c : columns) {
                if (c.aliases().contains(name)) {
                    if (index.containsKey(c.key())) {
                        problems.add(new ImportResult.Problem(1, "processes.import.error.column-twice", header.get(i)));
                    }
                    index.put(c.key(), i);
                }
            }
        }
        for (Column c : columns) {
            if (c.required() && !index.containsKey(c.key())) {
                problems.add(new ImportResult.Problem(
                        1, "processes.import.error.column-missing", c.aliases().get(0)));
            }
        }
        return index;
    }

    /** The expected column names, as the help text lists them. */
    List<String> names() {
        List<String> n = new ArrayList<>();
        columns.forEach(c -> n.add(c.aliases().get(0) + (c.required() ? "" : "?")));
        return n;
    }

    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
