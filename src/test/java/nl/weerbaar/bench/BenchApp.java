package nl.weerbaar.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.WeerbaarApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every benchmark that runs the application in-process does first: make sure its database exists (kept between
 * runs, so that generated volume is reused) and start the application on it, in demo mode, quietly, on a free port.
 */
public final class BenchApp {

    private BenchApp() {}

    /** The JDBC URL of {@code database} on {@code server}, created when missing (as user postgres). */
    public static String database(String server, String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + database);
            }
        }
        return server + database;
    }

    /** The application on {@code url} with the demo municipalities, plus the benchmark's own {@code arguments}. */
    public static ConfigurableApplicationContext start(String url, String... arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--weerbaar.db.url=" + url,
                "--weerbaar.db.user=postgres",
                "--weerbaar.db.password=",
                "--weerbaar.demo.enabled=true",
                "--logging.level.root=WARN",
                "--logging.structured.format.console=",
                "--spring.main.banner-mode=off"));
        all.addAll(List.of(arguments));
        return SpringApplication.run(WeerbaarApplication.class, all.toArray(String[]::new));
    }

    /** The port the started application listens on. */
    public static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
