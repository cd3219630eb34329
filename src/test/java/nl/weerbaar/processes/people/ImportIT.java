package nl.weerbaar.processes.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.processes.Fixtures;
import nl.weerbaar.processes.people.ImportResult.Problem;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV files as HR and IAM systems write them, and the ways they go wrong: always all or nothing. */
class ImportIT extends IntegrationTest {

    static final String PERSONS = """
      Personeelsnummer;Naam;Functie;Afdeling;Datum in dienst;Datum uit dienst;Schaal
      1001;José Jansen;Baliemedewerker;Burgerzaken;01-02-2015;;6
      1002;Bert Bakker;Baliemedewerker;Burgerzaken;2024-03-01;;6
      1003;Chantal Çelik;Vergunningverlener;Vergunningen;15/06/2020;;9
      """;

    @Autowired
    Imports imports;

    Fixtures fx;

    @BeforeEach
    void municipality() {
        fx = new Fixtures(jdbc, "import");
    }

    @Test
    void utf8WithByteOrderMarkAndSemicolons() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = Fixtures.utf8(PERSONS);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        ImportResult r = run(Imports.Kind.PERSONS, file);
        assertThat(r.ok()).as("%s", r.problems()).isTrue();
        assertThat(r.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(r.rows()).isEqualTo(3);
        assertThat(fx.count("SELECT count(*) FROM proc_person WHERE name = 'José Jansen' AND employee_no = '1001'"))
                .isOne();
        assertThat(fx.count("SELECT count(*) FROM proc_position WHERE name = 'Baliemedewerker' AND salary_scale = 6"))
                .isOne();
    }

    @Test
    void windows1252WithCommasAndQuotes() {
        String csv = "personeelsnummer,naam,functie,afdeling,startdatum\r\n"
                + "2001,\"Renée d'Artois, van\",Handhaver,Toezicht en Handhaving,1-3-2012\r\n";
        ImportResult r = run(Imports.Kind.PERSONS, csv.getBytes(Charset.forName("windows-1252")));
        assertThat(r.ok()).as("%s", r.problems()).isTrue();
        assertThat(r.encoding()).isEqualTo("Windows-1252");
        assertThat(fx.count("SELECT count(*) FROM proc_person WHERE name = 'Renée d''Artois, van'"))
                .isOne();
    }

    @Test
    void pseudonymsAreStableAcrossImportsAndDoNotShowTheNumber() {
        run(Imports.Kind.PERSONS, Fixtures.utf8(PERSONS));
        String first = pseudonym("1001");
        run(Imports.Kind.PERSONS, Fixtures.utf8(PERSONS.replace("José Jansen", "José Jansen-de Vries")));
        assertThat(pseudonym("1001")).isEqualTo(first).matches("P-[0-9A-F]{6}").doesNotContain("1001");
        assertThat(pseudonym("1002")).isNotEqualTo(first);
    }

    @Test
    void wrongColumnsRefuseTheWholeFile() {
        ImportResult r = run(Imports.Kind.PERSONS, Fixtures.utf8("nummer;naam;functie\n1;A;B\n"));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(Problem::line).containsOnly(1L);
        assertThat(r.problems()).extracting(Problem::messageKey).contains("processes.import.error.column-missing");
        assertThat(fx.count("SELECT count(*) FROM proc_person")).isZero();
    }

