package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The meldpunt end to end over HTTP: an anonymous report with a photo, the receipt code, the coordinator's question,
 * the reporter's answer; and what must not be stored or seen.
 */
class MeldpuntJourneyIT extends IntegrationTest {

    static final Pattern CODE = Pattern.compile("id=\"receipt-code\">([0-9A-Z-]{19})<");
    static final String AGENT = "MeldpuntAgent/1.0 (uniek-" + UUID.randomUUID() + ")";

    @Test
    void anAnonymousReportWithAPhotoReachesTheCoordinatorAndBothWriteToEachOther() throws Exception {
        WebClient reporter = anonymous();
        long sessions = count("SELECT count(*) FROM spring_session");
        String anonymousSessions = "SELECT count(*) FROM spring_session WHERE principal_name IS NULL";
        long withoutLogin = count(anonymousSessions);
        long audit = count("SELECT count(*) FROM audit_event WHERE tenant_id = '" + Demo.VOORBEELDSTAD + "'");
        long events = count("SELECT count(*) FROM event_publication");

        HttpResponse<String> form = reporter.get("/m/voorbeeldstad");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Meldpunt integriteit en ondermijning").doesNotContain("_csrf");
        String description = "De vergunning voor Dorpsstraat 12 is voorgetrokken " + UUID.randomUUID();
        String address = "Dorpsstraat 12 " + UUID.randomUUID();
        HttpResponse<String> receipt = report(
                reporter,
                "voorbeeldstad",
                Map.of("kind", "FAVOURED_DECISION", "description", description, "address", address),
                List.of(),
                "foto.jpg",
                MetadataStripperTest.jpegWithExif());
        assertThat(receipt.statusCode()).isEqualTo(200);
        String code = code(receipt);
        assertThat(receipt.headers().firstValue("Set-Cookie")).isEmpty();

        // nothing that tells who or when: no session, no audit entry, no event, no address or user agent
        assertThat(count("SELECT count(*) FROM spring_session")).isEqualTo(sessions);
        assertThat(count("SELECT count(*) FROM audit_event WHERE tenant_id = '" + Demo.VOORBEELDSTAD + "'"))
                .isEqualTo(audit);
        assertThat(count("SELECT count(*) FROM event_publication")).isEqualTo(events);
        assertThat(textColumnsContaining(AGENT)).isEmpty();
        assertThat(columnsOfMeldpuntTables())
                .noneMatch(c -> c.contains("timestamp") || c.contains("time ") || c.contains("inet"))
                .noneMatch(c -> c.startsWith("ip") || c.contains("agent") || c.contains("address "));
        // the content is unreadable in the database
        assertThat(textColumnsContaining(description)).isEmpty();
        assertThat(textColumnsContaining(address)).isEmpty();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT content FROM meldpunt_report UNION ALL SELECT data FROM meldpunt_attachment")) {
            while (rs.next()) {
                String raw = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
                assertThat(raw)
                        .doesNotContain("Dorpsstraat")
                        .doesNotContain("JFIF")
                        .doesNotContain("Canon");
            }
        }

        // the coordinator sees it by deadline, opens it (audited), downloads the photo without EXIF, and asks a
        // question
        UUID id = reportId(description);
        WebClient coordinator = loginAs("coordinator");
        assertThat(coordinator.get("/meldpunt?pageSize=100").body()).contains("/meldpunt/" + id);
        String reads = "SELECT count(*) FROM audit_event WHERE object_type = 'meldpunt-report' AND action = 'READ'"
                + " AND object_id = '" + id + "'";
        long readsBefore = count(reads);
        HttpResponse<String> detail = coordinator.get("/meldpunt/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains(description)
                .contains("Dorpsstraat 12")
                .contains("foto.jpg");
        assertThat(count(reads)).as("every opening is audited").isEqualTo(readsBefore + 1);
        String attachment = Pattern.compile("/meldpunt/" + id + "/attachments/([0-9a-f-]{36})")
                .matcher(detail.body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        HttpResponse<byte[]> photo = coordinator
                .http()
                .send(
                        HttpRequest.newBuilder(coordinator.uri("/meldpunt/" + id + "/attachments/" + attachment))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.headers().firstValue("Content-Type")).contains("application/octet-stream");
        String bytes = new String(photo.body(), StandardCharsets.ISO_8859_1);
        assertThat(bytes)
                .contains("JFIF")
                .doesNotContain("Exif")
                .doesNotContain("Canon")
                .doesNotContain("GPS");

        coordinator.postForm("/meldpunt/" + id + "/acknowledge", Map.of());
        coordinator.get("/meldpunt/" + id);
        HttpResponse<String> asked = coordinator.postForm(
                "/meldpunt/" + id + "/messages", Map.of("message", "Om welke vergunning gaat het precies?"));
        assertThat(asked.statusCode()).isEqualTo(302);

        // the reporter comes back with the code (case and separators do not matter) and answers
        HttpResponse<String> followed = reporter.postForm(
                "/m/voorbeeldstad/follow", Map.of("code", code.toLowerCase().replace("-", " ")));
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body())
                .contains(description)
                .contains("Om welke vergunning gaat het precies?")
                .doesNotContain("Coördinator")
                .doesNotContain("coordinator");
        HttpResponse<String> answered = reporter.postForm(
                "/m/voorbeeldstad/reply", Map.of("code", code, "message", "De omgevingsvergunning van november."));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("De omgevingsvergunning van november.");
        assertThat(count(anonymousSessions))
                .as("the recipients logged in; the reporter has no session")
                .isEqualTo(withoutLogin);
        assertThat(count("SELECT count(*) FROM audit_event WHERE actor_id IS NULL AND (object_id = '" + id
                        + "' OR object_type = 'meldpunt-message')"))
                .as("nothing the reporter did is in the audit log")
                .isZero();

        HttpResponse<String> again = coordinator.get("/meldpunt/" + id);
        assertThat(again.body()).contains("De omgevingsvergunning van november.");

        // the receipt as a file
        HttpResponse<String> file = reporter.postForm("/m/voorbeeldstad/receipt", Map.of("code", code));
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(file.body()).contains(code).contains("/m/voorbeeldstad/follow");
    }

