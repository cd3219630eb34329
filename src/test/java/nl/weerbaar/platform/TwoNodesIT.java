package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.weerbaar.WeerbaarApplication;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Scale-out: a second application node on another port, on the same database, shares the sessions of the
 * first, takes its turn at the scheduled jobs and does not run a job in the same slot as the first.
 */
class TwoNodesIT extends IntegrationTest {

    private static ConfigurableApplicationContext node2;

    /** A demo key as the application derives it from its public seed, in base64. */
    private static String demoKey(String seed) {
        try {
            return java.util.Base64.getEncoder()
                    .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void startSecondNode() {
        node2 = new SpringApplicationBuilder(WeerbaarApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        // the first node loaded the demo; a second node is a production node next to it, with the
                        // same file, audit and meldpunt keys (the demo keys, as base64)
                        "weerbaar.demo.enabled", "false",
                        "weerbaar.encryption-key", demoKey("weerbaar-demo-only-attachment-key"),
                        "weerbaar.audit.key", demoKey("weerbaar-demo-only-audit-key"),
                        "weerbaar.meldpunt.key", demoKey("weerbaar-demo-only-meldpunt-key"),
                        "logging.structured.format.console", "",
                        "spring.main.banner-mode", "off",
                        "weerbaar.jobs.housekeeping-cron", "*/2 * * * * *",
                        "weerbaar.jobs.housekeeping-min-lock", "PT1S"))
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        if (node2 != null) {
            node2.close();
        }
    }

    private static int node2Port() {
        return ((WebServerApplicationContext) node2).getWebServer().getPort();
    }

    @Test
    void aLoginOnNodeOneIsValidOnNodeTwo() throws Exception {
        WebClient browser = loginAs("secretaris");
        assertThat(node2Port()).isNotEqualTo(port);
        HttpResponse<String> onNode2 =
                browser.send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + node2Port() + "/"))
                        .GET()
                        .build());
        assertThat(onNode2.statusCode()).isEqualTo(200);
        assertThat(onNode2.body()).contains("Sanne Secretaris");

        HttpResponse<String> stranger = new WebClient("http://localhost:" + node2Port()).get("/");
        assertThat(stranger.statusCode()).isEqualTo(302);
    }

    @Test
    void aScheduledJobRunsOnceAcrossNodesAndBothNodesTakePart() throws Exception {
        long since = jdbc.sql("SELECT coalesce(max(id), 0) FROM job_run")
                .query(Long.class)
                .single();
        // While one node's scheduler is busy, only the other can run the job: so each must have its turn.
        String onlyNode2 = whileBusy(nodeOneScheduler, since);
        long afterNode2 = lastRun();
        String onlyNode1 = whileBusy(node2.getBean(ThreadPoolTaskScheduler.class), afterNode2);
        long afterNode1 = lastRun();
        // and when both compete, each slot still has one run
        Thread.sleep(4_000);
        assertThat(onlyNode2).isNotEqualTo(onlyNode1);
        List<Map<String, Object>> slots = jdbc.sql("""
        SELECT date_trunc('second', started_at) AS slot, count(*) AS runs
          FROM job_run WHERE job = 'housekeeping' AND id > ? GROUP BY 1 ORDER BY 1""").param(since).query().listOfRows();
        assertThat(slots).hasSizeGreaterThanOrEqualTo(5);
        assertThat(slots)
                .allSatisfy(slot ->
                        assertThat(((Number) slot.get("runs")).longValue()).isEqualTo(1));
        assertThat(nodesSince(afterNode1)).as("runs while both nodes compete").isNotEmpty();
        assertThat(nodesSince(since))
                .as("both nodes take part in scheduling")
                .containsExactlyInAnyOrder(onlyNode1, onlyNode2);
    }

    @Autowired
    ThreadPoolTaskScheduler nodeOneScheduler;

    /**
     * Keeps every thread of {@code scheduler} busy for five seconds and returns the one node that ran the job
     * (after job run {@code since}) meanwhile.
     */
    private String whileBusy(ThreadPoolTaskScheduler scheduler, long since) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        int threads = scheduler.getScheduledThreadPoolExecutor().getCorePoolSize();
        CountDownLatch busy = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            scheduler.execute(() -> {
                busy.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        // a run that had started before the threads were taken may still finish: count from now
        Thread.sleep(1_100);
        long from = Math.max(since, lastRun());
        Thread.sleep(5_000);
        List<String> nodes = nodesSince(from);
        release.countDown();
        assertThat(nodes).hasSize(1);
        return nodes.get(0);
    }

    private long lastRun() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM job_run")
                .query(Long.class)
                .single();
    }

    private List<String> nodesSince(long id) {
        return jdbc.sql("SELECT DISTINCT node FROM job_run WHERE job = 'housekeeping' AND id > ?")
                .param(id)
                .query(String.class)
                .list();
    }
}
