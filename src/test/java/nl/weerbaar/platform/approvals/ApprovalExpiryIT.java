package nl.weerbaar.platform.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.Approvals;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests nobody decides expire: they cannot be approved after their time, and the change is never made. */
class ApprovalExpiryIT extends IntegrationTest {

    @Autowired
    Approvals approvals;

    @Autowired
    ApprovalExpiryJob job;

    @Test
    void anUndecidedRoleOfConfidantExpiresAndIsNeverGiven() {
        WebClient admin = loginAs("beheerder");
        admin.get("/admin/users");
        HttpResponse<String> created = admin.sendJson("POST", "/api/v1/admin/users", """
        {"username":"vp.verlopen","displayName":"Vera Verlopen","roles":["EMPLOYEE","CONFIDANT"],
         "confidantScope":"CIVIL_SERVANTS"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"roles\":[\"EMPLOYEE\"]", "\"kind\":\"user-confidant-role\"");
        UUID user = UUID.fromString(
                created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        Approvals.Approval request = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> approvals.pending("user-confidant-role", user).orElseThrow());

        clock.advance(Duration.ofDays(8));
        WebClient secretary = loginAs("secretaris");
        assertThat(secretary.get("/approvals").body()).doesNotContain("Vera Verlopen");
        secretary.get("/approvals/" + request.id());
        HttpResponse<String> late = secretary.postForm("/approvals/" + request.id() + "/approve", Map.of());
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Deze aanvraag is verlopen");

        job.run();
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT status FROM approval_request WHERE id = ?")
                                .param(request.id())
                                .query(String.class)
                                .single()))
                .isEqualTo("EXPIRED");
        assertThat(roles(user)).isEqualTo("EMPLOYEE");
        assertThat(secretary.get("/approvals/" + request.id()).body()).contains("Verlopen op");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT purpose FROM audit_event WHERE object_id = ? ORDER BY id")
                                .param(request.id().toString())
                                .query(String.class)
                                .list()))
                .containsExactly("requested: user-confidant-role", "expired: user-confidant-role");
    }

    @Test
    void anyModuleAsksTheSameWayAndAskingTwiceFilesOneRequest() {
        UUID requester = userId("coordinator");
        UUID export = UUID.randomUUID();
        Approvals.Request ask = Approvals.Request.of(
                "test-export", export, "Export van meldingen", "{\"rows\":12}", requester, Role.SECRETARY);
        Approvals.Approval first = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> approvals.request(ask));
        Approvals.Approval second = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> approvals.request(ask));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.pending()).isTrue();
        assertThat(first.expiresAt()).isEqualTo(first.requestedAt().plus(Duration.ofDays(7)));
        List<Approvals.Approval> kleindorp = TenantContext.callAs(Demo.KLEINDORP, () -> approvals.pendingAbout(export));
        assertThat(kleindorp).as("another municipality sees nothing").isEmpty();
        assertThat(loginAs("kd.coordinator").get("/approvals/" + first.id()).statusCode())
                .isEqualTo(404);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD, () -> approvals.possibleDeciders(Role.SECRETARY, requester)))
                .extracting(p -> p.username())
                .containsExactly("secretaris");

        WebClient secretary = loginAs("secretaris");
        secretary.get("/approvals/" + first.id());
        assertThat(secretary
                        .postForm("/approvals/" + first.id() + "/refuse", Map.of("reason", "Niet nodig"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, () -> approvals.wasRefused("test-export", export)))
                .isTrue();
    }

    private UUID userId(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    private String roles(UUID user) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT string_agg(role, ',' ORDER BY role) FROM user_role WHERE user_id = ?")
                        .param(user)
                        .query(String.class)
                        .single());
    }
}
