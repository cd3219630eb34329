package nl.weerbaar.insights.report;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** Renders a Thymeleaf template (well-formed XHTML) to PDF. */
@Component("insightsReportRenderer")
class ReportRenderer {

    private final TemplateEngine templates;

    ReportRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(String template, Map<String, Object> variables, Locale locale) {
        String html = templates.process(template, new Context(locale, variables));
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(html);
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.createPDF(out);
        return out.toByteArray();
    }
}
