package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The layout loads htmx only on a page whose model asks for it ({@code htmx = true}). */
class LayoutHtmxTest {

    private static String render(Map<String, Object> model) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(
                    IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        return engine.process("test/plain", new Context(java.util.Locale.forLanguageTag("nl"), model));
    }

    @Test
    void aPlainPageDoesNotLoadHtmx() {
        String page = render(Map.of());
        assertThat(page)
                .contains("<h1>Proef</h1>")
                .contains("/css/weerbaar.css")
                .doesNotContain("htmx");
        assertThat(render(Map.of("htmx", false))).doesNotContain("htmx");
    }

    @Test
    void aPageThatAsksForHtmxLoadsItWithItsSettings() {
        String page = render(Map.of("htmx", true));
        assertThat(page)
                .contains("<script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer></script>")
                .contains("<meta name=\"htmx-config\"");
    }
}
