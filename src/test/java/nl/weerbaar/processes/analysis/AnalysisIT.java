package nl.weerbaar.processes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.processes.Fixtures;
import nl.weerbaar.processes.people.Imports;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each finding kind on a small hand-made organisation, with for each kind someone who must not be flagged.
 *
 * <p>Reisdocumenten: TD-IN (Anna, Bert), TD-UIT (Anna; Frank has left). Horeca: HV-BIBOB (Carla, Eva),
 * HV-VERLEEN (Daan, Eva), HV-CONTROLE (Carla, Daan). Baliemedewerkers need BRP and REISDOC.
 */
class AnalysisIT extends IntegrationTest {

    @Autowired
    Imports imports;

    @Autowired
    Analysis analysis;

    Fixtures fx;
    UUID travel;
    UUID horeca;

    @BeforeEach
    void organisation() {
        fx = new Fixtures(jdbc, "analyse");
        travel = fx.process("Reisdocumenten", "TRAVEL_DOCUMENTS");
        fx.step(travel, "TD-IN", "TRAVELDOC_INTAKE");
        fx.step(travel, "TD-UIT", "TRAVELDOC_HANDOUT");
        horeca = fx.process("Horecavergunning", "PERMITS");
        fx.step(horeca, "HV-BIBOB", "BIBOB_INVESTIGATION");
        fx.step(horeca, "HV-VERLEEN", "PERMIT_GRANT");
        fx.step(horeca, "HV-CONTROLE", null);
        load(Imports.Kind.PERSONS, """
        personeelsnummer;naam;functie;afdeling;datum in dienst;datum uit dienst
        A;Anna;Baliemedewerker;Burgerzaken;01-01-2010;
        B;Bert;Baliemedewerker;Burgerzaken;01-01-2024;
        C;Carla;Vergunningverlener;Vergunningen;01-06-2023;
        D;Daan;Vergunningverlener;Vergunningen;01-01-2024;
        E;Eva;Vergunningverlener;Vergunningen;01-01-2024;
        F;Frank;Baliemedewerker;Burgerzaken;01-01-2000;01-01-2025
        """);
        load(Imports.Kind.STEPS, """
        personeelsnummer;stapcode;sinds
        A;TD-IN;01-01-2010
        A;TD-UIT;01-01-2024
        B;TD-IN;01-01-2024
        F;TD-UIT;01-01-2000
        C;HV-BIBOB;01-01-2015
        C;HV-CONTROLE;01-01-2024
        D;HV-VERLEEN;01-01-2024
        D;HV-CONTROLE;01-01-2024
        E;HV-BIBOB;01-01-2024
        E;HV-VERLEEN;
        """);
        fx.application("BRP", true);
        fx.application("REISDOC", true);
        fx.application("WORD", false);
        fx.need("Baliemedewerker", "BRP");
        fx.need("Baliemedewerker", "REISDOC");
        load(Imports.Kind.ACCESS, """
        personeelsnummer;applicatie;recht
        A;BRP;raadplegen
        A;REISDOC;muteren
        A;WORD;gebruiker
        C;BRP;raadplegen
        C;BRP;muteren
        D;WORD;gebruiker
        F;BRP;raadplegen
        """);
    }

    @Test
    void findsEachKindAndOnlyWhereItApplies() {
        Map<String, Integer> counts = TenantContext.callAs(fx.tenant, analysis::run);
        assertThat(flagged("SOLE_STEP"))
                .as("TD-UIT: only Anna is still employed")
                .containsExactly("A");
        assertThat(stepOf("SOLE_STEP")).containsExactly("TD-UIT");
        assertThat(flagged("SOLE_PROCESS"))
                .as("Anna does all of Reisdocumenten; nobody all of Horeca")
                .containsExactly("A");
        assertThat(flagged("LONG_POSITION"))
                .as("Anna since 2010; Frank has left; the rest is recent")
                .containsExactly("A");
        assertThat(flagged("LONG_PROCESS"))
                .as("Anna in Reisdocumenten since 2010, Carla in Horeca since 2015; Bert, Daan, Eva recent")
                .containsExactly("A", "C");
        assertThat(flagged("SOD_CONFLICT"))
                .as("Anna: intake and hand-out; Eva: Bibob and permit; not Carla or Daan")
                .containsExactlyInAnyOrder("A", "E");
        assertThat(flagged("BROAD_ACCESS"))
                .as("Carla's BRP access is not needed; Anna's is; WORD is not sensitive")
                .containsExactly("C");
        assertThat(flagged("LEAVER_ACCESS")).containsExactly("F");
        assertThat(counts).containsEntry("SOD_CONFLICT", 2).containsEntry("BROAD_ACCESS", 1);
    }

    @Test
    void theRuleSetAndTheLangzitterThresholdAreTheMunicipalitys() {
        TenantContext.runAs(fx.tenant, () -> {
            jdbc.sql("UPDATE proc_sod_rule SET active = false WHERE activity_a = 'TRAVELDOC_INTAKE'")
                    .update();
            jdbc.sql("UPDATE proc_setting SET langzitter_years = 20").update();
            analysis.run();
        });
        assertThat(flagged("SOD_CONFLICT")).containsExactly("E");
        assertThat(flagged("LONG_POSITION")).isEmpty();
        assertThat(flagged("LONG_PROCESS")).isEmpty();
    }

    @Test
    void findingKeysStayTheSameAcrossRuns() {
        List<String> first = TenantContext.callAs(fx.tenant, () -> {
            analysis.run();
            return jdbc.sql("SELECT finding_key FROM proc_finding ORDER BY 1")
                    .query(String.class)
                    .list();
        });
        List<String> second = TenantContext.callAs(fx.tenant, () -> {
            analysis.run();
            return jdbc.sql("SELECT finding_key FROM proc_finding ORDER BY 1")
                    .query(String.class)
                    .list();
        });
        assertThat(second).isEqualTo(first).hasSize(9);
    }

    private List<String> flagged(String kind) {
        return TenantContext.callAs(
                fx.tenant, () -> jdbc.sql("""
        SELECT p.employee_no FROM proc_finding f JOIN proc_person p ON p.id = f.person_id WHERE f.kind = ?
         ORDER BY 1""").param(kind).query(String.class).list());
    }

    private List<String> stepOf(String kind) {
        return TenantContext.callAs(
                fx.tenant,
                () -> jdbc.sql(
                                "SELECT s.code FROM proc_finding f JOIN proc_step s ON s.id = f.step_id WHERE f.kind = ?")
                        .param(kind)
                        .query(String.class)
                        .list());
    }

    private void load(Imports.Kind kind, String csv) {
        var r = TenantContext.callAs(fx.tenant, () -> imports.run(kind, Fixtures.utf8(csv)));
        assertThat(r.ok()).as("%s", r.problems()).isTrue();
    }
}
