package nl.weerbaar.bench.meldpunt;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.bench.BenchApp;
import nl.weerbaar.platform.demo.PlatformDemoData;
import nl.weerbaar.support.WebClient;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The recipients' list of the meldpunt over many reports, run on purpose by {@code bench/meldpunt/inbox.sh}: fills
 * Voorbeeldstad with reports of two years (once per database, in SQL; contents are random bytes, as sealed content is
 * to the database), starts the application and times {@code GET /meldpunt} over HTTP with each filter and a deep page,
 * as the coordinator (a primary recipient) and as the secretary (the fallback); prints the plan of the first page.
 *
 * <p>Arguments: JDBC server URL (default {@code jdbc:postgresql://127.0.0.1:5432/}), database (default
 * {@code weerbaar_bench_meldpunt}), reports (default 10000), rounds (default 300).
 */
public final class InboxBench {

    record Scenario(String name, String user, String query) {}

    private InboxBench() {}

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        String database = args.length > 1 ? args[1] : "weerbaar_bench_meldpunt";
        int reports = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int warmUp = Integer.getInteger("bench.warmup", 50);
        String url = BenchApp.database(server, database);
        ConfigurableApplicationContext app = BenchApp.start(url, "--weerbaar.demo.story=false");
        try {
            UUID tenant = PlatformDemoData.VOORBEELDSTAD;
            try (Connection owner = DriverManager.getConnection(url, "postgres", "")) {
                fill(owner, tenant, reports);
            }
            List<Scenario> scenarios = List.of(
                    new Scenario("first page (coordinator)", "coordinator", ""),
                    new Scenario("state: new (coordinator)", "coordinator", "state=NEW"),
                    new Scenario("state: informed (coordinator)", "coordinator", "state=INFORMED"),
                    new Scenario("kind: leak (coordinator)", "coordinator", "kind=LEAK"),
                    new Scenario("overdue (coordinator)", "coordinator", "overdue=true"),
                    new Scenario("waiting for us (coordinator)", "coordinator", "waiting=true"),
                    new Scenario("page 300 (coordinator)", "coordinator", "page=300"),
                    new Scenario("100 on a page (coordinator)", "coordinator", "pageSize=100"),
                    new Scenario("first page (secretary, fallback)", "secretaris", ""));
            String base = "http://localhost:" + BenchApp.port(app);
            WebClient coordinator = WebClient.loggedIn(base, "coordinator", PlatformDemoData.PASSWORD);
            WebClient secretary = WebClient.loggedIn(base, "secretaris", PlatformDemoData.PASSWORD);
            for (int i = 0; i < warmUp; i++) {
                for (Scenario s : scenarios) {
                    get(s.user().equals("coordinator") ? coordinator : secretary, s.query());
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d reports in Voorbeeldstad, %d rounds per scenario after %d rounds of warm-up%n%-36s %9s %9s %9s %5s%n",
                    count(url, tenant),
                    rounds,
                    warmUp,
                    "scenario",
                    "p50",
                    "p95",
                    "max",
                    "rows");
            for (Scenario s : scenarios) {
                WebClient client = s.user().equals("coordinator") ? coordinator : secretary;
                long[] times = new long[rounds];
                int rows = 0;
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    String page = get(client, s.query());
                    times[i] = System.nanoTime() - t0;
                    rows = page.split("<tr>", -1).length - 2;
                }
                java.util.Arrays.sort(times);
                System.out.printf(
                        Locale.ROOT,
                        "%-36s %7.1fms %7.1fms %7.1fms %5d%n",
                        s.name(),
                        times[rounds / 2] / 1e6,
                        times[(int) Math.ceil(rounds * 0.95) - 1] / 1e6,
                        times[rounds - 1] / 1e6,
                        Math.max(rows, 0));
            }
        } finally {
            app.close();
        }
    }

    private static String get(WebClient client, String query) {
        var page = client.get("/meldpunt" + (query.isEmpty() ? "" : "?" + query));
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the list answered " + page.statusCode());
        }
        return page.body();
    }

    private static long count(String url, UUID tenant) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT count(*) FROM meldpunt_report WHERE tenant_id = '" + tenant + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Reports up to {@code count}, received over the last two years: most older ones acknowledged after three days and
     * the reporter informed after fifty, one in twenty keeping the coordinator out, one in a hundred keeping out every
     * primary recipient; a third with a question and an answer, half of those answered last by the reporter. Written
     * as the schema owner.
     */
    static void fill(Connection owner, UUID tenant, int count) throws Exception {
        long have;
        try (Statement st = owner.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT count(*) FROM meldpunt_report WHERE tenant_id = '" + tenant + "'")) {
            rs.next();
            have = rs.getLong(1);
        }
        if (have >= count) {
            return;
        }
        long t0 = System.nanoTime();
        try (Statement st = owner.createStatement()) {
            st.execute("SELECT setseed(0.42)");
            st.executeUpdate(("""
                WITH people AS (
                  SELECT (SELECT id FROM app_user WHERE tenant_id = '%1$s' AND username = 'coordinator') AS coordinator,
                         ARRAY(SELECT u.id FROM app_user u WHERE u.tenant_id = '%1$s'
                                  AND u.username IN ('coordinator', 'vertrouwenspersoon', 'vertrouwenspersoon.bestuur')) AS primaries),
                made AS (
                  SELECT gen_random_uuid() AS id, (ARRAY['MISCONDUCT','LEAK','CONFLICT_OF_INTEREST','FAVOURED_DECISION',
                         'OUTSIDE_PRESSURE','UNDERMINING'])[1 + floor(random() * 6)::int] AS kind,
                         current_date - floor(random() * 730)::int AS received_on, random() AS r, random() AS keep_out
                    FROM generate_series(1, %2$d))
                INSERT INTO meldpunt_report (id, tenant_id, kind, received_on, receipt_hash, key_nonce, key_wrapped,
                       content_nonce, content, not_to, acknowledged_on, informed_on)
                SELECT m.id, '%1$s', m.kind, m.received_on, 'bench-' || m.id,
                       decode(md5(m.id::text), 'hex'), decode(md5(random()::text) || md5(random()::text), 'hex'),
                       decode(md5(random()::text), 'hex'), decode(repeat(md5(random()::text), 40), 'hex'),
                       CASE WHEN m.keep_out < 0.01 THEN p.primaries
                            WHEN m.keep_out < 0.06 THEN ARRAY[p.coordinator] ELSE '{}'::uuid[] END,
                       CASE WHEN m.received_on < current_date - 7 AND m.r < 0.95 THEN m.received_on + 3 END,
                       CASE WHEN m.received_on < current_date - 60 AND m.r < 0.85 THEN m.received_on + 53 END
                  FROM made m, people p""").formatted(tenant, count - have));
            st.executeUpdate(("""
                INSERT INTO meldpunt_message (id, tenant_id, report_id, seq, from_reporter, author_id, sent_on,
                       body_nonce, body)
                SELECT gen_random_uuid(), r.tenant_id, r.id, s.seq, s.seq = 2, CASE WHEN s.seq <> 2 THEN u.id END,
                       r.received_on + s.seq, decode(md5(random()::text), 'hex'), decode(repeat(md5(random()::text), 8), 'hex')
                  FROM meldpunt_report r
                  JOIN app_user u ON u.tenant_id = r.tenant_id AND u.username = 'coordinator'
                  CROSS JOIN generate_series(1, 3) s(seq)
                 WHERE r.tenant_id = '%1$s' AND r.receipt_hash LIKE 'bench-%%'
                   AND NOT EXISTS (SELECT 1 FROM meldpunt_message x WHERE x.report_id = r.id)
                   AND get_byte(decode(md5(r.id::text), 'hex'), 0) < 85
                   AND (s.seq < 3 OR get_byte(decode(md5(r.id::text), 'hex'), 1) < 128)""").formatted(tenant));
            st.executeUpdate(("""
                UPDATE meldpunt_report r SET awaiting_reply = (SELECT m.from_reporter FROM meldpunt_message m
                        WHERE m.report_id = r.id ORDER BY m.seq DESC LIMIT 1)
                 WHERE r.tenant_id = '%1$s' AND EXISTS (SELECT 1 FROM meldpunt_message m WHERE m.report_id = r.id)""").formatted(tenant));
            st.execute("ANALYZE meldpunt_report");
            st.execute("ANALYZE meldpunt_message");
        }
        System.out.printf(Locale.ROOT, "filled in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
