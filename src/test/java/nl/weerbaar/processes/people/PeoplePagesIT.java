package nl.weerbaar.processes.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.processes.Fixtures;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The person page, the import history and the rule set show what the repositories read, for the coordinator. */
class PeoplePagesIT extends IntegrationTest {

    @Autowired
    Imports imports;

    @Test
    void thePersonPageShowsNameStepsAccessAndIsAudited() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID process = UUID.randomUUID();
        TenantContext.runAs(Demo.KLEINDORP, () -> {
            jdbc.sql("INSERT INTO proc_process (id, tenant_id, main_code, name) VALUES (?, ?, 'PERMITS', ?)")
                    .params(process, Demo.KLEINDORP, "Proces " + suffix)
                    .update();
            jdbc.sql(
                            "INSERT INTO proc_step (id, tenant_id, process_id, code, name, activity) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            Demo.KLEINDORP,
                            process,
                            "ST-" + suffix,
                            "Stap " + suffix,
                            "BIBOB_INVESTIGATION")
                    .update();
            jdbc.sql("INSERT INTO proc_application (id, tenant_id, code, name, sensitive) VALUES (?, ?, ?, ?, true)")
                    .params(UUID.randomUUID(), Demo.KLEINDORP, "APP-" + suffix, "Applicatie " + suffix)
                    .update();
        });
        load(
                Imports.Kind.PERSONS,
                "personeelsnummer;naam;functie;afdeling;datum in dienst\n" + "N" + suffix
                        + ";Nina Naamkundig;Vergunningverlener;Vergunningen;03-02-2011\n");
        load(Imports.Kind.STEPS, "personeelsnummer;stapcode;sinds\nN" + suffix + ";ST-" + suffix + ";04-05-2016\n");
        load(
                Imports.Kind.ACCESS,
                "personeelsnummer;applicatie;recht\nN" + suffix + ";APP-" + suffix + ";muteren\n" + "N" + suffix
                        + ";APP-" + suffix + ";raadplegen\n");
        UUID person = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT id FROM proc_person WHERE employee_no = ?")
                        .param("N" + suffix)
                        .query(UUID.class)
                        .single());

        WebClient c = loginAs("kd.coordinator");
        long audited = auditEntries(person);
        String page = c.get("/processes/people/" + person).body();
        assertThat(page)
                .contains("Nina Naamkundig")
                .contains("N" + suffix)
                .contains("03-02-2011")
                .contains("Proces " + suffix)
                .contains("Stap " + suffix)
                .contains("04-05-2016")
                .contains("Applicatie " + suffix)
                .contains("muteren, raadplegen");
        assertThat(auditEntries(person)).isEqualTo(audited + 1);
        assertThat(c.get("/processes/people/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

        String history = c.get("/processes/imports").body();
        String today =
                LocalDate.now(nl.weerbaar.platform.DutchTime.ZONE).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        assertThat(history).contains("Laatste imports").contains(today);

        String rules = c.get("/processes/rules").body();
        assertThat(rules)
                .contains("Bibob-onderzoek en verlenen van de vergunning")
                .contains("<td><span>Bibob-onderzoek</span>")
                .doesNotContain("BIBOB_INVESTIGATION")
                .containsPattern("\\(\\d+ stappen\\)");
        var added = c.postForm(
                "/processes/rules",
                Map.of(
                        "name",
                        "Regel " + suffix,
                        "activityA",
                        "Inkoop " + suffix,
                        "activityB",
                        "Betalen van de factuur"));
        assertThat(added.statusCode()).isEqualTo(302);
        UUID rule = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT id FROM proc_sod_rule WHERE name = ?")
                        .param("Regel " + suffix)
                        .query(UUID.class)
                        .single());
        assertThat(c.get("/processes/rules").body())
                .contains("Regel " + suffix)
                .contains("<span>Inkoop " + suffix + "</span>");
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT activity_a || ' ' || activity_b FROM proc_sod_rule WHERE id = ?")
                                .param(rule)
                                .query(String.class)
                                .single()))
                .as("a new name becomes an activity; a shipped name finds its activity")
                .isEqualTo("INKOOP_" + suffix.toUpperCase() + " INVOICE_PAYMENT");
        assertThat(c.postForm("/processes/rules/" + rule + "/toggle", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT active FROM proc_sod_rule WHERE id = ?")
                                .param(rule)
                                .query(Boolean.class)
                                .single()))
                .isFalse();
        c.get("/processes/rules");
        var again = c.postForm(
                "/processes/rules",
                Map.of("name", "Andere " + suffix, "activityA", "Paying the invoice", "activityB", "inkoop " + suffix));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Regel " + suffix);
    }

    private long auditEntries(UUID person) {
        return TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = 'processes-person' AND object_id = ?")
                        .param(person.toString())
                        .query(Long.class)
                        .single());
    }

    private void load(Imports.Kind kind, String csv) {
        var r = TenantContext.callAs(Demo.KLEINDORP, () -> imports.run(kind, Fixtures.utf8(csv)));
        assertThat(r.ok()).as("%s", r.problems()).isTrue();
    }
}
