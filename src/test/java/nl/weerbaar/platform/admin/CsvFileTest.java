package nl.weerbaar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void aByteOrderMarkMeansUtf8AndIsNotPartOfTheFirstColumn() {
        byte[] text = "Code;Naam\nA;Één\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bytes, 3, text.length);
        CsvFile.Table t = CsvFile.read(bytes);
        assertThat(t.header()).containsExactly("code", "naam");
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.lines().get(0).values()).containsExactly("A", "Één");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() {
        CsvFile.Table t = CsvFile.read("code;naam\nF;Financiën € ë\n".getBytes(Charset.forName("windows-1252")));
        assertThat(t.charset().name()).isEqualTo("windows-1252");
        assertThat(t.lines().get(0).values()).containsExactly("F", "Financiën € ë");
    }

    @Test
    void theSeparatorComesFromTheHeaderLine() {
        assertThat(CsvFile.read("code,naam\nA,\"B; C\"\n".getBytes(StandardCharsets.UTF_8))
                        .separator())
                .isEqualTo(',');
        CsvFile.Table t = CsvFile.read("code;naam\nA;\"B, C\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.lines().get(0).values()).containsExactly("A", "B, C");
    }

    @Test
    void lineNumbersCountPhysicalLinesIncludingEmptyOnesAndQuotedLineBreaks() {
        CsvFile.Table t =
                CsvFile.read("code;naam\r\n\r\nA;\"twee\r\nregels\"\r\nB;Drie\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(CsvFile.Line::number).containsExactly(3L, 5L);
        assertThat(t.lines().get(0).values()).containsExactly("A", "twee\r\nregels");
    }

    @Test
    void emptyTooLargeAndBrokenFilesAreRefused() {
        assertThatThrownBy(() -> CsvFile.read(new byte[0])).hasMessage("admin.import.empty");
        assertThatThrownBy(() -> CsvFile.read(" \r\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("admin.import.empty");
        assertThatThrownBy(() -> CsvFile.read(new byte[CsvFile.MAX_BYTES + 1])).hasMessage("admin.import.too-large");
        assertThatThrownBy(() -> CsvFile.read("code;naam\nA;\"open\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("admin.import.malformed");
    }

    @Test
    void headerNamesAreTrimmedAndLowerCase() {
        assertThat(CsvFile.read(" Gebruikersnaam ; NAAM \n".getBytes(StandardCharsets.UTF_8))
                        .header())
                .isEqualTo(List.of("gebruikersnaam", "naam"));
    }
}
