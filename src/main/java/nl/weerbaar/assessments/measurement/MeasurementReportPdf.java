package nl.weerbaar.assessments.measurement;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** Renders a Thymeleaf template (strict XHTML) into a PDF. */
@Component
class MeasurementReportPdf {

    private final TemplateEngine templates;

    MeasurementReportPdf(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> model) {
        Locale locale = LocaleContextHolder.getLocale();
        String html = templates.process(template, new Context(locale, model));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(html);
        renderer.layout();
        renderer.createPDF(out);
        return out.toByteArray();
    }
}
