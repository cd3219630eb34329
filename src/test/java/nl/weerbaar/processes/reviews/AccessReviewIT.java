package nl.weerbaar.processes.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An access review in Gemeente Voorbeeldstad from start to to-dos: items go to the manager of each person's
 * department (Burgerzaken, Vergunningen) or, without a manager, to the coordinator; managers decide on their own
 * people only; reminders and the escalation are mailed once; after closing, revoked rights are to-dos per
 * application for its owner.
 */
class AccessReviewIT extends IntegrationTest {

    private static final String REMINDER = "Herinnering: toegangsreview wacht op u";
    private static final String ESCALATION = "Toegangsreview over de uiterste datum";
    private static final String TODOS = "Toegangsrechten om in te trekken";

    @Autowired
    ReviewReminderJob job;

    @Test
    void aCampaignGoesFromStartToRevocationToDos() {
        String name = "Toegangsreview " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate due = LocalDate.now(DutchTime.ZONE).plusDays(5);
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/processes/reviews");
        HttpResponse<String> started =
                coordinator.postForm("/processes/reviews", Map.of("name", name, "dueDate", due.toString()));
        assertThat(started.statusCode()).isEqualTo(302);
        UUID id = UUID.fromString(
                started.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));

        // Snapshot and assignment: Burgerzaken and Vergunningen have managers, Financiën and Toezicht do not.
        Map<String, UUID> item = items(id);
        assertThat(item)
                .containsKeys(
                        "V001 BRP raadplegen",
                        "V001 REISDOC muteren",
                        "V002 BRP raadplegen",
                        "V003 ZAAK behandelaar",
                        "V005 FIN betalen",
                        "V007 BRP raadplegen");
        assertThat(reviewer(item.get("V001 BRP raadplegen"))).isEqualTo("MANAGER " + department("BZ"));
        assertThat(reviewer(item.get("V003 ZAAK behandelaar"))).isEqualTo("MANAGER " + department("VG"));
        assertThat(reviewer(item.get("V005 FIN betalen"))).isEqualTo("COORDINATOR " + department("FIN"));
        assertThat(reviewer(item.get("V007 BRP raadplegen"))).isEqualTo("COORDINATOR " + department("TH"));

        // Reminders before the due date: once per campaign and manager.
        job.runOn(LocalDate.now(DutchTime.ZONE));
        job.runOn(LocalDate.now(DutchTime.ZONE));
        assertThat(mails("leidinggevende@voorbeeldstad.demo", REMINDER, "/processes/reviews/mine/" + id))
                .isEqualTo(1);
        assertThat(mails("leidinggevende.vg@voorbeeldstad.demo", REMINDER, "/processes/reviews/mine/" + id))
                .isEqualTo(1);
        assertThat(mails("coordinator@voorbeeldstad.demo", REMINDER, "/processes/reviews/mine/" + id))
                .isEqualTo(1);
        assertThat(mails("medewerker@voorbeeldstad.demo", REMINDER, "/processes/reviews/mine/" + id))
                .isZero();

