package nl.weerbaar.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.registries.AddressMentions;
import nl.weerbaar.registries.bag.BagLoadService;
import nl.weerbaar.registries.bag.BagSample;
import nl.weerbaar.support.AsUser;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A structured BAG address on incidents (ADR 1020): the form with and without one, an unknown id refused with nothing
 * saved, the API, the case page, stacking by address, and the counts per address under the incidents' visibility.
 */
class IncidentAddressIT extends IntegrationTest {

    static final String KOSTERSTRAAT_4 = BagSample.KOSTERSTRAAT_4;

    @Autowired
    BagLoadService loads;

    @Autowired
    List<AddressMentions> mentions;

    @BeforeEach
    void bag() {
        BagSample.doesburg(loads);
    }

    AddressMentions incidents() {
        return mentions.stream()
                .filter(m -> m.source().equals("incidents"))
                .findFirst()
                .orElseThrow();
    }

    Map<String, String> form(String description, String addressBagId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kinds", "VERBAL_AGGRESSION");
        f.put("occurred", "2026-11-20T10:15");
        f.put("locationType", "HOME_VISIT");
        f.put("description", description);
        f.put("idempotencyKey", "form-" + UUID.randomUUID());
        if (addressBagId != null) {
            f.put("addressBagId", addressBagId);
        }
        return f;
    }

