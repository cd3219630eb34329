package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final CsvReader READER = new CsvReader(1024 * 1024, 10);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CsvReader.Refused refusal(CsvReader reader, byte[] bytes) {
        try {
            reader.read(bytes);
        } catch (CsvReader.Refused e) {
            return e;
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsNotPartOfTheFirstColumn() {
        byte[] text = utf8("Code;Naam\nA;Één\n");
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bytes, 3, text.length);
        CsvReader.Table t = READER.read(bytes);
        assertThat(t.header()).containsExactly("Code", "Naam");
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(t.lines().get(0).values()).containsExactly("A", "Één");
    }

    @Test
    void validUtf8WithoutByteOrderMarkIsUtf8() {
        CsvReader.Table t = READER.read(utf8("code;naam\nF;Financiën €\n"));
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.byteOrderMark()).isFalse();
        assertThat(t.lines().get(0).values()).containsExactly("F", "Financiën €");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() {
        CsvReader.Table t = READER.read("code;naam\nF;Financiën € ë\n".getBytes(Charset.forName("windows-1252")));
        assertThat(t.charset()).isEqualTo(CsvReader.WINDOWS_1252);
        assertThat(t.encoding()).isEqualTo("Windows-1252");
        assertThat(t.lines().get(0).values()).containsExactly("F", "Financiën € ë");
    }

    @Test
    void utf16AndBinaryFilesAreRefused() {
        assertThat(refusal(READER, "code;naam\n".getBytes(StandardCharsets.UTF_16))
                        .messageKey())
                .isEqualTo("csv.error.utf16");
        assertThat(refusal(READER, new byte[] {'a', 0, 'b', '\n'}).messageKey()).isEqualTo("csv.error.binary");
    }

    @Test
    void theSeparatorIsWhatTheHeaderLineUsesMostOutsideQuotes() {
        CsvReader.Table semicolon = READER.read(utf8("code;naam\nA;\"B, C\"\n"));
        assertThat(semicolon.separator()).isEqualTo(';');
        assertThat(semicolon.lines().get(0).values()).containsExactly("A", "B, C");

        CsvReader.Table comma = READER.read(utf8("code,naam\nA,\"B; C\"\n"));
        assertThat(comma.separator()).isEqualTo(',');
        assertThat(comma.lines().get(0).values()).containsExactly("A", "B; C");

        CsvReader.Table tab = READER.read(utf8("code\tnaam\t\"a,b;c\"\nA\tB, C; D\tx\n"));
        assertThat(tab.separator()).isEqualTo('\t');
        assertThat(tab.header()).containsExactly("code", "naam", "a,b;c");
        assertThat(tab.lines().get(0).values()).containsExactly("A", "B, C; D", "x");

        assertThat(CsvReader.separator("\"a;b;c\",d")).isEqualTo(',');
        assertThat(CsvReader.separator("enkel")).isEqualTo(';');
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() {
        CsvReader.Table t = READER.read(utf8("code;naam;opmerking\nA;\"Zeg \"\"ja\"\"\";\"twee\nregels; met ;\"\n"));
        assertThat(t.lines()).hasSize(1);
        assertThat(t.lines().get(0).values()).containsExactly("A", "Zeg \"ja\"", "twee\nregels; met ;");
    }

    @Test
    void lineNumbersArePhysicalLinesCountingEmptyOnesAndQuotedLineBreaks() {
        CsvReader.Table t = READER.read(utf8("code;naam\r\n\r\nA;\"twee\r\nregels\"\r\n;\r\nB;Drie\r\n"));
        assertThat(t.lines()).extracting(CsvReader.Line::number).containsExactly(3L, 6L);
        assertThat(t.lines().get(0).values()).containsExactly("A", "twee\r\nregels");
    }

    @Test
    void valuesAreFoundPerFieldAndMissingOrEmptyFieldsAreNull() {
        CsvReader.Table t = READER.read(utf8("a;b;c\n 1 ; ;3\n4\n"));
        CsvReader.Line first = t.lines().get(0);
        assertThat(first.value(0)).isEqualTo("1");
        assertThat(first.value(1)).isNull();
        assertThat(first.value(2)).isEqualTo("3");
        CsvReader.Line short_ = t.lines().get(1);
        assertThat(short_.number()).isEqualTo(3);
        assertThat(short_.values()).hasSize(1);
        assertThat(short_.value(2)).isNull();
        assertThat(short_.value(-1)).isNull();
    }

    @Test
    void aBrokenQuoteIsReportedAtTheLineWhereTheRecordStarts() {
        CsvReader.Refused e = refusal(READER, utf8("code;naam\nA;ok\n\nB;\"open\nC;nog\n"));
        assertThat(e.messageKey()).isEqualTo("csv.error.malformed");
        assertThat(e.args()).containsExactly(4L);

        CsvReader.Refused first = refusal(READER, utf8("code;naam\nA;\"open\n"));
        assertThat(first.args()).containsExactly(2L);

        CsvReader.Refused afterMultiLine = refusal(READER, utf8("code;naam\nA;\"twee\nregels\"\nB;\"open\n"));
        assertThat(afterMultiLine.messageKey()).isEqualTo("csv.error.malformed");
        assertThat(afterMultiLine.args()).containsExactly(4L);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal(READER, new byte[0]).messageKey()).isEqualTo("csv.error.empty");
        assertThat(refusal(READER, utf8(" \r\n\r\n")).messageKey()).isEqualTo("csv.error.empty");
        assertThat(refusal(READER, utf8(";;\n")).messageKey()).isEqualTo("csv.error.empty");
    }

    @Test
    void aHeaderWithoutDataLinesIsAnEmptyTable() {
        CsvReader.Table t = READER.read(utf8("code;naam\n\n"));
        assertThat(t.header()).isEqualTo(List.of("code", "naam"));
        assertThat(t.lines()).isEmpty();
    }

    @Test
    void limitsOnSizeAndLinesRefuseTheWholeFile() {
        CsvReader.Refused large = refusal(READER, new byte[1024 * 1024 + 1]);
        assertThat(large.messageKey()).isEqualTo("csv.error.too-large");
        assertThat(large.args()).containsExactly(1);

        StringBuilder eleven = new StringBuilder("a\n");
        for (int i = 0; i < 11; i++) {
            eleven.append(i).append('\n');
        }
        CsvReader.Refused many = refusal(READER, utf8(eleven.toString()));
        assertThat(many.messageKey()).isEqualTo("csv.error.too-many-lines");
        assertThat(many.args()).containsExactly(10);
    }

    @Test
    void aHugeLineIsReadWhole() {
        String huge = "x".repeat(600_000);
        CsvReader.Table t = READER.read(utf8("code;tekst\nA;" + huge + "\nB;kort\n"));
        assertThat(t.lines()).extracting(CsvReader.Line::number).containsExactly(2L, 3L);
        assertThat(t.lines().get(0).value(1)).hasSize(600_000);

        String quotedHuge = "y\n".repeat(100_000);
        CsvReader.Table q = CsvReader.unlimited().read(utf8("code;tekst\nA;\"" + quotedHuge + "\"\nB;kort\n"));
        assertThat(q.lines()).extracting(CsvReader.Line::number).containsExactly(2L, 100_003L);
    }
}
