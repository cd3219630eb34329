package nl.weerbaar.bench.insights;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import nl.weerbaar.bench.HttpConnection;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Scope;
import nl.weerbaar.insights.web.Dashboards;
import nl.weerbaar.insights.web.Filter;
import nl.weerbaar.insights.web.Viewer;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.demo.PlatformDemoData;
import nl.weerbaar.support.WebClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard benchmark: fills Voorbeeldstad with a million incidents (once per database), starts the application,
 * and measures per scenario the dashboard request as the coordinator (HTTP, session, rendering, audit) against the
 * same aggregate queries run directly, in the same run. Prints p50/p95 and the ratio of p95s.
 *
 * <p>Run with {@code bench/insights/run.sh}. Arguments: JDBC server URL (default {@code jdbc:postgresql://127.0.0.1:5432/}),
 * database name (default {@code weerbaar_bench_insights}), incidents (default 1000000), rounds (default 100).
 */
public final class DashboardBench {

    /** Rounds of all scenarios, one after the other, before the first is measured ({@code -Dbench.warmup}). */
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup", 40);

    /**
     * Warm-up goes on past {@link #WARM_UP_ROUNDS} while a block of ten rounds still costs the JIT more than this many
     * milliseconds of compilation ({@code -Dbench.jitQuiet}), up to {@link #WARM_UP_MAX} rounds: on two cores the
     * compiler threads take CPU from the requests being measured.
     */
    static final long JIT_QUIET_MILLIS = Long.getLong("bench.jitQuiet", 100);

    static final int WARM_UP_MAX = Integer.getInteger("bench.warmupMax", 1000);

    /** Whether the demo municipalities take part in the comparison with other municipalities ({@code -Dbench.optIn}). */
    static final boolean OPT_IN = Boolean.parseBoolean(System.getProperty("bench.optIn", "true"));

    record Scenario(
            String name, String query, Period.Granularity granularity, Dimension by, boolean department, String kind) {}

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        String database = args.length > 1 ? args[1] : "weerbaar_bench_insights";
        int incidents = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        String url = nl.weerbaar.bench.BenchApp.database(server, database);
        ConfigurableApplicationContext app = nl.weerbaar.bench.BenchApp.start(url);
        try {
            int port = nl.weerbaar.bench.BenchApp.port(app);
            UUID tenant = PlatformDemoData.VOORBEELDSTAD;
            try (Connection owner = DriverManager.getConnection(url, "postgres", "")) {
                fill(owner, tenant, incidents);
                // by default the page of a municipality that takes part in the comparison with others, the heavier one;
                // a municipality's own setting (insights_settings) wins over the platform's default, so both are set
                try (Statement st = owner.createStatement()) {
                    st.executeUpdate("UPDATE municipality SET benchmark_opt_in = " + OPT_IN);
                    st.executeUpdate("UPDATE insights_settings SET benchmark_opt_in = " + OPT_IN);
                }
                explain(owner, tenant);
            }
            Insights insights = app.getBean(Insights.class);
            nl.weerbaar.insights.dashboard.Benchmark benchmark =
                    app.getBean(nl.weerbaar.insights.dashboard.Benchmark.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            WebClient coordinator =
                    WebClient.loggedIn("http://localhost:" + port, "coordinator", PlatformDemoData.PASSWORD);
            // The timed requests go over one blocking keep-alive socket with the coordinator's session cookie: no
            // client
            // threads between sending and reading, as on the SQL side (java.net.http hands every answer through its
            // own).
            HttpConnection page = new HttpConnection("localhost", port);
            String session = "Cookie: " + coordinator.cookieHeader() + "\r\n";
            UUID socialServices = TenantContext.callAs(
                    tenant,
                    () -> app.getBean(nl.weerbaar.platform.Organisation.class).departments().stream()
                            .filter(d -> d.code().equals("SD"))
                            .findFirst()
                            .orElseThrow()
                            .id());
            String today = java.time.LocalDate.now(DutchTime.ZONE).toString();
            int comparison = TenantContext.callAs(
                            tenant,
                            () -> benchmark.compare(
                                    Period.containing(Period.Granularity.YEAR, java.time.LocalDate.now(DutchTime.ZONE)),
                                    5))
                    .size();
            if (OPT_IN == (comparison == 0)) {
                throw new IllegalStateException(
                        "taking part is " + OPT_IN + ", but the comparison has " + comparison + " lines");
            }
            System.out.printf(
                    "Comparison with other municipalities: %s (%d lines)%n", OPT_IN ? "on" : "off", comparison);
            List<Scenario> scenarios = List.of(
                    new Scenario(
                            "quarter by department (default)",
                            "granularity=QUARTER&by=DEPARTMENT",
                            Period.Granularity.QUARTER,
                            Dimension.DEPARTMENT,
                            false,
                            null),
                    new Scenario(
                            "month by kind",
                            "granularity=MONTH&by=KIND",
                            Period.Granularity.MONTH,
                            Dimension.KIND,
                            false,
                            null),
                    new Scenario(
                            "year by work process",
                            "granularity=YEAR&by=WORK_PROCESS",
                            Period.Granularity.YEAR,
                            Dimension.WORK_PROCESS,
                            false,
                            null),
                    new Scenario(
                            "quarter, one department, by position",
                            "granularity=QUARTER&by=POSITION&department=" + socialServices,
                            Period.Granularity.QUARTER,
                            Dimension.POSITION,
                            true,
                            null),
                    new Scenario(
                            "year, one kind, by relation",
                            "granularity=YEAR&by=PERPETRATOR_RELATION&kind=BRIBERY",
                            Period.Granularity.YEAR,
                            Dimension.PERPETRATOR_RELATION,
                            false,
                            "BRIBERY"));
            // -Dbench.scenario=text measures only the scenarios whose name contains it (e.g. for a flight recording)
            String only = System.getProperty("bench.scenario", "");
            scenarios = scenarios.stream().filter(s -> s.name().contains(only)).toList();
            // Warm-up of every scenario before any is measured: the page and the statements are compiled by the JIT
            // once, whichever scenario comes first (with ten rounds per scenario the first one carried the warm-up).
            // After the minimum, blocks of ten more rounds until the JIT compiled next to nothing in a block: the
            // figures are those of a server that has been running a while, not of one still compiling its pages.
            java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            long warmStart = System.nanoTime();
            int warmed = 0;
            long blockCompiled;
            do {
                long compiledBefore = jit.getTotalCompilationTime();
                for (int block = 0; block < 10; block++, warmed++) {
                    for (Scenario s : scenarios) {
                        check(page.send("GET", "/insights?at=" + today + "&" + s.query(), session + HTML, null, false));
                        sql(insights, benchmark, tx, tenant, s, socialServices).get();
                    }
                }
                blockCompiled = jit.getTotalCompilationTime() - compiledBefore;
            } while (warmed < WARM_UP_ROUNDS || (blockCompiled > JIT_QUIET_MILLIS && warmed < WARM_UP_MAX));
            System.out.printf(
                    Locale.ROOT,
                    "%nWarm-up: %d rounds of every scenario in %.0f s; JIT compilation so far %,d ms%n",
                    warmed,
                    (System.nanoTime() - warmStart) / 1e9,
                    jit.getTotalCompilationTime());
            System.out.printf(
                    Locale.ROOT,
                    "%n%-42s %9s %9s %9s %9s %7s %8s %9s %9s %9s %9s %9s%n",
                    "scenario",
                    "http p50",
                    "http p95",
                    "sql p50",
                    "sql p95",
                    "ratio",
                    "page",
                    "server",
                    "cpu",
                    "service",
                    "alloc",
                    "gc");
            for (Scenario s : scenarios) {
                String path = "/insights?at=" + today + "&" + s.query();
                Supplier<Object> sql = sql(insights, benchmark, tx, tenant, s, socialServices);
                long[] http = new long[rounds];
                long[] bare = new long[rounds];
                long[] service = new long[rounds];
                Dashboards dashboards = app.getBean(Dashboards.class);
                Filter filter = new Filter(
                        s.granularity().name(),
                        today,
                        s.by().name(),
                        s.department() ? socialServices.toString() : null,
                        s.kind(),
                        java.time.LocalDate.now(DutchTime.ZONE));
                long bytes = 0;
                double[] server0 = serverTime(app);
                long cpu0 = requestThreadsCpu();
                long alloc0 = requestThreadsAllocated();
                long[] gc0 = collections();
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    bytes = check(page.send("GET", path, session + HTML, null, false));
                    http[i] = System.nanoTime() - t0;
                    t0 = System.nanoTime();
                    sql.get();
                    bare[i] = System.nanoTime() - t0;
                    // the page's service call on its own: the same SQL plus settings, departments, audit record and
                    // commit
                    t0 = System.nanoTime();
                    TenantContext.callAs(tenant, () -> dashboards.page(COORDINATOR, filter));
                    service[i] = System.nanoTime() - t0;
                }
                double hp95 = percentile(http, 95);
                double sp95 = percentile(bare, 95);
                double[] server1 = serverTime(app);
                double cpu = (requestThreadsCpu() - cpu0) / 1e6 / rounds;
                double alloc = (requestThreadsAllocated() - alloc0) / 1048576.0 / rounds;
                long[] gc1 = collections();
                System.out.printf(
                        Locale.ROOT,
                        "%-42s %7.1fms %7.1fms %7.1fms %7.1fms %6.2fx %6.0fkB %7.1fms %7.1fms %7.1fms %6.1fMiB %4d/%3dms%n",
                        s.name(),
                        percentile(http, 50),
                        hp95,
                        percentile(bare, 50),
                        sp95,
                        hp95 / sp95,
                        bytes / 1024.0,
                        (server1[1] - server0[1]) / Math.max(1, server1[0] - server0[0]),
                        cpu,
                        percentile(service, 50),
                        alloc,
                        gc1[0] - gc0[0],
                        gc1[1] - gc0[1]);
            }
            // The floor under every page: a logged-in request that reads nothing but the session (GET /api/v1/me).
            long[] floor = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                check(page.send("GET", "/api/v1/me", session + "Accept: application/json\r\n", null, false));
                floor[i] = System.nanoTime() - t0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-42s %7.1fms %7.1fms%n",
                    "floor: GET /api/v1/me (session only)",
                    percentile(floor, 50),
                    percentile(floor, 95));
        } finally {
            app.close();
        }
    }

    /** The same aggregate statements the page runs: its figures and the benchmark of other municipalities. */
    private static Supplier<Object> sql(
            Insights insights,
            nl.weerbaar.insights.dashboard.Benchmark benchmark,
            TransactionTemplate tx,
            UUID tenant,
            Scenario s,
            UUID socialServices) {
        Period period = Period.containing(s.granularity(), java.time.LocalDate.now(DutchTime.ZONE));
        Scope scope = new Scope(s.department() ? socialServices : null, s.kind());
        return () -> TenantContext.callAs(
                tenant,
                () -> tx.execute(t -> List.of(insights.figures(s.by(), scope, period), benchmark.compare(period, 5))));
    }

    /** The coordinator's view of the analyses (whole municipality, exact counts). */
    private static final Viewer COORDINATOR = new Viewer(null, true, true);

    private static final String HTML = "Accept: text/html\r\n";

    /**
     * Dashboard requests so far and their total time inside the application (from the request metric, which starts
     * when the servlet filters begin and stops when the answer is written): the mean says how much of the time seen by
     * the client is spent in the application at all.
     */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time so far of the server's request threads, in nanoseconds. */
    private static long requestThreadsCpu() {
        return sumOverRequestThreads(THREADS::getThreadCpuTime);
    }

    /** Bytes allocated so far by the server's request threads (the page's garbage, which the collector must clear). */
    private static long requestThreadsAllocated() {
        return sumOverRequestThreads(THREADS::getThreadAllocatedBytes);
    }

    private static long sumOverRequestThreads(java.util.function.LongUnaryOperator perThread) {
        long total = 0;
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio-")) {
                total += Math.max(0, perThread.applyAsLong(info.getThreadId()));
            }
        }
        return total;
    }

    /** Garbage collections so far and their total time in ms, over all collectors of the JVM. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc :
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static double[] serverTime(ConfigurableApplicationContext app) {
        io.micrometer.core.instrument.Timer timer = app.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .find("http.server.requests")
                .tag("uri", "/insights")
                .timer();
        return timer == null
                ? new double[2]
                : new double[] {timer.count(), timer.totalTime(java.util.concurrent.TimeUnit.MICROSECONDS) / 1000.0};
    }

    /** Fails unless the answer is a 200 with a body; returns the body's size. */
    static long check(HttpConnection.Answer answer) {
        if (answer.status() != 200 || answer.bytes() == 0) {
            throw new IllegalStateException(
                    "the application answered " + answer.status() + " (" + answer.bytes() + " bytes)");
        }
        return answer.bytes();
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    static void fill(Connection owner, UUID tenant, int incidents) throws Exception {
        try (Statement st = owner.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT count(*) FROM insights_incident WHERE tenant_id = '" + tenant + "'")) {
            rs.next();
            if (rs.getLong(1) >= incidents) {
                System.out.printf("%,d incidents present%n", rs.getLong(1));
                return;
            }
        }
        List<Object[]> departments = new ArrayList<>();
        List<UUID> positions = new ArrayList<>();
        try (Statement st = owner.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, code FROM department WHERE tenant_id = '" + tenant + "'")) {
                while (rs.next()) {
                    departments.add(new Object[] {rs.getObject(1, UUID.class), rs.getString(2)});
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id FROM position WHERE tenant_id = '" + tenant + "'")) {
                while (rs.next()) {
                    positions.add(rs.getObject(1, UUID.class));
                }
            }
        }
        long t0 = System.nanoTime();
        System.out.printf("Generating %,d incidents ...%n", incidents);
        new IncidentGenerator()
                .generate(owner, tenant, IncidentGenerator.departments(departments), positions, incidents, 10);
        System.out.printf("Generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Prints the plans of the statements that still read the facts, and of one read of the kept counts per kind. */
    private static void explain(Connection owner, UUID tenant) throws Exception {
        String[] queries = {
            "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT perpetrator_key, count(*) AS n FROM insights_incident"
                    + " WHERE tenant_id = '" + tenant
                    + "' AND perpetrator_key IS NOT NULL AND occurred_on >= current_date - 365"
                    + " GROUP BY 1 HAVING count(*) >= 2) r",
            "SELECT count(*) FILTER (WHERE aftercare_at IS NULL AND registered_at >= now() - interval '24 hours')"
                    + " FROM insights_incident WHERE tenant_id = '" + tenant + "' AND closed_at IS NULL"
                    + " AND registered_at >= now() - interval '168 hours'",
            "SELECT sum(open_aftercare), sum(open_evidence) FROM insights_month_followup WHERE tenant_id = '" + tenant
                    + "' AND kind IS NULL",
            "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT perpetrator_key, count(*) AS n FROM insights_incident_kind"
                    + " WHERE tenant_id = '" + tenant + "' AND kind = 'BRIBERY' AND perpetrator_key IS NOT NULL"
                    + " AND occurred_on >= current_date - 365 GROUP BY 1 HAVING count(*) >= 2) r",
            "SELECT key, sum(n) FROM insights_kind_month_count WHERE tenant_id = '" + tenant + "' AND kind = 'BRIBERY'"
                    + " AND dimension = 'PERPETRATOR_RELATION' AND month >= date_trunc('year', current_date) - interval '1 year'"
                    + " GROUP BY 1"
        };
        try (Statement st = owner.createStatement()) {
            for (String q : queries) {
                System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) " + q);
                try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + q)) {
                    while (rs.next()) {
                        System.out.println("  " + rs.getString(1));
                    }
                }
            }
        }
    }

    private DashboardBench() {}
}