    Optional<String> addressOf(String description) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT coalesce(address_bag_id, '-') FROM incident WHERE description = ?")
                        .param(description)
                        .query(String.class)
                        .optional());
    }

    @Test
    void theFormOffersTheAddressAndStoresTheChosenOne() {
        WebClient c = loginAs("medewerker");
        HttpResponse<String> page = c.get("/incidents/new");
        assertThat(page.body())
                .contains("Adres uit de BAG (niet verplicht)")
                .contains("name=\"addressPostcode\"")
                .contains("hx-post=\"/registries/address-choices\"");

        String with = "Dreiging bij huisbezoek " + UUID.randomUUID();
        HttpResponse<String> r = c.postForm("/incidents/new", form(with, KOSTERSTRAAT_4));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(addressOf(with)).hasValue(KOSTERSTRAAT_4);

        c.get("/incidents/new");
        String without = "Zonder adres " + UUID.randomUUID();
        assertThat(c.postForm("/incidents/new", form(without, null)).statusCode())
                .isEqualTo(302);
        assertThat(addressOf(without)).hasValue("-");
    }

    @Test
    void withoutJavaScriptTheSearchShowsTheSuggestionsAndSavesNothing() {
        WebClient c = loginAs("medewerker");
        c.get("/incidents/new");
        String text = "Nog niet versturen " + UUID.randomUUID();
        Map<String, String> f = form(text, null);
        f.put("addressPostcode", "6981 ch");
        f.put("addressNumber", "4");
        f.put("addressFind", "true");
        HttpResponse<String> r = c.postForm("/incidents/new", f);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Kosterstraat 4, 6981CH Doesburg")
                .contains("value=\"" + KOSTERSTRAAT_4 + "\"")
                .contains(text)
                .doesNotContain("error-summary");
        assertThat(addressOf(text)).isEmpty();
    }

    @Test
    void anUnknownOrForeignIdIsRefusedWithAClearMessageAndNothingSaved() {
        WebClient c = loginAs("medewerker");
        for (String id : List.of("0221200000999999", "0221010000330226", "<script>x</script>", "1".repeat(5000))) {
            c.get("/incidents/new");
            String text = "Onbekend adres " + UUID.randomUUID();
            HttpResponse<String> r = c.postForm("/incidents/new", form(text, id));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body())
                    .contains("error-summary")
                    .contains("Adres (BAG): Dit adres staat niet in de BAG.")
                    .doesNotContain("<script>x</script>");
            assertThat(addressOf(text)).isEmpty();
        }
    }

    @Test
    void theApiTakesAnAddressAndRefusesAnUnknownOneAsAProblem() {
        WebClient api = WebClient.forApi(baseUrl(), "medewerker", Demo.PASSWORD);
        String text = "Via de API " + UUID.randomUUID();
        HttpResponse<String> ok = api.send(api.apiRequest("/api/v1/reports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"kinds": ["VERBAL_AGGRESSION"], "locationType": "COUNTER", "description": "%s",
                         "addressBagId": "%s"}""".formatted(text, KOSTERSTRAAT_4)))
                .build());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(addressOf(text)).hasValue(KOSTERSTRAAT_4);

        String refused = "Via de API fout " + UUID.randomUUID();
        HttpResponse<String> bad = api.send(api.apiRequest("/api/v1/reports")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"kinds": ["VERBAL_AGGRESSION"], "locationType": "COUNTER", "description": "%s",
                         "addressBagId": "0221200000999999"}""".formatted(refused)))
                .build());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(bad.body()).contains("addressBagId").contains("Dit adres staat niet in de BAG");
        assertThat(addressOf(refused)).isEmpty();
    }

    @Test
    void theCasePageShowsTheAddressAndStacksIncidentsAtIt() {
        WebClient reporter = loginAs("medewerker");
        String first = "Eerste aan de Kosterstraat " + UUID.randomUUID();
        String second = "Tweede aan de Kosterstraat " + UUID.randomUUID();
        reporter.get("/incidents/new");
        reporter.postForm("/incidents/new", form(first, KOSTERSTRAAT_4));
        reporter.get("/incidents/new");
        reporter.postForm("/incidents/new", form(second, KOSTERSTRAAT_4));
        UUID id = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM incident WHERE description = ?")
                        .param(second)
                        .query(UUID.class)
                        .single());
        String firstNumber = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT case_number FROM incident WHERE description = ?")
                        .param(first)
                        .query(String.class)
                        .single());
        HttpResponse<String> page = loginAs("coordinator").get("/incidents/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Adres (BAG)")
                .contains("Kosterstraat 4, 6981CH Doesburg")
                .contains(firstNumber);
    }

    @Test
    void countsFollowTheVisibilityOfIncidentsAndStayWithinTheMunicipality() {
        String address = "0221200000330171";
        WebClient reporter = loginAs("medewerker");
        reporter.get("/incidents/new");
        reporter.postForm("/incidents/new", form("Gewoon " + UUID.randomUUID(), address));
        Map<String, String> confidential = form("Vertrouwelijk " + UUID.randomUUID(), address);
        confidential.put("confidentiality", "CIVIL_SERVANTS");
        confidential.put("occurred", "2026-11-25T08:00");
        reporter.get("/incidents/new");
        assertThat(reporter.postForm("/incidents/new", confidential).statusCode())
                .isEqualTo(302);
        // Another municipality reports at the same address: never counted in Voorbeeldstad.
        WebClient other = loginAs("kd.medewerker");
        other.get("/incidents/new");
        Map<String, String> elsewhere = form("Kleindorp " + UUID.randomUUID(), address);
        elsewhere.put("occurred", "2026-11-28T08:00");
        assertThat(other.postForm("/incidents/new", elsewhere).statusCode()).isEqualTo(302);

        Optional<AddressMentions.Count> coordinator =
                AsUser.call(jdbc, "coordinator", () -> incidents().at(address));
        assertThat(coordinator).hasValue(new AddressMentions.Count(1, LocalDate.of(2026, 11, 20)));
        Optional<AddressMentions.Count> confidant =
                AsUser.call(jdbc, "vertrouwenspersoon", () -> incidents().at(address));
        assertThat(confidant).hasValue(new AddressMentions.Count(1, LocalDate.of(2026, 11, 25)));
        assertThat(AsUser.call(
                        jdbc, "vertrouwenspersoon.bestuur", () -> incidents().at(address)))
                .isEmpty();
        assertThat(AsUser.call(jdbc, "jurist", () -> incidents().at(address))).isEmpty();
        assertThat(AsUser.call(jdbc, "kd.coordinator", () -> incidents().at(address)))
                .hasValue(new AddressMentions.Count(1, LocalDate.of(2026, 11, 28)));
        assertThat(AsUser.call(jdbc, "coordinator", () -> incidents().at("not-an-id")))
                .isEmpty();
    }
}
