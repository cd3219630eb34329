package nl.weerbaar.processes.people;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Dutch HR and IAM systems and spreadsheet programs write it: UTF-8 with or without byte order
 * mark, or Windows-1252; separated by {@code ;} or {@code ,} (whichever the header line uses most).
 */
final class CsvText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One data line: its line number in the file (the header is line 1) and its trimmed values. */
    record Line(long number, String[] values) {}

    /** The decoded file. {@code header} holds the column names as written. */
    record Parsed(String encoding, char delimiter, String[] header, List<Line> lines) {}

    private CsvText() {}

    /** Decodes and parses; throws {@link IllegalArgumentException} with a message key when the file is unusable. */
    static Parsed parse(byte[] bytes) {
        String encoding;
        String text;
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new IllegalArgumentException("processes.import.error.utf16");
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            encoding = "UTF-8 (BOM)";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
                encoding = "Windows-1252";
            }
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("processes.import.error.binary");
        }
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        if (first.isBlank()) {
            throw new IllegalArgumentException("processes.import.error.empty");
        }
        char delimiter = count(first, ';') >= count(first, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<Line> lines = new ArrayList<>();
        String[] header = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                String[] values = r.values();
                if (header == null) {
                    header = values;
                    continue;
                }
                if (values.length == 1 && values[0].isEmpty()) {
                    continue;
                }
                lines.add(new Line(r.getRecordNumber(), values));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("processes.import.error.syntax");
        }
        return new Parsed(encoding, delimiter, header, lines);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
