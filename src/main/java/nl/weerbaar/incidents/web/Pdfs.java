package nl.weerbaar.incidents.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.incidents.core.IncidentQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDFs of the module, built from data (never from user HTML): the police-report dossier of a stack of
 * incidents and the municipality's norm with its response schema on one A4.
 */
@Component
class Pdfs {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);

    private final MessageSource messages;
    private final IncidentDates dates;

    Pdfs(MessageSource messages, IncidentDates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** One incident per section, oldest first, with the police step's decision and the evidence secured. */
    byte[] dossier(
            String municipality,
            List<IncidentQueries.Detail> incidents,
            List<List<IncidentQueries.Step>> steps,
            Locale locale) {
        return build(doc -> {
            doc.add(new Paragraph(msg("incidents.pdf.dossier.title", locale), TITLE));
            doc.add(new Paragraph(
                    municipality + " — " + msg("incidents.pdf.dossier.count", locale, incidents.size()), BODY));
            doc.add(new Paragraph(msg("incidents.pdf.confidential", locale), SMALL));
            for (int i = 0; i < incidents.size(); i++) {
                IncidentQueries.Detail d = incidents.get(i);
                Paragraph h = new Paragraph(
                        (i + 1) + ". " + dates.format(d.occurredAt()) + " — "
                                + String.join(
                                        ", ",
                                        d.kinds().stream()
                                                .map(k -> msg("incidents.kind." + k, locale))
                                                .toList()),
                        HEADING);
                h.setSpacingBefore(12);
                doc.add(h);
                PdfPTable t = new PdfPTable(new float[] {1.2f, 3f});
                t.setWidthPercentage(100);
                row(
                        t,
                        msg("incidents.field.locationType", locale),
                        msg("incidents.location." + d.locationType(), locale)
                                + (d.locationDetail() == null ? "" : " — " + d.locationDetail()));
                row(t, msg("incidents.field.departmentId", locale), d.departmentName());
                row(
                        t,
                        msg("incidents.case.reporter", locale),
                        d.reporterName() != null ? d.reporterName() : d.onBehalfName());
                row(
                        t,
                        msg("incidents.field.perpetratorRelation", locale),
                        msg("incidents.relation." + d.perpetratorRelation(), locale)
                                + (d.perpetratorReference() == null ? "" : " — " + d.perpetratorReference()));
                row(t, msg("incidents.field.perpetratorDescription", locale), d.perpetratorDescription());
                row(t, msg("incidents.field.description", locale), d.description());
                row(t, msg("incidents.field.witnesses", locale), d.witnesses());
                row(
                        t,
                        msg("incidents.field.consequencesPerson", locale),
                        String.join(
                                ", ",
                                d.consequencesPerson().stream()
                                        .map(c -> msg("incidents.consequence." + c, locale))
                                        .toList()));
                row(t, msg("incidents.field.consequencesWork", locale), d.consequencesWork());
                for (IncidentQueries.Step s : steps.get(i)) {
                    if ("POLICE_REPORT".equals(s.step()) || "EVIDENCE".equals(s.step())) {
                        row(
                                t,
                                msg("incidents.step." + s.step(), locale),
                                msg("incidents.stepStatus." + s.status(), locale)
                                        + (s.outcome().isEmpty()
                                                ? ""
                                                : ": "
                                                        + String.join(
                                                                ", ",
                                                                s.outcome().stream()
                                                                        .map(o -> msg("incidents.outcome." + o, locale))
                                                                        .toList()))
                                        + (s.notes() == null ? "" : " — " + s.notes()));
                    }
                }
                doc.add(t);
            }
        });
    }

    /** The norm and the response schema on one A4 page. */
    byte[] norm(String municipality, String norm, String schema, Locale locale) {
        return build(doc -> {
            doc.add(new Paragraph(msg("incidents.norm.title.pdf", locale, municipality), TITLE));
            Paragraph h1 = new Paragraph(msg("incidents.norm.normHeading", locale), HEADING);
            h1.setSpacingBefore(10);
            doc.add(h1);
            doc.add(new Paragraph(norm, BODY));
            Paragraph h2 = new Paragraph(msg("incidents.norm.schema", locale), HEADING);
            h2.setSpacingBefore(10);
            doc.add(h2);
            doc.add(new Paragraph(schema, BODY));
        });
    }

    private static void row(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Paragraph(label, LABEL));
        PdfPCell v = new PdfPCell(new Paragraph(value == null || value.isBlank() ? "—" : value, BODY));
        l.setVerticalAlignment(Element.ALIGN_TOP);
        t.addCell(l);
        t.addCell(v);
    }

    private interface Body {
        void write(Document doc) throws DocumentException;
    }

    private static byte[] build(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Weerbaar");
        doc.open();
        try {
            body.write(doc);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
