package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar a municipality installs, started as they would start it: without {@code WEERBAAR_DEMO} it loads no demo
 * users (their password is published) and creates the first platform operator from the environment; with it, on a
 * database that holds a real municipality, it refuses to start.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "weerbaar.jar");
    private static final String FILE_KEY = key();
    private static final String OPERATOR_PASSWORD = "zeven lange woorden voor de eerste beheerder";
    private static final String AUDIT_KEY = key();
    private static final String MELDPUNT_KEY = key();
    private static String database;

    @BeforeAll
    static void freshDatabase() {
        assertThat(JAR)
                .as("the packaged jar (the package phase makes it before the integration tests)")
                .exists();
        database = TestDatabase.freshDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void withoutTheVariableTheJarHasNoDemoUsersAndDemoModeIsRefusedNextToARealMunicipality() throws Exception {
        int port = freePort();
        Process app = start(
                port,
                Map.of(
                        "WEERBAAR_OPERATOR_USERNAME",
                        "platform.eerste",
                        "WEERBAAR_OPERATOR_PASSWORD",
                        OPERATOR_PASSWORD));
        try {
            waitUntilHealthy(app, port);
            assertThat(count("SELECT count(*) FROM app_user WHERE username = 'medewerker'"))
                    .as("demo users")
                    .isZero();
            assertThat(count("SELECT count(*) FROM municipality"))
                    .as("municipalities")
                    .isZero();
            assertThat(count("SELECT count(*) FROM app_user"))
                    .as("only the first operator")
                    .isEqualTo(1);
            WebClient.loggedIn("http://127.0.0.1:" + port, "platform.eerste", OPERATOR_PASSWORD);
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).doesNotContain("Demo-omgeving");
        } finally {
            stop(app);
        }

        try (Connection c = owner();
                Statement st = c.createStatement()) {
            st.execute("SELECT platform_create_municipality('" + UUID.randomUUID()
                    + "', 'echtegemeente', 'Gemeente Echt', false)");
        }
        Process demo = start(freePort(), Map.of("WEERBAAR_DEMO", "true"));
        try {
            assertThat(demo.waitFor(180, TimeUnit.SECONDS))
                    .as("the jar stops by itself")
                    .isTrue();
            assertThat(demo.exitValue()).isNotZero();
            assertThat(output(demo)).contains("demo mode is refused here");
            assertThat(count("SELECT count(*) FROM app_user WHERE username = 'medewerker'"))
                    .as("no demo users loaded")
                    .isZero();
        } finally {
            stop(demo);
        }
    }

    private static Process start(int port, Map<String, String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = Files.createTempFile("weerbaar-jar", ".log");
        builder.redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("WEERBAAR_"));
        env.put("WEERBAAR_DB_URL", database);
        env.put("WEERBAAR_DB_POOL", "4"); // next to the test contexts on the same server
        env.put("WEERBAAR_DB_USER", TestDatabase.user());
        env.put("WEERBAAR_DB_PASSWORD", TestDatabase.password());
        env.put("WEERBAAR_ENCRYPTION_KEY", FILE_KEY);
        env.put("WEERBAAR_AUDIT_KEY", AUDIT_KEY);
        env.put("WEERBAAR_MELDPUNT_KEY", MELDPUNT_KEY);
        env.putAll(extra);
        Process process = builder.start();
        LOGS.put(process, log);
        return process;
    }

    private static final Map<Process, Path> LOGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String output(Process process) throws IOException {
        return Files.readString(LOGS.get(process), StandardCharsets.UTF_8);
    }

    private static void waitUntilHealthy(Process app, int port) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the jar stopped: " + output(app));
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the jar did not become healthy: " + output(app));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = owner();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection owner() throws Exception {
        return DriverManager.getConnection(database, TestDatabase.user(), TestDatabase.password());
    }

    private static String key() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
