package nl.weerbaar.surveys.internal;

import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report for the expert session: the same figures as the results page (already suppressed), as PDF.
 * Free text is never in it.
 */
@Component
class ReportPdf {

    private final PdfDocuments documents;
    private final AnswerCharts charts;
    private final MessageSource messages;

    ReportPdf(PdfDocuments documents, AnswerCharts charts, MessageSource messages) {
        this.documents = documents;
        this.charts = charts;
        this.messages = messages;
    }

    byte[] render(Results r, Locale locale) {
        String all = messages.getMessage("surveys.results.all", null, locale);
        return documents.render(
                "surveys/report",
                Map.of("r", r, "charts", charts.of(r, all, locale)),
                r.survey().title(),
                locale);
    }
}
