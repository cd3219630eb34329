package nl.weerbaar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The merged message source, built from the application's own {@code spring.messages.basename}: the texts of every
 * module in Dutch (the default files) and English, apostrophes in texts with arguments as the default source gave
 * them, and never the server's locale as a fallback.
 */
class MessagesConfigTest {

    final Locale serverLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(serverLocale);
    }

    MessageSource messages() throws Exception {
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        return new MessagesConfig()
                .messageSource(
                        application.getProperty("spring.messages.basename").split(","),
                        application.getProperty("spring.messages.encoding"));
    }

    @Test
    void everyModuleInDutchAndEnglish() throws Exception {
        MessageSource messages = messages();
        Locale dutch = Locale.forLanguageTag("nl");
        assertThat(messages.getMessage("layout.logout", null, dutch)).isEqualTo("Uitloggen");
        assertThat(messages.getMessage("layout.logout", null, Locale.ENGLISH)).isEqualTo("Log out");
        // the last module of the list
        assertThat(messages.getMessage("processes.nav", null, dutch)).isEqualTo("Processen en functies");
        assertThat(messages.getMessage("processes.nav.description", null, dutch))
                .contains("risico's");
        assertThat(messages.getMessage("processes.nav", null, Locale.ENGLISH)).isEqualTo("Processes and functions");
    }

    @Test
    void argumentsAreFormattedAndQuotedApostrophesShowOnce() throws Exception {
        assertThat(messages()
                        .getMessage(
                                "assessments.instrument.error.list",
                                new Object[] {"vragen"},
                                Locale.forLanguageTag("nl")))
                .isEqualTo("Het veld 'vragen' moet een lijst zijn (regels die beginnen met -).");
    }

    @Test
    void anotherLanguageGetsDutchEvenOnAnEnglishServer() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(messages().getMessage("layout.logout", null, Locale.GERMAN)).isEqualTo("Uitloggen");
    }

    @Test
    void anUnknownKeyIsAnError() throws Exception {
        MessageSource messages = messages();
        assertThatThrownBy(() -> messages.getMessage("layout.no-such-text", null, Locale.ENGLISH))
                .isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void countsTakeTheSingularForOneInBothLanguages() throws Exception {
        MessageSource messages = messages();
        Locale dutch = Locale.forLanguageTag("nl");
        assertThat(messages.getMessage("surveys.results.meta", new Object[] {1, 5}, dutch))
                .startsWith("1 respondent;");
        assertThat(messages.getMessage("surveys.results.meta", new Object[] {7, 5}, dutch))
                .startsWith("7 respondenten;");
        assertThat(messages.getMessage("surveys.results.meta", new Object[] {1, 5}, Locale.ENGLISH))
                .startsWith("1 respondent;");
        assertThat(messages.getMessage("processes.findings.ran", new Object[] {1}, dutch))
                .isEqualTo("De analyse is uitgevoerd: 1 bevinding.");
        assertThat(messages.getMessage("processes.findings.ran", new Object[] {2L}, Locale.ENGLISH))
                .isEqualTo("The analysis has run: 2 findings.");
        assertThat(messages.getMessage("assessments.instrument.meta", new Object[] {1, 1, 1}, dutch))
                .isEqualTo("Versie 1, 1 vraag in 1 pijler.");
    }

    @Test
    void wordsInsideASentenceStartInLowerCase() throws Exception {
        MessageSource messages = messages();
        for (Locale locale : java.util.List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            for (String d : java.util.List.of(
                    "DEPARTMENT", "POSITION", "WORK_PROCESS", "KIND", "LOCATION_TYPE", "PERPETRATOR_RELATION")) {
                String inText = messages.getMessage("insights.dimension.inText." + d, null, locale);
                assertThat(messages.getMessage("insights.dimension.heading", new Object[] {inText}, locale))
                        .as(d)
                        .doesNotMatch(".* \\p{Lu}.*");
            }
        }
    }
}
