package nl.weerbaar.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.actions.ActionPlans.NewAction;
import nl.weerbaar.actions.ActionPlans.Priority;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The action plan: facade, pages, access per role and municipality, status changes, reminders over SMTP. */
class ActionPlansIT extends IntegrationTest {

    @Autowired
    ActionPlans plans;

    @Autowired
    ReminderJob reminders;

    private UUID userId(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    private UUID create(String title, UUID owner, LocalDate due) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> plans.create(new NewAction(
                        title, "Omschrijving", "assessments", "ref-" + title, owner, due, Priority.HIGH)));
    }

    @Test
    void theFacadeCreatesAnAuditedActionThatItsSourceFindsBack() {
        UUID id = create("Beleid herzien", null, null);
        List<ActionPlans.ActionSummary> found =
                TenantContext.callAs(Demo.VOORBEELDSTAD, () -> plans.forSource("assessments", "ref-Beleid herzien"));
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.status()).isEqualTo("OPEN");
            assertThat(s.priority()).isEqualTo(Priority.HIGH);
        });
        assertThat(TenantContext.callAs(Demo.KLEINDORP, () -> plans.forSource("assessments", "ref-Beleid herzien")))
                .isEmpty();
        long audited = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE object_id = ? AND action = 'CREATE'")
                        .param(id.toString())
                        .query(Long.class)
                        .single());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theFacadeRefusesAnEmptyTitleAndAnOwnerOfAnotherMunicipality() {
        assertThatThrownBy(() -> create(" ", null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().keys()).containsEntry("title", "actions.error.title"));
        UUID kleindorpUser = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = 'kd.medewerker'")
                        .query(UUID.class)
                        .single());
        assertThatThrownBy(() -> create("Vreemde eigenaar", kleindorpUser, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().keys()).containsEntry("ownerId", "actions.error.owner"));
    }

    @Test
    void theActionPageIsShownToCoordinatorAndOwnerOnlyAndNeverToAnotherMunicipality() {
        UUID id = create("Cameratoezicht <script>alert(1)</script>", userId("medewerker"), null);
        var page = loginAs("coordinator").get("/actions/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cameratoezicht &lt;script&gt;").doesNotContain("<script>alert(1)");
        assertThat(loginAs("medewerker").get("/actions/" + id).statusCode()).isEqualTo(200);
        assertThat(loginAs("vergunningverlener").get("/actions/" + id).statusCode())
                .isEqualTo(404);
        assertThat(loginAs("kd.coordinator").get("/actions/" + id).statusCode()).isEqualTo(404);
        assertThat(loginAs("coordinator").get("/actions/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(anonymous().get("/actions/" + id).statusCode()).isEqualTo(302);
    }

    @Test
    void mijnActiesListsOwnActionsAndTheOverviewIsForCoordinators() {
        create("Eigen actie medewerker", userId("medewerker"), LocalDate.now().plusDays(30));
        create("Actie zonder eigenaar", null, null);
        WebClient medewerker = loginAs("medewerker");
        assertThat(medewerker.get("/actions/mine").body())
                .contains("Eigen actie medewerker")
                .doesNotContain("Actie zonder eigenaar");
        assertThat(medewerker.get("/actions").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/actions/mine"));
        String overview = loginAs("coordinator").get("/actions").body();
        assertThat(overview)
                .contains("Eigen actie medewerker")
                .contains("Actie zonder eigenaar")
                .contains("heeft geen eigenaar");
    }

    @Test
    void formsRefuseBadInputWithDutchMessagesAndSaveNothing() {
        UUID id = create("Validatie", userId("medewerker"), null);
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/actions/" + id);
        var empty = coordinator.postForm("/actions/" + id + "/notes", Map.of("body", "  "));
        assertThat(empty.body()).contains("Vul de notitie in.").contains("aria-invalid=\"true\"");
        var badDate =
                coordinator.postForm("/actions/" + id + "/plan", Map.of("dueDate", "31-02-2026", "priority", "HIGH"));
        assertThat(badDate.body()).contains("Vul een geldige datum in");
        var badLink = coordinator.postForm(
                "/actions/" + id + "/evidence", Map.of("label", "x", "link", "javascript:alert(1)"));
        assertThat(badLink.body()).contains("begint met https://");
        long notes = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM action_note WHERE action_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single());
        assertThat(notes).isZero();
        // typed the Dutch way where the browser shows no date picker
        coordinator.postForm("/actions/" + id + "/plan", Map.of("dueDate", "1-3-2027", "priority", "HIGH"));
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT due_date FROM action_item WHERE id = ?")
                                .param(id)
                                .query(LocalDate.class)
                                .single()))
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void anActionGoesFromGapToDoneWithAReminderToTheOwnerAndAnEscalationToTheCoordinator() throws Exception {
        UUID owner = userId("medewerker");
        UUID id = create(
                "Integriteitsbeleid actualiseren",
                owner,
                LocalDate.now(DutchTime.ZONE).plusDays(3));

        reminders.run();
        assertThat(mailsAbout(id, "medewerker@voorbeeldstad.demo")).hasSize(1);
        reminders.run();
        assertThat(mailsAbout(id, "medewerker@voorbeeldstad.demo"))
                .as("reminded once per due date")
                .hasSize(1);

        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/actions/" + id);
        var replanned = coordinator.postForm(
                "/actions/" + id + "/plan",
                Map.of(
                        "owner",
                        owner.toString(),
                        "dueDate",
                        LocalDate.now(DutchTime.ZONE).minusDays(1).toString(),
                        "priority",
                        "HIGH"));
        assertThat(replanned.statusCode()).isEqualTo(302);
        reminders.run();
        assertThat(mailsAbout(id, "coordinator@voorbeeldstad.demo")).hasSize(1);
        assertThat(coordinator.get("/actions").body()).contains("is over de streefdatum");

        WebClient medewerker = loginAs("medewerker");
        medewerker.get("/actions/" + id);
        assertThat(medewerker.postForm("/actions/" + id + "/start", Map.of()).statusCode())
                .isEqualTo(302);
        medewerker.postForm("/actions/" + id + "/notes", Map.of("body", "Concept besproken in MT"));
        medewerker.postForm(
                "/actions/" + id + "/evidence",
                Map.of("label", "Vastgesteld beleid", "link", "https://intranet.voorbeeldstad.demo/beleid"));
        assertThat(medewerker.postForm("/actions/" + id + "/complete", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(medewerker.postForm("/actions/" + id + "/start", Map.of()).statusCode())
                .as("a done action cannot be started")
                .isEqualTo(409);

        String page = medewerker.get("/actions/" + id).body();
        assertThat(page)
                .contains("Afgerond")
                .contains("Concept besproken in MT")
                .contains("Vastgesteld beleid");
        String status = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT status FROM action_item WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
        assertThat(status).isEqualTo("DONE");
        reminders.run();
        assertThat(mailsAbout(id, "coordinator@voorbeeldstad.demo"))
                .as("done actions are not escalated")
                .hasSize(1);
    }

    private static List<MimeMessage> mailsAbout(UUID actionId, String to) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equals(to))
                                && m.getContent().toString().contains("/actions/" + actionId);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
