package nl.weerbaar.surveys.internal;

import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * The report for the expert session: the same figures as the results page (already suppressed), as PDF.
 * Free text is never in it.
 */
@Component
class ReportPdf {

    private final PdfDocuments documents;

    ReportPdf(PdfDocuments documents) {
        this.documents = documents;
    }

    byte[] render(Results r, Locale locale) {
        return documents.render("surveys/report", Map.of("r", r), r.survey().title(), locale);
    }
}
