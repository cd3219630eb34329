package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.weerbaar.WeerbaarApplication;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scale-out: a second application node on another port, on the same database, shares the sessions of the
 * first and does not run a scheduled job in the same slot as the first.
 */
class TwoNodesIT extends IntegrationTest {

    private static ConfigurableApplicationContext node2;

    @BeforeAll
    static void startSecondNode() {
        node2 = new SpringApplicationBuilder(WeerbaarApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "weerbaar.demo.enabled", "true",
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
    void aScheduledJobRunsOnceAcrossNodes() throws Exception {
        long since = jdbc.sql("SELECT coalesce(max(id), 0) FROM job_run")
                .query(Long.class)
                .single();
        Thread.sleep(9_000);
        List<Map<String, Object>> slots = jdbc.sql("""
        SELECT date_trunc('second', started_at) AS slot, count(*) AS runs, count(DISTINCT node) AS nodes
          FROM job_run WHERE job = 'housekeeping' AND id > ? GROUP BY 1 ORDER BY 1""").param(since).query().listOfRows();
        assertThat(slots).hasSizeGreaterThanOrEqualTo(3);
        assertThat(slots)
                .allSatisfy(slot ->
                        assertThat(((Number) slot.get("runs")).longValue()).isEqualTo(1));
        long nodes = jdbc.sql("SELECT count(DISTINCT node) FROM job_run WHERE job = 'housekeeping' AND id > ?")
                .param(since)
                .query(Long.class)
                .single();
        assertThat(nodes).as("both nodes take part in scheduling").isBetween(1L, 2L);
    }
}
