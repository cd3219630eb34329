package nl.weerbaar.platform;

import java.util.Locale;
import java.util.Map;

/**
 * Every PDF the product makes: a Thymeleaf template rendered into an accessible PDF (PDF/UA-1 tagging, PDF/A-2a)
 * with the font embedded and the current municipality's theme.
 *
 * <p>A PDF template is a page that fills the platform's PDF layout:
 * {@code <html th:replace="~{pdf/layout :: document(~{::main}, ~{::style})}">} with its content in {@code <main>}
 * (headings, tables with {@code th}, lists; a chart as {@code <svg>} made with {@code pdf/layout :: bar} or with an
 * {@code alt} text) and, optionally, a {@code <style>} of its own. The layout supplies the title, the language, the
 * municipality's name and colours, the font and page numbers. Text comes from the message bundles as on pages.
 */
public interface PdfDocuments {

    /**
     * Renders {@code template} with {@code model} in {@code locale} (language of the document and of its messages).
     * {@code title} becomes the document's title, shown by PDF readers instead of the file name. Runs in the current
     * municipality's context, when there is one, for its name and colours. The template's HTML must be well-formed
     * XML. Nothing is read from outside the application: links to external images, fonts or style sheets are ignored.
     */
    byte[] render(String template, Map<String, ?> model, String title, Locale locale);
}
