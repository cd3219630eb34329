package nl.weerbaar.incidents.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The enums are the one source of the incident code lists: the CHECK constraints of the migrations allow exactly
 * their values, and both message bundles have a label for each.
 */
class CodeListsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration/incidents");
    private static final Pattern TABLE = Pattern.compile("(?is)CREATE TABLE (\\w+) \\((.*?)\\n\\);");

    @Test
    void theCheckConstraintsAllowExactlyTheEnumValues() throws IOException {
        assertThat(allowed("incident", "channel")).containsExactlyInAnyOrderElementsOf(names(Channel.values()));
        assertThat(allowed("incident", "severity")).containsExactlyInAnyOrderElementsOf(names(Severity.values()));
        assertThat(allowed("incident", "severity_suggested"))
                .containsExactlyInAnyOrderElementsOf(names(Severity.values()));
        assertThat(allowed("incident", "status")).containsExactlyInAnyOrderElementsOf(names(CaseStatus.values()));
        assertThat(allowed("incident_step", "step")).containsExactlyInAnyOrderElementsOf(names(StepType.values()));
        assertThat(allowed("incident_step", "status")).containsExactlyInAnyOrderElementsOf(names(StepStatus.values()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"incidents.properties", "incidents_en.properties"})
    void bothBundlesNameEveryValue(String bundle) throws IOException {
        Properties messages = load(bundle);
        List<String> keys = new ArrayList<>();
        names(Channel.values()).forEach(c -> keys.add("incidents.channel." + c));
        names(IncidentKind.values()).forEach(c -> keys.add("incidents.kind." + c));
        names(Severity.values()).forEach(c -> keys.add("incidents.severity." + c));
        names(CaseStatus.values()).forEach(c -> keys.add("incidents.status." + c));
        names(StepStatus.values()).forEach(c -> keys.add("incidents.stepStatus." + c));
        for (StepType step : StepType.values()) {
            keys.add("incidents.step." + step.name());
            step.outcomes().forEach(o -> keys.add("incidents.outcome." + o));
        }
        assertThat(keys)
                .allSatisfy(key -> assertThat(messages.getProperty(key))
                        .as(bundle + ": " + key)
                        .isNotBlank());
    }

    /** The values a CHECK (column IN (...)) of the table allows, from the migration that creates the table. */
    static List<String> allowed(String table, String column) throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher tables = TABLE.matcher(Files.readString(file));
                while (tables.find()) {
                    if (!tables.group(1).equalsIgnoreCase(table)) {
                        continue;
                    }
                    Matcher check = Pattern.compile(
                                    "(?is)\\n\\s*" + column + "\\s[^\\n]*?CHECK \\(" + column + " IN \\(([^)]*)\\)")
                            .matcher(tables.group(2));
                    if (check.find()) {
                        return Arrays.stream(check.group(1).split(","))
                                .map(v -> v.strip().replace("'", ""))
                                .toList();
                    }
                }
            }
        }
        throw new AssertionError("no CHECK on " + table + "." + column);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages", name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