    @Test
    void aReportAboutTheCoordinatorGoesPastHerAndOnlyTheSecretarySeesAReportKeptFromAllOthers() throws Exception {
        UUID coordinatorId = userId("coordinator");
        String about = "Melding over de coördinator " + UUID.randomUUID();
        WebClient reporter = anonymous();
        reporter.get("/m/voorbeeldstad");
        code(report(
                reporter,
                "voorbeeldstad",
                Map.of("kind", "CONFLICT_OF_INTEREST", "description", about),
                List.of(coordinatorId.toString()),
                null,
                null));
        UUID id = reportId(about);
        assertThat(loginAs("coordinator").get("/meldpunt/" + id).statusCode()).isEqualTo(404);
        assertThat(loginAs("coordinator").get("/meldpunt?pageSize=100").body()).doesNotContain(id.toString());
        assertThat(loginAs("vertrouwenspersoon").get("/meldpunt/" + id).body()).contains(about);
        assertThat(loginAs("secretaris").get("/meldpunt/" + id).statusCode()).isEqualTo(404);

        String allOut = "Melding buiten alle vaste ontvangers " + UUID.randomUUID();
        List<String> primaries = List.of(
                coordinatorId.toString(),
                userId("vertrouwenspersoon").toString(),
                userId("vertrouwenspersoon.bestuur").toString());
        code(report(reporter, "voorbeeldstad", Map.of("kind", "LEAK", "description", allOut), primaries, null, null));
        UUID second = reportId(allOut);
        assertThat(loginAs("secretaris").get("/meldpunt/" + second).body()).contains(allOut);
        assertThat(loginAs("vertrouwenspersoon").get("/meldpunt/" + second).statusCode())
                .isEqualTo(404);
    }

