package nl.weerbaar.registries.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.registries.trade.TradeExtract;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lookup over HTTP: nothing without a purpose, every lookup audited with it, per municipality and role. */
class LookupIT extends IntegrationTest {

    static final String EXTRACT = """
            kvknummer;vestigingsnummer;naam;sbi;postcode;huisnummer;huisletter;toevoeging
            90004973;000052781231;Bakkerij de Korenschoof;1071;9999XA;12;A;
            90004974;000052781232;Café 't Hoekje;5630;9999XA;12;A;2
            """;

    @Autowired
    TradeExtract extract;

    @BeforeEach
    void extract() {
        TradeExtract.Outcome o = TenantContext.callAs(
                Demo.VOORBEELDSTAD, () -> extract.upload(EXTRACT.getBytes(StandardCharsets.UTF_8), "lookup.csv"));
        assertThat(o.ok()).as("%s", o.problems()).isTrue();
    }

    @Test
    void withoutAPurposeNothingIsShownAndNothingRecorded() {
        String reference = "zaak " + UUID.randomUUID();
        HttpResponse<String> r =
                lookUp("coordinator", "/registries/lookup", form(null, reference, "9999XA", "12", "A", "", "", ""));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("error-summary")
                .doesNotContain("id=\"answer\"")
                .doesNotContain("Korenschoof");
        assertThat(audits(reference)).isZero();
    }

    @Test
    void anAddressLookupShowsTheEstablishmentsThereAndIsAuditedWithItsPurpose() {
        String reference = "BB-2026-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> r =
                lookUp("coordinator", "/registries/lookup", form("BIBOB", reference, "9999 xa", "12", "a", "", "", ""));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("action=\"/registries/lookup#answer\"")
                .contains("id=\"answer\"")
                .contains("Bakkerij de Korenschoof")
                .doesNotContain("Hoekje")
                .containsAnyOf("De BAG is nog niet geladen", "De BAG kent dit adres niet")
                .contains("De KVK-API is niet ingesteld");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("""
                                        SELECT object_type || '|' || object_id || '|' || action || '|' || purpose
                                          FROM audit_event WHERE purpose LIKE ?""")
                                .param("%" + reference)
                                .query(String.class)
                                .single()))
                .isEqualTo("registries-address|9999XA 12 A|READ|lookup for bibob: " + reference);
    }

    @Test
    void aLegalAdviserLooksUpABusinessByKvkNumber() {
        String reference = "jur " + UUID.randomUUID();
        HttpResponse<String> r = lookUp(
                "jurist", "/registries/lookup", form("PERMIT_APPLICATION", reference, "", "", "", "", "9000.4974", ""));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Café &#39;t Hoekje").doesNotContain("Korenschoof");
        assertThat(audits(reference)).isOne();
    }

    @Test
    void anotherMunicipalitySeesNoneOfTheseEstablishments() {
        HttpResponse<String> r = lookUp(
                "kd.coordinator",
                "/registries/lookup",
                form("UNDERMINING_SIGNAL", "kd", "", "", "", "", "", "Korenschoof"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"answer\"").doesNotContain("Bakkerij de Korenschoof");
    }

    @Test
    void anAddressAndABusinessAtOnceOrAWrongPostcodeAreRefused() {
        WebClient c = loginAs("coordinator");
        c.get("/registries/lookup");
        assertThat(c.postForm("/registries/lookup", form("BIBOB", "x", "9999XA", "12", "", "", "90004973", ""))
                        .body())
                .contains("Zoek een adres of een bedrijf, niet allebei tegelijk")
                .doesNotContain("id=\"answer\"");
        assertThat(c.postForm("/registries/lookup", form("BIBOB", "x", "0999X", "12", "", "", "", ""))
                        .body())
                .contains("Dit is geen postcode")
                .doesNotContain("id=\"answer\"");
    }

    @Test
    void employeesAndAdministratorsMayNotLookUpNorImport() {
        assertThat(loginAs("medewerker").get("/registries/lookup").statusCode()).isEqualTo(403);
        assertThat(loginAs("beheerder").get("/registries/lookup").statusCode()).isEqualTo(403);
        assertThat(loginAs("beheerder").get("/registries/trade-extract").statusCode())
                .isEqualTo(403);
        assertThat(loginAs("jurist").get("/registries/trade-extract").statusCode())
                .isEqualTo(403);
        assertThat(loginAs("coordinator").get("/registries/trade-extract").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theApiAnswersAnAuditedLookupAndRefusesOneWithoutPurposeAsProblemJson() {
        String reference = "api " + UUID.randomUUID();
        WebClient api = WebClient.forApi(baseUrl(), "coordinator", Demo.PASSWORD);
        HttpResponse<String> ok = api.sendJson("POST", "/api/v1/registry-lookups", """
                {"purpose":"BIBOB","reference":"%s","postcode":"9999 xa","houseNumber":12,"letter":"a"}""".formatted(reference));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body())
                .contains("\"address\":\"9999XA 12 A\"")
                .contains("\"establishmentNumber\":\"000052781231\"")
                .contains("\"kvkProblem\":\"not-configured\"")
                .doesNotContain("Hoekje");
        assertThat(audits(reference)).isOne();

        HttpResponse<String> refused =
                api.sendJson("POST", "/api/v1/registry-lookups", "{\"reference\":\"x\",\"kvkNumber\":\"90004973\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"field\":\"purpose\"").doesNotContain("Korenschoof");

        HttpResponse<String> employee = WebClient.forApi(baseUrl(), "medewerker", Demo.PASSWORD)
                .sendJson("POST", "/api/v1/registry-lookups", "{}");
        assertThat(employee.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> lookUp(String user, String path, Map<String, String> form) {
        WebClient c = loginAs(user);
        assertThat(c.get(path).statusCode()).isEqualTo(200);
        return c.postForm(path, form);
    }

    private long audits(String reference) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE purpose LIKE ?")
                        .param("%" + reference)
                        .query(Long.class)
                        .single());
    }

    private static Map<String, String> form(
            String purpose,
            String reference,
            String postcode,
            String number,
            String letter,
            String addition,
            String kvk,
            String name) {
        Map<String, String> f = new LinkedHashMap<>();
        if (purpose != null) {
            f.put("purpose", purpose);
        }
        f.put("reference", reference);
        f.put("postcode", postcode);
        f.put("houseNumber", number);
        f.put("letter", letter);
        f.put("addition", addition);
        f.put("kvkNumber", kvk);
        f.put("name", name);
        return f;
    }
}
