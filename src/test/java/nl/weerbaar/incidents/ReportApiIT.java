package nl.weerbaar.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The JSON API for reports: idempotency, validation as problem details, routing mails and events. */
class ReportApiIT extends IntegrationTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    HttpResponse<String> post(String user, String key, String json) {
        return postAs(baseUrl(), user, key, json);
    }

    /** Posts a report with a fresh session of {@code user} and its CSRF header. */
    HttpResponse<String> postAs(String base, String user, String key, String json) {
        WebClient session = WebClient.forApi(base, user, Demo.PASSWORD);
        HttpRequest.Builder b = session.apiRequest("/api/v1/reports")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return session.send(b.build());
    }

    long countByKey(String key) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM incident WHERE idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single());
    }

    static String report(String description) {
        return report(description, java.time.Instant.parse("2026-11-20T09:15:00Z"));
    }

    static String report(String description, java.time.Instant occurredAt) {
        return """
        {"kinds": ["VERBAL_AGGRESSION", "THREAT_VIOLENCE"], "locationType": "COUNTER",
         "occurredAt": "%s", "description": "%s", "perpetratorReference": "Dorpsstraat 1"}""".formatted(occurredAt, description);
    }

    @Test
    void theSameIdempotencyKeyRegistersOnceAndReturnsTheSameIncident() {
        String key = "test-" + UUID.randomUUID();
        HttpResponse<String> first = post("medewerker", key, report("Klant werd boos aan de balie"));
        HttpResponse<String> second = post("medewerker", key, report("Klant werd boos aan de balie"));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/incidents/mine/"));
        assertThat(second.statusCode()).isEqualTo(200);
        String id = first.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(second.body()).contains(id).contains("\"created\":false");
        assertThat(countByKey(key)).isEqualTo(1);

        HttpResponse<String> other = post("medewerker", key, report("Iets heel anders"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(countByKey(key)).isEqualTo(1);
    }

    /** The example of docs/INCIDENTS-INTRANET.md leaves out {@code occurredAt}; its identical retry is a retry. */
    @Test
    void retryingTheDocumentedExampleWithoutATimeReturnsTheSameIncident() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/INCIDENTS-INTRANET.md"));
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?m)^\\{\"kinds\".*}$").matcher(doc);
        assertThat(m.find())
                .as("the JSON example in the intranet documentation")
                .isTrue();
        String example = m.group();
        assertThat(example).doesNotContain("occurredAt");
        String key = UUID.randomUUID().toString();
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        HttpResponse<String> first = post("medewerker", key, example);
        assertThat(first.statusCode()).isEqualTo(201);
        String id = first.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        for (int i = 0; i < 3; i++) {
            Thread.sleep(5);
            HttpResponse<String> retry = post("medewerker", key, example);
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(retry.body()).contains(id).contains("\"created\":false");
        }
        assertThat(countByKey(key)).isEqualTo(1);
        java.time.Instant occurred = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT occurred_at FROM incident WHERE idempotency_key = ?")
                        .param(key)
                        .query(java.time.OffsetDateTime.class)
                        .single()
                        .toInstant());
        assertThat(occurred).isBetween(before, java.time.Instant.now());
    }

    @Test
    void concurrentRetriesWithOneKeyStillRegisterOnce() throws Exception {
        String key = "race-" + UUID.randomUUID();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var futures = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> pool.submit(() -> post("medewerker", key, report("Gelijktijdig verstuurd"))
                            .statusCode()))
                    .toList();
            int created = 0;
            for (var f : futures) {
                int status = f.get();
                assertThat(status).isIn(200, 201);
                created += status == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(countByKey(key)).isEqualTo(1);
    }

    @Test
    void anInvalidReportIsRefusedPerFieldInDutchAndNothingIsSaved() {
        String key = "invalid-" + UUID.randomUUID();
        HttpResponse<String> response = post("medewerker", key, """
        {"kinds": ["NONSENSE"], "occurredAt": "2099-01-01T10:00:00Z", "description": ""}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"field\":\"kinds\"")
                .contains("Deze soort incident bestaat niet.")
                .contains("\"field\":\"occurredAt\"")
                .contains("Dit tijdstip ligt in de toekomst.")
                .contains("\"field\":\"locationType\"")
                .contains("Kies waar het gebeurde.")
                .contains("\"field\":\"description\"")
                .contains("Beschrijf kort wat er gebeurde.")
                .doesNotContain("Exception")
                .doesNotContain("at nl.");
        assertThat(countByKey(key)).isZero();

        HttpResponse<String> huge = post("medewerker", "huge-" + UUID.randomUUID(), report("x".repeat(9000)));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("De beschrijving is te lang");

        HttpResponse<String> garbage = post("medewerker", "garbage-" + UUID.randomUUID(), "{\"kinds\": 12, ");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).doesNotContain("Exception");
    }

    @Test
    void withoutLoginTheApiRefuses() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(report("x")))
                .build();
        try {
            assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isIn(401, 403);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReportOpensACaseMailsALinkToManagerAndCoordinatorAndPublishesTheEvent() throws Exception {
        String secret = "Geheime inhoud " + UUID.randomUUID();
        HttpResponse<String> response = post("medewerker", "route-" + UUID.randomUUID(), report(secret));
        assertThat(response.statusCode()).isEqualTo(201);
        String id = response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        long steps = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM incident_step WHERE incident_id = ?::uuid AND owner_id IS NOT NULL AND due_at IS NOT NULL")
                        .param(id)
                        .query(Long.class)
                        .single());
        assertThat(steps).isEqualTo(7);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var mails = java.util.Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> body(m).contains(id))
                    .toList();
            assertThat(mails.stream().map(ReportApiIT::recipient))
                    .contains("leidinggevende@voorbeeldstad.demo", "coordinator@voorbeeldstad.demo")
                    .doesNotContain("medewerker@voorbeeldstad.demo", "leidinggevende.vg@voorbeeldstad.demo");
        });
        assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).map(ReportApiIT::body))
                .noneMatch(b -> b.contains(secret))
                .anyMatch(b -> b.contains("secretaris@voorbeeldstad.demo") && b.contains("/incidents"));
        long events = jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%IncidentRegistered'"
                        + " AND serialized_event LIKE ?")
                .param("%" + id + "%")
                .query(Long.class)
                .single();
        assertThat(events).isPositive();
    }

    static String body(MimeMessage m) {
        try {
            return m.getContent().toString() + " " + java.util.Arrays.toString(m.getAllRecipients());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
