package nl.weerbaar.platform.pdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.PdfDocuments;
import nl.weerbaar.platform.TenantContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** {@link PdfDocuments} with Thymeleaf and openhtmltopdf; the template sees the layout's data as {@code pdf}. */
@Component
class HtmlPdfDocuments implements PdfDocuments {

    /**
     * What the PDF layout shows besides the content: title, language ({@code nl} or {@code en}), the municipality's
     * name (may be empty) and its colours as {@code #rrggbb}.
     */
    record Page(String title, String lang, String municipality, String primary, String accent) {}

    static final String PRIMARY = "#154273";
    static final String ACCENT = "#a84d00";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final ITemplateEngine templates;
    private final Municipalities municipalities;

    HtmlPdfDocuments(ITemplateEngine templates, Municipalities municipalities) {
        this.templates = templates;
        this.municipalities = municipalities;
    }

    @Override
    public byte[] render(String template, Map<String, ?> model, String title, Locale locale) {
        Optional<Municipalities.Municipality> municipality =
                TenantContext.current().flatMap(municipalities::byId);
        Page page = new Page(
                title,
                "en".equals(locale.getLanguage()) ? "en" : "nl",
                municipality.map(Municipalities.Municipality::name).orElse(""),
                colour(municipality.map(Municipalities.Municipality::themePrimary), PRIMARY),
                colour(municipality.map(Municipalities.Municipality::themeAccent), ACCENT));
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("pdf", page);
        return HtmlToPdf.convert(templates.process(template, new Context(locale, variables)));
    }

    /** Only a plain colour reaches the style sheet. */
    static String colour(Optional<String> value, String otherwise) {
        return value.filter(v -> COLOUR.matcher(v).matches()).orElse(otherwise);
    }
}
