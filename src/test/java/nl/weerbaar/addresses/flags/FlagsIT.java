package nl.weerbaar.addresses.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.addresses.AddressFlags;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.registries.bag.BagLoadService;
import nl.weerbaar.registries.bag.BagSample;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The verwijsindex over HTTP on the BAG sample of Doesburg: four eyes before a flag counts, the employee's check with
 * its purpose and without any content, the end date (fixed clock), renewals, roles and another municipality.
 */
class FlagsIT extends IntegrationTest {

    static final String KOSTERSTRAAT = "0221200000330227";

    @Autowired
    BagLoadService loads;

    @Autowired
    BagAddresses addresses;

    @Autowired
    FlagsJob job;

    @Autowired
    AddressFlags port;

    @BeforeEach
    void bag() {
        BagSample.ensureDoesburg(loads, addresses);
    }

    @Test
    void aFlagCountsOnlyOnceASecondPersonApprovesItAndTheEmployeeSeesTheContactButNeverTheReason() {
        String reason = "Bewoner dreigde handhaver " + UUID.randomUUID();
        WebClient coordinator = loginAs("coordinator");
        UUID flag = ask(coordinator, "6981 ch", "4", "", Map.of("reason", reason, "approverId", id("secretaris")));
        assertThat(status(flag)).isEqualTo("PENDING");

        // before approval nothing is known to the employee
        HttpResponse<String> before = check("medewerker", "HOME_VISIT", "6981CH", "4", "");
        assertThat(before.body()).contains("id=\"nothing-known\"").doesNotContain("Neem eerst contact op");

        // the one who asked cannot approve, nor can a person who was not named
        UUID request = request(flag, Flags.KIND);
        assertThat(decide(coordinator, request).statusCode()).isEqualTo(403);
        assertThat(decide(loginAs("jurist"), request).statusCode()).isIn(403, 404);
        assertThat(status(flag)).isEqualTo("PENDING");

        // the named approver finds the flag in the menu while it waits, sees the reason, and approves
        WebClient secretary = loginAs("secretaris");
        assertThat(secretary.get("/menu/preventie-en-beleid").body()).contains("href=\"/addresses/flags\"");
        assertThat(secretary.get("/addresses/flags").body()).contains("Kosterstraat 4, 6981CH Doesburg");
        assertThat(secretary.get("/addresses/flags/" + flag).body()).contains(reason);
        assertThat(decide(secretary, request).statusCode()).isEqualTo(302);
        assertThat(status(flag)).isEqualTo("ACTIVE");
        assertThat(secretary.get("/addresses/flags/" + flag).statusCode()).isEqualTo(404);
        assertThat(secretary.get("/menu/preventie-en-beleid").body()).doesNotContain("href=\"/addresses/flags\"");
        HttpResponse<String> list = coordinator.get("/addresses/flags");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Kosterstraat 4, 6981CH Doesburg").contains("Actief");

        HttpResponse<String> after = check("medewerker", "HOME_VISIT", "6981 CH", "4", "");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body())
                .contains("Neem eerst contact op met Wijkteam Noord-contact (Team Veiligheid, 0313 123 456)"
                        + " voordat u dit adres bezoekt.")
                .doesNotContain(reason)
                .doesNotContain("Dreiging tegen medewerkers")
                .doesNotContain("THREAT_TO_STAFF")
                .doesNotContain("Cor Coördinator");
        assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, () -> port.activeAt(KOSTERSTRAAT)))
                .hasValueSatisfying(c -> assertThat(c.team()).isEqualTo("Team Veiligheid"));

        // every check is in the audit log with its purpose
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("""
                                        SELECT purpose FROM audit_event
                                         WHERE object_type = 'address-flag-check' AND object_id = ? AND action = 'READ'
                                         ORDER BY id""")
                                .param(KOSTERSTRAAT)
                                .query(String.class)
                                .list()))
                .containsSubsequence(
                        "check before home visit: nothing known", "check before home visit: contact shown");

        // the counter contact words it for the counter
        assertThat(check("medewerker", "COUNTER_CONTACT", "6981CH", "4", "").body())
                .contains("voordat u iemand van dit adres aan de balie helpt");

        // another municipality sees no flag at all
        assertThat(check("kd.medewerker", "HOME_VISIT", "6981CH", "4", "").body())
                .contains("id=\"nothing-known\"")
                .doesNotContain("Team Veiligheid");
        assertThat(loginAs("kd.coordinator").get("/addresses/flags").body())
                .doesNotContain("Kosterstraat")
                .doesNotContain("Team Veiligheid");
        assertThat(loginAs("kd.coordinator").get("/addresses/flags/" + flag).statusCode())
                .isEqualTo(404);
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT count(*) FROM address_flag")
                                .query(Long.class)
                                .single()))
                .isZero();
        assertThat(TenantContext.callAs(Demo.KLEINDORP, () -> port.activeAt(KOSTERSTRAAT)))
                .isEmpty();

        // end it early: the employee no longer sees it
        coordinator.get("/addresses/flags/" + flag);
        assertThat(coordinator
                        .postForm("/addresses/flags/" + flag + "/end", Map.of("endNote", "Bewoner verhuisd"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(status(flag)).isEqualTo("ENDED");
        assertThat(check("medewerker", "HOME_VISIT", "6981CH", "4", "").body()).contains("id=\"nothing-known\"");
    }

    @Test
    void aRefusedFlagLeavesNothingActive() {
        WebClient coordinator = loginAs("coordinator");
        UUID flag = ask(coordinator, "6982CZ", "20", "", Map.of("approverId", id("jurist")));
        WebClient jurist = loginAs("jurist");
        UUID request = request(flag, Flags.KIND);
        jurist.get("/approvals/" + request);
        assertThat(jurist.postForm("/approvals/" + request + "/refuse", Map.of("reason", "Onvoldoende grond"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(status(flag)).isEqualTo("REFUSED");
        assertThat(check("medewerker", "HOME_VISIT", "6982CZ", "20", "").body()).contains("id=\"nothing-known\"");
        // once decided, the jurist sees the flag no more
        assertThat(jurist.get("/addresses/flags/" + flag).statusCode()).isEqualTo(404);
    }

    @Test
    void aFlagEndsOnItsDateAndItsOwnerIsRemindedWeeksBefore() {
        clock.setTo(Instant.parse("2027-03-01T09:00:00Z"));
        WebClient coordinator = loginAs("coordinator");
        UUID flag = ask(
                coordinator,
                "6982CZ",
                "2",
                "",
                Map.of("startsOn", "01-03-2027", "endsOn", "2027-06-30", "approverId", id("secretaris")));
        approveAs("secretaris", request(flag, Flags.KIND));
        assertThat(status(flag)).isEqualTo("ACTIVE");

        // four weeks before the end: one reminder to the owner
        clock.setTo(Instant.parse("2027-06-03T01:00:00Z"));
        job.run();
        job.run();
        assertThat(mails("flags.mail.ending")).isOne();

        // on its end date it still counts; the day after not, even before the nightly job ran
        clock.setTo(Instant.parse("2027-06-30T21:00:00Z"));
        assertThat(DutchTime.today(clock)).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(check("medewerker", "HOME_VISIT", "6982CZ", "2", "").body()).contains("Neem eerst contact op");
        clock.setTo(Instant.parse("2027-06-30T22:30:00Z"));
        assertThat(DutchTime.today(clock)).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(check("medewerker", "HOME_VISIT", "6982CZ", "2", "").body()).contains("id=\"nothing-known\"");
        assertThat(status(flag)).isEqualTo("ACTIVE");

        job.run();
        assertThat(status(flag)).isEqualTo("ENDED");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT ended_on FROM address_flag WHERE id = ?")
                                .param(flag)
                                .query(LocalDate.class)
                                .single()))
                .isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("""
                                        SELECT count(*) FROM audit_event
                                         WHERE object_id = ? AND purpose = 'flag ended on its date'""")
                                .param(flag.toString())
                                .query(Long.class)
                                .single()))
                .isOne();
    }

    @Test
    void endDatesAndRenewalsRunAtMostTwelveMonths() {
        clock.setTo(Instant.parse("2027-01-10T09:00:00Z"));
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/addresses/flags/new");
        HttpResponse<String> tooLong = coordinator.postForm(
                "/addresses/flags", form("6981ED", "1", "", Map.of("startsOn", "2027-01-10", "endsOn", "2028-01-11")));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("error-summary").contains("hoogstens 12 maanden");
        assertThat(flagsAt("0221200000330171")).isZero();

        UUID flag = ask(
                coordinator,
                "6981ED",
                "1",
                "",
                Map.of("startsOn", "2027-01-10", "endsOn", "2028-01-10", "approverId", id("secretaris")));
        approveAs("secretaris", request(flag, Flags.KIND));

        // a renewal asked on 1 December runs at most until 1 December a year on, and needs a reason
        clock.setTo(Instant.parse("2027-12-01T09:00:00Z"));
        coordinator.get("/addresses/flags/" + flag);
        HttpResponse<String> refused = coordinator.postForm(
                "/addresses/flags/" + flag + "/renew",
                Map.of("newEndsOn", "2028-12-02", "reason", "", "approverId", id("secretaris")));
        assertThat(refused.body()).contains("hoogstens 12 maanden").contains("Vul dit veld in");
        assertThat(coordinator
                        .postForm(
                                "/addresses/flags/" + flag + "/renew",
                                Map.of(
                                        "newEndsOn",
                                        "2028-12-01",
                                        "reason",
                                        "Dreiging houdt aan",
                                        "approverId",
                                        id("secretaris")))
                        .statusCode())
                .isEqualTo(302);
        approveAs("secretaris", request(flag, Flags.RENEWAL_KIND));
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT ends_on FROM address_flag WHERE id = ?")
                                .param(flag)
                                .query(LocalDate.class)
                                .single()))
                .isEqualTo(LocalDate.of(2028, 12, 1));
        assertThat(coordinator.get("/addresses/flags/" + flag).body())
                .contains("Dreiging houdt aan")
                .contains("van 10-01-2028 naar 01-12-2028");
    }

    @Test
    void severalAddressesAtANumberAreOfferedToChooseFrom() {
        var several = addresses.find("6981ED", 4, null, null);
        assertThat(several).hasSizeGreaterThan(1);
        WebClient employee = loginAs("medewerker");
        employee.get("/addresses/check");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("purpose", "HOME_VISIT");
        f.put("postcode", "6981ED");
        f.put("houseNumber", "4");
        HttpResponse<String> r = employee.postForm("/addresses/check", f);
        assertThat(r.body()).contains("Welk adres bedoelt u?").doesNotContain("id=\"answer\"");
        several.forEach(a -> assertThat(r.body()).contains("value=\"" + a.id() + "\""));
        f.put("bagId", several.get(1).id());
        assertThat(employee.postForm("/addresses/check", f).body())
                .contains("id=\"answer\"")
                .contains(AddressFinder.option(several.get(1)).label());
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingSaved() {
        WebClient coordinator = loginAs("coordinator");
        long before = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM address_flag")
                        .query(Long.class)
                        .single());
        coordinator.get("/addresses/flags/new");
        HttpResponse<String> empty = coordinator.postForm("/addresses/flags", Map.of());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("error-summary").contains("Vul dit veld in");
        Map<String, String> f = form("0999X", "abc", "", Map.of("contactName", "<script>alert(1)</script>"));
        HttpResponse<String> wrong = coordinator.postForm("/addresses/flags", f);
        assertThat(wrong.body())
                .contains("Dit is geen postcode")
                .contains("Een huisnummer is een heel getal")
                .doesNotContain("<script>alert(1)</script>");
        Map<String, String> self = form("6981CH", "4", "", Map.of("approverId", id("coordinator")));
        assertThat(coordinator.postForm("/addresses/flags", self).body())
                .contains("U kunt uw eigen signalering niet goedkeuren");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM address_flag")
                                .query(Long.class)
                                .single()))
                .isEqualTo(before);

        WebClient employee = loginAs("medewerker");
        employee.get("/addresses/check");
        HttpResponse<String> noPurpose =
                employee.postForm("/addresses/check", Map.of("postcode", "6981CH", "houseNumber", "4"));
        assertThat(noPurpose.body())
                .contains("Kies waarvoor u dit adres checkt")
                .doesNotContain("id=\"answer\"");
    }

    @Test
    void withoutALoadedBagThePagesSaySoPlainly() {
        String status =
                jdbc.sql("SELECT status FROM bag_stand").query(String.class).single();
        jdbc.sql("UPDATE bag_stand SET status = 'EMPTY'").update();
        try {
            assertThat(loginAs("medewerker").get("/addresses/check").body())
                    .contains("id=\"no-bag\"")
                    .contains("Er zijn nog geen adresgegevens (BAG) geladen")
                    .doesNotContain("id=\"check-form\"");
            assertThat(loginAs("coordinator").get("/addresses/flags/new").body())
                    .contains("id=\"no-bag\"")
                    .doesNotContain("id=\"flag-form\"");
        } finally {
            jdbc.sql("UPDATE bag_stand SET status = ?").param(status).update();
        }
    }

    @Test
    void onlyCoordinatorsManageFlagsAndEveryoneMayCheck() {
        assertThat(loginAs("medewerker").get("/addresses/flags").statusCode()).isEqualTo(403);
        assertThat(loginAs("beheerder").get("/addresses/flags").statusCode()).isEqualTo(403);
        assertThat(loginAs("jurist").get("/addresses/flags/new").statusCode()).isEqualTo(403);
        assertThat(loginAs("jurist")
                        .get("/addresses/flags/" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
        assertThat(loginAs("coordinator").get("/addresses/flags").statusCode()).isEqualTo(200);
        assertThat(loginAs("medewerker").get("/addresses/check").statusCode()).isEqualTo(200);
        assertThat(loginAs("beheerder").get("/addresses/check").statusCode()).isEqualTo(200);
    }

    // --- helpers

    private UUID ask(WebClient c, String postcode, String number, String letter, Map<String, String> extra) {
        c.get("/addresses/flags/new");
        HttpResponse<String> r = c.postForm("/addresses/flags", form(postcode, number, letter, extra));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, String> form(String postcode, String number, String letter, Map<String, String> extra) {
        LocalDate today = DutchTime.today(clock);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("postcode", postcode);
        f.put("houseNumber", number);
        f.put("letter", letter);
        f.put("addition", "");
        f.put("contactName", "Wijkteam Noord-contact");
        f.put("team", "Team Veiligheid");
        f.put("phone", "0313 123 456");
        f.put("category", "THREAT_TO_STAFF");
        f.put("reason", "Eerder bedreigd");
        f.put("startsOn", today.toString());
        f.put("endsOn", today.plusMonths(6).toString());
        f.putAll(extra);
        return f;
    }

    private HttpResponse<String> check(String user, String purpose, String postcode, String number, String letter) {
        WebClient c = loginAs(user);
        c.get("/addresses/check");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("purpose", purpose);
        f.put("postcode", postcode);
        f.put("houseNumber", number);
        f.put("letter", letter);
        return c.postForm("/addresses/check", f);
    }

    private String id(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single()
                        .toString());
    }

    private String status(UUID flag) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT status FROM address_flag WHERE id = ?")
                        .param(flag)
                        .query(String.class)
                        .single());
    }

    private long flagsAt(String bagId) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM address_flag WHERE bag_id = ?")
                        .param(bagId)
                        .query(Long.class)
                        .single());
    }

    private UUID request(UUID flag, String kind) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
                                SELECT id FROM approval_request WHERE subject_id = ? AND kind = ? AND status = 'PENDING'""").params(flag, kind).query(UUID.class).single());
    }

    private HttpResponse<String> decide(WebClient c, UUID request) {
        c.get("/approvals");
        return c.postForm("/approvals/" + request + "/approve", Map.of());
    }

    private void approveAs(String user, UUID request) {
        assertThat(decide(loginAs(user), request).statusCode()).isEqualTo(302);
    }

    private long mails(String key) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM mail_outbox WHERE mail_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single());
    }
}
