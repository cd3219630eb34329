package nl.weerbaar.processes.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CsvReader;

/**
 * The checked lines of an access-rights file, kept compactly (indexes instead of objects) because such files
 * run to a million lines. Duplicates are found by a 64-bit key of person, application and right.
 */
final class AccessRows {

    private final List<UUID> persons = new ArrayList<>();
    private final List<UUID> apps = new ArrayList<>();
    private final List<String> rights = new ArrayList<>();
    private int[] rows = new int[3 * 1024];
    private int size;

    static AccessRows check(
            CsvReader.Table csv,
            Map<String, Integer> col,
            ImportSupport s,
            Map<String, UUID> personIds,
            Map<String, UUID> appIds) {
        AccessRows r = new AccessRows();
        Map<UUID, Integer> personIndex = new HashMap<>();
        Map<UUID, Integer> appIndex = new HashMap<>();
        Map<String, Integer> rightIndex = new HashMap<>();
        Map<Long, Long> seen = new HashMap<>(Math.max(16, csv.lines().size() * 2));
        int width = csv.header().size();
        for (CsvReader.Line line : csv.lines()) {
            if (!s.fieldCount(line, width)) {
                continue;
            }
            String no = s.required(line, col, "no", "personeelsnummer", 40);
            String app = s.required(line, col, "app", "applicatie", 40);
            String right = s.required(line, col, "right", "recht", 80);
            UUID person = no == null ? null : personIds.get(no.toLowerCase(Locale.ROOT));
            UUID application = app == null ? null : appIds.get(app.toLowerCase(Locale.ROOT));
            if (no != null && person == null) {
                s.problem(line.number(), "processes.import.error.unknown-person", no);
            }
            if (app != null && application == null) {
                s.problem(line.number(), "processes.import.error.unknown-application", app);
            }
            if (person == null || application == null || right == null || right.length() > 80) {
                continue;
            }
            int p = personIndex.computeIfAbsent(person, k -> add(r.persons, k));
            int a = appIndex.computeIfAbsent(application, k -> add(r.apps, k));
            int g = rightIndex.computeIfAbsent(right, k -> add(r.rights, k));
            long key = ((long) p << 40) | ((long) a << 22) | g;
            Long first = seen.putIfAbsent(key, line.number());
            if (first != null) {
                s.problem(line.number(), "processes.import.error.duplicate", first);
                continue;
            }
            r.add(p, a, g);
        }
        return r;
    }

    private static <T> int add(List<T> list, T value) {
        list.add(value);
        return list.size() - 1;
    }

    private void add(int p, int a, int g) {
        if (3 * size + 3 > rows.length) {
            rows = java.util.Arrays.copyOf(rows, rows.length * 2);
        }
        rows[3 * size] = p;
        rows[3 * size + 1] = a;
        rows[3 * size + 2] = g;
        size++;
    }

    int size() {
        return size;
    }

    /** Writes the rows as (tenant, person, application, right). */
    void copyTo(StagingCopy copy, UUID tenant) {
        for (int i = 0; i < size; i++) {
            copy.value(tenant)
                    .value(persons.get(rows[3 * i]))
                    .value(apps.get(rows[3 * i + 1]))
                    .value(rights.get(rows[3 * i + 2]))
                    .endRow();
        }
    }
}
