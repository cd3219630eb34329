package nl.weerbaar.registries.trade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.weerbaar.platform.CsvReader;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.Establishment;

/**
 * Checks the lines of a trade register extract read by the platform's {@link CsvReader} and turns them into
 * establishments. Every line is checked and every problem kept (line, column, message key), so that one upload
 * shows them all; the caller writes nothing when there is any.
 *
 * <p>Header names are compared without case, spaces and punctuation ("KvK-nummer" = "kvknummer"). Numbers that a
 * spreadsheet shortened by dropping leading zeros (KVK number, vestigingsnummer, BAG ids) are padded again; a number
 * a spreadsheet wrote as {@code 3,63E+14} is refused with a hint to format the column as text.
 */
final class ExtractLines {

    /** A problem on a line (1 = the header, 0 = the file as a whole) in a column (null: the line as a whole). */
    record Problem(long line, String column, String messageKey, List<Object> args) {}

    /** The checked establishments, or the problems (then the establishments are not to be used). */
    record Checked(List<Establishment> establishments, List<Problem> problems) {}

    /** The columns: key → the names it goes by (normalised); the first is the one the help text shows. */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static final Set<String> REQUIRED = Set.of("kvk", "establishment", "name", "postcode", "number");

    static {
        COLUMNS.put("kvk", List.of("kvknummer", "kvknr", "kvk"));
        COLUMNS.put("establishment", List.of("vestigingsnummer", "vestigingsnr", "vestiging"));
        COLUMNS.put("name", List.of("naam", "handelsnaam", "eerstehandelsnaam", "vestigingsnaam"));
        COLUMNS.put("sbi", List.of("sbicodes", "sbicode", "sbi", "sbiactiviteiten"));
        COLUMNS.put("postcode", List.of("postcode"));
        COLUMNS.put("number", List.of("huisnummer", "huisnr"));
        COLUMNS.put("letter", List.of("huisletter"));
        COLUMNS.put("addition", List.of("huisnummertoevoeging", "toevoeging"));
        COLUMNS.put("object", List.of("adresseerbaarobjectid", "verblijfsobjectid", "bagid"));
        COLUMNS.put("designation", List.of("nummeraanduidingid", "bagnummeraanduidingid"));
        COLUMNS.put("since", List.of("datumvestigingopadres", "opadressinds", "datumadres", "vestigingsdatumadres"));
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+([.,][0-9]+)?[eE]\\+?[0-9]+");
    private static final Pattern SBI = Pattern.compile("[0-9]{2,5}");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern ADDITION = Pattern.compile("[A-Za-z0-9]{1,4}");
    private static final int MAX_NAME = 500;

    private ExtractLines() {}

    /** The column names as the help text lists them (optional ones with a question mark). */
    static List<String> names() {
        List<String> n = new ArrayList<>();
        COLUMNS.forEach((k, v) -> n.add(v.get(0) + (REQUIRED.contains(k) ? "" : "?")));
        return n;
    }

    static Checked check(CsvReader.Table table) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> index = resolve(table.header(), problems);
        List<Establishment> out = new ArrayList<>(table.lines().size());
        if (!problems.isEmpty()) {
            return new Checked(List.of(), problems);
        }
        if (table.lines().isEmpty()) {
            problems.add(new Problem(0, null, "registries.trade.import.error.empty", List.of()));
            return new Checked(List.of(), problems);
        }
        Map<String, Long> seen = new HashMap<>();
        for (CsvReader.Line line : table.lines()) {
            LineCheck c = new LineCheck(line, index, problems);
            String kvk = c.number("kvk", 8);
            String establishment = c.number("establishment", 12);
            String name = c.text("name");
            List<String> sbi = c.sbi();
            String postcode = c.postcode();
            Integer number = c.houseNumber();
            String letter = c.matching("letter", LETTER, "registries.trade.import.error.letter");
            String addition = c.matching("addition", ADDITION, "registries.trade.import.error.addition");
            String object = c.number("object", 16);
            String designation = c.number("designation", 16);
            java.time.LocalDate since = c.date("since");
            if (establishment != null) {
                Long first = seen.putIfAbsent(establishment, line.number());
                if (first != null) {
                    c.problem("establishment", "registries.trade.import.error.twice", establishment, first);
                }
            }
            if (!c.failed) {
                out.add(new Establishment(
                        kvk,
                        establishment,
                        name,
                        sbi,
                        new AddressKey(postcode, number, letter, addition),
                        object,
                        designation,
                        since));
            }
        }
        return new Checked(problems.isEmpty() ? out : List.of(), problems);
    }

