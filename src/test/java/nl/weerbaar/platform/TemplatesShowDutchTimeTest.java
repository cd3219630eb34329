package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every time a page shows is Dutch time: templates format moments with {@code @dutchTime}, never with
 * {@code #dates} (the server's zone) or {@code #temporals} (the zone of the value, UTC from the database).
 * {@code #temporals.format} stays fine for plain dates (a due date), which have no zone.
 */
class TemplatesShowDutchTimeTest {

    /** {@code #dates.…}, a time of day through {@code #temporals}, or {@code #temporals} on a moment ({@code …At}). */
    private static final Pattern ZONE_BLIND = Pattern.compile(
            "#dates\\.|#temporals\\.format\\([^)]*HH|#temporals\\.format\\(\\s*[\\w.]*(At|_at)(\\(\\))?\\s*,");

    @Test
    void templatesFormatMomentsInDutchTime() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (ZONE_BLIND.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(found)
                .as("use ${@dutchTime.dateTime(x)} or ${@dutchTime.date(x)}")
                .isEmpty();
    }

    @Test
    void thePatternSeesTheZoneBlindWays() {
        assertThat(ZONE_BLIND
                        .matcher("${#dates.format(h.imported_at, 'dd-MM-yyyy HH:mm')}")
                        .find())
                .isTrue();
        assertThat(ZONE_BLIND
                        .matcher("${#temporals.format(campaign.startedAt, 'dd-MM-yyyy HH:mm')}")
                        .find())
                .isTrue();
        assertThat(ZONE_BLIND
                        .matcher("${#temporals.format(m.createdAt, 'dd-MM-yyyy')}")
                        .find())
                .isTrue();
        assertThat(ZONE_BLIND
                        .matcher("${#temporals.format(action.dueDate, 'dd-MM-yyyy')}")
                        .find())
                .isFalse();
    }
}