    @Test
    void badLinesAreReportedPerLineAndNothingIsHalfImported() {
        String csv = PERSONS + """
        1004;Dirk Dubbel;Baliemedewerker;Burgerzaken;31-02-2020;;6
        1002;Bert Bakker;Baliemedewerker;Burgerzaken;2024-03-01;;6
        1005;Te weinig;velden
        ;Zonder nummer;Baliemedewerker;Burgerzaken;01-01-2020;;6
        1006;Eerder weg;Baliemedewerker;Burgerzaken;01-01-2020;01-01-2019;44
        """;
        ImportResult r = run(Imports.Kind.PERSONS, Fixtures.utf8(csv));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems())
                .extracting(p -> p.line() + " " + p.messageKey())
                .containsExactlyInAnyOrder(
                        "5 processes.import.error.date", "6 processes.import.error.duplicate",
                        "7 processes.import.error.field-count", "8 processes.import.error.value-missing",
                        "9 processes.import.error.end-before-start", "9 processes.import.error.scale");
        assertThat(r.problems().stream()
                        .filter(p -> p.line() == 6)
                        .findFirst()
                        .orElseThrow()
                        .args())
                .containsExactly(3L);
        assertThat(fx.count("SELECT count(*) FROM proc_person"))
                .as("nothing imported")
                .isZero();
    }

    @Test
    void unknownPersonsOrApplicationsRefuseAccessRightsAndKeepThePreviousOnes() {
        run(Imports.Kind.PERSONS, Fixtures.utf8(PERSONS));
        fx.application("BRP", true);
        fx.application("ZAAK", false);
        ImportResult good = run(Imports.Kind.ACCESS, Fixtures.utf8("""
        personeelsnummer,applicatie,recht
        1001,BRP,raadplegen
        1001,brp,muteren
        1002,ZAAK,gebruiker
        """));
        assertThat(good.ok()).as("%s", good.problems()).isTrue();
        assertThat(good.rows()).isEqualTo(3);

        ImportResult bad = run(Imports.Kind.ACCESS, Fixtures.utf8("""
        personeelsnummer;applicatie;recht
        1001;BRP;raadplegen
        9999;BRP;raadplegen
        1002;ONBEKEND;gebruiker
        1001;BRP;raadplegen
        """));
        assertThat(bad.ok()).isFalse();
        assertThat(bad.problems())
                .extracting(p -> p.line() + " " + p.messageKey())
                .containsExactly(
                        "3 processes.import.error.unknown-person",
                        "4 processes.import.error.unknown-application",
                        "5 processes.import.error.duplicate");
        assertThat(fx.count("SELECT count(*) FROM proc_access"))
                .as("previous rights kept")
                .isEqualTo(3);
    }

    @Test
    void accessRightsReplaceTheMunicipalitysOwnAndNothingElse() {
        Fixtures other = new Fixtures(jdbc, "import-other");
        for (Fixtures town : java.util.List.of(fx, other)) {
            TenantContext.runAs(town.tenant, () -> imports.run(Imports.Kind.PERSONS, Fixtures.utf8(PERSONS)));
            town.application("BRP", true);
        }
        assertThat(run(
                                Imports.Kind.ACCESS,
                                Fixtures.utf8("personeelsnummer;applicatie;recht\n1001;BRP;raadplegen\n"
                                        + "1002;BRP;raadplegen\n1003;BRP;muteren\n"))
                        .ok())
                .isTrue();
        assertThat(TenantContext.callAs(
                                other.tenant,
                                () -> imports.run(
                                        Imports.Kind.ACCESS,
                                        Fixtures.utf8(
                                                "personeelsnummer;applicatie;recht\n1001;BRP;inzage à la carte\n")))
                        .ok())
                .isTrue();

        ImportResult again = run(
                Imports.Kind.ACCESS,
                Fixtures.utf8("personeelsnummer;applicatie;recht\n" + "1003;BRP;muteren\n1003;BRP;Beheer \"alles\"\n"));
        assertThat(again.ok()).as("%s", again.problems()).isTrue();
        assertThat(fx.count("SELECT count(*) FROM proc_access"))
                .as("the new file replaced the old")
                .isEqualTo(2);
        assertThat(fx.count("SELECT count(*) FROM proc_access x JOIN proc_person p ON p.id = x.person_id"
                        + " WHERE p.employee_no = '1003' AND x.access_right IN ('muteren', 'Beheer \"alles\"')"))
                .isEqualTo(2);
        assertThat(other.count("SELECT count(*) FROM proc_access WHERE access_right = 'inzage à la carte'"))
                .as("the other municipality keeps its rights")
                .isOne();
        assertThat(fx.count(
                        "SELECT count(*) FROM proc_person WHERE employee_no = '1003' AND start_date = '2020-06-15'"))
                .isOne();

        // the application reads and deletes through the protected parent table only
        String partition = "proc_access_" + fx.tenant.toString().replace("-", "");
        assertThatThrownBy(() -> fx.count("SELECT count(*) FROM " + partition))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> fx.count("WITH i AS (INSERT INTO proc_access SELECT * FROM proc_access RETURNING 1)"
                        + " SELECT count(*) FROM i"))
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void unknownStepsAreRefusedAndUtf16IsExplained() {
        run(Imports.Kind.PERSONS, Fixtures.utf8(PERSONS));
        var process = fx.process("Reisdocumenten", "TRAVEL_DOCUMENTS");
        fx.step(process, "TD-IN", "TRAVELDOC_INTAKE");
        ImportResult r = run(
                Imports.Kind.STEPS,
                Fixtures.utf8("personeelsnummer;stapcode;sinds\n1001;TD-IN;01-01-2019\n" + "1001;TD-UIT;\n"));
        assertThat(r.problems())
                .extracting(p -> p.line() + " " + p.messageKey())
                .containsExactly("3 processes.import.error.unknown-step");
        assertThat(fx.count("SELECT count(*) FROM proc_step_auth")).isZero();

        ImportResult utf16 = run(Imports.Kind.PERSONS, PERSONS.getBytes(StandardCharsets.UTF_16));
        assertThat(utf16.problems()).extracting(Problem::messageKey).containsExactly("csv.error.utf16");
    }

    private ImportResult run(Imports.Kind kind, byte[] file) {
        return TenantContext.callAs(fx.tenant, () -> imports.run(kind, file));
    }

    private String pseudonym(String no) {
        return TenantContext.callAs(
                fx.tenant,
                () -> jdbc.sql("SELECT pseudonym FROM proc_person WHERE employee_no = ?")
                        .param(no)
                        .query(String.class)
                        .single());
    }
}
