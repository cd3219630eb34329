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
}
