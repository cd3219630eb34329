package nl.weerbaar.insights.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes tables as CSV (UTF-8 with byte order mark, semicolons as Dutch spreadsheets expect) or XLSX. */
public final class Writers {

    private Writers() {}

    public static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        csv.printRecord(table.headers().stream().map(Cells::safe).toList());
        for (List<Object> row : table.rows()) {
            csv.printRecord(row.stream()
                    .map(c -> c instanceof Number ? c.toString() : Cells.safe(c == null ? "" : c.toString()))
                    .toList());
        }
        csv.flush();
    }

    public static void xlsx(List<Table> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Weerbaar", "1.0");
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.value(0, c, Cells.safe(table.headers().get(c)));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (cell != null) {
                        sheet.value(r, c, Cells.safe(cell.toString()));
                    }
                }
                r++;
            }
        }
        workbook.finish();
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/*?:\\[\\]]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
