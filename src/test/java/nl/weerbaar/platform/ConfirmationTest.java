package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The confirmation step: what the page says, and that its one button sends the same POST again, confirmed. */
class ConfirmationTest {

    private static final Confirmation SURVEY = Confirmation.of("t.title", "Enquête <b>2026</b>")
            .consequence("t.links")
            .consequence("t.responses", 12)
            .button("t.button")
            .back("/surveys/42");

    @Test
    void keepsTheConsequencesInTheOrderAddedAndLeavesTheOriginalAsItWas() {
        Confirmation base = Confirmation.of("t.title").consequence("t.first");
        Confirmation more = base.consequence("t.second", 3);
        assertThat(base.consequences()).extracting(Confirmation.Text::key).containsExactly("t.first");
        assertThat(more.consequences()).extracting(Confirmation.Text::key).containsExactly("t.first", "t.second");
        assertThat(more.consequences().get(1).arguments()).containsExactly(3);
    }

    @Test
    void showPutsItInTheModelAndNamesThePlatformPage() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(SURVEY.show(model)).isEqualTo("platform/confirm").isEqualTo(Confirmation.VIEW);
        assertThat(model.getAttribute("confirmation")).isSameAs(SURVEY);
    }

    @Test
    void aConfirmationWithoutButtonOrWayBackIsAMistake() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThatThrownBy(() -> Confirmation.of("t.title").back("/x").show(model))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Confirmation.of("t.title").button("t.button").show(model))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePageSaysWhatWillHappenAndPostsTheSameActionAgainConfirmed() {
        String page = render(SURVEY, "/surveys/42/close");
        assertThat(page)
                .contains("<title>Enquête &lt;b&gt;2026&lt;/b&gt; sluiten? — Weerbaar</title>")
                .contains("<h1>Enquête &lt;b&gt;2026&lt;/b&gt; sluiten?</h1>")
                .contains("<form action=\"/surveys/42/close\" method=\"post\"")
                .contains("<input type=\"hidden\" name=\"" + Confirmation.PARAMETER + "\" value=\"true\">")
                .contains(">Ja, enquête sluiten</button>")
                .contains("href=\"/surveys/42\">Terug</a>")
                .contains("Dit kunt u niet ongedaan maken.")
                .doesNotContain("<b>2026</b>");
        assertThat(page.indexOf("De links werken niet meer.")).isLessThan(page.indexOf("Er zijn 12 reacties."));
    }

    private static String render(Confirmation confirmation, String currentPath) {
        StaticMessageSource messages = new StaticMessageSource();
        Locale nl = Locale.forLanguageTag("nl");
        messages.addMessage("t.title", nl, "{0} sluiten?");
        messages.addMessage("t.links", nl, "De links werken niet meer.");
        messages.addMessage("t.responses", nl, "Er zijn {0} reacties.");
        messages.addMessage("t.button", nl, "Ja, enquête sluiten");
        messages.addMessage("confirm.page-title", nl, "{0} — Weerbaar");
        messages.addMessage("confirm.what", nl, "Wat er gebeurt");
        messages.addMessage("confirm.irreversible", nl, "Dit kunt u niet ongedaan maken.");
        messages.addMessage("confirm.back", nl, "Terug");
        messages.setUseCodeAsDefaultMessage(true);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(
                    IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        Map<String, Object> model = new HashMap<>();
        model.put("confirmation", confirmation);
        model.put("currentPath", currentPath);
        return engine.process(Confirmation.VIEW, new Context(nl, model));
    }
}
