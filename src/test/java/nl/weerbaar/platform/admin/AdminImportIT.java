package nl.weerbaar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CSV import of departments and users as HR systems and Excel write them: all or nothing, errors per line and column. */
class AdminImportIT extends IntegrationTest {

    /**
     * The manager this class creates in Burgerzaken would own the manager's steps of later cases there (the first
     * manager by name does), so the other test classes' manager could not work them: the role goes when done.
     */
    @AfterEach
    void noExtraManagerOfBurgerzaken() {
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> jdbc.sql("""
                DELETE FROM user_role WHERE role = 'MANAGER'
                   AND user_id IN (SELECT id FROM app_user WHERE username = 'imp.jansen')""").update());
    }

    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    @Test
    void utf8WithBomAndSemicolonsIsImportedAfterConfirmation() {
        WebClient web = admin();
        byte[] file = concat(
                BOM,
                "code;naam\r\nIMP1;Afdeling Één\r\nIMP2;\"Werk; en \"\"Inkomen\"\"\"\r\n\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> preview = Uploads.upload(web, "/admin/import/departments", "afdelingen.csv", file);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("UTF-8", "Geen fouten gevonden. 2 nieuw", "Afdeling Één", "Werk; en &quot;Inkomen&quot;");
        assertThat(names("IMP%")).as("nothing saved before confirmation").isEmpty();

        HttpResponse<String> done = web.postForm("/admin/import/departments/confirm", Map.of());
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(web.get(done.headers().firstValue("Location").orElseThrow()).body())
                .contains("2 afdeling(en) aangemaakt");
        assertThat(names("IMP%")).containsExactly("Afdeling Één", "Werk; en \"Inkomen\"");
        assertThat(audit("IMPORT", "department")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void windows1252WithCommasIsRecognised() {
        WebClient web = admin();
        byte[] file =
                "code,naam\r\nW1,Financiële zaken\r\nW2,\"Café, ë en é\"\r\n".getBytes(Charset.forName("windows-1252"));
        HttpResponse<String> preview = Uploads.upload(web, "/admin/import/departments", "afdelingen.csv", file);
        assertThat(preview.body()).contains("Windows-1252", "„,“", "Financiële zaken", "Café, ë en é");
        web.postForm("/admin/import/departments/confirm", Map.of());
        assertThat(names("W_")).containsExactly("Financiële zaken", "Café, ë en é");
    }

    @Test
    void aKnownCodeWithAnotherNameRenamesTheDepartment() {
        WebClient web = admin();
        Uploads.upload(
                web,
                "/admin/import/departments",
                "a.csv",
                "code;naam\nREN1;Oude naam\n".getBytes(StandardCharsets.UTF_8));
        web.postForm("/admin/import/departments/confirm", Map.of());
        HttpResponse<String> preview = Uploads.upload(
                web,
                "/admin/import/departments",
                "a.csv",
                "Code;Naam\nren1;Nieuwe naam\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body()).contains("0 nieuw, 1 gewijzigd");
        web.postForm("/admin/import/departments/confirm", Map.of());
        assertThat(names("REN1")).containsExactly("Nieuwe naam");
    }

    @Test
    void aWrongHeaderIsReportedAndCannotBeImported() {
        WebClient web = admin();
        HttpResponse<String> preview = Uploads.upload(
                web, "/admin/import/departments", "a.csv", "afd;omschr\nHDR1;Iets\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body())
                .contains(
                        "Onbekende kolom „afd“. Verwacht: code;naam",
                        "De verplichte kolom „code“ ontbreekt",
                        "Er is niets ingelezen")
                .doesNotContain("Nu importeren");
        HttpResponse<String> confirm = web.postForm("/admin/import/departments/confirm", Map.of());
        assertThat(confirm.body()).contains("Er staat geen gecontroleerd bestand meer klaar");
        assertThat(names("HDR%")).isEmpty();
    }

    @Test
    void duplicateCodesAreErrorsPerLineAndNothingIsImported() {
        WebClient web = admin();
        HttpResponse<String> preview = Uploads.upload(
                web,
                "/admin/import/departments",
                "a.csv",
                "code;naam\nDUP1;Dubbel een\nDUP2;Dubbel twee\ndup1;Dubbel drie\nDUP4;\nBZ;Andere naam voor Burgerzaken\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body())
                .contains(
                        "„dup1“ staat al op regel 2 van dit bestand.",
                        "Vul een naam in.",
                        "Het bestand bevat 2 fout(en)")
                .doesNotContain("Nu importeren");
        assertThat(names("DUP%")).isEmpty();
    }

    @Test
    void aConflictArisingAfterThePreviewImportsNothing() {
        WebClient web = admin();
        HttpResponse<String> preview = Uploads.upload(
                web,
                "/admin/import/departments",
                "a.csv",
                "code;naam\nRACE1;Racer een\nRACE2;Racer twee\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body()).contains("Nu importeren");
        Api.as(baseUrl(), "beheerder")
                .post("/api/v1/admin/departments", "{\"code\":\"OTHER\",\"name\":\"Racer twee\"}");
        HttpResponse<String> confirm = web.postForm("/admin/import/departments/confirm", Map.of());
        assertThat(confirm.body()).contains("Er is al een afdeling „Racer twee“ met een andere code (OTHER)");
        assertThat(names("RACE%")).isEmpty();
    }

    @Test
    void emptyAndTooLargeFilesAreRefusedWithAClearMessage() {
        WebClient web = admin();
        assertThat(Uploads.upload(web, "/admin/import/departments", "leeg.csv", new byte[0])
                        .body())
                .contains("Het bestand is leeg");
        assertThat(Uploads.upload(
                                web,
                                "/admin/import/departments",
                                "kop.csv",
                                concat(BOM, "code;naam\r\n".getBytes(StandardCharsets.UTF_8)))
                        .body())
                .contains("alleen een kopregel");
        byte[] big = ("code;naam\n" + "X;" + "a".repeat(1_600_000) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(Uploads.upload(web, "/admin/import/departments", "groot.csv", big)
                        .body())
                .contains("Het bestand is te groot: hoogstens 1 MB");
    }

    @Test
    void usersAreImportedWithRolesAndWithoutPassword() {
        WebClient web = admin();
        String csv = """
        gebruikersnaam;naam;email;afdeling;functie;rollen;doelgroep
        imp.jansen;Jan Jansen;jan@voorbeeldstad.nl;BZ;Baliemedewerker burgerzaken;medewerker|leidinggevende;
        imp.bakker;"Bakker, Piet";;Vergunningen;;"medewerker,vertrouwenspersoon";ambtenaren
        imp.script;<script>alert(1)</script>;;;;;
        """;
        HttpResponse<String> preview =
                Uploads.upload(web, "/admin/import/users", "gebruikers.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body())
                .contains("Geen fouten gevonden. 3 nieuw", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        web.postForm("/admin/import/users/confirm", Map.of());
        record Imported(
                String username, String displayName, boolean hasPassword, String roles, String confidantScope) {}
        List<Imported> users = TenantContext.callAs(
                Demo.VOORBEELDSTAD, () -> jdbc.sql("""
        SELECT u.username, u.display_name, u.password_hash IS NOT NULL AS has_password,
               (SELECT string_agg(role, ',' ORDER BY role) FROM user_role r WHERE r.user_id = u.id) AS roles,
               u.confidant_scope
          FROM app_user u WHERE u.username LIKE 'imp.%' ORDER BY u.username""").query(Imported.class).list());
        assertThat(users)
                .containsExactly(
                        new Imported("imp.bakker", "Bakker, Piet", false, "EMPLOYEE", null),
                        new Imported("imp.jansen", "Jan Jansen", false, "EMPLOYEE,MANAGER", null),
                        new Imported("imp.script", "<script>alert(1)</script>", false, "EMPLOYEE", null));
        assertThat(web.get("/admin/users?q=imp.").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("""
        SELECT a.payload FROM approval_request a JOIN app_user u ON u.id = a.subject_id
         WHERE u.username = 'imp.bakker' AND a.kind = 'user-confidant-role' AND a.status = 'PENDING'""").query(String.class).single()))
                .as("the role of confidant waits for the secretary")
                .isEqualTo("CIVIL_SERVANTS");
        assertThat(audit("IMPORT", "user")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void oneBadUserLineImportsNoUserAtAll() {
        WebClient web = admin();
        String csv = """
        gebruikersnaam,naam,email,afdeling,functie,rollen
        bad.een,Goed Persoon,goed@voorbeeldstad.nl,BZ,,medewerker
        bad.twee,Fout Persoon,geen-adres,Nergens,Astronaut,"medewerker,OPERATOR"
        bad.een,Dubbel,,,,
        beheerder,Bestaat Al,,,,
        kd.medewerker,Andere Gemeente,,,,
        """;
        HttpResponse<String> preview =
                Uploads.upload(web, "/admin/import/users", "g.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body())
                .contains(
                        "Vul een geldig e-mailadres in",
                        "Afdeling „Nergens“ bestaat niet",
                        "Functie „Astronaut“ bestaat niet",
                        "Onbekende of niet toegestane rol: OPERATOR.",
                        "„bad.een“ staat al op regel 2",
                        "Deze gebruikersnaam is al in gebruik.")
                .doesNotContain("Nu importeren");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM app_user WHERE username LIKE 'bad.%'")
                                .query(Long.class)
                                .single()))
                .isZero();
    }

    @Test
    void theImportPageDocumentsTheFormatsWithExamples() {
        WebClient web = admin();
        String page = web.get("/admin/import").body();
        assertThat(page).contains("gebruikersnaam", "doelgroep", "Windows-1252", "/admin/import/users/example.csv");
        HttpResponse<String> example = web.get("/admin/import/users/example.csv");
        assertThat(example.statusCode()).isEqualTo(200);
        assertThat(example.headers().firstValue("Content-Disposition").orElse(""))
                .contains("voorbeeld-gebruikers.csv");
        assertThat(example.body()).contains("gebruikersnaam;naam;email;afdeling;functie;rollen");
        assertThat(web.get("/admin/import/departments/example.csv").body()).contains("code;naam");
    }

    private WebClient admin() {
        WebClient web = loginAs("beheerder");
        web.get("/admin/import");
        return web;
    }

    private List<String> names(String codePattern) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT name FROM department WHERE code LIKE ? ORDER BY code")
                        .param(codePattern)
                        .query(String.class)
                        .list());
    }

    private long audit(String action, String type) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND object_type = ?")
                        .params(action, type)
                        .query(Long.class)
                        .single());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
