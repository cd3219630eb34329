package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The largest attendance file (a session of 500 places, the most a session has) and the nastiest ones: all or
 * nothing, with a problem per line.
 */
class AttendanceLargestIT extends IntegrationTest {

    static final int PLACES = 500;

    @Autowired
    RegisterService service;

    UUID town;
    UUID session;
    UserIdentity coordinator;
    String prefix;

    @BeforeEach
    void municipalityWithAFullSession() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        clock.setTo(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant());
        town = UUID.randomUUID();
        prefix = "p" + town.toString().substring(0, 6) + "-";
        TenantContext.runAs(
                null,
                () -> jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                        .params(town, "att-" + town.toString().substring(0, 8), "Gemeente Opleidingstad")
                        .query()
                        .singleRow());
        UUID coordinatorId = UUID.randomUUID();
        session = UUID.randomUUID();
        TenantContext.runAs(town, () -> {
            user(coordinatorId, prefix + "coordinator", "COORDINATOR");
            for (int i = 0; i <= PLACES; i++) {
                user(UUID.randomUUID(), prefix + "medewerker" + i, "EMPLOYEE");
            }
            UUID kind = UUID.randomUUID();
            jdbc.sql(
                            "INSERT INTO training_kind (tenant_id, id, code, name, valid_months) VALUES (?, ?, 'bhv', 'BHV', 12)")
                    .params(town, kind)
                    .update();
            jdbc.sql("""
                    INSERT INTO training_session (tenant_id, id, kind_id, held_on, trainer, places, created_by)
                    VALUES (?, ?, ?, ?, 'Tessa Trainer', ?, ?)""")
                    .params(town, session, kind, day.minusDays(1), PLACES, coordinatorId)
                    .update();
        });
        coordinator = new UserIdentity(
                coordinatorId, town, prefix + "coordinator", "Coördinator", Set.of(Role.COORDINATOR), null);
    }

    private void user(UUID id, String username, String role) {
        jdbc.sql("INSERT INTO app_user (id, tenant_id, username, display_name, password_hash) VALUES (?, ?, ?, ?, 'x')")
                .params(id, town, username, username)
                .update();
        jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role) VALUES (?, ?, ?)")
                .params(id, town, role)
                .update();
    }

    private String lines(int from, int to, String status) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(prefix)
                    .append("medewerker")
                    .append(i)
                    .append(';')
                    .append(status)
                    .append('\n');
        }
        return b.toString();
    }

    private int importFile(String csv) {
        return TenantContext.callAs(
                town, () -> service.importAttendance(coordinator, session, csv.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> refused(String csv) {
        return refused(csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> refused(byte[] file) {
        AttendanceImport.Refused e = catchThrowableOfType(
                AttendanceImport.Refused.class,
                () -> TenantContext.callAs(town, () -> service.importAttendance(coordinator, session, file)));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream()
                .map(p -> p.line() + " " + p.column() + " " + p.key() + " " + p.args())
                .toList();
    }

    private long attendance() {
        return TenantContext.callAs(
                town,
                () -> jdbc.sql("SELECT count(*) FROM training_attendance WHERE session_id = ?")
                        .param(session)
                        .query(Long.class)
                        .single());
    }

    @Test
    void aFullSessionOf500IsReadWholeAndOneMoreIsRefusedWhole() {
        // one person more than places: nothing is written
        assertThat(refused("gebruikersnaam;status\n" + lines(0, PLACES + 1, "aanwezig")))
                .containsExactly("0 null register.error.places [500, 501]");
        assertThat(attendance()).isZero();

        long start = System.nanoTime();
        assertThat(importFile("gebruikersnaam;status\n" + lines(0, PLACES, "aanwezig")))
                .isEqualTo(PLACES);
        System.out.printf(
                "LARGEST attendance: %d lines imported in %d ms%n", PLACES, (System.nanoTime() - start) / 1_000_000);
        assertThat(attendance()).isEqualTo(PLACES);

        // a file with a bad last line changes none of the 500
        String mixed =
                "gebruikersnaam;status\n" + lines(0, PLACES - 1, "ingeschreven") + prefix + "medewerker499;soms\n";
        assertThat(refused(mixed)).containsExactly("501 status register.import.error.status [soms]");
        assertThat(TenantContext.callAs(
                        town,
                        () -> jdbc.sql("SELECT count(*) FROM training_attendance WHERE status = 'ATTENDED'")
                                .query(Long.class)
                                .single()))
                .isEqualTo(PLACES);
    }

    @Test
    void filesAboveTheReadersLimitsAreRefusedAsAWhole() {
        // the reader takes 2,000 lines and 1 MB: more than a session can hold, so a file that size is a mistake
        assertThat(refused("gebruikersnaam;status\n" + lines(0, AttendanceImport.MAX_LINES + 1, "aanwezig")))
                .containsExactly("0 null csv.error.too-many-lines [2000]");
        byte[] huge = ("gebruikersnaam;status\n" + "x".repeat(AttendanceImport.MAX_BYTES) + ";aanwezig\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refused(huge)).containsExactly("0 null csv.error.too-large [1]");
        assertThat(attendance()).isZero();
    }

    @Test
    void nastyFilesGetAProblemPerLineAndNothingIsWritten() {
        assertThat(refused(new byte[0])).containsExactly("0 null csv.error.empty []");
        assertThat(refused("gebruikersnaam;status\n")).containsExactly("0 null csv.error.empty []");
        assertThat(refused("naam;aanwezig\n" + prefix + "medewerker1;ja\n"))
                .containsExactly(
                        "1 gebruikersnaam register.import.error.column [gebruikersnaam]",
                        "1 status register.import.error.column [status]");
        assertThat(refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}))
                .containsExactly("0 null csv.error.binary []");

        // someone of another municipality, with the same kind of username, is not found here
        String other = "ander-" + town.toString().substring(0, 8);
        TenantContext.runAs(Demo.KLEINDORP, () -> {
            UUID id = UUID.randomUUID();
            jdbc.sql(
                            "INSERT INTO app_user (id, tenant_id, username, display_name, password_hash) VALUES (?, ?, ?, ?, 'x')")
                    .params(id, Demo.KLEINDORP, other, other)
                    .update();
            jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role) VALUES (?, ?, 'EMPLOYEE')")
                    .params(id, Demo.KLEINDORP)
                    .update();
        });
        String csv = "gebruikersnaam;status\n"
                + prefix + "medewerker1;aanwezig\n"
                + other + ";aanwezig\n"
                + "<script>alert(1)</script>;aanwezig\n"
                + prefix + "medewerker2;<b>aanwezig</b>\n"
                + prefix + "medewerker3;\n"
                + ";aanwezig\n"
                + prefix.toUpperCase() + "MEDEWERKER1;ingeschreven\n";
        assertThat(refused(csv))
                .containsExactly(
                        "3 gebruikersnaam register.import.error.person [" + other + "]",
                        "4 gebruikersnaam register.import.error.person [<script>alert(1)</script>]",
                        "5 status register.import.error.status [<b>aanwezig</b>]",
                        "6 status register.import.error.status []",
                        "7 gebruikersnaam register.import.error.required []",
                        "8 gebruikersnaam register.import.error.twice [" + prefix + "medewerker1, 2]");
        assertThat(attendance()).isZero();
    }

    @Test
    void aScriptTagFromTheFileIsShownAsText() {
        UUID voorbeeld = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> {
            UUID kind = jdbc.sql("SELECT id FROM training_kind WHERE code = 'de-escalatie'")
                    .query(UUID.class)
                    .single();
            UUID by = jdbc.sql("SELECT id FROM app_user WHERE username = 'coordinator'")
                    .query(UUID.class)
                    .single();
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO training_session (tenant_id, id, kind_id, held_on, trainer, places, created_by)
                    VALUES (?, ?, ?, ?, 'Tessa Trainer', 3, ?)""")
                    .params(Demo.VOORBEELDSTAD, id, kind, LocalDate.of(2026, 11, 30), by)
                    .update();
            return id;
        });
        try {
            WebClient client = loginAs("coordinator");
            client.get("/opleidingen/sessies/" + voorbeeld);
            HttpResponse<String> page = postFile(
                    client,
                    "/opleidingen/sessies/" + voorbeeld + "/import",
                    "gebruikersnaam;status\n<script>alert(1)</script>;<img src=x onerror=alert(2)>\n");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Het bestand is niet ingelezen.")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("<img src=x");
        } finally {
            TenantContext.runAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql("DELETE FROM training_session WHERE id = ?")
                            .param(voorbeeld)
                            .update());
        }
    }

    private static HttpResponse<String> postFile(WebClient client, String path, String csv) {
        String boundary = "----attendance" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + client.csrf()
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"aanwezig.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(client.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
