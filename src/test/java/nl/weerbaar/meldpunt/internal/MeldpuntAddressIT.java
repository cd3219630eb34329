package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
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
 * A structured BAG address on meldpunt reports (ADR 1020): stored only sealed and as a keyed pseudonym, on the web
 * and the oral form, an unknown id refused, and counts per address only for those who receive the reports.
 */
class MeldpuntAddressIT extends IntegrationTest {

    static final String KOSTERSTRAAT_4 = BagSample.KOSTERSTRAAT_4;

    @Autowired
    BagLoadService loads;

    @Autowired
    Reporting reporting;

    @Autowired
    MeldpuntKeys keys;

    @Autowired
    List<AddressMentions> mentions;

    @BeforeEach
    void bag() {
        BagSample.doesburg(loads);
    }

    AddressMentions meldpunt() {
        return mentions.stream()
                .filter(m -> m.source().equals("meldpunt"))
                .findFirst()
                .orElseThrow();
    }

    long reportsWithKey(UUID tenant, String bagId) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT count(*) FROM meldpunt_report WHERE address_key = ?")
                        .param(keys.addressKey(tenant, bagId))
                        .query(Long.class)
                        .single());
    }

    long plainIdAnywhere(String bagId) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM meldpunt_report WHERE address_key = ? OR"
                                + " position(convert_to(?, 'UTF8') in content) > 0")
                        .params(bagId, bagId)
                        .query(Long.class)
                        .single());
    }

    @Test
    void theWebFormStoresAPseudonymThatRecipientsSeeAsTheAddress() {
        WebClient reporter = anonymous();
        HttpResponse<String> form = reporter.get("/m/voorbeeldstad");
        assertThat(form.body())
                .contains("Adres uit de BAG (niet verplicht)")
                .contains("/m/voorbeeldstad/address-choices");
        long before = reportsWithKey(Demo.VOORBEELDSTAD, KOSTERSTRAAT_4);
        String description = "Hennep op zolder " + UUID.randomUUID();
        HttpResponse<String> receipt = MeldpuntJourneyIT.report(
                reporter,
                "voorbeeldstad",
                Map.of("kind", "FAVOURED_DECISION", "description", description, "addressBagId", KOSTERSTRAAT_4),
                List.of(),
                null,
                null);
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        assertThat(reportsWithKey(Demo.VOORBEELDSTAD, KOSTERSTRAAT_4)).isEqualTo(before + 1);
        assertThat(plainIdAnywhere(KOSTERSTRAAT_4)).isZero();
        assertThat(keys.addressKey(Demo.VOORBEELDSTAD, KOSTERSTRAAT_4))
                .isNotEqualTo(keys.addressKey(Demo.KLEINDORP, KOSTERSTRAAT_4))
                .doesNotContain(KOSTERSTRAAT_4);

        UUID id = TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT id FROM meldpunt_report WHERE address_key = ? ORDER BY id")
                                .param(keys.addressKey(Demo.VOORBEELDSTAD, KOSTERSTRAAT_4))
                                .query(UUID.class)
                                .list())
                .stream()
                .filter(r -> loginAs("coordinator").get("/meldpunt/" + r).body().contains(description))
                .findFirst()
                .orElseThrow();
        assertThat(loginAs("coordinator").get("/meldpunt/" + id).body())
                .contains("Adres (BAG)")
                .contains("Kosterstraat 4, 6981CH Doesburg");
    }

    @Test
    void anUnknownIdIsRefusedAndNothingSaved() {
        long before = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM meldpunt_report")
                        .query(Long.class)
                        .single());
        HttpResponse<String> r = MeldpuntJourneyIT.report(
                anonymous(),
                "voorbeeldstad",
                Map.of("kind", "LEAK", "description", "Iets " + UUID.randomUUID(), "addressBagId", "0221200000999999"),
                List.of(),
                null,
                null);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("error-summary").contains("Dit adres staat niet in de BAG.");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM meldpunt_report")
                                .query(Long.class)
                                .single()))
                .isEqualTo(before);
    }

    @Test
    void withoutJavaScriptTheSearchShowsSuggestionsAndTheHtmxRouteAnswersWithoutASession() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "LEAK");
        fields.put("description", "Nog niet versturen");
        fields.put("addressPostcode", "6981CH");
        fields.put("addressNumber", "4");
        fields.put("addressFind", "true");
        HttpResponse<String> r = MeldpuntJourneyIT.report(anonymous(), "voorbeeldstad", fields, List.of(), null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Kosterstraat 4, 6981CH Doesburg").contains("Nog niet versturen");

        WebClient anonymous = anonymous();
        HttpResponse<String> fragment = anonymous.postForm(
                "/m/voorbeeldstad/address-choices", Map.of("addressPostcode", "6981 ch", "addressNumber", "4"));
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body())
                .contains("id=\"address-choices\"")
                .contains("value=\"" + KOSTERSTRAAT_4 + "\"")
                .doesNotContain("<html");
        assertThat(fragment.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theOralFormTakesAnAddress() {
        WebClient coordinator = loginAs("coordinator");
        assertThat(coordinator.get("/meldpunt/oral").body()).contains("name=\"addressPostcode\"");
        long before = reportsWithKey(Demo.VOORBEELDSTAD, "0221200000330171");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "PHONE");
        form.put("kind", "LEAK");
        form.put("description", "Telefonisch " + UUID.randomUUID());
        form.put("consent", "true");
        form.put("addressBagId", "0221200000330171");
        HttpResponse<String> r = coordinator.postForm("/meldpunt/oral", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(reportsWithKey(Demo.VOORBEELDSTAD, "0221200000330171")).isEqualTo(before + 1);

        coordinator.get("/meldpunt/oral");
        form.put("addressBagId", "9999");
        HttpResponse<String> refused = coordinator.postForm("/meldpunt/oral", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Dit adres staat niet in de BAG.");
        assertThat(reportsWithKey(Demo.VOORBEELDSTAD, "0221200000330171")).isEqualTo(before + 1);
    }

    @Test
    void countsOnlyForRecipientsOfEachReportAndOnlyWithinTheMunicipality() {
        String address = "0221200000330173";
        UUID confidant = AsUser.identity(jdbc, "vertrouwenspersoon").userId();
        clock.setTo(Instant.parse("2026-11-02T10:00:00Z"));
        submit(Demo.VOORBEELDSTAD, address, List.of());
        clock.setTo(Instant.parse("2026-11-09T10:00:00Z"));
        submit(Demo.VOORBEELDSTAD, address, List.of(confidant.toString()));
        clock.setTo(Instant.parse("2026-11-16T10:00:00Z"));
        submit(Demo.KLEINDORP, address, List.of());
        clock.reset();

        assertThat(count("coordinator", address)).hasValue(new AddressMentions.Count(2, LocalDate.of(2026, 11, 9)));
        assertThat(count("vertrouwenspersoon", address))
                .hasValue(new AddressMentions.Count(1, LocalDate.of(2026, 11, 2)));
        assertThat(count("medewerker", address)).isEmpty();
        assertThat(count("jurist", address)).isEmpty();
        assertThat(count("kd.coordinator", address)).hasValue(new AddressMentions.Count(1, LocalDate.of(2026, 11, 16)));
        assertThat(count("coordinator", "0221200000330151")).isEmpty();
    }

    private Optional<AddressMentions.Count> count(String user, String address) {
        return AsUser.call(jdbc, user, () -> meldpunt().at(address));
    }

    private void submit(UUID tenant, String address, List<String> notTo) {
        Reporting.Submitted s = reporting.submit(
                tenant,
                new Reporting.Submission(
                        "LEAK", "Adres " + UUID.randomUUID(), null, notTo, false, List.of(), null, null, null, address),
                null);
        assertThat(s.errors().any()).as("%s", s.errors()).isFalse();
    }
}
