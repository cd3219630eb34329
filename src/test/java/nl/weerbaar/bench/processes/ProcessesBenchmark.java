package nl.weerbaar.bench.processes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.WeerbaarApplication;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.processes.analysis.Analysis;
import nl.weerbaar.processes.people.ImportResult;
import nl.weerbaar.processes.people.Imports;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import plus full analysis for an organisation of 10,000 employees, 500 process steps, 200 applications and
 * 1,000,000 access rights, in a fresh municipality of database {@code weerbaar_bench_processes}. Run on purpose
 * with {@code bench/processes/run.sh}; prints the timings as a Markdown table.
 */
public final class ProcessesBenchmark {

    static final int PEOPLE = 10_000;
    static final int PROCESSES = 50;
    static final int STEPS_PER_PROCESS = 10;
    static final int APPS = 200;
    static final int APPS_PER_PERSON = 50;
    static final String[] RIGHTS = {"raadplegen", "muteren"};
    static final String[] ACTIVITIES = {
        "BIBOB_INVESTIGATION",
        "PERMIT_GRANT",
        "TRAVELDOC_INTAKE",
        "TRAVELDOC_HANDOUT",
        "OBLIGATION_ENTRY",
        "INVOICE_PAYMENT"
    };

    private ProcessesBenchmark() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext ctx = SpringApplication.run(
                WeerbaarApplication.class,
                "--weerbaar.db.name=weerbaar_bench_processes",
                "--server.port=0",
                "--weerbaar.demo.enabled=false",
                "--logging.structured.format.console=",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--weerbaar.encryption-key=" + randomKey(),
                "--weerbaar.audit.key=" + randomKey(),
                "--weerbaar.meldpunt.key=" + randomKey());
        try {
            run(ctx.getBean(JdbcClient.class), ctx.getBean(Imports.class), ctx.getBean(Analysis.class));
        } finally {
            ctx.close();
        }
    }

    /** Production mode needs a file key; the benchmark stores no files, so a throw-away key will do. */
    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    static void run(JdbcClient jdbc, Imports imports, Analysis analysis) {
        UUID tenant = UUID.randomUUID();
        TenantContext.runAs(
                null,
                () -> jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                        .params(tenant, "bench-" + tenant.toString().substring(0, 8), "Gemeente Benchmark")
                        .query()
                        .singleRow());
        Random random = new Random(42);
        byte[] persons = persons(random);
        byte[] steps = steps(random);
        byte[] access = access();
        TenantContext.runAs(tenant, () -> {
            setUp(jdbc);
            long t0 = System.nanoTime();
            ImportResult p = imports.run(Imports.Kind.PERSONS, persons);
            long t1 = System.nanoTime();
            ImportResult s = imports.run(Imports.Kind.STEPS, steps);
            long t2 = System.nanoTime();
            ImportResult a = imports.run(Imports.Kind.ACCESS, access);
            long t3 = System.nanoTime();
            Map<String, Integer> findings = analysis.run();
            long t4 = System.nanoTime();
            if (!p.ok() || !s.ok() || !a.ok()) {
                throw new IllegalStateException("import refused: " + p.problems() + s.problems() + a.problems());
            }
            System.out.println();
            System.out.println("| step | rows | seconds |");
            System.out.println("|---|---:|---:|");
            row("import persons (" + mb(persons) + ")", p.rows(), t1 - t0);
            row("import step authorisations (" + mb(steps) + ")", s.rows(), t2 - t1);
            row("import access rights (" + mb(access) + ")", a.rows(), t3 - t2);
            row(
                    "full analysis (7 kinds) → findings " + findings,
                    findings.values().stream().mapToInt(i -> i).sum(),
                    t4 - t3);
            row("**total import + analysis**", p.rows() + s.rows() + a.rows(), t4 - t0);
            // the usual case afterwards: next month's file replaces this one
            long t5 = System.nanoTime();
            ImportResult again = imports.run(Imports.Kind.ACCESS, access);
            row("(afterwards) replace the access rights with a new file", again.rows(), System.nanoTime() - t5);
        });
    }

    private static void setUp(JdbcClient jdbc) {
        UUID tenant = TenantContext.require();
        for (int pr = 0; pr < PROCESSES; pr++) {
            UUID process = UUID.randomUUID();
            jdbc.sql("INSERT INTO proc_process (id, tenant_id, main_code, name) VALUES (?, ?, 'PERMITS', ?)")
                    .params(process, tenant, "Proces " + pr)
                    .update();
            for (int st = 0; st < STEPS_PER_PROCESS; st++) {
                String activity = st < 2 && pr < ACTIVITIES.length / 2 ? ACTIVITIES[pr * 2 + st] : null;
                jdbc.sql(
                                "INSERT INTO proc_step (id, tenant_id, process_id, code, name, activity, seq) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), tenant, process, "S" + pr + "-" + st, "Stap " + st, activity, st)
                        .update();
            }
        }
        for (int ap = 0; ap < APPS; ap++) {
            jdbc.sql("INSERT INTO proc_application (id, tenant_id, code, name, sensitive) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), tenant, "APP" + ap, "Applicatie " + ap, ap % 5 == 0)
                    .update();
        }
    }

    private static byte[] persons(Random random) {
        StringBuilder sb =
                new StringBuilder("personeelsnummer;naam;functie;afdeling;datum in dienst;datum uit dienst;schaal\n");
        for (int i = 0; i < PEOPLE; i++) {
            LocalDate start = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(11_000));
            String end = random.nextInt(100) < 3
                    ? LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300)).toString()
                    : "";
            sb.append('E')
                    .append(i)
                    .append(";Medewerker ")
                    .append(i)
                    .append(";Functie ")
                    .append(i % 100)
                    .append(";Afdeling ")
                    .append(i % 30)
                    .append(';')
                    .append(start)
                    .append(';')
                    .append(end)
                    .append(';')
                    .append(4 + i % 12)
                    .append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] steps(Random random) {
        StringBuilder sb = new StringBuilder("personeelsnummer;stapcode;sinds\n");
        for (int i = 0; i < PEOPLE; i++) {
            int pr = random.nextInt(PROCESSES);
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                sb.append('E')
                        .append(i)
                        .append(";S")
                        .append(pr)
                        .append('-')
                        .append((i + k) % STEPS_PER_PROCESS)
                        .append(';')
                        .append(LocalDate.of(2005, 1, 1).plusDays(random.nextInt(7_000)))
                        .append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 10,000 × 50 applications × 2 rights = 1,000,000 distinct lines. */
    private static byte[] access() {
        StringBuilder sb = new StringBuilder(40_000_000).append("personeelsnummer;applicatie;recht\n");
        for (int i = 0; i < PEOPLE; i++) {
            for (int k = 0; k < APPS_PER_PERSON; k++) {
                int app = (i + 3 * k) % APPS;
                for (String right : RIGHTS) {
                    sb.append('E')
                            .append(i)
                            .append(";APP")
                            .append(app)
                            .append(';')
                            .append(right)
                            .append('\n');
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String mb(byte[] b) {
        return String.format("%.1f MB", b.length / 1_048_576.0);
    }

    private static void row(String what, int rows, long nanos) {
        System.out.printf("| %s | %,d | %.2f |%n", what, rows, nanos / 1e9);
    }
}
