package nl.weerbaar.platform;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as Dutch HR and IAM systems and spreadsheet programs write it (ADR 0010, ADR 0500).
 *
 * <ul>
 *   <li>Encoding: a UTF-8 byte order mark means UTF-8; otherwise bytes that are valid UTF-8 are UTF-8 and anything
 *       else is Windows-1252. UTF-16 and binary files are refused.
 *   <li>Separator: {@code ;}, {@code ,} or a tab, whichever the header line has most of outside quotes ({@code ;}
 *       when tied).
 *   <li>Fields may be quoted with {@code "} (also across line breaks); values are trimmed; lines without any value
 *       are skipped. Line numbers are the physical lines of the file, the header being line 1.
 * </ul>
 *
 * <p>The reader only refuses what makes the file unreadable as a whole ({@link Refused}, with a message key
 * {@code csv.error.*} and its arguments). Checking the values is the caller's work: it checks every line, reports
 * each problem with the line's {@link Line#number() number} and the column, and writes nothing unless there is none.
 */
public final class CsvReader {

    /** Excel's "CSV" encoding. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final int maxBytes;
    private final int maxLines;

    /** A reader that refuses files above {@code maxBytes} bytes or with more than {@code maxLines} data lines. */
    public CsvReader(int maxBytes, int maxLines) {
        this.maxBytes = maxBytes;
        this.maxLines = maxLines;
    }

    /** A reader without limits of its own (the upload limit of the servlet container still applies). */
    public static CsvReader unlimited() {
        return new CsvReader(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** One data line: its physical line number in the file and its trimmed values in header order. */
    public record Line(long number, List<String> values) {

        /** The value in column {@code index}; null when the line is shorter or the value empty. */
        public String value(int index) {
            if (index < 0 || index >= values.size()) {
                return null;
            }
            String v = values.get(index);
            return v == null || v.isEmpty() ? null : v;
        }
    }

    /** A read file: the column names as written (trimmed), the data lines and what the file turned out to be. */
    public record Table(List<String> header, List<Line> lines, Charset charset, boolean byteOrderMark, char separator) {

        /** {@code UTF-8 (BOM)}, {@code UTF-8} or {@code Windows-1252}. */
        public String encoding() {
            if (byteOrderMark) {
                return "UTF-8 (BOM)";
            }
            return StandardCharsets.UTF_8.equals(charset) ? "UTF-8" : "Windows-1252";
        }
    }

    /** The file cannot be read as a table; {@code messageKey} with {@code args} says why in the user's language. */
    public static final class Refused extends RuntimeException {
        private final String messageKey;
        private final transient Object[] args;

        Refused(String messageKey, Object... args) {
            super(messageKey);
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** The maximum size in bytes, to check an upload before reading it. */
    public int maxBytes() {
        return maxBytes;
    }

    /** Reads {@code bytes}; throws {@link Refused} when the file cannot be read as a table. */
    public Table read(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new Refused("csv.error.too-large", Math.max(1, maxBytes / 1024 / 1024));
        }
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new Refused("csv.error.utf16");
        }
        boolean bom =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        String text;
        Charset charset = StandardCharsets.UTF_8;
        if (bom) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
                charset = WINDOWS_1252;
            }
        }
        if (text.indexOf('\0') >= 0) {
            throw new Refused("csv.error.binary");
        }
        if (text.isBlank()) {
            throw new Refused("csv.error.empty");
        }
        char separator = separator(firstLine(text));
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        LineCounter counter = new LineCounter(text);
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                String[] values = record.values();
                if (header == null) {
                    header = Arrays.stream(values).map(String::strip).toList();
                    continue;
                }
                long number = counter.lineAt(record.getCharacterPosition());
                if (Arrays.stream(values).allMatch(String::isBlank)) {
                    continue;
                }
                if (lines.size() >= maxLines) {
                    throw new Refused("csv.error.too-many-lines", maxLines);
                }
                lines.add(new Line(number, Arrays.asList(values)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Refused("csv.error.malformed", header == null ? 1 : counter.nextRecordLine());
        }
        if (header == null || header.stream().allMatch(String::isEmpty)) {
            throw new Refused("csv.error.empty");
        }
        return new Table(header, List.copyOf(lines), charset, bom, separator);
    }

    private static String firstLine(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++;
        }
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    /** The separator the header line uses most outside quotes; {@code ;} when tied or absent. */
    static char separator(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {
                        // not a separator
                    }
                }
            }
        }
        if (semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        return commas >= tabs ? ',' : '\t';
    }

    /** Turns character positions into physical line numbers, walking the text once. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The line of the first character at or after {@code at} that is not a line break. */
        long lineAt(long at) {
            int target = (int) at;
            while (target < text.length() && (text.charAt(target) == '\r' || text.charAt(target) == '\n')) {
                target++;
            }
            advanceTo(target);
            return line;
        }

        /** Where a record that failed to parse began: the first non-empty line after the last good record. */
        long nextRecordLine() {
            // skip the rest of the last good record (it may span lines when a field is quoted)
            boolean quoted = false;
            int i = position;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    break;
                }
            }
            return lineAt(Math.min(i + 1, text.length()));
        }

        private void advanceTo(int target) {
            for (; position < target && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
        }
    }
}
