package nl.weerbaar.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** Finding cases on the incident list: Dutch word forms, the perpetrator, each filter, pages, who finds what. */
class IncidentSearchIT extends BrowserTest {

    private static final Random RANDOM = new Random();

    /** A word of letters that no other report contains, so that a search finds only this test's reports. */
    static String token() {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    /** Reports as {@code user} with the extra JSON fields; returns the new incident's id. */
    String report(String user, String description, String extra) {
        return reportAt(baseUrl(), user, description, extra);
    }

    /** As {@link #report}, on the application at {@code base} (for other test classes). */
    String reportAt(String base, String user, String description, String extra) {
        HttpResponse<String> response = new ReportApiIT()
                .postAs(base, user, "search-" + UUID.randomUUID(), """
        {"kinds": ["THREAT_VIOLENCE"], "locationType": "COUNTER", "occurredAt": "2026-11-10T08:00:00Z",
         "description": "%s"%s}""".formatted(
                                description, extra.isEmpty() ? "" : ", " + extra));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    static String list(WebClient who, String query) {
        HttpResponse<String> page = who.get("/incidents?" + query);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String link(String id) {
        return "href=\"/incidents/" + id + "\"";
    }

    @Test
    void dutchWordFormsFindEachOtherAndAllWordsMustMatch() {
        String token = token();
        String threat = report("medewerker", "Een bezoeker uitte een bedreiging aan de balie " + token, "");
        String insult = report("medewerker", "Hij heeft mij uitgescholden en bedreigd " + token, "");
        WebClient coordinator = loginAs("coordinator");

        assertThat(list(coordinator, q("bedreigd " + token))).contains(link(threat), link(insult));
        assertThat(list(coordinator, q("Bedreigingen " + token))).contains(link(threat), link(insult));
        assertThat(list(coordinator, q("balie " + token)))
                .contains(link(threat))
                .doesNotContain(link(insult));
        assertThat(list(coordinator, q("geslagen " + token)))
                .doesNotContain(link(threat), link(insult))
                .contains("Niets gevonden voor");
    }

    @Test
    void thePerpetratorsNameOrAddressFindsTheReportsAboutThem() {
        String street = "Kerkstraat " + (1000 + RANDOM.nextInt(9000)) + " " + token();
        String first = report(
                "medewerker", "Bewoner werd agressief bij huisbezoek", "\"perpetratorReference\": \"" + street + "\"");
        String second = report(
                "medewerker",
                "Opnieuw scheldpartij aan de deur",
                "\"perpetratorReference\": \"" + street.toUpperCase() + ".\"");
        WebClient coordinator = loginAs("coordinator");
        assertThat(list(coordinator, q(street.toLowerCase()))).contains(link(first), link(second));
        assertThat(list(coordinator, q(street + " 7"))).doesNotContain(link(first), link(second));
    }

    @Test
    void eachFilterNarrowsTheList() {
        String token = token();
        String counter = report("medewerker", "Bedreiging aan de balie " + token, "");
        String bribe = report(
                "vergunningverlener",
                "Aanbod van geld voor een vergunning " + token,
                "\"kinds\": [\"BRIBERY\"], \"occurredAt\": \"2026-10-02T09:00:00Z\"");
        String closed = report("medewerker", "Oude zaak die al dicht is " + token, "");
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            jdbc.sql("UPDATE incident SET status = 'CLOSED', closed_at = now() WHERE id = ?")
                    .param(UUID.fromString(closed))
                    .update();
            jdbc.sql(
                            "UPDATE incident_step SET due_at = now() - interval '2 days' WHERE incident_id = ? AND step = 'AFTERCARE'")
                    .param(UUID.fromString(counter))
                    .update();
            jdbc.sql("UPDATE incident_step SET due_at = now() + interval '30 days' WHERE incident_id IN (?, ?)")
                    .params(UUID.fromString(bribe), UUID.fromString(closed))
                    .update();
        });
        UUID vergunningen = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT department_id FROM incident WHERE id = ?")
                        .param(UUID.fromString(bribe))
                        .query(UUID.class)
                        .single());
        WebClient coordinator = loginAs("coordinator");
        String all = q(token);

        assertThat(list(coordinator, all)).contains(link(counter), link(bribe), link(closed));
        assertThat(list(coordinator, all + "&department=" + vergunningen))
                .contains(link(bribe))
                .doesNotContain(link(counter), link(closed));
        assertThat(list(coordinator, all + "&kind=BRIBERY"))
                .contains(link(bribe))
                .doesNotContain(link(counter));
        assertThat(list(coordinator, all + "&from=2026-10-01&to=2026-10-31"))
                .contains(link(bribe))
                .doesNotContain(link(counter), link(closed));
        // the period in the day-month-year people type
        assertThat(list(coordinator, all + "&from=1-10-2026&to=2-10-2026")).contains(link(bribe));
        assertThat(list(coordinator, all + "&to=2026-10-01")).doesNotContain(link(bribe));
        assertThat(list(coordinator, all + "&status=CLOSED"))
                .contains(link(closed))
                .doesNotContain(link(counter));
        assertThat(list(coordinator, all + "&status=OPEN"))
                .contains(link(counter))
                .doesNotContain(link(closed));
        assertThat(list(coordinator, all + "&overdue=true"))
                .contains(link(counter))
                .doesNotContain(link(bribe), link(closed));
        // the oldest occurrence (October) last when ordered by occurrence, first when ordered by report... of these
        String byOccurrence = list(coordinator, all + "&sort=occurred");
        assertThat(byOccurrence.indexOf(link(bribe))).isGreaterThan(byOccurrence.indexOf(link(counter)));
        String oldestFirst = list(coordinator, all + "&sort=oldest");
        assertThat(oldestFirst.indexOf(link(counter))).isLessThan(oldestFirst.indexOf(link(closed)));
    }

