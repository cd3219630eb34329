package nl.weerbaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only the tables, views and functions its own migrations create (ADR 0005): each migration
 * folder {@code db/migration/<module>} belongs to the module of that name, and every SQL string in a module's code is
 * checked against it.
 */
class ModuleTablesTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path CODE = Path.of("src/main/java/nl/weerbaar");

    /**
     * Shared by every module: the municipality bound to the connection (used by row-level security) and the
     * platform's read views of ADR 0005.
     */
    static final Set<String> SHARED = Set.of("current_tenant", "org_person", "org_department", "org_position");

    private static final Pattern CREATED = Pattern.compile(
            "(?i)create\\s+(?:unlogged\\s+)?(?:or\\s+replace\\s+)?(?:table|view|function|materialized\\s+view)\\s+"
                    + "(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z_0-9]*)");
    private static final Pattern STRING =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE =
            Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z_0-9]*)\\b");
    private static final Pattern CALL = Pattern.compile("\\b([a-z_][a-z_0-9]*)\\s*\\(");

    /** Which module created each table, view and function. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> folders = Files.list(MIGRATIONS)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String module = folder.getFileName().toString();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                        Matcher m = CREATED.matcher(Files.readString(file));
                        while (m.find()) {
                            owners.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), module);
                        }
                    }
                }
            }
        }
        return owners;
    }

    /** "module file: name (owner)" for every name a module's SQL uses that another module created. */
    static List<String> foreignNames(Map<String, String> owners) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = CODE.relativize(file).getName(0).toString();
                foreignNames(module, read(file), owners)
                        .forEach(name -> found.add(
                                module + " " + CODE.relativize(file) + ": " + name + " (" + owners.get(name) + ")"));
            }
        }
        return found;
    }

    /** The names that {@code module}'s Java source uses in its SQL strings and another module created. */
    static List<String> foreignNames(String module, String javaSource, Map<String, String> owners) {
        StringBuilder sql = new StringBuilder();
        Matcher strings = STRING.matcher(javaSource);
        while (strings.find()) {
            sql.append(strings.group(1) != null ? strings.group(1) : strings.group(2))
                    .append('\n');
        }
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Pattern p : List.of(TABLE, CALL)) {
            Matcher m = p.matcher(sql);
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                String owner = owners.get(name);
                if (owner != null && !owner.equals(module) && !SHARED.contains(name)) {
                    found.add(name);
                }
            }
        }
        return List.copyOf(found);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyMigrationFolderIsAModule() throws IOException {
        try (Stream<Path> folders = Files.list(MIGRATIONS)) {
            assertThat(folders.filter(Files::isDirectory)
                            .map(f -> f.getFileName().toString()))
                    .allSatisfy(module -> assertThat(CODE.resolve(module)).isDirectory());
        }
    }

    @Test
    void theOwnersAreReadFromTheMigrations() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners)
                .containsEntry("incident", "incidents")
                .containsEntry("app_user", "platform")
                .containsEntry("org_person", "platform")
                .containsEntry("proc_process", "processes")
                .containsEntry("survey_response", "surveys");
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTables() throws IOException {
        assertThat(foreignNames(owners()))
                .as("use the owning module's API or a read view of ADR 0005")
                .isEmpty();
    }

    @Test
    void theCheckFindsAJoinOrCallIntoAnotherModulesDataButNotItsOwnOrTheSharedOnes() {
        Map<String, String> owners = Map.of(
                "app_user",
                "platform",
                "incident",
                "incidents",
                "auth_find_account",
                "platform",
                "org_person",
                "platform",
                "current_tenant",
                "platform");
        String source = """
                class Q {
                  String a = \"""
                      SELECT i.id FROM incident i LEFT JOIN app_user u ON u.id = i.reporter_id
                       LEFT JOIN org_person p ON p.id = i.registered_by WHERE i.tenant_id = current_tenant()\""";
                  String b = "SELECT * FROM auth_find_account(?)";
                  String c = "the user from incident";
                }
                """;
        assertThat(foreignNames("incidents", source, owners)).containsExactly("app_user", "auth_find_account");
        assertThat(foreignNames("platform", source, owners)).containsExactly("incident");
    }
}
