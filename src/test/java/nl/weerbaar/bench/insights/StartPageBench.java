package nl.weerbaar.bench.insights;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.core.Viewer;
import nl.weerbaar.incidents.core.WorkCounts;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.platform.demo.PlatformDemoData;
import nl.weerbaar.platform.web.StartPage;
import nl.weerbaar.support.WebClient;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The coordinator's start page over a million incidents: fills Voorbeeldstad with the dashboard benchmark's facts
 * (once per database), turns them into incidents with their seven follow-up steps (once), prints the plans of the
 * incident counts, and times {@code GET /} as the coordinator (HTTP, session, every module's items, rendering)
 * against the modules' items collected directly ({@link StartPage#itemsFor}).
 *
 * <p>Run with {@code bench/insights/start-page.sh}. Arguments: JDBC server URL, database name (default {@code
 * weerbaar_bench_start}), incidents (default 1000000), rounds (default 300).
 */
public final class StartPageBench {

    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup", 100);

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        String database = args.length > 1 ? args[1] : "weerbaar_bench_start";
        int incidents = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        String url = nl.weerbaar.bench.BenchApp.database(server, database);
        ConfigurableApplicationContext app = nl.weerbaar.bench.BenchApp.start(url, "--weerbaar.demo.story=false");
        try {
            int port = nl.weerbaar.bench.BenchApp.port(app);
            UUID tenant = PlatformDemoData.VOORBEELDSTAD;
            UserIdentity coordinator;
            try (Connection owner = DriverManager.getConnection(url, "postgres", "")) {
                DashboardBench.fill(owner, tenant, incidents);
                coordinator = coordinator(owner, tenant);
                incidents(owner, tenant, coordinator.userId());
                explain(owner, tenant, coordinator);
            }
            StartPage startPage = app.getBean(StartPage.class);
            WebClient client = WebClient.loggedIn("http://localhost:" + port, "coordinator", PlatformDemoData.PASSWORD);
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                page(client);
                TenantContext.callAs(tenant, () -> startPage.itemsFor(coordinator));
            }
            var items = TenantContext.callAs(tenant, () -> startPage.itemsFor(coordinator));
            items.work().forEach(w -> System.out.printf("  %-28s %s%n", w.labelKey(), w.shownCount()));
            long[] http = new long[rounds];
            long[] direct = new long[rounds];
            long bytes = 0;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                bytes = page(client);
                http[i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                TenantContext.callAs(tenant, () -> startPage.itemsFor(coordinator));
                direct[i] = System.nanoTime() - t0;
            }
            long[] floor = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                if (client.getJson("/api/v1/me").statusCode() != 200) {
                    throw new IllegalStateException("GET /api/v1/me failed");
                }
                floor[i] = System.nanoTime() - t0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n%-44s %9s %9s%n%-44s %7.1fms %7.1fms   (%.0f kB)%n%-44s %7.1fms %7.1fms%n%-44s %7.1fms %7.1fms%n",
                    "coordinator's start page, " + rounds + " rounds",
                    "p50",
                    "p95",
                    "GET / (HTTP)",
                    DashboardBench.percentile(http, 50),
                    DashboardBench.percentile(http, 95),
                    bytes / 1024.0,
                    "items of every module (StartPage.itemsFor)",
                    DashboardBench.percentile(direct, 50),
                    DashboardBench.percentile(direct, 95),
                    "floor: GET /api/v1/me (session only)",
                    DashboardBench.percentile(floor, 50),
                    DashboardBench.percentile(floor, 95));
        } finally {
            app.close();
        }
    }

    /** GET / as the logged-in coordinator; fails unless 200; the page's size. */
    private static long page(WebClient client) {
        var answer = client.get("/");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the start page answered " + answer.statusCode());
        }
        return answer.body().length();
    }

    private static UserIdentity coordinator(Connection owner, UUID tenant) throws Exception {
        try (PreparedStatement ps = owner.prepareStatement(
                "SELECT id, display_name, department_id FROM app_user WHERE tenant_id = ? AND username = 'coordinator'")) {
            ps.setObject(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new UserIdentity(
                        rs.getObject(1, UUID.class),
                        tenant,
                        "coordinator",
                        rs.getString(2),
                        Set.of(Role.EMPLOYEE, Role.COORDINATOR),
                        rs.getObject(3, UUID.class));
            }
        }
    }

    /**
     * Incidents for the facts that have none yet, with the seven steps as registration makes them: owned by the
     * coordinator except in one open case in a hundred, due after the usual deadlines, done as the facts say (all
     * done once closed).
     */
    private static void incidents(Connection owner, UUID tenant, UUID coordinator) throws Exception {
        long t0 = System.nanoTime();
        try (Statement st = owner.createStatement()) {
            st.execute("SELECT set_config('app.tenant_id', '" + tenant + "', false)");
            int made = st.executeUpdate("""
                INSERT INTO incident (id, tenant_id, reporter_id, registered_by, channel, kinds, occurred_at,
                       registered_at, location_type, department_id, position_id, work_process, perpetrator_relation,
                       perpetrator_key, description, severity, severity_suggested, confidential, confidant_scope,
                       status, closed_at)
                SELECT f.incident_id, f.tenant_id, NULL, NULL, 'FORM', coalesce(k.kinds, ARRAY['INTIMIDATION']),
                       f.occurred_at, f.registered_at, coalesce(f.location_type, 'OTHER'), f.department_id,
                       f.position_id, f.work_process, coalesce(f.perpetrator_relation, 'UNKNOWN'), f.perpetrator_key,
                       'Gegenereerd voor de meting van de startpagina.', coalesce(f.severity, 'LOW'),
                       coalesce(f.severity, 'LOW'), f.confidential,
                       CASE WHEN f.confidential THEN 'CIVIL_SERVANTS' END,
                       CASE WHEN f.closed_at IS NULL THEN 'OPEN' ELSE 'CLOSED' END, f.closed_at
                  FROM insights_incident f
                  LEFT JOIN (SELECT incident_id, array_agg(kind) AS kinds FROM insights_incident_kind
                              WHERE tenant_id = '%1$s' GROUP BY incident_id) k ON k.incident_id = f.incident_id
                 WHERE f.tenant_id = '%1$s' AND NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = f.incident_id)""".formatted(tenant, coordinator));
            if (made == 0) {
                System.out.println("Incidents present");
                return;
            }
            System.out.printf("%,d incidents made from the facts%n", made);
            int steps = st.executeUpdate("""
                INSERT INTO incident_step (id, tenant_id, incident_id, step, position, owner_id, due_at, status,
                       completed_at)
                SELECT gen_random_uuid(), i.tenant_id, i.id, s.step, s.pos - 1,
                       CASE WHEN i.status = 'OPEN' AND abs(hashtext(i.id::text)) %% 100 = 0 THEN NULL
                            ELSE '%2$s'::uuid END,
                       CASE s.step WHEN 'EVIDENCE' THEN i.occurred_at + interval '6 days'
                                   WHEN 'AFTERCARE' THEN i.registered_at + interval '24 hours'
                                   WHEN 'PERPETRATOR_RESPONSE' THEN i.registered_at + interval '48 hours'
                                   ELSE i.registered_at + interval '14 days' END,
                       CASE WHEN i.status = 'CLOSED' OR s.done IS NOT NULL THEN 'DONE' ELSE 'OPEN' END,
                       CASE WHEN i.status = 'CLOSED' OR s.done IS NOT NULL THEN coalesce(s.done, i.closed_at) END
                  FROM incident i
                  JOIN insights_incident f ON f.tenant_id = i.tenant_id AND f.incident_id = i.id
                 CROSS JOIN LATERAL (VALUES ('AFTERCARE', 1, f.aftercare_at),
                       ('PERPETRATOR_RESPONSE', 2, f.perpetrator_response_at), ('POLICE_REPORT', 3, NULL),
                       ('EVIDENCE', 4, NULL), ('DAMAGE_RECOVERY', 5, NULL), ('FEEDBACK', 6, f.feedback_at),
                       ('LESSONS', 7, NULL)) AS s (step, pos, done)
                 WHERE i.tenant_id = '%1$s'
                   AND NOT EXISTS (SELECT 1 FROM incident_step x WHERE x.tenant_id = i.tenant_id
                         AND x.incident_id = i.id)""".formatted(tenant, coordinator));
            System.out.printf("%,d follow-up steps made%n", steps);
            st.execute("VACUUM ANALYZE incident");
            st.execute("VACUUM ANALYZE incident_step");
        }
        System.out.printf("Incidents and steps in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The plans of the coordinator's incident counts, with the viewer's values written in. */
    private static void explain(Connection owner, UUID tenant, UserIdentity coordinator) throws Exception {
        String handles = Viewer.HANDLES
                .replace("CAST(:vMe AS uuid)", "'" + coordinator.userId() + "'::uuid")
                .replace("CAST(:vScope AS text)", "NULL::text")
                .replace(":vCoord", "true")
                .replace(":vManager", "false")
                .replace("CAST(:vDept AS uuid)", "NULL::uuid")
                .replace(":vLegal", "false");
        try (Statement st = owner.createStatement()) {
            st.execute("SET ROLE weerbaar_app");
            st.execute("SELECT set_config('app.tenant_id', '" + tenant + "', false)");
            for (String work : new String[] {"overdue", "unowned", "evidence"}) {
                String q = ("SELECT count(*) FROM (SELECT 1 FROM incident i WHERE i.tenant_id = '" + tenant
                                + "' AND i.status = 'OPEN' AND i.anonymised_at IS NULL AND ("
                                + WorkCounts.condition(work)
                                + ") AND (" + handles + ") LIMIT " + (nl.weerbaar.platform.StartItem.MOST + 1) + ") c")
                        .replace(":wNow", "now()")
                        .replace(":wSoon", "now() + interval '7 days'");
                System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) " + work);
                try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + q)) {
                    while (rs.next()) {
                        System.out.println("  " + rs.getString(1));
                    }
                }
            }
            st.execute("RESET ROLE");
        }
    }

    private StartPageBench() {}
}
