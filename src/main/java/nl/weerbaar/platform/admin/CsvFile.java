package nl.weerbaar.platform.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Dutch HR systems and Excel write them. Encoding: a UTF-8 byte order mark means UTF-8; otherwise
 * valid UTF-8 is UTF-8 and anything else Windows-1252. Separator: {@code ;} or {@code ,}, whichever the header
 * line has more of. Fields may be quoted with {@code "}; empty lines are skipped; values are trimmed.
 *
 * <p>{@link #read} throws {@link Refused} (with a message key) for files that cannot be read as a table.
 */
final class CsvFile {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_LINES = 10_000;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One data line: its line number in the file and its values by (lower-case) column name. */
    record Line(long number, List<String> values) {}

    /** The column names (lower case, trimmed) and the data lines. */
    record Table(List<String> header, List<Line> lines, Charset charset, char separator) {

        String value(Line line, String column) {
            int i = header.indexOf(column);
            return i < 0 || i >= line.values().size()
                    ? null
                    : Text.clean(line.values().get(i));
        }
    }

    /** The file cannot be read; {@code messageKey} with {@code args} says why in the user's language. */
    static final class Refused extends RuntimeException {
        private final String messageKey;
        private final transient Object[] args;

        Refused(String messageKey, Object... args) {
            super(messageKey);
            this.messageKey = messageKey;
            this.args = args;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] args() {
            return args;
        }
    }

    private CsvFile() {}

    static Table read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Refused("admin.import.too-large", MAX_BYTES / 1024 / 1024);
        }
        String text = decode(bytes);
        Charset charset = charset(bytes);
        if (text.isBlank()) {
            throw new Refused("admin.import.empty");
        }
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char separator = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        int[] lineStarts = lineStarts(text);
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.stream()
                            .map(h -> h.strip().toLowerCase(Locale.ROOT))
                            .toList();
                    continue;
                }
                if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (lines.size() >= MAX_LINES) {
                    throw new Refused("admin.import.too-many-lines", MAX_LINES);
                }
                int start = (int) record.getCharacterPosition();
                while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                    start++;
                }
                lines.add(new Line(lineOf(lineStarts, start), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Refused("admin.import.malformed", lines.size() + 2);
        }
        if (header == null) {
            throw new Refused("admin.import.empty");
        }
        return new Table(header, lines, charset, separator);
    }

    /** The text of {@code bytes} after the rules above, without a byte order mark. */
    static String decode(byte[] bytes) {
        if (hasBom(bytes)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    static Charset charset(byte[] bytes) {
        if (hasBom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long lineOf(int[] starts, long position) {
        int i = Arrays.binarySearch(starts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1L;
    }
}
