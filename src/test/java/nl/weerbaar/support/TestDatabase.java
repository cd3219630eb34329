package nl.weerbaar.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One fresh PostgreSQL database per test JVM: on the server of {@code WEERBAAR_TEST_DB_URL} when set
 * (e.g. {@code jdbc:postgresql://host:5432/}), else on 127.0.0.1:5432, else an embedded PostgreSQL
 * (not as root). Fails loudly, naming what to start, when none is available. Databases of earlier runs
 * (older than two hours) are dropped at the start of the next run, never while the application may still use them.
 */
public final class TestDatabase {

    private static String url;
    private static String user;
    private static String password;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {}

    /** Creates the database once and points the application at it through system properties. */
    public static synchronized void ensure() {
        if (url != null) {
            return;
        }
        String server = System.getenv("WEERBAAR_TEST_DB_URL");
        user = System.getenv().getOrDefault("WEERBAAR_TEST_DB_USER", "postgres");
        password = System.getenv().getOrDefault("WEERBAAR_TEST_DB_PASSWORD", "");
        if (server == null || server.isBlank()) {
            server = "jdbc:postgresql://127.0.0.1:5432/";
            if (!reachable(server)) {
                if ("root".equals(System.getProperty("user.name"))) {
                    throw new IllegalStateException(
                            "Tests need PostgreSQL: start it on 127.0.0.1:5432 (user postgres, trust) "
                                    + "or set WEERBAAR_TEST_DB_URL. Embedded PostgreSQL refuses to run as root.");
                }
                try {
                    embedded = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new IllegalStateException("Tests need PostgreSQL: embedded PostgreSQL did not start", e);
                }
                server = "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
            }
        }
        if (!server.endsWith("/")) {
            server = server.substring(0, server.lastIndexOf('/') + 1);
        }
        String name = "weerbaar_test_" + System.currentTimeMillis() + "_"
                + ThreadLocalRandom.current().nextInt(1000);
        exec(server + "postgres", "CREATE DATABASE " + name);
        url = server + name;
        dropStale(server + "postgres");
        System.setProperty("weerbaar.db.url", url);
        System.setProperty("weerbaar.db.user", user);
        System.setProperty("weerbaar.db.password", password);
    }

    /** JDBC URL of this run's database (owner credentials: bypasses nothing, but owns the tables). */
    public static String url() {
        ensure();
        return url;
    }

    /**
     * A new, empty database on the same server, for a test that starts the application on its own (the packaged
     * jar); {@link #drop} it afterwards (left-overs are dropped by a later run like the run's own database).
     */
    public static String freshDatabase() {
        String server = url().substring(0, url().lastIndexOf('/') + 1);
        String name = "weerbaar_test_" + System.currentTimeMillis() + "_"
                + ThreadLocalRandom.current().nextInt(1000) + "fresh";
        exec(server + "postgres", "CREATE DATABASE " + name);
        return server + name;
    }

    /** Drops a database made by {@link #freshDatabase}, ending its connections. */
    public static void drop(String databaseUrl) {
        String server = databaseUrl.substring(0, databaseUrl.lastIndexOf('/') + 1);
        String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
        exec(server + "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public static String user() {
        ensure();
        return user;
    }

    public static String password() {
        ensure();
        return password;
    }

    /** A connection as the schema owner, for tests that inspect or tamper with the database directly. */
    public static Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private static void dropStale(String adminUrl) {
        long cutoff = System.currentTimeMillis() - 2 * 3600_000L;
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'weerbaar\\_test\\_%'")) {
            java.util.List<String> stale = new java.util.ArrayList<>();
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                if (parts.length == 4 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < cutoff) {
                    stale.add(rs.getString(1));
                }
            }
            for (String name : stale) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            // leftovers only cost disk space
        }
    }

    private static boolean reachable(String server) {
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void exec(String jdbcUrl, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
