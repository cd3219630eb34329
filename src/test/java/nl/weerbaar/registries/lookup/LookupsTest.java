package nl.weerbaar.registries.lookup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.Establishment;
import nl.weerbaar.registries.trade.KvkClient;
import nl.weerbaar.registries.trade.KvkSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lookup's checks, and what it makes of the KVK's answers and failures (KVK played by a local stand-in). */
class LookupsTest {

    static WireMockServer kvk;

    static final Establishment LOCAL = new Establishment(
            "90004973",
            "000052781231",
            "Uit het uittreksel",
            List.of(),
            new AddressKey("9999XA", 12, null, null),
            null,
            null);

    @BeforeAll
    static void start() {
        kvk = new WireMockServer(options().dynamicPort());
        kvk.start();
        kvk.stubFor(get(urlPathEqualTo("/api/v2/zoeken"))
                .withQueryParam("postcode", equalTo("9999XA"))
                .willReturn(okJson("""
                        {"pagina":1,"resultatenPerPagina":100,"totaal":2,"resultaten":[
                          {"kvkNummer":"90004973","vestigingsnummer":"000052781231","naam":"Zonder letter",
                           "adres":{"binnenlandsAdres":{"type":"bezoekadres","huisnummer":12,"postcode":"9999XA"}},"type":"hoofdvestiging"},
                          {"kvkNummer":"90004975","vestigingsnummer":"000052781299","naam":"Met letter",
                           "adres":{"binnenlandsAdres":{"type":"bezoekadres","huisnummer":12,"huisletter":"B","postcode":"9999XA"}},"type":"hoofdvestiging"}]}""")));
        kvk.stubFor(get(urlPathEqualTo("/api/v2/zoeken"))
                .withQueryParam("naam", equalTo("storing"))
                .willReturn(aResponse().withStatus(502)));
    }

    @AfterAll
    static void stop() {
        kvk.stop();
    }

    @Test
    void kvkHitsAtTheAddressComeBesideTheExtract() {
        Lookups.Answer a = lookups("key").lookUp(question(new AddressKey("9999XA", 12, null, null), null));
        assertThat(a.extract()).containsExactly(LOCAL);
        assertThat(a.kvk()).extracting(Establishment::name).containsExactly("Zonder letter");
        assertThat(a.kvkNotice()).isNull();
    }

    @Test
    void whenKvkFailsTheExtractIsStillShownWithANotice() {
        Lookups.Answer a = lookups("key").lookUp(question(null, "storing"));
        assertThat(a.extract()).containsExactly(LOCAL);
        assertThat(a.kvk()).isEmpty();
        assertThat(a.kvkNotice()).isEqualTo("registries.kvk.error.unavailable");
    }

    @Test
    void withoutAKeyKvkIsNotAsked() {
        int before = kvk.getAllServeEvents().size();
        Lookups.Answer a = lookups("").lookUp(question(null, "storing"));
        assertThat(a.kvkNotice()).isNull();
        assertThat(kvk.getAllServeEvents()).hasSize(before);
    }

    @Test
    void thePurposeAndReferenceAreRequiredAndOnlyOneQuestionIsAsked() {
        Lookups l = lookups("");
        assertThatThrownBy(() -> l.check(new LookupForm(null, " ", "9999XA", "12", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().key("purpose")).isEqualTo("registries.lookup.error.purpose");
                    assertThat(e.errors().key("reference")).isEqualTo("error.required");
                });
        assertThatThrownBy(() -> l.check(new LookupForm("NONSENSE", "r", null, null, null, null, "90004973", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("purpose")).isEqualTo("error.choice"));
        assertThatThrownBy(() -> l.check(new LookupForm("BIBOB", "r", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("postcode")).isEqualTo("registries.lookup.error.nothing"));
        assertThatThrownBy(() -> l.check(new LookupForm("BIBOB", "r", null, null, null, null, "1234", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("kvkNumber")).isEqualTo("registries.lookup.error.kvk-number"));
        Question q = l.check(new LookupForm("ENFORCEMENT", " zaak 7 ", "9999 xa", "12", "b", "2 a", null, null));
        assertThat(q.address()).isEqualTo(new AddressKey("9999XA", 12, "B", "2A"));
        assertThat(q.auditId()).isEqualTo("9999XA 12 B-2A");
        assertThat(q.auditPurpose()).isEqualTo("lookup for enforcement: zaak 7");
    }

    private static Question question(AddressKey address, String name) {
        return new Question(Purpose.BIBOB, "ref", address, null, name);
    }

    private static Lookups lookups(String key) {
        KvkClient client = new KvkClient(new KvkSettings(
                "http://localhost:" + kvk.port() + "/api", key, "", "", Duration.ofSeconds(2), Duration.ofSeconds(5)));
        LocalLookup local = new LocalLookup(null, null, null) {
            @Override
            Found read(Question q) {
                return new Found(false, List.of(), List.of(LOCAL));
            }
        };
        return new Lookups(local, client);
    }
}