    @Test
    void otherMunicipalitiesAndTheOperatorGetNothing() throws Exception {
        String text = "Alleen voor Voorbeeldstad " + UUID.randomUUID();
        WebClient reporter = anonymous();
        code(report(reporter, "voorbeeldstad", Map.of("kind", "LEAK", "description", text), List.of(), null, null));
        UUID id = reportId(text);
        assertThat(loginAs("kd.coordinator").get("/meldpunt/" + id).statusCode())
                .isEqualTo(404);
        assertThat(loginAs("kd.coordinator").get("/meldpunt?pageSize=100").body())
                .doesNotContain(id.toString());
        HttpResponse<String> operator = loginAs("platformbeheerder").get("/meldpunt/" + id);
        assertThat(operator.statusCode()).isIn(403, 404);
        assertThat(operator.body()).doesNotContain(text);
        assertThat(loginAs("medewerker").get("/meldpunt/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void guessingReceiptCodesIsThrottled() throws Exception {
        WebClient reporter = anonymous();
        String code = code(report(
                reporter,
                "kleindorp",
                Map.of("kind", "OUTSIDE_PRESSURE", "description", "Druk op de handhaver " + UUID.randomUUID()),
                List.of(),
                null,
                null));
        assertThat(reporter.postForm("/m/kleindorp/follow", Map.of("code", code))
                        .statusCode())
                .isEqualTo(200);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            statuses.add(reporter.postForm("/m/kleindorp/follow", Map.of("code", ReceiptCodes.newCode()))
                    .statusCode());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(404);
        assertThat(statuses.get(10)).isEqualTo(429);
        HttpResponse<String> right = reporter.postForm("/m/kleindorp/follow", Map.of("code", code));
        assertThat(right.statusCode()).as("even the right code waits").isEqualTo(429);
        assertThat(right.body()).contains("te veel onjuiste codes");
    }

    @Test
    void heicAndOfficeFilesAreRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        String text = "Met een HEIC-foto " + UUID.randomUUID();
        byte[] heic = new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 1, 2, 3};
        HttpResponse<String> refused = report(
                anonymous(),
                "voorbeeldstad",
                Map.of("kind", "LEAK", "description", text),
                List.of(),
                "IMG_0001.HEIC",
                heic);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("HEIC-foto").contains(text);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM meldpunt_report")
                                .query(Long.class)
                                .single()))
                .isEqualTo(reportsNow());
    }

    @Test
    void anEmployeeMayReportWithHerName() throws Exception {
        WebClient employee = loginAs("medewerker");
        assertThat(employee.get("/meldpunt/melden").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/m/voorbeeldstad"));
        HttpResponse<String> page = employee.get("/m/voorbeeldstad");
        assertThat(page.body()).contains("name=\"named\"");
        String text = "Met naam gemeld " + UUID.randomUUID();
        code(report(
                employee,
                "voorbeeldstad",
                Map.of("kind", "MISCONDUCT", "description", text, "named", "true"),
                List.of(),
                null,
                null));
        HttpResponse<String> seen = loginAs("coordinator").get("/meldpunt/" + reportId(text));
        String name = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT display_name FROM app_user WHERE username = 'medewerker'")
                        .query(String.class)
                        .single());
        assertThat(seen.body()).contains(text).contains(name);
    }

    private long reportsNow() {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM meldpunt_report")
                        .query(Long.class)
                        .single());
    }

    /** The id of the report whose description is {@code text}, found by opening each as the recipients would, page by page. */
    private UUID reportId(String text) throws Exception {
        for (String user : List.of("vertrouwenspersoon", "secretaris", "coordinator")) {
            WebClient recipient = loginAs(user);
            for (int page = 1; ; page++) {
                String list =
                        recipient.get("/meldpunt?pageSize=100&page=" + page).body();
                Matcher m = Pattern.compile("/meldpunt/([0-9a-f-]{36})\"").matcher(list);
                while (m.find()) {
                    if (recipient.get("/meldpunt/" + m.group(1)).body().contains(text)) {
                        return UUID.fromString(m.group(1));
                    }
                }
                if (!list.contains("rel=\"next\"")) {
                    break;
                }
            }
        }
        throw new AssertionError("no report with " + text);
    }

    static String code(HttpResponse<String> receipt) {
        Matcher m = CODE.matcher(receipt.body());
        assertThat(m.find()).as("receipt code in %s", receipt.body()).isTrue();
        return m.group(1);
    }

    static HttpResponse<String> report(
            WebClient client,
            String slug,
            Map<String, String> fields,
            List<String> notTo,
            String fileName,
            byte[] file) {
        String boundary = "----meldpunt" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> part(body, boundary, k, null, v.getBytes(StandardCharsets.UTF_8)));
        notTo.forEach(v -> part(body, boundary, "notTo", null, v.getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            part(body, boundary, "attachments", fileName, file);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(client.uri("/m/" + slug))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("User-Agent", AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] value) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private UUID userId(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** "column type" of every column of the meldpunt's tables. */
    private static List<String> columnsOfMeldpuntTables() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT column_name || ' ' || data_type FROM information_schema.columns"
                        + " WHERE table_schema = 'public' AND table_name LIKE 'meldpunt%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** "table.column" of every text column in the database that holds {@code value} somewhere. */
    static List<String> textColumnsContaining(String value) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection c = TestDatabase.ownerConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs =
                            st.executeQuery("SELECT table_name, column_name, data_type FROM information_schema.columns"
                                    + " WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'inet', 'bytea')"
                                    + " AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                                    + " AND table_type = 'BASE TABLE')")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            for (String[] col : columns) {
                String cast = col[2].equals("bytea")
                        ? "position(convert_to(?, 'UTF8') IN \"" + col[1] + "\") > 0"
                        : "strpos(\"" + col[1] + "\"::text, ?) > 0";
                try (var ps = c.prepareStatement("SELECT count(*) FROM \"" + col[0] + "\" WHERE " + cast)) {
                    ps.setString(1, value);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            hits.add(col[0] + "." + col[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }
}
