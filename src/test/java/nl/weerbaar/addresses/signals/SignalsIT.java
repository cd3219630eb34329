package nl.weerbaar.addresses.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.registries.trade.TradeExtract;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The address page over a small fixture of our own (a street in a made-up place, ids starting 9999) and a trade
 * extract: each rule firing and not at its threshold, the exception list silencing, another municipality seeing
 * nothing, every lookup and signal view audited with its purpose, and who may see signals.
 */
class SignalsIT extends IntegrationTest {

    static final String HOME = "9999200000000001"; // Signaalstraat 1, woonfunctie
    static final String OFFICE = "9999200000000002"; // Signaalstraat 2, kantoorfunctie
    static final String HALL = "9999200000000003"; // Signaalstraat 3, industriefunctie
    static final String FOUR = "9999200000000004"; // Signaalstraat 4
    static final String FOUR_A = "9999200000000005"; // Signaalstraat 4A

    /** 3 at the home, 5 at the office (all 70, management consultancy), a shop and a metal works at the hall. */
    static final String EXTRACT = """
            kvknummer;vestigingsnummer;naam;sbi;postcode;huisnummer;huisletter;toevoeging;nummeraanduiding id;datum vestiging op adres
            91000001;000091000001;Thuis Advies;7022;9999SA;1;;;9999200000000001
            91000002;000091000002;Thuis Holding;6420;9999SA;1;;;9999200000000001
            91000003;000091000003;Thuis Handel;4791;9999SA;1;;;
            91000011;000091000011;Kantoor Een;7022;9999SA;2;;;9999200000000002
            91000012;000091000012;Kantoor Twee;7022;9999SA;2;;;9999200000000002
            91000013;000091000013;Kantoor Drie;7022;9999SA;2;;;9999200000000002
            91000014;000091000014;Kantoor Vier;7022;9999SA;2;;;9999200000000002
            91000015;000091000015;Kantoor Vijf;7022;9999SA;2;;;9999200000000002
            91000021;000091000021;Winkel in de Hal;4711;9999SA;3;;;9999200000000003;15-11-2026
            91000022;000091000022;Metaal in de Hal;2511;9999SA;3;;;9999200000000003;2019-04-01
            """;

    @Autowired
    TradeExtract extract;

    @Autowired
    ActionPlans actions;

    @BeforeEach
    void fixture() throws Exception {
        load(extract);
        FixtureMentions.COUNTS.clear();
    }