    @Test
    void aValueThatCannotBeReadIsNamedAndLeftOut() {
        String token = token();
        String id = report("medewerker", "Bedreiging aan de telefoon " + token, "");
        String page = list(loginAs("coordinator"), q(token) + "&from=31-02-2026&kind=NONSENSE");
        assertThat(page).contains("error-summary").contains("href=\"#from\"").contains("href=\"#kind\"");
        assertThat(page).contains(link(id));
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeat() {
        String token = token();
        String a = report("medewerker", "Eerste melding " + token, "");
        String b = report("medewerker", "Tweede melding " + token, "");
        String c = report("medewerker", "Derde melding " + token, "");
        WebClient coordinator = loginAs("coordinator");
        String first = list(coordinator, q(token) + "&pageSize=2");
        assertThat(first).contains(link(c), link(b)).doesNotContain(link(a));
        assertThat(first).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        String next = first.replaceAll(
                        "(?s).*href=\"([^\"]+)\" rel=\"next\".*|(?s).*rel=\"next\"[^>]*href=\"([^\"]+)\".*", "$1$2")
                .replace("&amp;", "&");
        assertThat(next).contains("page=2").contains("pageSize=2");
        HttpResponse<String> second = coordinator.get(next);
        assertThat(second.body()).contains(link(a)).doesNotContain(link(b), link(c));
        assertThat(second.body()).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        // beyond the last page that is shown: the last one, not a deep scan
        assertThat(list(coordinator, q(token) + "&page=100000&pageSize=x"))
                .contains("Pagina 200")
                .doesNotContain(link(a), "error-summary");
    }

    @Test
    void onlyWhatTheUserMaySeeIsFound() {
        String token = token();
        String burgerzaken = report("medewerker", "Bedreiging aan de balie " + token, "");
        String confidential = report(
                "medewerker",
                "Vertrouwelijk: bedreiging door collega " + token,
                "\"confidentiality\": \"CIVIL_SERVANTS\"");

        assertThat(list(loginAs("leidinggevende"), q(token)))
                .contains(link(burgerzaken))
                .doesNotContain(link(confidential));
        // a manager of another department, another municipality: nothing
        assertThat(list(loginAs("leidinggevende.vg"), q(token))).doesNotContain(link(burgerzaken), link(confidential));
        assertThat(list(loginAs("kd.coordinator"), q(token))).doesNotContain(link(burgerzaken), link(confidential));
        // the coordinator does not handle confidential cases; the confidant of their scope finds only that one
        assertThat(list(loginAs("coordinator"), q(token)))
                .contains(link(burgerzaken))
                .doesNotContain(link(confidential));
        assertThat(list(loginAs("vertrouwenspersoon"), q(token)))
                .contains(link(confidential))
                .doesNotContain(link(burgerzaken));
        // the secretary sees the overview without descriptions, so the words of a description do not find it
        WebClient secretary = loginAs("secretaris");
        assertThat(list(secretary, q(token))).doesNotContain(link(burgerzaken));
        assertThat(list(secretary, "from=2026-11-10&to=2026-11-10&pageSize=100"))
                .contains(link(burgerzaken));
        // every search is a read of the list in the audit log, without the words searched for
        long audited = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND object_type = 'incident'"
                                + " AND purpose = 'list' AND actor_name = 'secretaris'")
                        .query(Long.class)
                        .single());
        assertThat(audited).isGreaterThanOrEqualTo(2);
        long leaked = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE purpose LIKE ?")
                        .param("%" + token + "%")
                        .query(Long.class)
                        .single());
        assertThat(leaked).isZero();
    }

    @Test
    void theListReadsOnAPhoneWithoutSidewaysScrolling() {
        String token = token();
        report(
                "medewerker",
                "Bedreiging met een heel lang woord: arbeidsongeschiktheidsverzekeringsmaatschappij " + token,
                "");
        report("medewerker", "Nog een bedreiging aan de balie " + token, "");
        Page phone = newPage(390, 844);
        login(phone, "coordinator");
        phone.navigate("/incidents");
        phone.locator("#q").fill("bedreigd " + token);
        phone.locator("form[role=search] button[type=submit]").click();
        phone.waitForURL(url -> url.contains("q="));
        assertThat(phone.locator("table tbody tr").count()).isEqualTo(2);
        assertThat(phone.locator("td[data-label]").first().isVisible()).isTrue();
        assertThat(nl.weerbaar.PhoneReadingIT.fitsTheScreen(phone))
                .as("the incident list at 390 px")
                .isTrue();
        assertAccessible(phone);

        Page desktop = loggedInPage("coordinator");
        desktop.navigate("/incidents?" + q(token));
        assertThat(desktop.locator("table tbody tr").first().evaluate("r => getComputedStyle(r).display"))
                .isEqualTo("table-row");
        assertAccessible(desktop);
    }
}
