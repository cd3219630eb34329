package nl.weerbaar.training.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CsvReader;
import nl.weerbaar.platform.Organisation;

/**
 * Reads a session's attendance from a CSV file with the columns {@code gebruikersnaam} and {@code status}
 * ({@code aanwezig} or {@code ingeschreven}): every problem with its line and column, so the caller can refuse the
 * file as a whole (ADR 0905).
 */
final class AttendanceImport {

    /** A problem of one line (or of the file, line 1 = the header) with its message key and arguments. */
    record Problem(long line, String column, String key, List<Object> args) {}

    /** Refused: the problems of the file, or a problem of the file as a whole. */
    static final class Refused extends RuntimeException {
        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super("attendance file refused");
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }

    /**
     * 1 MB: far above the largest real file (500 places, a few dozen bytes a line), and a whole number of megabytes,
     * as the reader's refusal names the limit in megabytes.
     */
    static final int MAX_BYTES = 1024 * 1024;

    static final int MAX_LINES = 2_000;
    private static final Map<String, String> STATUS =
            Map.of("aanwezig", "ATTENDED", "ingeschreven", "ENROLLED", "attended", "ATTENDED", "enrolled", "ENROLLED");

    private AttendanceImport() {}

    /** Person id → ENROLLED or ATTENDED for every line, or {@link Refused} with every problem found. */
    static Map<UUID, String> read(byte[] bytes, List<Organisation.Person> people) {
        CsvReader.Table table;
        try {
            table = new CsvReader(MAX_BYTES, MAX_LINES).read(bytes);
        } catch (CsvReader.Refused e) {
            throw new Refused(List.of(new Problem(0, null, e.messageKey(), List.of(e.args()))));
        }
        int user = -1;
        int status = -1;
        for (int i = 0; i < table.header().size(); i++) {
            String h = table.header().get(i).strip().toLowerCase(Locale.ROOT);
            if (h.equals("gebruikersnaam") || h.equals("username")) {
                user = i;
            } else if (h.equals("status")) {
                status = i;
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (user < 0) {
            problems.add(new Problem(1, "gebruikersnaam", "register.import.error.column", List.of("gebruikersnaam")));
        }
        if (status < 0) {
            problems.add(new Problem(1, "status", "register.import.error.column", List.of("status")));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Map<String, UUID> byName = new HashMap<>();
        people.forEach(p -> byName.put(p.username().toLowerCase(Locale.ROOT), p.id()));
        Map<UUID, String> result = new LinkedHashMap<>();
        Map<UUID, Long> seen = new HashMap<>();
        for (CsvReader.Line line : table.lines()) {
            String name =
                    java.util.Objects.toString(line.value(user), "").strip().toLowerCase(Locale.ROOT);
            String value =
                    java.util.Objects.toString(line.value(status), "").strip().toLowerCase(Locale.ROOT);
            UUID id = byName.get(name);
            if (name.isEmpty()) {
                problems.add(new Problem(line.number(), "gebruikersnaam", "register.import.error.required", List.of()));
            } else if (id == null) {
                problems.add(
                        new Problem(line.number(), "gebruikersnaam", "register.import.error.person", List.of(name)));
            } else if (seen.containsKey(id)) {
                problems.add(new Problem(
                        line.number(), "gebruikersnaam", "register.import.error.twice", List.of(name, seen.get(id))));
            }
            String s = STATUS.get(value);
            if (s == null) {
                problems.add(new Problem(line.number(), "status", "register.import.error.status", List.of(value)));
            }
            if (id != null && !seen.containsKey(id) && s != null) {
                result.put(id, s);
            }
            if (id != null) {
                seen.putIfAbsent(id, line.number());
            }
        }
        if (table.lines().isEmpty()) {
            problems.add(new Problem(0, null, "csv.error.empty", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return result;
    }
}
