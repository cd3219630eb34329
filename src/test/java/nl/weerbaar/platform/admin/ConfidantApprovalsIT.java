package nl.weerbaar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Four eyes on confidants: nobody gives themselves a role; the role of confidant and a confidant's new password
 * wait for a second, different person (the secretary, or a named approver where there is no other secretary);
 * refused requests change nothing; the confidants are told; every step is in the audit log.
 */
class ConfidantApprovalsIT extends IntegrationTest {

    static final String GOOD = "fiets regen paraplu molen";

    private Api admin() {
        return Api.as(baseUrl(), "beheerder");
    }

    @Test
    void anAdministratorGivesThemselvesNoRoleThroughTheApiOrThePage() {
        UUID me = userId(Demo.VOORBEELDSTAD, "beheerder");
        HttpResponse<String> api = admin().put("/api/v1/admin/users/" + me, """
        {"displayName":"Bea Beheer","roles":["EMPLOYEE","ADMIN","CONFIDANT"],"confidantScope":"CIVIL_SERVANTS"}""");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(403);
        assertThat(api.body()).contains("U kunt uzelf geen rol geven", "\"field\":\"roles\"");
        HttpResponse<String> manager = admin().put("/api/v1/admin/users/" + me, """
        {"displayName":"Bea Beheer","roles":["EMPLOYEE","ADMIN","MANAGER"]}""");
        assertThat(manager.statusCode()).isEqualTo(403);

        WebClient web = loginAs("beheerder");
        web.get("/admin/users/" + me);
        HttpResponse<String> page = web.postForm(
                "/admin/users/" + me,
                Map.of("displayName", "Bea Beheer", "roles", "CONFIDANT", "confidantScope", "CIVIL_SERVANTS"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("U kunt uzelf geen rol geven", "id=\"roles-error\"");

        assertThat(roles(Demo.VOORBEELDSTAD, me)).isEqualTo("ADMIN,EMPLOYEE");
        assertThat(pendingCount(Demo.VOORBEELDSTAD, me)).isZero();
        assertThat(audit(Demo.VOORBEELDSTAD, me.toString()))
                .contains("UPDATE user-roles DENIED administration: own roles");
    }

    @Test
    void theRoleOfConfidantWaitsForTheSecretaryAndTheConfidantsAreTold() throws Exception {
        UUID id = create(admin(), "vp.nieuw", GOOD, "EMPLOYEE");
        HttpResponse<String> put = admin().put("/api/v1/admin/users/" + id, """
        {"displayName":"Nina Nieuw","roles":["EMPLOYEE","CONFIDANT"],"confidantScope":"CIVIL_SERVANTS"}""");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(put.body())
                .contains("\"roles\":[\"EMPLOYEE\"]", "\"confidantScope\":null", "\"kind\":\"user-confidant-role\"")
                .contains("\"approverRole\":\"SECRETARY\"");
        assertThat(roles(Demo.VOORBEELDSTAD, id)).isEqualTo("EMPLOYEE");
        assertThat(WebClient.loggedIn(baseUrl(), "vp.nieuw", GOOD)
                        .getJson("/api/v1/me")
                        .body())
                .doesNotContain("CONFIDANT");
        UUID request = pendingId(Demo.VOORBEELDSTAD, id);
        assertThat(mailsTo("secretaris@voorbeeldstad.demo")).anyMatch(b -> b.contains("/approvals/" + request));
        assertThat(loginAs("beheerder").get("/admin/users/" + id).body())
                .contains("Wacht op goedkeuring", "De rol vertrouwenspersoon voor Nina Nieuw");

        WebClient requester = loginAs("beheerder");
        requester.get("/approvals/" + request);
        HttpResponse<String> own = requester.postForm("/approvals/" + request + "/approve", Map.of());
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("U kunt uw eigen aanvraag niet goedkeuren");
        WebClient other = loginAs("coordinator");
        assertThat(other.get("/approvals/" + request).statusCode()).isEqualTo(404);
        other.get("/approvals");
        assertThat(other.postForm("/approvals/" + request + "/approve", Map.of())
                        .statusCode())
                .as("not theirs to see")
                .isEqualTo(404);
        assertThat(roles(Demo.VOORBEELDSTAD, id)).isEqualTo("EMPLOYEE");

        WebClient secretary = loginAs("secretaris");
        assertThat(secretary.get("/").body()).contains("href=\"/approvals\"");
        assertThat(secretary.get("/approvals").body()).contains("De rol vertrouwenspersoon voor Nina Nieuw");
        secretary.get("/approvals/" + request);
        HttpResponse<String> approved = secretary.postForm("/approvals/" + request + "/approve", Map.of());
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(roles(Demo.VOORBEELDSTAD, id)).isEqualTo("CONFIDANT,EMPLOYEE");
        assertThat(scope(Demo.VOORBEELDSTAD, id)).isEqualTo("CIVIL_SERVANTS");
        assertThat(WebClient.loggedIn(baseUrl(), "vp.nieuw", GOOD)
                        .getJson("/api/v1/me")
                        .body())
                .contains("CONFIDANT");
        assertThat(secretary
                        .postForm("/approvals/" + request + "/approve", Map.of())
                        .statusCode())
                .as("decided once")
                .isEqualTo(409);

        assertThat(loginAs("vertrouwenspersoon.bestuur").get("/").body())
                .contains("Goedgekeurde wijzigingen die u aangaan", "De rol vertrouwenspersoon voor Nina Nieuw")
                .contains("aangevraagd door Bea Beheer, goedgekeurd door Sanne Secretaris");
        assertThat(loginAs("medewerker").get("/").body()).doesNotContain("Nina Nieuw");
        assertThat(mailsTo("vertrouwenspersoon@voorbeeldstad.demo")).anyMatch(b -> b.contains("/approvals/" + request));

        assertThat(audit(Demo.VOORBEELDSTAD, request.toString()))
                .containsSubsequence(
                        "CREATE approval SUCCESS requested: user-confidant-role",
                        "UPDATE approval DENIED approve: user-confidant-role",
                        "UPDATE approval SUCCESS approved: user-confidant-role");
        assertThat(audit(Demo.VOORBEELDSTAD, id.toString()))
                .anyMatch(e -> e.startsWith("UPDATE user-roles SUCCESS approved request " + request));
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheRoleOff() {
        WebClient web = loginAs("beheerder");
        web.get("/admin/users/new");
        HttpResponse<String> created = web.postForm(
                "/admin/users",
                Map.of(
                        "username",
                        "vp.geweigerd",
                        "displayName",
                        "Gerrit Geweigerd",
                        "roles",
                        "CONFIDANT",
                        "confidantScope",
                        "OFFICE_HOLDERS",
                        "password",
                        ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        UUID id = userId(Demo.VOORBEELDSTAD, "vp.geweigerd");
        assertThat(roles(Demo.VOORBEELDSTAD, id)).isNull();
        UUID request = pendingId(Demo.VOORBEELDSTAD, id);

        WebClient secretary = loginAs("secretaris");
        secretary.get("/approvals/" + request);
        HttpResponse<String> empty = secretary.postForm("/approvals/" + request + "/refuse", Map.of("reason", " "));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"reason-error\"", "aria-invalid=\"true\"");
        assertThat(secretary
                        .postForm("/approvals/" + request + "/refuse", Map.of("reason", "Niet afgesproken"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(roles(Demo.VOORBEELDSTAD, id)).isNull();
        assertThat(scope(Demo.VOORBEELDSTAD, id)).isNull();
        assertThat(web.get("/approvals/" + request).body())
                .contains("Afgewezen door Sanne Secretaris", "Niet afgesproken");
        assertThat(web.get("/admin/users/" + id).body()).doesNotContain("Wacht op goedkeuring");
        assertThat(loginAs("vertrouwenspersoon").get("/").body()).doesNotContain("Gerrit Geweigerd");
        assertThat(audit(Demo.VOORBEELDSTAD, request.toString()))
                .contains("UPDATE approval SUCCESS refused: user-confidant-role");
    }

    @Test
    void aConfidantsNewPasswordAppliesOnlyOnceApproved() {
        UUID id = create(admin(), "vp.wachtwoord", GOOD, "EMPLOYEE");
        admin().put("/api/v1/admin/users/" + id, """
        {"displayName":"Wim Wachtwoord","roles":["EMPLOYEE","CONFIDANT"],"confidantScope":"CIVIL_SERVANTS"}""");
        approveAs("secretaris", pendingId(Demo.VOORBEELDSTAD, id));
        assertThat(roles(Demo.VOORBEELDSTAD, id)).isEqualTo("CONFIDANT,EMPLOYEE");

        String next = "nieuwe zin voor de vertrouwenspersoon";
        WebClient web = loginAs("beheerder");
        assertThat(web.get("/admin/users/" + id + "/password").body()).contains("id=\"confidant-approval\"");
        HttpResponse<String> reset =
                web.postForm("/admin/users/" + id + "/password", Map.of("newPassword", next, "confirmPassword", next));
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(web.get(reset.headers().firstValue("Location").orElseThrow()).body())
                .contains("Het nieuwe wachtwoord wacht op goedkeuring", "Een nieuw wachtwoord voor vertrouwenspersoon");
        WebClient.loggedIn(baseUrl(), "vp.wachtwoord", GOOD);
        assertThat(new WebClient(baseUrl())
                        .login("vp.wachtwoord", next)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
        UUID request = pendingId(Demo.VOORBEELDSTAD, id);
        assertThat(jdbcPayload(request)).as("only the hash is kept").doesNotContain(next);

        approveAs("secretaris", request);
        WebClient.loggedIn(baseUrl(), "vp.wachtwoord", next);
        assertThat(jdbcPayload(request)).as("forgotten once decided").isNull();
        assertThat(audit(Demo.VOORBEELDSTAD, id.toString()))
                .contains("UPDATE user SUCCESS administration: password reset waits for approval")
                .anyMatch(e -> e.startsWith("UPDATE user SUCCESS administration: password reset (approved request"));
    }

    @Test
    void whereNoOtherSecretaryCanApproveTheAdministratorNamesSomeoneElse() {
        Api kd = Api.as(baseUrl(), "kd.beheerder");
        UUID second = create(kd, "kd.tweede", GOOD, "EMPLOYEE", "MANAGER");
        UUID secretary = userId(Demo.KLEINDORP, "kd.coordinator");
        UUID me = userId(Demo.KLEINDORP, "kd.beheerder");
        // the demo user's e-mail address and department stay as they are: later tests mail her
        String kept = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT '\"email\":\"' || email || '\",\"departmentId\":\"' || department_id || '\"'"
                                + " FROM app_user WHERE id = ?")
                        .param(secretary)
                        .query(String.class)
                        .single());
        String grant = """
        {"displayName":"Karin Coördinator","roles":["EMPLOYEE","COORDINATOR","SECRETARY","CONFIDANT"],
         "confidantScope":"CIVIL_SERVANTS",KEPT%s}""".replace("KEPT", kept);
        try {
            HttpResponse<String> unnamed = kd.put("/api/v1/admin/users/" + secretary, grant.formatted(""));
            assertThat(unnamed.statusCode()).isEqualTo(400);
            assertThat(unnamed.body()).contains("\"field\":\"approverId\"", "er is geen andere gemeentesecretaris");
            HttpResponse<String> self =
                    kd.put("/api/v1/admin/users/" + secretary, grant.formatted(",\"approverId\":\"" + me + "\""));
            assertThat(self.body()).contains("Deze persoon kan dit niet goedkeuren");
            WebClient web = WebClient.loggedIn(baseUrl(), "kd.beheerder", Demo.PASSWORD);
            assertThat(web.get("/admin/users/" + secretary).body())
                    .contains("id=\"approverId\"", "Test kd.tweede")
                    .doesNotContain("<option value=\"" + me + "\"");

            HttpResponse<String> named =
                    kd.put("/api/v1/admin/users/" + secretary, grant.formatted(",\"approverId\":\"" + second + "\""));
            assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
            assertThat(named.body()).contains("\"approverId\":\"" + second + "\"");
            UUID request = pendingId(Demo.KLEINDORP, secretary);

            WebClient subject = loginAs("kd.coordinator");
            subject.get("/approvals");
            HttpResponse<String> aboutMe = subject.postForm("/approvals/" + request + "/approve", Map.of());
            assertThat(aboutMe.statusCode()).isEqualTo(403);
            assertThat(aboutMe.body()).contains("Deze aanvraag gaat over u");
            assertThat(roles(Demo.KLEINDORP, secretary)).doesNotContain("CONFIDANT");

            WebClient approver = WebClient.loggedIn(baseUrl(), "kd.tweede", GOOD);
            assertThat(approver.get("/approvals").body()).contains("De rol vertrouwenspersoon voor Karin Coördinator");
            approver.get("/approvals/" + request);
            assertThat(approver.postForm("/approvals/" + request + "/approve", Map.of())
                            .statusCode())
                    .isEqualTo(302);
            assertThat(roles(Demo.KLEINDORP, secretary)).isEqualTo("CONFIDANT,COORDINATOR,EMPLOYEE,SECRETARY");
        } finally {
            kd.put("/api/v1/admin/users/" + secretary, """
            {"displayName":"Karin Coördinator","roles":["EMPLOYEE","COORDINATOR","SECRETARY"],KEPT}""".replace("KEPT", kept));
        }
        assertThat(roles(Demo.KLEINDORP, secretary)).isEqualTo("COORDINATOR,EMPLOYEE,SECRETARY");
    }

    private void approveAs(String username, UUID request) {
        WebClient web = loginAs(username);
        web.get("/approvals/" + request);
        assertThat(web.postForm("/approvals/" + request + "/approve", Map.of()).statusCode())
                .isEqualTo(302);
    }

    static UUID create(Api api, String username, String password, String... roles) {
        HttpResponse<String> r = api.post(
                "/api/v1/admin/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Test " + username + "\",\"roles\":[\""
                        + String.join("\",\"", roles) + "\"],\"password\":\"" + password + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String location = r.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private UUID userId(UUID tenant, String username) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    private String roles(UUID tenant, UUID user) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT string_agg(role, ',' ORDER BY role) FROM user_role WHERE user_id = ?")
                        .param(user)
                        .query(String.class)
                        .optional()
                        .orElse(null));
    }

    private String scope(UUID tenant, UUID user) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT confidant_scope FROM app_user WHERE id = ?")
                        .param(user)
                        .query(String.class)
                        .optional()
                        .orElse(null));
    }

    private long pendingCount(UUID tenant, UUID subject) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT count(*) FROM approval_request WHERE subject_id = ? AND status = 'PENDING'")
                        .param(subject)
                        .query(Long.class)
                        .single());
    }

    private UUID pendingId(UUID tenant, UUID subject) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id FROM approval_request WHERE subject_id = ? AND status = 'PENDING'")
                        .param(subject)
                        .query(UUID.class)
                        .single());
    }

    private String jdbcPayload(UUID request) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT payload FROM approval_request WHERE id = ?")
                        .param(request)
                        .query(String.class)
                        .optional()
                        .orElse(null));
    }

    private List<String> audit(UUID tenant, String objectId) {
        return TenantContext.callAs(
                tenant, () -> jdbc.sql("""
            SELECT action || ' ' || object_type || ' ' || result || ' ' || purpose FROM audit_event
             WHERE object_id = ? ORDER BY id""").param(objectId).query(String.class).list());
    }

    static List<String> mailsTo(String address) throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                bodies.add(String.valueOf(m.getContent()));
            }
        }
        return bodies;
    }
}