    /** The fixture: the street in the BAG, the extract of Voorbeeldstad, default settings, no exceptions. */
    static void load(TradeExtract extract) throws Exception {
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            st.execute("DELETE FROM bag_nummeraanduiding WHERE id LIKE '99992%'");
            st.execute("DELETE FROM bag_adresseerbaar_object WHERE id LIKE '99990%'");
            st.execute("DELETE FROM bag_openbare_ruimte WHERE id = '9999300000000001'");
            st.execute("DELETE FROM bag_woonplaats WHERE id = '9999'");
            st.execute("DELETE FROM addresses_signal_settings");
            st.execute("DELETE FROM addresses_signal_exception");
            st.execute("INSERT INTO bag_woonplaats (id, voorkomen, current, status, naam)"
                    + " VALUES ('9999', 1, true, 'Woonplaats aangewezen', 'Proefdorp')");
            st.execute("INSERT INTO bag_openbare_ruimte (id, voorkomen, current, status, naam, type, woonplaats_id)"
                    + " VALUES ('9999300000000001', 1, true, 'Naamgeving uitgegeven', 'Signaalstraat', 'Weg', '9999')");
            String[][] addresses = {
                {HOME, "1", null, "woonfunctie"},
                {OFFICE, "2", null, "kantoorfunctie"},
                {HALL, "3", null, "industriefunctie"},
                {FOUR, "4", null, "woonfunctie"},
                {FOUR_A, "4", "A", "woonfunctie"}
            };
            int i = 1;
            for (String[] a : addresses) {
                st.execute("INSERT INTO bag_nummeraanduiding (id, voorkomen, current, status, postcode, huisnummer,"
                        + " huisletter, object_type, openbare_ruimte_id) VALUES ('" + a[0] + "', 1, true,"
                        + " 'Naamgeving uitgegeven', '9999SA', " + a[1] + ", "
                        + (a[2] == null ? "NULL" : "'" + a[2] + "'")
                        + ", 'Verblijfsobject', '9999300000000001')");
                st.execute("INSERT INTO bag_adresseerbaar_object (id, voorkomen, current, kind, status, hoofdadres_id,"
                        + " gebruiksdoelen, oppervlakte) VALUES ('999901000000000" + i + "', 1, true, 'VBO',"
                        + " 'Verblijfsobject in gebruik', '" + a[0] + "', ARRAY['" + a[3] + "'], 120)");
                i++;
            }
        }
        TradeExtract.Outcome o = TenantContext.callAs(
                Demo.VOORBEELDSTAD, () -> extract.upload(EXTRACT.getBytes(StandardCharsets.UTF_8), "signals.csv"));
        assertThat(o.ok()).as("%s", o.problems()).isTrue();
    }

    @AfterEach
    void clearMentions() {
        FixtureMentions.COUNTS.clear();
    }

    static Map<String, String> why(String reference) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("purpose", "BIBOB");
        f.put("reference", reference);
        return f;
    }

    String page(String user, String bagId, String reference) {
        WebClient c = loginAs(user);
        c.get("/adressen");
        HttpResponse<String> r = c.postForm("/adressen/" + bagId, why(reference));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    void settings(String address, String home, String mentions, String street) {
        WebClient c = loginAs("coordinator");
        c.get("/adressen/instellingen");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("manyAtAddress", address);
        f.put("manyAtHome", home);
        f.put("mentions", mentions);
        f.put("streetSameKind", street);
        f.put("recentDays", "365");
        f.put("role", "LEGAL");
        // the form posts one value per checked rule; postForm takes a map, so the rules go in the path
        String rules = java.util.Arrays.stream(Rule.values())
                .map(r -> "rule=" + r.name())
                .collect(java.util.stream.Collectors.joining("&"));
        HttpResponse<String> r = c.postForm("/adressen/instellingen?" + rules, f);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    }

    @Test
    void manyEstablishmentsAtAnAddressAndInAHomeFireAtTheirThresholdsWithTheirFacts() {
        String office = page("coordinator", OFFICE, "bb-1");
        assertThat(office)
                .contains("Veel vestigingen op één adres")
                .contains("5 vestigingen staan ingeschreven op dit adres; de drempel van de gemeente is 5.")
                .contains("Kantoor Een, Kantoor Twee")
                .contains("Een signaal is geen bevinding")
                .contains("kantoorfunctie");
        String home = page("coordinator", HOME, "bb-1");
        assertThat(home)
                .contains("Meerdere vestigingen in een woning")
                .contains("Thuis Handel") // matched on its address, without a BAG id
                .doesNotContain("Veel vestigingen op één adres");

        settings("6", "4", "1", "8");
        assertThat(page("coordinator", OFFICE, "bb-2")).doesNotContain("Veel vestigingen op één adres");
        assertThat(page("coordinator", HOME, "bb-2")).doesNotContain("Meerdere vestigingen in een woning");
    }

    @Test
    void aShopInAnIndustrialHallFiresButTheMetalWorksThereDoesNot() {
        String hall = page("coordinator", HALL, "hal");
        assertThat(hall)
                .contains("Activiteit past niet bij het gebruik van het pand")
                .contains(
                        "Winkel in de Hal heeft als hoofdactiviteit SBI 4711, maar de BAG geeft als gebruik: industriefunctie")
                .doesNotContain("Metaal in de Hal heeft als hoofdactiviteit");
    }

    @Test
    void aRecentRegistrationAtTheAddressFiresFromTheExtractsOptionalDate() {
        clock.setTo(java.time.Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(page("coordinator", HALL, "verhuisd"))
                .contains("Vestiging pas op dit adres")
                .contains("Winkel in de Hal staat sinds 15-11-2026 op dit adres")
                .doesNotContain("Metaal in de Hal staat sinds");
        // 22 days ago: silent once the municipality counts only the last 21 days
        loginAs("coordinator").get("/");
        settingsWithRecentDays("21");
        assertThat(page("coordinator", HALL, "verhuisd")).doesNotContain("Vestiging pas op dit adres");
    }

    void settingsWithRecentDays(String days) {
        WebClient c = loginAs("coordinator");
        c.get("/adressen/instellingen");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("manyAtAddress", "5");
        f.put("manyAtHome", "3");
        f.put("mentions", "1");
        f.put("streetSameKind", "8");
        f.put("recentDays", days);
        String rules = java.util.Arrays.stream(Rule.values())
                .map(r -> "rule=" + r.name())
                .collect(java.util.stream.Collectors.joining("&"));
        assertThat(c.postForm("/adressen/instellingen?" + rules, f).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aStreetWithManyOfOneKindFiresFromTheThreshold() {
        // 6 establishments in division 70 on Signaalstraat: one at no. 1, five at no. 2
        settings("99", "99", "1", "6");
        assertThat(page("coordinator", OFFICE, "straat"))
                .contains("Veel bedrijven van dezelfde soort in de straat")
                .contains("6 vestigingen in de straat Signaalstraat hebben een hoofdactiviteit in SBI-afdeling 70");
        settings("99", "99", "1", "7");
        assertThat(page("coordinator", OFFICE, "straat")).doesNotContain("Veel bedrijven van dezelfde soort");
    }

    @Test
    void mentionsInTheMunicipalitysOwnRecordsFireAsCountsOnly() {
        settings("99", "99", "2", "99");
        FixtureMentions.set(FOUR, 1);
        assertThat(page("coordinator", FOUR, "m")).doesNotContain("Adres komt voor in incidenten of meldingen");
        FixtureMentions.set(FOUR, 2);
        assertThat(page("coordinator", FOUR, "m"))
                .contains("Adres komt voor in incidenten of meldingen")
                .contains("Het adres komt 2 keer voor");
    }

    @Test
    void theExceptionListSilencesTheRulesAtThatAddress() {
        WebClient c = loginAs("coordinator");
        c.get("/adressen/instellingen");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("bagId", OFFICE);
        f.put("reason", "Bedrijfsverzamelgebouw <script>x</script>");
        assertThat(c.postForm("/adressen/instellingen/uitzonderingen", f).statusCode())
                .isEqualTo(302);
        assertThat(c.get("/adressen/instellingen").body())
                .contains("Bedrijfsverzamelgebouw &lt;script&gt;")
                .doesNotContain("<script>x");
        assertThat(page("coordinator", OFFICE, "uitz"))
                .contains("Dit adres staat op de lijst van bekende adressen")
                .doesNotContain("Veel vestigingen op één adres");
        // the same address twice, a wrong id and an empty reason are refused
        assertThat(c.postForm("/adressen/instellingen/uitzonderingen", f).body())
                .contains("Dit adres staat al op de lijst");
        f.put("bagId", "12ab");
        f.put("reason", "");
        assertThat(c.postForm("/adressen/instellingen/uitzonderingen", f).body())
                .contains("Een BAG-id is 16 cijfers")
                .contains("error-summary");
    }

    @Test
    void anotherMunicipalitySeesNoneOfTheseEstablishmentsNorSignals() {
        String kd = page("kd.coordinator", OFFICE, "kd");
        assertThat(kd).contains("Signaalstraat").doesNotContain("Kantoor Een").contains("Geen signalen bij dit adres");
    }

    @Test
    void everyLookupAndSignalViewIsRecordedWithItsPurposeAndNothingWithoutOne() {
        String reference = "BB-" + UUID.randomUUID().toString().substring(0, 8);
        WebClient c = loginAs("coordinator");
        c.get("/adressen");
        Map<String, String> f = why(reference);
        f.put("postcode", "9999 sa");
        f.put("houseNumber", "4");
        HttpResponse<String> choose = c.postForm("/adressen", f);
        assertThat(choose.body())
                .contains("Er zijn meer adressen op dit nummer")
                .contains("Signaalstraat 4, 9999SA Proefdorp")
                .contains("Signaalstraat 4A, 9999SA Proefdorp");
        f.put("houseNumber", "2");
        assertThat(c.postForm("/adressen", f).body()).contains("Kantoor Een");
        assertThat(audits(reference))
                .containsExactly(
                        "address-lookup|9999SA 4|READ|signals for bibob: " + reference,
                        "address-lookup|9999SA 2|READ|signals for bibob: " + reference,
                        "address-lookup|" + OFFICE + "|READ|signals for bibob: " + reference,
                        "address-signals|" + OFFICE + "|READ|signals for bibob: " + reference);

        Map<String, String> none = new LinkedHashMap<>();
        none.put("reference", "zonder doel");
        HttpResponse<String> refused = c.postForm("/adressen/" + OFFICE, none);
        assertThat(refused.body()).contains("Kies waarvoor u het adres bekijkt").doesNotContain("Kantoor Een");
    }

    @Test
    void onlyTheCoordinatorAndTheRolesInTheSettingsSeeSignals() {
        assertThat(loginAs("medewerker").get("/adressen").statusCode()).isEqualTo(403);
        WebClient employee = loginAs("medewerker");
        employee.get("/");
        assertThat(employee.postForm("/adressen/" + OFFICE, why("x")).statusCode())
                .isEqualTo(403);
        assertThat(loginAs("beheerder").get("/adressen").statusCode()).isEqualTo(403);
        assertThat(loginAs("medewerker").get("/adressen/" + OFFICE).statusCode())
                .isEqualTo(403);
        // by BAG id: the purpose is asked first; an id the BAG does not know is not found
        assertThat(loginAs("coordinator").get("/adressen/" + OFFICE).body())
                .contains("Adres met BAG-id " + OFFICE)
                .doesNotContain("Kantoor Een");
        assertThat(loginAs("coordinator").get("/adressen/9999200000009999").statusCode())
                .isEqualTo(404);
        assertThat(loginAs("coordinator").get("/adressen/not-an-id").statusCode())
                .isEqualTo(404);
        assertThat(loginAs("jurist").get("/adressen").statusCode()).isEqualTo(200);
        assertThat(loginAs("jurist").get("/adressen/instellingen").statusCode()).isEqualTo(403);
        assertThat(loginAs("secretaris").get("/adressen").statusCode()).isEqualTo(403);
        assertThat(loginAs("coordinator").get("/").body()).contains("href=\"/adressen\"");
        assertThat(loginAs("coordinator").get("/adressen").body()).contains("href=\"/adressen/instellingen\"");
        assertThat(loginAs("jurist").get("/adressen").body()).doesNotContain("href=\"/adressen/instellingen\"");
        assertThat(loginAs("medewerker").get("/").body()).doesNotContain("href=\"/adressen\"");
    }

    @Test
    void aSignalBecomesAnActionAndABibobNote() {
        WebClient c = loginAs("coordinator");
        c.get("/adressen");
        Map<String, String> f = why("actie-1");
        f.put("rule", "many-at-address");
        HttpResponse<String> r = c.postForm("/adressen/" + OFFICE + "/actie", f);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/actions/"));
        List<ActionPlans.ActionSummary> made = TenantContext.callAs(
                Demo.VOORBEELDSTAD, () -> actions.forSource("addresses", OFFICE + ":many-at-address"));
        assertThat(made).isNotEmpty();
        assertThat(made.get(0).title()).contains("Veel vestigingen op één adres");

        HttpResponse<String> note = c.postForm("/adressen/" + OFFICE + "/bibob-notitie", why("BB-9"));
        assertThat(note.statusCode()).isEqualTo(200);
        assertThat(note.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(note.body())
                .contains("Kenmerk: BB-9")
                .contains("5 vestigingen staan ingeschreven")
                .contains("Een signaal is geen bevinding");
    }

    @Test
    void settingsAreValidatedAndNothingIsHalfSaved() {
        WebClient c = loginAs("coordinator");
        c.get("/adressen/instellingen");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("manyAtAddress", "1");
        f.put("manyAtHome", "drie");
        f.put("mentions", "1");
        f.put("streetSameKind", "8");
        HttpResponse<String> r = c.postForm("/adressen/instellingen?role=ADMIN", f);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("error-summary")
                .contains("Dit getal valt buiten het toegestane bereik")
                .contains("Vul een heel getal in")
                .contains("Deze rol kan niet worden gekozen");
        assertThat(loginAs("jurist").get("/adressen").statusCode()).isEqualTo(200);
    }

    List<String> audits(String reference) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
                                SELECT object_type || '|' || object_id || '|' || action || '|' || purpose
                                  FROM audit_event WHERE purpose LIKE ? ORDER BY id""").param("%" + reference).query(String.class).list());
    }
}
