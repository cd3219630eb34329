package nl.weerbaar.awareness.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hub on the intranet without login: only public published items, framing only from a listed origin, valid
 * feeds, and read counts on the hub and the intranet that add up.
 */
class IntranetIT extends IntegrationTest {

    static final String INTRANET = "https://intranet.voorbeeldstad.nl";

    @AfterEach
    void noListedOrigin() {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/awareness/intranet");
        coordinator.postForm("/awareness/intranet/origins/remove", Map.of("origin", INTRANET));
    }

    static String publish(WebClient coordinator, String title, String body, boolean publicItem) {
        coordinator.get("/awareness/manage/new");
        HttpResponse<String> r = coordinator.postForm(
                "/awareness/manage",
                Map.of("kind", "STORY", "title", title, "body", body, "publicItem", String.valueOf(publicItem)));
        String id = r.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll(".*/manage/", "")
                .replaceAll("\\?.*", "");
        coordinator.get("/awareness/manage/" + id);
        assertThat(coordinator
                        .postForm("/awareness/manage/" + id + "/publish", Map.of())
                        .statusCode())
                .isEqualTo(302);
        return id;
    }

    @Test
    void theIntranetPageShowsOnlyPublicPublishedItemsWithoutLogin() {
        WebClient coordinator = loginAs("coordinator");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String open = publish(coordinator, "Openbaar " + tag, "Voor iedereen", true);
        String internal = publish(coordinator, "Intern " + tag, "Alleen binnen", false);
        WebClient anonymous = anonymous();
        HttpResponse<String> page = anonymous.get("/intranet/voorbeeldstad");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Openbaar " + tag).doesNotContain("Intern " + tag);
        assertThat(anonymous.get("/intranet/voorbeeldstad/items/" + open).body())
                .contains("Voor iedereen");
        assertThat(anonymous.get("/intranet/voorbeeldstad/items/" + internal).statusCode())
                .isEqualTo(404);
        assertThat(anonymous.get("/intranet/kleindorp/items/" + open).statusCode())
                .isEqualTo(404);
        assertThat(anonymous.get("/intranet/nergensdorp").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/intranet/kleindorp").body()).doesNotContain("Openbaar " + tag);
    }

    @Test
    void thePageMayBeFramedOnlyByAListedOrigin() {
        HttpResponse<String> before = anonymous().get("/intranet/voorbeeldstad");
        assertThat(csp(before)).contains("frame-ancestors 'none'");
        assertThat(before.headers().firstValue("X-Frame-Options")).contains("DENY");

        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/awareness/intranet");
        HttpResponse<String> refused = coordinator.postForm(
                "/awareness/intranet/origins",
                Map.of("origin", "https://intranet.voorbeeldstad.nl/nieuws; script-src *"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Vul het begin van een https-adres in");
        assertThat(coordinator
                        .postForm("/awareness/intranet/origins", Map.of("origin", "HTTPS://Intranet.Voorbeeldstad.nl/"))
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> framed = anonymous().get("/intranet/voorbeeldstad");
        assertThat(csp(framed)).contains("frame-ancestors " + INTRANET + ";").doesNotContain("frame-ancestors 'none'");
        assertThat(csp(framed)).contains("script-src 'self'");
        assertThat(framed.headers().firstValue("X-Frame-Options")).isEmpty();

        // other municipalities, other pages and the hub itself stay unframeable
        assertThat(csp(anonymous().get("/intranet/kleindorp"))).contains("frame-ancestors 'none'");
        HttpResponse<String> hub = loginAs("medewerker").get("/awareness");
        assertThat(csp(hub)).contains("frame-ancestors 'none'");
        assertThat(hub.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(csp(anonymous().get("/login"))).contains("frame-ancestors 'none'");
    }

    @Test
    void theFeedsAreValidAndCarryThePublicItems() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        publish(coordinator, "In de feed " + tag, "Met <script>alert(1)</script>**nadruk**", true);
        publish(coordinator, "Niet in de feed " + tag, "Intern", false);

        HttpResponse<String> atom = anonymous().get("/intranet/voorbeeldstad/feed.atom");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        FeedsTest.assertValidAtom(atom.body());
        assertThat(atom.body()).contains("In de feed " + tag).doesNotContain("Niet in de feed " + tag);
        assertThat(atom.body()).doesNotContain("alert(1)").contains("&lt;strong&gt;nadruk&lt;/strong&gt;");

        HttpResponse<String> json = anonymous().get("/intranet/voorbeeldstad/feed.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/feed+json");
        FeedsTest.assertValidJsonFeed(json.body());
        assertThat(json.body()).contains("In de feed " + tag).doesNotContain("Niet in de feed " + tag);
    }

    @Test
    void readCountsOnTheHubAndTheIntranetAddUp() {
        WebClient coordinator = loginAs("coordinator");
        String title = "Geteld " + UUID.randomUUID().toString().substring(0, 8);
        String id = publish(coordinator, title, "Tel mij", true);
        WebClient employee = loginAs("medewerker");
        employee.get("/awareness/items/" + id);
        employee.get("/awareness/items/" + id);
        WebClient intranet = anonymous();
        for (int i = 0; i < 3; i++) {
            intranet.get("/intranet/voorbeeldstad/items/" + id);
        }
        // the list pages and the feeds are no reads of the item
        intranet.get("/intranet/voorbeeldstad");
        intranet.get("/intranet/voorbeeldstad/feed.atom");
        employee.get("/awareness");

        String manage = coordinator.get("/awareness/manage").body();
        String row = manage.substring(manage.indexOf("data-item=\"" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("class=\"reads-hub\">2<", "class=\"reads-embed\">3<", "class=\"reads\">5<");
    }

    private static String csp(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Security-Policy").orElseThrow() + ";";
    }
}
