package nl.weerbaar.surveys.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report for the expert session: the same figures as the results page (already suppressed), as PDF.
 * Free text is never in it.
 */
@Component
class ReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private final MessageSource messages;

    ReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Results r, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(r.survey().title());
            doc.open();
            doc.add(new Paragraph(r.survey().title(), TITLE));
            doc.add(new Paragraph(
                    msg(
                            "surveys.report.meta",
                            locale,
                            r.respondents(),
                            r.survey().minGroupSize(),
                            r.survey().opensOn(),
                            r.survey().closesOn()),
                    BODY));
            if (!r.enough()) {
                doc.add(new Paragraph(
                        msg("surveys.results.tooFew", locale, r.survey().minGroupSize()), BODY));
            } else {
                doc.add(table(r, locale));
                doc.add(new Paragraph(msg("surveys.report.legend", locale), BODY));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF report could not be made", e);
        }
        return out.toByteArray();
    }

    private PdfPTable table(Results r, Locale locale) {
        int columns = 2 + r.groups().size() + (r.hasBaseline() ? 1 : 0) + (r.benchmarkMunicipalities() > 0 ? 1 : 0);
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, msg("surveys.results.question", locale));
        header(table, msg("surveys.results.total", locale));
        r.groups()
                .forEach(g -> header(
                        table,
                        (g.label() == null ? msg("surveys.results.other", locale) : g.label()) + " (n=" + g.n() + ")"));
        if (r.hasBaseline()) {
            header(table, msg("surveys.results.baseline", locale));
        }
        if (r.benchmarkMunicipalities() > 0) {
            header(table, msg("surveys.results.benchmark", locale));
        }
        for (Results.Row row : r.rows()) {
            if (!row.question().choice()) {
                continue;
            }
            table.addCell(new PdfPCell(new Phrase(row.question().text(), BODY)));
            cell(table, row.total(), locale);
            r.groups().forEach(g -> cell(table, row.cell(g.key()), locale));
            if (r.hasBaseline()) {
                cell(table, row.baseline(), locale);
            }
            if (r.benchmarkMunicipalities() > 0) {
                cell(table, row.benchmark(), locale);
            }
        }
        return table;
    }

    private void header(PdfPTable table, String text) {
        table.addCell(new PdfPCell(new Phrase(text, HEAD)));
    }

    private void cell(PdfPTable table, Share s, Locale locale) {
        String text = s == null
                ? msg("surveys.results.hidden", locale)
                : s.percent() + "% (" + s.lowPercent() + "–" + s.highPercent() + ")";
        table.addCell(new PdfPCell(new Phrase(text, BODY)));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
