package nl.weerbaar.registries.bag;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Loads a BAG extract outside the application, in a JVM of its own (the memory check and the benchmark):
 * {@code java -Xmx512m -cp … nl.weerbaar.registries.bag.BagLoadMain <jdbc-url> <user> <extract.zip> [role]}. Prints
 * the breakdown as one line ({@code objects=… total=… inflate=… parse=… copy=… indexes=… logged=…}, milliseconds).
 */
public final class BagLoadMain {

    private BagLoadMain() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        Path file = Path.of(args[2]);
        String role = args.length > 3 ? args[3] : "weerbaar_app";
        PGSimpleDataSource ds = new PGSimpleDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c =
                        DriverManager.getConnection(url, user, System.getenv().getOrDefault("PGPASSWORD", ""));
                try (var st = c.createStatement()) {
                    st.execute("SET ROLE " + role);
                }
                return c;
            }
        };
        BagLoader.Result r = new BagLoader(ds, Clock.systemUTC()::instant, new LoadProgress()).loadStand(file);
        BagLoader.Breakdown b = r.breakdown();
        System.out.println("objects=" + r.objects() + " parts=" + r.parts() + " resumed=" + r.resumedParts()
                + " total=" + b.total() + " inflate=" + b.inflate() + " parse=" + b.parse() + " copy=" + b.copy()
                + " indexes=" + b.indexes() + " logged=" + b.logged());
    }
}
