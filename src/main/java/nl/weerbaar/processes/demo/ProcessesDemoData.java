package nl.weerbaar.processes.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.processes.analysis.Analysis;
import nl.weerbaar.processes.people.Imports;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small catalogue for Gemeente Voorbeeldstad: four processes with assessments, controls and steps, a few
 * applications and a staff of eight whose authorisations produce some findings. Loaded once, after the
 * platform's demo municipalities; does nothing when Voorbeeldstad already has processes.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class ProcessesDemoData implements ApplicationRunner {

    static final UUID VOORBEELDSTAD = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final TransactionTemplate tx;
    private final Imports imports;
    private final Analysis analysis;

    ProcessesDemoData(
            JdbcClient jdbc,
            TransactionTemplate tx,
            Imports imports,
            Analysis analysis,
            Municipalities municipalities) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.tx = tx;
        this.imports = imports;
        this.analysis = analysis;
    }

    @Override
    public void run(ApplicationArguments args) {
        TenantContext.runAs(
                VOORBEELDSTAD,
                () -> tx.executeWithoutResult(s -> {
                    boolean present = municipalities.byId(VOORBEELDSTAD).isPresent();
                    if (!present
                            || jdbc.sql("SELECT EXISTS (SELECT 1 FROM proc_process)")
                                    .query(Boolean.class)
                                    .single()) {
                        return;
                    }
                    load();
                }));
    }

    private void load() {
        UUID horeca = process(
                "Horecavergunning",
                "PERMITS",
                "GRANTING",
                "PERMITS",
                "Teamleider Vergunningen",
                "Vergunningen",
                new int[] {4, 5, 4, 4, 2, 4});
        step(horeca, "HV-INTAKE", "Aanvraag innemen", null);
        step(horeca, "HV-BIBOB", "Bibob-toets", "BIBOB_INVESTIGATION");
        step(horeca, "HV-BESLUIT", "Vergunning verlenen", "PERMIT_GRANT");
        control(horeca, "FOUR_EYES", "PARTIAL", "2026-05-12", false);
        control(horeca, "SCREENING", "EFFECTIVE", "2026-02-01", true);
        UUID paspoort = process(
                "Paspoort en rijbewijs",
                "TRAVEL_DOCUMENTS",
                "GRANTING",
                null,
                "Teamleider Burgerzaken",
                "Burgerzaken",
                new int[] {3, 5, 3, 4, 2, 3});
        step(paspoort, "RD-INNAME", "Aanvraag en inname", "TRAVELDOC_INTAKE");
        step(paspoort, "RD-UITREIKING", "Uitreiking", "TRAVELDOC_HANDOUT");
        control(paspoort, "SEGREGATION", "INEFFECTIVE", "2026-09-30", false);
        control(paspoort, "LOGGING", "EFFECTIVE", null, null);
        UUID subsidie = process(
                "Subsidie jongerenwerk",
                "SUBSIDIES",
                "PAYING_OUT",
                "SUBSIDIES",
                "Beleidsadviseur Jeugd",
                "Sociaal Domein",
                new int[] {3, 3, 2, 3, 2, 2});
        step(subsidie, "SU-BESCHIKKING", "Beschikking opstellen", null);
        step(subsidie, "SU-TEKENEN", "Beschikking tekenen", null);
        UUID crediteuren = process(
                "Crediteurenbetaling",
                "FINANCIAL_TRANSACTIONS",
                "FINANCIAL_MEANS",
                null,
                "Teamleider Financiën",
                "Financiën",
                new int[] {2, 4, 2, 3, 1, 3});
        step(crediteuren, "FI-VERPLICHTING", "Verplichting aangaan", "OBLIGATION_ENTRY");
        step(crediteuren, "FI-BETALEN", "Factuur betalen", "INVOICE_PAYMENT");
        control(crediteuren, "FOUR_EYES", "EFFECTIVE", "2026-06-15", true);
        app("BRP", "Basisregistratie Personen", true);
        app("REISDOC", "Reisdocumentenstation", true);
        app("FIN", "Financieel systeem", true);
        app("ZAAK", "Zaaksysteem", false);
        csv(Imports.Kind.PERSONS, """
        personeelsnummer;naam;functie;afdeling;datum in dienst;datum uit dienst;schaal
        V001;Anouk de Boer;Baliemedewerker burgerzaken;Burgerzaken;01-03-2011;;6
        V002;Bas Visser;Baliemedewerker burgerzaken;Burgerzaken;01-09-2023;;6
        V003;Cem Yilmaz;Vergunningverlener;Vergunningen;15-01-2019;;9
        V004;Dewi Pranoto;Bibob-onderzoeker;Vergunningen;01-05-2022;;10
        V005;Erik Smit;Crediteurenadministrateur;Financiën;01-02-2008;;6
        V006;Fleur Mulder;Inkoopadviseur;Inkoop;01-06-2021;;10
        V007;Gerrit Hoekstra;Handhaver / boa;Toezicht en Handhaving;01-01-2016;01-08-2026;7
        V008;Hanna Jansen;Beleidsadviseur jeugd;Sociaal Domein;01-04-2020;;11
        """);
        jdbc.sql("""
        INSERT INTO proc_position_need (tenant_id, position_id, application_id)
        SELECT current_tenant(), p.id, a.id FROM proc_position p, proc_application a
         WHERE (p.name = 'Baliemedewerker burgerzaken' AND a.code IN ('BRP', 'REISDOC'))
            OR (p.name = 'Crediteurenadministrateur' AND a.code = 'FIN')""").update();
        jdbc.sql("UPDATE proc_position SET holds_mandate = true, screening = 'VOG_SPECIFIC', screening_years = 5"
                        + " WHERE name IN ('Vergunningverlener', 'Inkoopadviseur')")
                .update();
        jdbc.sql(
                        "UPDATE proc_position SET screening = 'VOG', screening_years = 3 WHERE name = 'Baliemedewerker burgerzaken'")
                .update();
        csv(Imports.Kind.STEPS, """
        personeelsnummer;stapcode;sinds
        V001;RD-INNAME;01-03-2011
        V001;RD-UITREIKING;01-03-2011
        V002;RD-INNAME;01-09-2023
        V003;HV-INTAKE;15-01-2019
        V003;HV-BIBOB;15-01-2019
        V003;HV-BESLUIT;15-01-2019
        V004;HV-BIBOB;01-05-2022
        V005;FI-VERPLICHTING;01-02-2008
        V005;FI-BETALEN;01-02-2008
        V006;FI-VERPLICHTING;01-06-2021
        V008;SU-BESCHIKKING;01-04-2020
        V008;SU-TEKENEN;01-04-2020
        """);
        csv(Imports.Kind.ACCESS, """
        personeelsnummer;applicatie;recht
        V001;BRP;raadplegen
        V001;REISDOC;muteren
        V002;BRP;raadplegen
        V003;BRP;raadplegen
        V003;ZAAK;behandelaar
        V005;FIN;betalen
        V006;FIN;raadplegen
        V007;BRP;raadplegen
        V007;ZAAK;behandelaar
        """);
        analysis.run();
    }

    private UUID process(
            String name, String main, String vng, String bibob, String owner, String department, int[] scores) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
        INSERT INTO proc_process (id, tenant_id, main_code, vng_code, bibob_code, name, owner, department, dim_origin,
                                  dim_intent, dim_cause) VALUES (?, current_tenant(), ?, ?, ?, ?, ?, ?, 'BOTH', 'INTENDED', 'HUMAN')""").params(id, main, vng, bibob, name, owner, department).update();
        String[] kinds = {"INHERENT", "CURRENT", "RESIDUAL"};
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO proc_assessment (tenant_id, process_id, kind, likelihood, impact) "
                            + "VALUES (current_tenant(), ?, ?, ?, ?)")
                    .params(id, kinds[i], scores[2 * i], scores[2 * i + 1])
                    .update();
        }
        return id;
    }

    private void step(UUID process, String code, String name, String activity) {
        jdbc.sql("""
        INSERT INTO proc_step (id, tenant_id, process_id, code, name, activity, seq)
        VALUES (?, current_tenant(), ?, ?, ?, ?, (SELECT count(*) + 1 FROM proc_step WHERE process_id = ?))""")
                .params(UUID.randomUUID(), process, code, name, activity, process)
                .update();
    }

    private void control(UUID process, String type, String effectiveness, String tested, Boolean ok) {
        jdbc.sql("""
        INSERT INTO proc_control (id, tenant_id, process_id, type, effectiveness, last_test_date, last_test_ok)
        VALUES (?, current_tenant(), ?, ?, ?, ?::date, ?)""")
                .params(UUID.randomUUID(), process, type, effectiveness, tested, ok)
                .update();
    }

    private void app(String code, String name, boolean sensitive) {
        jdbc.sql("INSERT INTO proc_application (id, tenant_id, code, name, sensitive, owner_email) "
                        + "VALUES (?, current_tenant(), ?, ?, ?, 'applicatiebeheer@voorbeeldstad.demo')")
                .params(UUID.randomUUID(), code, name, sensitive)
                .update();
    }

    private void csv(Imports.Kind kind, String text) {
        var result = imports.run(kind, text.getBytes(StandardCharsets.UTF_8));
        if (!result.ok()) {
            throw new IllegalStateException("demo data refused: " + result.problems());
        }
    }
}