    private static Map<String, Integer> resolve(List<String> header, List<Problem> problems) {
        Map<String, Integer> index = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            for (Map.Entry<String, List<String>> c : COLUMNS.entrySet()) {
                if (c.getValue().contains(name) && index.putIfAbsent(c.getKey(), i) != null && twice.add(c.getKey())) {
                    problems.add(
                            new Problem(1, header.get(i), "registries.trade.import.error.column-twice", List.of()));
                }
            }
        }
        if (header.size() == 1 && index.isEmpty()) {
            // one column: the values are separated by something else than ; , or a tab
            problems.add(new Problem(1, null, "registries.trade.import.error.separator", List.of()));
            return index;
        }
        for (String key : COLUMNS.keySet()) {
            if (REQUIRED.contains(key) && !index.containsKey(key)) {
                problems.add(new Problem(
                        1, COLUMNS.get(key).get(0), "registries.trade.import.error.column-missing", List.of()));
            }
        }
        return index;
    }

    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The checks of one line; each records its problem under the column's first name. */
    private static final class LineCheck {
        private final CsvReader.Line line;
        private final Map<String, Integer> index;
        private final List<Problem> problems;
        private boolean failed;

        LineCheck(CsvReader.Line line, Map<String, Integer> index, List<Problem> problems) {
            this.line = line;
            this.index = index;
            this.problems = problems;
        }

        String value(String key) {
            Integer i = index.get(key);
            return i == null ? null : line.value(i);
        }

        void problem(String key, String messageKey, Object... args) {
            failed = true;
            problems.add(new Problem(line.number(), COLUMNS.get(key).get(0), messageKey, List.of(args)));
        }

        boolean missing(String key, String v) {
            if (v == null) {
                if (REQUIRED.contains(key)) {
                    problem(key, "registries.trade.import.error.required");
                }
                return true;
            }
            return false;
        }

        String number(String key, int length) {
            String v = value(key);
            if (missing(key, v)) {
                return null;
            }
            String digits = v.replace(" ", "");
            if (SCIENTIFIC.matcher(digits).matches()) {
                problem(key, "registries.trade.import.error.scientific", v);
                return null;
            }
            if (!DIGITS.matcher(digits).matches() || digits.length() > length) {
                problem(key, "registries.trade.import.error.digits", v, length);
                return null;
            }
            return "0".repeat(length - digits.length()) + digits;
        }

        /** An optional date (ISO or day-month-year); null when empty. */
        java.time.LocalDate date(String key) {
            String v = value(key);
            if (missing(key, v)) {
                return null;
            }
            java.util.Optional<java.time.LocalDate> d = nl.weerbaar.platform.DateInput.parse(v);
            if (d.isEmpty()) {
                problem(key, "registries.trade.import.error.date", v);
                return null;
            }
            return d.get();
        }

        String text(String key) {
            String v = value(key);
            if (missing(key, v)) {
                return null;
            }
            if (v.length() > MAX_NAME) {
                problem(key, "registries.trade.import.error.too-long", MAX_NAME);
                return null;
            }
            return v;
        }

        List<String> sbi() {
            String v = value("sbi");
            if (v == null) {
                return List.of();
            }
            List<String> codes = new ArrayList<>();
            for (String code : v.split("[\\s,;|/]+")) {
                if (code.isEmpty()) {
                    continue;
                }
                if (!SBI.matcher(code).matches()) {
                    problem("sbi", "registries.trade.import.error.sbi", code);
                    return List.of();
                }
                codes.add(code);
            }
            return codes;
        }

        String postcode() {
            String v = value("postcode");
            if (missing("postcode", v)) {
                return null;
            }
            if (!AddressKey.validPostcode(v)) {
                problem("postcode", "registries.trade.import.error.postcode", v);
                return null;
            }
            return AddressKey.postcode(v);
        }

        Integer houseNumber() {
            String v = value("number");
            if (missing("number", v)) {
                return null;
            }
            if (!DIGITS.matcher(v).matches() || v.length() > 5 || Integer.parseInt(v) < 1) {
                problem("number", "registries.trade.import.error.house-number", v);
                return null;
            }
            return Integer.parseInt(v);
        }

        String matching(String key, Pattern pattern, String messageKey) {
            String v = value(key);
            if (v == null) {
                return null;
            }
            if (!pattern.matcher(v.replace(" ", "")).matches()) {
                problem(key, messageKey, v);
                return null;
            }
            return v;
        }
    }
}
