package nl.weerbaar.incidents.core;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.demo.PlatformDemoData;
import nl.weerbaar.support.WebClient;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The incident-list benchmark, run on purpose by {@code bench/incidents/search.sh} (not part of {@code verify}):
 * fills Voorbeeldstad with a million incidents and their seven steps each (once per database, with SQL
 * {@code generate_series}), starts the application and measures the list page over HTTP — search by a word, by
 * several, by a rare one, by a perpetrator's address, with filters — as the coordinator and as a department's
 * manager: p50, p95 and the longest, after a warm-up. Prints the plan PostgreSQL chose for every scenario.
 *
 * <p>Arguments: JDBC server URL (default {@code jdbc:postgresql://127.0.0.1:5432/}), database (default
 * {@code weerbaar_bench_search}), incidents (default 1000000), rounds (default 200).
 */
public final class SearchBenchmark {

    /** A request of the list page by one demo user. */
    record Scenario(String name, String user, String query) {}

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        String database = args.length > 1 ? args[1] : "weerbaar_bench_search";
        int incidents = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int warmUp = Integer.getInteger("bench.warmup", 30);
        String url = nl.weerbaar.bench.BenchApp.database(server, database);
        ConfigurableApplicationContext app =
                nl.weerbaar.bench.BenchApp.start(url, "--weerbaar.security.login-attempts-per-minute=100000");
        StringBuilder out = new StringBuilder();
        try {
            int port = nl.weerbaar.bench.BenchApp.port(app);
            UUID tenant = PlatformDemoData.VOORBEELDSTAD;
            try (Connection owner = DriverManager.getConnection(url, "postgres", "")) {
                fill(owner, tenant, incidents);
            }
            List<Scenario> scenarios = List.of(
                    new Scenario("list, no search (coordinator)", "coordinator", ""),
                    new Scenario("case number: VBS-2024-12345 (coordinator)", "coordinator", "q=VBS-2024-12345"),
                    new Scenario("number as typed: 2024-4711 (coordinator)", "coordinator", "q=2024-4711"),
                    new Scenario("beginning of a number: VBS-2024-123 (coordinator)", "coordinator", "q=VBS-2024-123"),
                    new Scenario("common word: bedreigd (coordinator)", "coordinator", "q=bedreigd"),
                    new Scenario("two words: bedreiging balie (coordinator)", "coordinator", "q=bedreiging+balie"),
                    new Scenario("rare word: omkoping (coordinator)", "coordinator", "q=omkoping"),
                    new Scenario("word found nowhere (coordinator)", "coordinator", "q=zwaardvis"),
                    new Scenario(
                            "perpetrator's address (coordinator)",
                            "coordinator",
                            "q=" + URLEncoder.encode("Kerkstraat 4", StandardCharsets.UTF_8)),
                    new Scenario(
                            "word + open + overdue (coordinator)",
                            "coordinator",
                            "q=uitgescholden&status=OPEN&overdue=true"),
                    new Scenario("word, page 40 (coordinator)", "coordinator", "q=balie&page=40"),
                    new Scenario("common word: bedreigd (manager)", "leidinggevende", "q=bedreigd"),
                    new Scenario("rare word: omkoping (manager)", "leidinggevende", "q=omkoping"),
                    new Scenario("case number: VBS-2024-12345 (manager)", "leidinggevende", "q=VBS-2024-12345"));
            String only = System.getProperty("bench.scenario", "");
            scenarios = scenarios.stream().filter(s -> s.name().contains(only)).toList();
            String base = "http://localhost:" + port;
            WebClient coordinator = WebClient.loggedIn(base, "coordinator", PlatformDemoData.PASSWORD);
            WebClient manager = WebClient.loggedIn(base, "leidinggevende", PlatformDemoData.PASSWORD);
            for (int i = 0; i < warmUp; i++) {
                for (Scenario s : scenarios) {
                    check((s.user().equals("coordinator") ? coordinator : manager).get("/incidents?" + s.query()));
                }
            }
            line(
                    out,
                    String.format(
                            Locale.ROOT,
                            "%d incidents in Voorbeeldstad, %d rounds per scenario after %d rounds of warm-up%n",
                            count(url, tenant),
                            rounds,
                            warmUp));
            line(out, String.format(Locale.ROOT, "%-46s %9s %9s %9s %7s%n", "scenario", "p50", "p95", "max", "rows"));
            for (Scenario s : scenarios) {
                WebClient client = s.user().equals("coordinator") ? coordinator : manager;
                long[] times = new long[rounds];
                int rows = 0;
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> page = client.get("/incidents?" + s.query());
                    times[i] = System.nanoTime() - t0;
                    check(page);
                    rows = page.body().split("<tr>", -1).length - 2;
                }
                Arrays.sort(times);
                line(
                        out,
                        String.format(
                                Locale.ROOT,
                                "%-46s %7.1fms %7.1fms %7.1fms %7d%n",
                                s.name(),
                                times[rounds / 2] / 1e6,
                                times[(int) Math.ceil(rounds * 0.95) - 1] / 1e6,
                                times[rounds - 1] / 1e6,
                                Math.max(rows, 0)));
            }
            line(out, "\nPlans (EXPLAIN ANALYZE of the list's statement, the second run of each):\n");
            CaseListing listing = app.getBean(CaseListing.class);
            for (Scenario s : scenarios) {
                Viewer viewer = viewer(url, s.user());
                IncidentSearch.Criteria c = criteria(s.query());
                IncidentSearch.NumberQuery number =
                        c.text() == null ? null : IncidentSearch.NumberQuery.of(c.text(), "VBS");
                String key = c.text() == null || number != null ? null : Hashing.perpetratorKey(tenant, c.text());
                List<String> plan = List.of();
                for (int i = 0; i < 2; i++) {
                    plan = TenantContext.callAs(
                            tenant,
                            () -> app.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                                    .execute(tx -> listing.explain(tenant, viewer, c, number, key, Instant.now())));
                }
                line(out, "\n== " + s.name() + "\n" + String.join("\n", plan) + "\n");
            }
        } finally {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/bench-search.txt"), out.toString());
            app.close();
        }
    }

    private static void line(StringBuilder out, String text) {
        System.out.print(text);
        out.append(text);
    }

    private static void check(HttpResponse<String> page) {
        if (page.statusCode() != 200) {
            throw new IllegalStateException("list answered " + page.statusCode());
        }
    }

    /** The criteria of a scenario's query string, as the page reads them. */
    private static IncidentSearch.Criteria criteria(String query) {
        String q = null;
        String status = null;
        boolean overdue = false;
        int page = 1;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length < 2) {
                continue;
            }
            String value = java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "q" -> q = value;
                case "status" -> status = value;
                case "overdue" -> overdue = true;
                case "page" -> page = Integer.parseInt(value);
                default -> throw new IllegalArgumentException(kv[0]);
            }
        }
        return new IncidentSearch.Criteria(
                q, null, null, null, null, status, overdue, IncidentSearch.Sort.NEWEST, page, IncidentSearch.PAGE_SIZE);
    }

    private static Viewer viewer(String url, String username) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT id, department_id FROM app_user WHERE username = '" + username + "'")) {
            rs.next();
            boolean coordinator = username.equals("coordinator");
            return new Viewer(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    !coordinator,
                    coordinator,
                    false,
                    false,
                    null);
        }
    }

    private static long count(String url, UUID tenant) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM incident WHERE tenant_id = '" + tenant + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Incidents of ten years with descriptions made of Dutch phrases (one of twelve acts, "bedreigd" in one in
     * twelve; one of ten places; one of ten occasions; "omkoping" in one in a hundred), 40 % with a perpetrator's
     * address out of a skewed pool, 3 % confidential, closed when older than three months, and the seven steps of
     * each, done for a closed case and open with their deadlines otherwise. Written as the schema owner.
     */
    static void fill(Connection owner, UUID tenant, int count) throws Exception {
        generate(owner, tenant, count);
        number(owner, tenant);
        // a migration may have rewritten the rows since (the case numbers did): plans need fresh statistics
        try (Statement st = owner.createStatement()) {
            st.execute("ANALYZE incident");
        }
    }

    /**
     * Case numbers for incidents that have none (written here without the application): every incident of the
     * municipality numbered again in registration order, as the migration that introduced the numbers did.
     */
    static void number(Connection owner, UUID tenant) throws Exception {
        try (Statement st = owner.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM incident WHERE tenant_id = '" + tenant + "' AND case_number IS NULL")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return;
            }
        }
        long t0 = System.nanoTime();
        try (Statement st = owner.createStatement()) {
            st.executeUpdate(
                    "UPDATE incident SET case_year = NULL, case_seq = NULL, case_number = NULL WHERE tenant_id = '"
                            + tenant + "'");
            st.executeUpdate(("""
        WITH numbered AS (
          SELECT i.id, extract(year FROM i.registered_at AT TIME ZONE 'Europe/Amsterdam')::integer AS year,
                 row_number() OVER (PARTITION BY extract(year FROM i.registered_at AT TIME ZONE 'Europe/Amsterdam')
                                    ORDER BY i.registered_at, i.id)::integer AS seq
            FROM incident i WHERE i.tenant_id = '%1$s')
        UPDATE incident i
           SET case_year = n.year, case_seq = n.seq,
               case_number = (SELECT coalesce(case_code || '-', '') FROM municipality WHERE id = '%1$s')
                             || n.year || '-' || lpad(n.seq::text, greatest(4, length(n.seq::text)), '0')
          FROM numbered n WHERE i.id = n.id
        """).formatted(tenant));
            st.executeUpdate("DELETE FROM incident_case_counter WHERE tenant_id = '" + tenant + "'");
            st.executeUpdate("INSERT INTO incident_case_counter (tenant_id, year, last_number) SELECT tenant_id,"
                    + " case_year, max(case_seq) FROM incident WHERE tenant_id = '" + tenant
                    + "' GROUP BY tenant_id, case_year");
            st.execute("VACUUM ANALYZE incident");
        }
        System.out.printf(Locale.ROOT, "  numbered in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void generate(Connection owner, UUID tenant, int count) throws Exception {
        long have;
        try (Statement st = owner.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM incident WHERE tenant_id = '" + tenant + "'")) {
            rs.next();
            have = rs.getLong(1);
        }
        if (have >= count) {
            return;
        }
        long t0 = System.nanoTime();
        try (Statement st = owner.createStatement()) {
            st.execute("SET synchronous_commit = off");
            st.execute("SET maintenance_work_mem = '512MB'");
            st.executeUpdate(("""
        INSERT INTO incident (id, tenant_id, reporter_id, registered_by, channel, kinds, occurred_at, registered_at,
                              location_type, department_id, perpetrator_relation, perpetrator_reference, perpetrator_key,
                              description, severity, severity_suggested, confidential, confidant_scope, status, closed_at)
        SELECT gen_random_uuid(), t.tenant, t.reporter, t.reporter, 'FORM',
               ARRAY[(ARRAY['VERBAL_AGGRESSION', 'INTIMIDATION', 'THREAT_VIOLENCE', 'ONLINE_THREAT', 'BRIBERY',
                            'PROPERTY_DAMAGE'])[1 + (g %% 6)]],
               t.occurred, t.occurred + interval '3 hours', 'COUNTER', t.department, 'CITIZEN',
               t.address, CASE WHEN t.address IS NOT NULL THEN left(encode(sha256(convert_to(
                   t.tenant || ':' || lower(regexp_replace(t.address, '[^[:alnum:]]', '', 'g')), 'UTF8')), 'hex'), 32) END,
               (ARRAY['Klant', 'Bezoeker', 'Inwoner', 'Ondernemer', 'Aanvrager', 'Een man', 'Een vrouw', 'Een jongeman'])
                   [1 + floor(random() * 8)::int] || ' ' ||
               (ARRAY['heeft de medewerker bedreigd', 'schold de medewerker uit', 'dreigde met geweld',
                      'werd agressief', 'sloeg met de vuist op tafel', 'intimideerde de collega',
                      'bood geld aan voor een snellere vergunning', 'filmde de medewerker en dreigde het online te zetten',
                      'wachtte de medewerker op na het werk', 'gooide een stoel om',
                      'maakte discriminerende opmerkingen', 'stuurde dreigende berichten'])[1 + floor(random() * 12)::int]
                   || ' ' ||
               (ARRAY['aan de balie', 'bij het huisbezoek', 'aan de telefoon', 'op straat tijdens de controle',
                      'bij de ingang van het stadhuis', 'in de spreekkamer', 'via sociale media', 'op de parkeerplaats',
                      'bij de milieustraat', 'tijdens de markt'])[1 + floor(random() * 10)::int] || ' ' ||
               (ARRAY['na afwijzing van de aanvraag', 'over een boete', 'om een uitkering', 'over de wachttijd',
                      'na een handhavingsbesluit', 'over een parkeerbon', 'om een paspoort', 'over de afvalinzameling',
                      'na een terugvordering', 'over een omgevingsvergunning'])[1 + floor(random() * 10)::int] || '.' ||
               CASE WHEN random() < 0.01 THEN ' Mogelijke omkoping gemeld bij de integriteitscoördinator.' ELSE '' END,
               t.severity, t.severity, t.confidential, CASE WHEN t.confidential THEN 'CIVIL_SERVANTS' END,
               CASE WHEN t.occurred < now() - interval '90 days' THEN 'CLOSED' ELSE 'OPEN' END,
               CASE WHEN t.occurred < now() - interval '90 days' THEN t.occurred + interval '30 days' END
          FROM (SELECT array_agg(id ORDER BY id) AS departments FROM department WHERE tenant_id = '%3$s') d,
               (SELECT array_agg(id ORDER BY id) AS users FROM app_user WHERE tenant_id = '%3$s') u,
               generate_series(1, %1$d) g,
               LATERAL (SELECT '%2$s'::uuid AS tenant,
                               now() - random() * interval '3650 days' AS occurred,
                               CASE WHEN random() < 0.4 THEN (ARRAY['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsplein',
                                    'Marktstraat', 'Schoolstraat', 'Nieuwstraat', 'Julianalaan'])[1 + floor(random() * 8)::int]
                                    || ' ' || (1 + floor(power(random(), 3) * 2000)::int) END AS address,
                               (ARRAY['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + floor(random() * 6)::int] AS severity,
                               random() < 0.03 AS confidential
                         WHERE g > 0) t0,
               LATERAL (SELECT t0.*, d.departments[1 + (g %% cardinality(d.departments))] AS department,
                               u.users[1 + (g %% cardinality(u.users))] AS reporter) t
        """).formatted(count - have, tenant, tenant));
            System.out.printf(Locale.ROOT, "  incidents written in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            st.executeUpdate(("""
        INSERT INTO incident_step (id, tenant_id, incident_id, step, position, due_at, status, completed_at)
        SELECT gen_random_uuid(), i.tenant_id, i.id, s.step, s.position, i.registered_at + s.due,
               CASE WHEN i.status = 'CLOSED' THEN 'DONE' ELSE 'OPEN' END,
               CASE WHEN i.status = 'CLOSED' THEN i.closed_at END
          FROM incident i
         CROSS JOIN (VALUES ('AFTERCARE', 1, interval '1 day'), ('PERPETRATOR_RESPONSE', 2, interval '5 days'),
                            ('POLICE_REPORT', 3, interval '3 days'), ('EVIDENCE', 4, interval '2 days'),
                            ('DAMAGE_RECOVERY', 5, interval '30 days'), ('FEEDBACK', 6, interval '10 days'),
                            ('LESSONS', 7, interval '60 days')) s (step, position, due)
         WHERE i.tenant_id = '%s'
           AND NOT EXISTS (SELECT 1 FROM incident_step x WHERE x.incident_id = i.id)
        """).formatted(tenant));
            System.out.printf(Locale.ROOT, "  steps written after %.0f s%n", (System.nanoTime() - t0) / 1e9);
            st.execute("VACUUM ANALYZE incident");
            st.execute("VACUUM ANALYZE incident_step");
        }
        System.out.printf(Locale.ROOT, "  filled in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
