package nl.weerbaar.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.weerbaar.incidents.core.CaseNumbers;
import nl.weerbaar.incidents.core.IncidentService;
import nl.weerbaar.incidents.core.ReportCommand;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.PdfChecks;
import nl.weerbaar.support.WebClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Case numbers (ADR 0102): gapless per municipality and Dutch year under concurrent intake, none for a retry, and
 * shown where the case is. Each test works in a year of its own, so that the other tests' incidents do not count.
 */
class CaseNumbersIT extends IntegrationTest {

    @Autowired
    IncidentService incidents;

    /**
     * This class's cases lie years ahead, so every list of open cases (newest first) would show them before the
     * other test classes' cases: close them once a test is done. Their numbers stay, as closed cases keep theirs.
     */
    @AfterEach
    void closeTheCasesAhead() {
        for (UUID municipality : List.of(Demo.VOORBEELDSTAD, Demo.KLEINDORP)) {
            TenantContext.runAs(municipality, () -> jdbc.sql("""
                    UPDATE incident SET status = 'CLOSED', closed_at = registered_at
                     WHERE status = 'OPEN' AND registered_at >= TIMESTAMPTZ '2030-01-01 00:00:00+00'""").update());
        }
    }

    @Test
    void parallelReportsGetTheNumbersOneToNWithoutGapOrDuplicate() throws Exception {
        clock.setTo(Instant.parse("2033-06-01T10:00:00Z"));
        UserIdentity employee = identity(Demo.VOORBEELDSTAD, "medewerker");
        int n = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IncidentService.Submitted>> results = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String key = "numbers-" + UUID.randomUUID();
                int index = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return TenantContext.callAs(
                            Demo.VOORBEELDSTAD, () -> incidents.submit(report("Parallel " + index, key), employee));
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<IncidentService.Submitted> f : results) {
                numbers.add(f.get().caseNumber());
            }
            assertThat(numbers)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, n)
                            .mapToObj(i -> CaseNumbers.format("VBS", 2033, i))
                            .toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT last_number FROM incident_case_counter WHERE year = 2033")
                                .query(Integer.class)
                                .single()))
                .isEqualTo(n);

        // Another municipality counts on its own.
        IncidentService.Submitted kleindorp = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> incidents.submit(
                        report("In Kleindorp", "kd-" + UUID.randomUUID()), identity(Demo.KLEINDORP, "kd.medewerker")));
        assertThat(kleindorp.caseNumber()).isEqualTo("KLD-2033-0001");
    }

    @Test
    void aRetryOfTheSameReportTakesNoNumber() {
        clock.setTo(Instant.parse("2036-03-10T09:00:00Z"));
        UserIdentity employee = identity(Demo.VOORBEELDSTAD, "medewerker");
        String key = "retry-" + UUID.randomUUID();
        IncidentService.Submitted first = submit(report("Eerste keer", key), employee);
        IncidentService.Submitted again = submit(report("Eerste keer", key), employee);
        IncidentService.Submitted next = submit(report("Een andere melding", "retry-" + UUID.randomUUID()), employee);
        assertThat(first.caseNumber()).isEqualTo("VBS-2036-0001");
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.caseNumber()).isEqualTo("VBS-2036-0001");
        assertThat(next.caseNumber()).isEqualTo("VBS-2036-0002");
    }

    @Test
    void theYearOfTheNumberIsTheDutchYear() {
        UserIdentity employee = identity(Demo.VOORBEELDSTAD, "medewerker");
        // 23:59 on New Year's Eve in the Netherlands is 22:59 UTC: still 2034.
        clock.setTo(Instant.parse("2034-12-31T22:59:00Z"));
        assertThat(submit(report("Oudejaarsavond", "year-" + UUID.randomUUID()), employee)
                        .caseNumber())
                .isEqualTo("VBS-2034-0001");
        // Two minutes later it is 00:01 on New Year's Day in the Netherlands, still 2034 in UTC.
        clock.advance(Duration.ofMinutes(2));
        assertThat(submit(report("Nieuwjaarsnacht", "year-" + UUID.randomUUID()), employee)
                        .caseNumber())
                .isEqualTo("VBS-2035-0001");
    }

    @Test
    void theNumberOpensTheCaseAndShowsInTheListThePageTheMailAndTheDossier() throws Exception {
        clock.setTo(Instant.parse("2037-02-02T10:00:00Z"));
        IncidentService.Submitted s = submit(
                report("Bedreigd aan de balie", "web-" + UUID.randomUUID()),
                identity(Demo.VOORBEELDSTAD, "medewerker"));
        assertThat(s.caseNumber()).isEqualTo("VBS-2037-0001");

        WebClient manager = loginAs("leidinggevende");
        for (String typed : List.of("VBS-2037-0001", "vbs-2037-1", "2037-0001")) {
            HttpResponse<String> redirect = manager.get("/incidents/number/" + typed);
            assertThat(redirect.statusCode()).as(typed).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/incidents/" + s.id()));
        }
        assertThat(manager.get("/incidents/number/KLD-2037-0001").statusCode()).isEqualTo(404);
        assertThat(manager.get("/incidents/number/VBS-2037-0099").statusCode()).isEqualTo(404);
        assertThat(manager.get("/incidents/number/onzin").statusCode()).isEqualTo(404);
        // A manager of another department may not see the case: its number leads nowhere either.
        assertThat(loginAs("leidinggevende.vg")
                        .get("/incidents/number/VBS-2037-0001")
                        .statusCode())
                .isEqualTo(404);

        String page = manager.get("/incidents/" + s.id()).body();
        assertThat(page)
                .contains("<title>Zaak VBS-2037-0001 — Weerbaar</title>")
                .contains("Zaak VBS-2037-0001 — incident van");
        assertThat(manager.get("/incidents").body()).contains(">VBS-2037-0001</a>");
        assertThat(loginAs("medewerker").get("/incidents/mine").body()).contains("VBS-2037-0001");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> MAIL.getReceivedMessages().length > 0
                        && java.util.Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> {
                            try {
                                return "Nieuwe melding: zaak VBS-2037-0001".equals(m.getSubject())
                                        && String.valueOf(m.getContent()).contains("zaak VBS-2037-0001");
                            } catch (Exception e) {
                                return false;
                            }
                        }));

        HttpResponse<byte[]> pdf = manager.http()
                .send(
                        java.net.http.HttpRequest.newBuilder(manager.uri("/incidents/" + s.id() + "/dossier.pdf"))
                                .header("Cookie", manager.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PdfChecks.text(pdf.body())).contains("Zaken: VBS-2037-0001").contains("1. VBS-2037-0001 —");
    }

    @Test
    void theReportApiAnswersWithTheNumber() {
        clock.setTo(Instant.parse("2038-04-04T08:00:00Z"));
        WebClient session = WebClient.forApi(baseUrl(), "medewerker", Demo.PASSWORD);
        HttpResponse<String> created = session.send(session.apiRequest("/api/v1/reports")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "api-" + UUID.randomUUID())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                {"kinds": ["VERBAL_AGGRESSION"], "locationType": "COUNTER", "description": "Uitgescholden"}"""))
                .build());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"caseNumber\":\"VBS-2038-0001\"");
    }

    private IncidentService.Submitted submit(ReportCommand c, UserIdentity who) {
        return TenantContext.callAs(who.tenantId(), () -> incidents.submit(c, who));
    }

    private ReportCommand report(String description, String key) {
        return new ReportCommand(
                "FORM",
                List.of("VERBAL_AGGRESSION"),
                null,
                clock.instant().minus(Duration.ofMinutes(30)),
                "COUNTER",
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                description,
                null,
                List.of("NONE"),
                null,
                null,
                "NONE",
                List.of(),
                null,
                key,
                null);
    }

    private UserIdentity identity(UUID municipality, String username) {
        return TenantContext.callAs(
                municipality,
                () -> jdbc.sql("SELECT id, display_name, department_id FROM app_user WHERE username = ?")
                        .param(username)
                        .query((rs, n) -> new UserIdentity(
                                rs.getObject(1, UUID.class),
                                municipality,
                                username,
                                rs.getString(2),
                                Set.of(Role.EMPLOYEE),
                                rs.getObject(3, UUID.class)))
                        .single());
    }
}
