package nl.weerbaar.awareness.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** Who sees and changes the programme, refused input, the iCalendar export and the link to the action plan. */
class ProgrammeIT extends IntegrationTest {

    private String personId(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single()
                        .toString());
    }

    private String plan(WebClient coordinator, String kind, String title, String day, String owner) {
        coordinator.get("/awareness/programme/new");
        HttpResponse<String> r = coordinator.postForm(
                "/awareness/programme",
                Map.of("kind", kind, "title", title, "startsOn", day, "ownerId", owner, "remindDays", "7"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return r.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll(".*/programme/", "")
                .replaceAll("\\?.*", "");
    }

    @Test
    void refusedInputIsShownPerFieldAndNothingIsSaved() {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/awareness/programme/new");
        HttpResponse<String> r = coordinator.postForm(
                "/awareness/programme",
                Map.of(
                        "kind", "PARTY",
                        "title", "Weigering",
                        "startsOn", "31-2-2031",
                        "ownerId", UUID.randomUUID().toString(),
                        "remindDays", "99"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Kies een van de mogelijkheden.")
                .contains("Vul een bestaande datum in")
                .contains("Kies een persoon van deze gemeente.");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM awareness_event WHERE title = 'Weigering'")
                                .query(Long.class)
                                .single()))
                .isZero();
    }

    @Test
    void theCalendarIsICalendarWithTheYearsEvents() {
        WebClient coordinator = loginAs("coordinator");
        String title = "Festival, met muziek; " + UUID.randomUUID().toString().substring(0, 8);
        String id = plan(coordinator, "FESTIVAL", title, "12-6-2032", personId("coordinator"));
        HttpResponse<String> ics = loginAs("secretaris").get("/awareness/programme.ics?year=2032");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(ics.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("programma-2032.ics");
        String body = ics.body();
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        String unfolded = body.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("UID:" + id + "@weerbaar\r\n")
                .contains("DTSTART;VALUE=DATE:20320612\r\n")
                .contains("SUMMARY:" + title.replace(",", "\\,").replace(";", "\\;") + "\r\n")
                .contains("DTSTAMP:");
        assertThat(loginAs("medewerker").get("/awareness/programme.ics").statusCode())
                .isEqualTo(403);
    }

    @Test
    void ownersSeeTheirOwnEventOthersDoNot() {
        WebClient coordinator = loginAs("coordinator");
        String id = plan(coordinator, "CAMPAIGN", "Campagne melden", "1-9-2031", personId("medewerker"));
        assertThat(loginAs("medewerker").get("/awareness/programme/" + id).statusCode())
                .isEqualTo(200);
        assertThat(loginAs("vergunningverlener")
                        .get("/awareness/programme/" + id)
                        .statusCode())
                .isEqualTo(404);
        assertThat(loginAs("kd.coordinator").get("/awareness/programme/" + id).statusCode())
                .isEqualTo(404);
        assertThat(loginAs("medewerker").get("/awareness/programme").statusCode())
                .isEqualTo(403);
        assertThat(loginAs("secretaris").get("/awareness/programme?year=2031").body())
                .contains("Campagne melden");
    }

    @Test
    void anEventCanBeLinkedToANewActionOfTheActionPlan() {
        clock.setTo(Instant.parse("2031-01-10T09:00:00Z"));
        WebClient coordinator = loginAs("coordinator");
        String title = "Trainingsronde " + UUID.randomUUID().toString().substring(0, 8);
        String id = plan(coordinator, "TRAINING_ROUND", title, "15-4-2031", personId("leidinggevende"));
        coordinator.get("/awareness/programme/" + id);
        HttpResponse<String> r = coordinator.postForm("/awareness/programme/" + id + "/action", Map.of());
        assertThat(r.statusCode()).isEqualTo(302);
        String page = coordinator.get("/awareness/programme/" + id).body();
        assertThat(page).contains("/actions/");
        String actionId = page.replaceAll("(?s).*href=\"/actions/([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> action = coordinator.get("/actions/" + actionId);
        assertThat(action.statusCode()).isEqualTo(200);
        assertThat(action.body()).contains(title);
        // linking again keeps the one action
        coordinator.postForm("/awareness/programme/" + id + "/action", Map.of());
        assertThat(coordinator.get("/awareness/programme/" + id).body()).contains("/actions/" + actionId);
    }
}
