package nl.weerbaar.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the PostgreSQL database before anything connects, in this order:
 * <ol>
 *   <li>{@code WEERBAAR_DB_URL} (with {@code WEERBAAR_DB_USER}, {@code WEERBAAR_DB_PASSWORD}) when set;</li>
 *   <li>an embedded PostgreSQL with its data in {@code ./data/postgres}, unless running as root
 *       (PostgreSQL refuses to run as root);</li>
 *   <li>a PostgreSQL on 127.0.0.1:5432 (user {@code postgres}), creating database {@code weerbaar} if missing.</li>
 * </ol>
 * When none works the application stops with one sentence saying what to do.
 *
 * <p>Flyway connects with the configured credentials (the schema owner); the application's pool switches
 * each connection to the non-owning role {@code weerbaar.db.app-role}, so row-level security always applies.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final Log LOG = LogFactory.getLog(DatabaseEnvironment.class);
    private static EmbeddedPostgres embedded;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.getProperty("spring.datasource.url") != null) {
            return;
        }
        String url = env.getProperty("weerbaar.db.url");
        String user = env.getProperty("weerbaar.db.user", "postgres");
        String password = env.getProperty("weerbaar.db.password", "");
        if (url == null || url.isBlank()) {
            String localUrl = "jdbc:postgresql://127.0.0.1:5432/";
            String dbName = env.getProperty("weerbaar.db.name", "weerbaar");
            if (!isRoot() && env.getProperty("weerbaar.db.embedded", Boolean.class, true)) {
                url = startEmbedded(Path.of(env.getProperty("weerbaar.db.embedded-dir", "data/postgres")), dbName);
                user = "postgres";
                password = "";
            } else if (createIfMissing(localUrl, user, password, dbName)) {
                url = localUrl + dbName;
            } else {
                throw new DatabaseUnavailableException(
                        isRoot()
                                ? "No database reachable: start PostgreSQL on 127.0.0.1:5432 (user postgres) or set WEERBAAR_DB_URL,"
                                        + " WEERBAAR_DB_USER and WEERBAAR_DB_PASSWORD."
                                : "No database reachable: set WEERBAAR_DB_URL, WEERBAAR_DB_USER and WEERBAAR_DB_PASSWORD.");
            }
        }
        String appRole = env.getProperty("weerbaar.db.app-role", "weerbaar_app");
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", user);
        props.put("spring.datasource.password", password);
        props.put("spring.datasource.hikari.connection-init-sql", "SET ROLE " + appRole);
        props.put("spring.flyway.url", url);
        props.put("spring.flyway.user", user);
        props.put("spring.flyway.password", password);
        props.put("spring.flyway.placeholders.appRole", appRole);
        env.getPropertySources().addFirst(new MapPropertySource("weerbaarDatabase", props));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The embedded PostgreSQL ships for Linux on x86-64 only: the servers municipalities run the product on. */
    static boolean embeddedRunsOn(String osName, String osArch) {
        return osName != null
                && osName.toLowerCase(java.util.Locale.ROOT).startsWith("linux")
                && ("amd64".equals(osArch) || "x86_64".equals(osArch));
    }

    private static synchronized String startEmbedded(Path dir, String dbName) {
        if (!embeddedRunsOn(System.getProperty("os.name"), System.getProperty("os.arch"))) {
            throw new DatabaseUnavailableException("The embedded PostgreSQL runs on Linux x86-64 only: on this system"
                    + " set WEERBAAR_DB_URL (and WEERBAAR_DB_USER, WEERBAAR_DB_PASSWORD) to a PostgreSQL 15 or newer.");
        }
        try {
            if (embedded == null) {
                Files.createDirectories(dir);
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setPort(Integer.getInteger("weerbaar.db.embedded-port", 54329))
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(DatabaseEnvironment::stopEmbedded));
                LOG.info("Started embedded PostgreSQL with data in " + dir.toAbsolutePath());
            }
            String base = "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
            createIfMissing(base, "postgres", "", dbName);
            return base + dbName;
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUnavailableException("The embedded PostgreSQL did not start (" + e.getMessage()
                    + "): set WEERBAAR_DB_URL to a PostgreSQL 15 or newer.");
        }
    }

    private static void stopEmbedded() {
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** Creates {@code dbName} when it does not exist; false when the server can't be reached. */
    static boolean createIfMissing(String serverUrl, String user, String password, String dbName) {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement st = c.createStatement()) {
            try (ResultSet rs =
                    st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + dbName.replace("'", "''") + "'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE \"" + dbName.replace("\"", "") + "\"");
                    LOG.info("Created database " + dbName);
                }
            }
            return true;
        } catch (SQLException e) {
            LOG.debug("PostgreSQL at " + serverUrl + " not usable: " + e.getMessage());
            return false;
        }
    }
}