        // The manager of Burgerzaken sees their own people by name, and nobody else's.
        WebClient manager = loginAs("leidinggevende");
        assertThat(manager.get("/").body()).contains("href=\"/processes/reviews/mine\"");
        assertThat(manager.get("/processes/reviews/mine").body()).contains(name);
        String mine = manager.get("/processes/reviews/mine/" + id).body();
        assertThat(mine)
                .contains("Anouk de Boer", "Bas Visser")
                .doesNotContain("Cem Yilmaz", "Erik Smit", "item-" + item.get("V005 FIN betalen"));
        UUID anouk = person("V001");
        assertThat(manager.postForm("/processes/reviews/mine/" + id + "/people/" + anouk + "/confirm", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(decision(item.get("V001 BRP raadplegen"))).isEqualTo("CONFIRMED");
        assertThat(decision(item.get("V001 REISDOC muteren"))).isEqualTo("CONFIRMED");

        manager.get("/processes/reviews/mine/" + id);
        HttpResponse<String> tooLong = manager.postForm(
                "/processes/reviews/items/" + item.get("V002 BRP raadplegen"),
                Map.of("decision", "REVOKE", "reason", "x".repeat(501)));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("Deze tekst is te lang.", "aria-invalid=\"true\"", "error-summary");
        assertThat(decision(item.get("V002 BRP raadplegen"))).isNull();
        assertThat(manager.postForm(
                                "/processes/reviews/items/" + item.get("V002 BRP raadplegen"),
                                Map.of(
                                        "decision",
                                        "REVOKE",
                                        "reason",
                                        "Werkt niet meer aan de balie <script>alert(1)</script>"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(decision(item.get("V002 BRP raadplegen"))).isEqualTo("REVOKED");
        assertThat(manager.get("/processes/reviews/mine/" + id).body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(manager.postForm(
                                "/processes/reviews/items/" + item.get("V003 ZAAK behandelaar"),
                                Map.of("decision", "CONFIRM"))
                        .statusCode())
                .as("another department's item")
                .isEqualTo(404);
        java.util.regex.Matcher menu = java.util.regex.Pattern.compile("(?s)<nav[^>]*main-nav.*?</nav>")
                .matcher(manager.get("/").body());
        assertThat(menu.find()).as("the main menu").isTrue();
        assertThat(menu.group())
                .as("no open items left: no menu entry")
                .doesNotContain("href=\"/processes/reviews/mine\"");

        // The manager of Vergunningen revokes one right and leaves the other open.
        WebClient vgManager = loginAs("leidinggevende.vg");
        assertThat(vgManager.get("/processes/reviews/mine/" + id).body())
                .contains("Cem Yilmaz")
                .doesNotContain("Anouk de Boer", "Bas Visser");
        assertThat(vgManager
                        .postForm(
                                "/processes/reviews/items/" + item.get("V003 ZAAK behandelaar"),
                                Map.of("decision", "REVOKE"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(vgManager
                        .postForm(
                                "/processes/reviews/items/" + item.get("V001 BRP raadplegen"),
                                Map.of("decision", "REVOKE"))
                        .statusCode())
                .as("another department's item")
                .isEqualTo(404);

        // The coordinator reviews the people without a manager, under their pseudonym.
        String coordinatorItems =
                coordinator.get("/processes/reviews/mine/" + id).body();
        assertThat(coordinatorItems)
                .contains(pseudonym("V007"), pseudonym("V005"))
                .doesNotContain("Gerrit Hoekstra", "Erik Smit", "Anouk de Boer");
        assertThat(coordinator
                        .postForm(
                                "/processes/reviews/items/" + item.get("V007 BRP raadplegen"),
                                Map.of("decision", "REVOKE", "reason", "Uit dienst"))
                        .statusCode())
                .isEqualTo(302);

        // Progress for the coordinator: pseudonymised, with who decided what.
        String progress = coordinator.get("/processes/reviews/" + id).body();
        assertThat(progress)
                .contains(
                        pseudonym("V002"),
                        "Lars Leidinggevende",
                        "Victor Teamleider",
                        "Ingetrokken",
                        "Werkt niet meer aan de balie")
                .doesNotContain("Bas Visser", "Anouk de Boer", "Cem Yilmaz");
        String json = coordinator.getJson("/api/v1/processes/reviews/" + id).body();
        assertThat(json).contains("\"confirmed\":2", "\"revoked\":3", "\"status\":\"OPEN\"");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("""
        SELECT count(*) FROM audit_event WHERE object_type = 'processes-review-item' AND action = 'UPDATE'
           AND object_id IN (?, ?, ?)""")
                                .params(
                                        item.get("V001 BRP raadplegen").toString(),
                                        item.get("V002 BRP raadplegen").toString(),
                                        item.get("V007 BRP raadplegen").toString())
                                .query(Long.class)
                                .single()))
                .isEqualTo(3);

        // Past the due date: Vergunningen still has open items, so the coordinator hears about it, once.
        job.runOn(due.plusDays(1));
        job.runOn(due.plusDays(2));
        assertThat(mails("coordinator@voorbeeldstad.demo", ESCALATION, "/processes/reviews/" + id))
                .isEqualTo(1);
        assertThat(mails("leidinggevende@voorbeeldstad.demo", ESCALATION, "/processes/reviews/" + id))
                .isZero();

        // Closing: decisions become final and the application owners get a link to their to-dos.
        String zaakOwner = owner("ZAAK");
        setOwner("ZAAK", "vergunningverlener@voorbeeldstad.demo");
        try {
            int ownerMails = mails("applicatiebeheer@voorbeeldstad.demo", TODOS, "/processes/reviews/todos");
            coordinator.get("/processes/reviews/" + id);
            assertThat(coordinator
                            .postForm("/processes/reviews/" + id + "/close", Map.of("confirmed", "true"))
                            .statusCode())
                    .isEqualTo(302);
            assertThat(coordinator
                            .postForm("/processes/reviews/" + id + "/close", Map.of("confirmed", "true"))
                            .statusCode())
                    .isEqualTo(409);
            assertThat(manager.postForm(
                                    "/processes/reviews/items/" + item.get("V001 BRP raadplegen"),
                                    Map.of("decision", "REVOKE"))
                            .statusCode())
                    .as("closed: decisions are final")
                    .isEqualTo(409);
            assertThat(mails("applicatiebeheer@voorbeeldstad.demo", TODOS, "/processes/reviews/todos"))
                    .isEqualTo(ownerMails + 1);
            assertThat(mails("vergunningverlener@voorbeeldstad.demo", TODOS, "/processes/reviews/todos"))
                    .isPositive();
            assertThat(coordinator.getJson("/api/v1/processes/reviews/" + id).body())
                    .contains("\"status\":\"CLOSED\"", "\"open\":");

            // To-dos per application: the coordinator sees all, the owner of ZAAK only ZAAK.
            String todos = coordinator.get("/processes/reviews/todos").body();
            assertThat(todos)
                    .contains(
                            "todo-" + item.get("V002 BRP raadplegen"),
                            "todo-" + item.get("V007 BRP raadplegen"),
                            "todo-" + item.get("V003 ZAAK behandelaar"),
                            "Basisregistratie Personen")
                    .doesNotContain("Bas Visser");
            assertThat(coordinator
                            .postForm("/processes/reviews/todos/" + item.get("V002 BRP raadplegen") + "/done", Map.of())
                            .statusCode())
                    .isEqualTo(302);
            assertThat(coordinator.get("/processes/reviews/todos").body())
                    .doesNotContain("todo-" + item.get("V002 BRP raadplegen"))
                    .contains("todo-" + item.get("V007 BRP raadplegen"));

            WebClient zaak = loginAs("vergunningverlener");
            assertThat(zaak.get("/").body())
                    .as("an owner with rights to withdraw finds them in the menu")
                    .contains("href=\"/processes/reviews/todos\"");
            assertThat(loginAs("medewerker").get("/").body()).doesNotContain("/processes/reviews/todos");
            String own = zaak.get("/processes/reviews/todos").body();
            assertThat(own)
                    .contains("todo-" + item.get("V003 ZAAK behandelaar"))
                    .doesNotContain("todo-" + item.get("V007 BRP raadplegen"));
            assertThat(zaak.postForm("/processes/reviews/todos/" + item.get("V007 BRP raadplegen") + "/done", Map.of())
                            .statusCode())
                    .isEqualTo(404);
            assertThat(zaak.postForm(
                                    "/processes/reviews/todos/" + item.get("V003 ZAAK behandelaar") + "/done", Map.of())
                            .statusCode())
                    .isEqualTo(302);
            assertThat(withdrawn(item.get("V003 ZAAK behandelaar"))).isTrue();
            assertThat(withdrawn(item.get("V007 BRP raadplegen"))).isFalse();
        } finally {
            setOwner("ZAAK", zaakOwner);
        }
    }

    @Test
    void badInputAndAnEmptyScopeStartNothing() {
        WebClient coordinator = loginAs("coordinator");
        long before = campaigns();
        coordinator.get("/processes/reviews");
        HttpResponse<String> bad = coordinator.postForm(
                "/processes/reviews",
                Map.of(
                        "name",
                        " ",
                        "dueDate",
                        LocalDate.now(DutchTime.ZONE).minusDays(1).toString()));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Vul dit veld in.", "Kies een uiterste datum na vandaag.", "error-summary");
        HttpResponse<String> badDate = coordinator.postForm(
                "/processes/reviews", Map.of("name", "Review met foute datum", "dueDate", "31-02-2027"));
        assertThat(badDate.body()).contains("Vul een datum in als dd-mm-jjjj.");
        HttpResponse<String> empty = coordinator.postForm(
                "/processes/reviews",
                Map.of(
                        "name",
                        "Lege review " + UUID.randomUUID().toString().substring(0, 8),
                        "dueDate",
                        LocalDate.now(DutchTime.ZONE).plusDays(9).toString(),
                        "departments",
                        "Sociaal Domein"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Binnen deze afbakening vallen geen toegangsrechten");
        assertThat(campaigns()).isEqualTo(before);

        String name = "Gevoelig TH " + UUID.randomUUID().toString().substring(0, 8);
        // the due date typed the Dutch way, as the message asks where the browser shows no date picker
        HttpResponse<String> scoped = coordinator.postForm(
                "/processes/reviews",
                Map.of(
                        "name",
                        name,
                        "dueDate",
                        LocalDate.now(DutchTime.ZONE)
                                .plusDays(20)
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                        "sensitiveOnly",
                        "on",
                        "departments",
                        "Toezicht en Handhaving"));
        assertThat(scoped.statusCode()).isEqualTo(302);
        UUID id = UUID.fromString(
                scoped.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        assertThat(items(id).keySet()).containsExactly("V007 BRP raadplegen");
        HttpResponse<String> duplicate = coordinator.postForm(
                "/processes/reviews",
                Map.of(
                        "name",
                        name,
                        "dueDate",
                        LocalDate.now(DutchTime.ZONE).plusDays(20).toString()));
        assertThat(duplicate.body()).contains("Er bestaat al een toegangsreview met deze naam.");
        coordinator.get("/processes/reviews/" + id);
        coordinator.postForm("/processes/reviews/" + id + "/close", Map.of("confirmed", "true"));
    }

    @Test
    void rolesAndMunicipalitiesAreKeptApart() {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/processes/reviews");
        HttpResponse<String> started = coordinator.postForm(
                "/processes/reviews",
                Map.of(
                        "name",
                        "Rollen " + UUID.randomUUID().toString().substring(0, 8),
                        "dueDate",
                        LocalDate.now(DutchTime.ZONE).plusDays(30).toString()));
        UUID id = UUID.fromString(
                started.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        UUID anItem = items(id).get("V001 BRP raadplegen");

        WebClient employee = loginAs("medewerker");
        assertThat(employee.get("/processes/reviews/mine").statusCode()).isEqualTo(403);
        assertThat(employee.get("/processes/reviews/mine/" + id).statusCode()).isEqualTo(403);
        assertThat(employee.get("/processes/reviews/" + id).statusCode()).isEqualTo(403);
        assertThat(employee.get("/processes/reviews/todos").statusCode())
                .as("not an application owner")
                .isEqualTo(403);
        employee.get("/");
        assertThat(employee.postForm("/processes/reviews/items/" + anItem, Map.of("decision", "CONFIRM"))
                        .statusCode())
                .isEqualTo(403);

        WebClient vgManager = loginAs("leidinggevende.vg");
        assertThat(vgManager.get("/processes/reviews/" + id).statusCode()).isEqualTo(403);
        vgManager.get("/");
        assertThat(vgManager
                        .postForm("/processes/reviews/items/" + anItem, Map.of("decision", "CONFIRM"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(vgManager
                        .postForm("/processes/reviews/" + id + "/close", Map.of())
                        .statusCode())
                .isEqualTo(403);

        WebClient admin = loginAs("beheerder");
        assertThat(admin.get("/processes/reviews/" + id).statusCode())
                .as("administrators may look")
                .isEqualTo(200);
        assertThat(admin.postForm("/processes/reviews/" + id + "/close", Map.of())
                        .statusCode())
                .isEqualTo(403);

        WebClient kleindorp = loginAs("kd.coordinator");
        assertThat(kleindorp.get("/processes/reviews/" + id).statusCode()).isEqualTo(404);
        assertThat(kleindorp.get("/processes/reviews/mine/" + id).statusCode()).isEqualTo(404);
        HttpResponse<String> api = kleindorp.getJson("/api/v1/processes/reviews/" + id);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        kleindorp.get("/processes/reviews");
        assertThat(kleindorp
                        .postForm("/processes/reviews/items/" + anItem, Map.of("decision", "REVOKE"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(kleindorp
                        .postForm("/processes/reviews/" + id + "/close", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(decision(anItem)).isNull();

        coordinator.get("/processes/reviews/" + id);
        assertThat(coordinator
                        .postForm("/processes/reviews/" + id + "/close", Map.of("confirmed", "true"))
                        .statusCode())
                .isEqualTo(302);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The items of a campaign by "employee-number application right". */
    private Map<String, UUID> items(UUID campaign) {
        Map<String, UUID> items = new HashMap<>();
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
        SELECT employee_no || ' ' || application_code || ' ' || access_right, id FROM proc_review_item
         WHERE campaign_id = ?""").param(campaign).query(rs -> {
                    items.put(rs.getString(1), rs.getObject(2, UUID.class));
                }));
        return items;
    }

    private String reviewer(UUID item) {
        return single("SELECT reviewer || coalesce(' ' || department_id, '') FROM proc_review_item WHERE id = ?", item);
    }

    private String decision(UUID item) {
        return single("SELECT decision FROM proc_review_item WHERE id = ?", item);
    }

    private boolean withdrawn(UUID item) {
        return single("SELECT withdrawn_at IS NOT NULL FROM proc_review_item WHERE id = ?", item)
                .equals("true");
    }

    private String pseudonym(String employeeNo) {
        return single("SELECT pseudonym FROM proc_person WHERE employee_no = ?", employeeNo);
    }

    private UUID person(String employeeNo) {
        return UUID.fromString(single("SELECT id FROM proc_person WHERE employee_no = ?", employeeNo));
    }

    private UUID department(String code) {
        return UUID.fromString(single("SELECT id FROM department WHERE code = ?", code));
    }

    private String owner(String application) {
        return single("SELECT owner_email FROM proc_application WHERE code = ?", application);
    }

    private void setOwner(String application, String email) {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("UPDATE proc_application SET owner_email = ? WHERE code = ?")
                        .params(email, application)
                        .update());
    }

    private long campaigns() {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM proc_review_campaign")
                        .query(Long.class)
                        .single());
    }

    private String single(String sql, Object param) {
        List<String> values = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(sql)
                        .param(param)
                        .query((rs, n) ->
                                rs.getObject(1) == null ? null : rs.getObject(1).toString())
                        .list());
        return values.isEmpty() ? null : values.get(0);
    }

    private static int mails(String to, String subject, String link) {
        List<MimeMessage> found = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equals(to))
                                && subject.equals(m.getSubject())
                                && m.getContent().toString().contains(link);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        return found.size();
    }
}
