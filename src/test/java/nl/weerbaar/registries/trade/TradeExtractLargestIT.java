package nl.weerbaar.registries.trade;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UploadLimits;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The largest extract a municipality uploads (Amsterdam: about 300,000 establishments) and the nastiest files: each
 * is loaded whole or refused whole with a message, and a refused file leaves the earlier extract as it was.
 */
class TradeExtractLargestIT extends BrowserTest {

    static final int AMSTERDAM = 300_000;

    static final String HEADER =
            "KvK-nummer;Vestigingsnummer;Naam;SBI-codes;Postcode;Huisnummer;Huisletter;Huisnummertoevoeging;"
                    + "Adresseerbaar object id;Nummeraanduiding id\n";

    @Autowired
    TradeExtract extract;

    @Autowired
    UploadLimits limits;

    UUID town;

    @BeforeEach
    void municipality() {
        town = UUID.randomUUID();
        TenantContext.runAs(
                null,
                () -> jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                        .params(town, "big-" + town.toString().substring(0, 8), "Gemeente Grootstad")
                        .query()
                        .singleRow());
    }

    /** {@code lines} establishments with every column filled, as KVK delivers them. */
    static byte[] extractOf(int lines, String lastLine) {
        StringBuilder b = new StringBuilder(lines * 110).append(HEADER);
        for (int i = 0; i < lines; i++) {
            b.append(10_000_000 + i)
                    .append(';')
                    .append(String.format("%012d", 100_000_000_000L + i))
                    .append(";Onderneming ")
                    .append(i)
                    .append(" B.V.;4711 5610;")
                    .append(1000 + i % 9000)
                    .append(i % 2 == 0 ? "AB" : "KL")
                    .append(';')
                    .append(1 + i % 500)
                    .append(';')
                    .append(i % 7 == 0 ? "A" : "")
                    .append(';')
                    .append(i % 11 == 0 ? "2" : "")
                    .append(';')
                    .append(String.format("0363%012d", 10_000_000_000L + i))
                    .append(';')
                    .append(String.format("0363%012d", 200_000_000_000L + i))
                    .append('\n');
        }
        if (lastLine != null) {
            b.append(lastLine).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(byte[]... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < files.length; i++) {
                zip.putNextEntry(new ZipEntry("uittreksel-" + i + ".csv"));
                zip.write(files[i]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Test
    void amsterdamsExtractIsRefusedAsCsvAboveTheLimitAndLoadsWholeWhenZipped() {
        byte[] csv = extractOf(AMSTERDAM, null);
        assertThat((long) csv.length)
                .as("300,000 establishments as CSV are above the upload limit of one file")
                .isGreaterThan(limits.maxFileBytes());

        // sent as CSV through the page: the platform refuses it before the import sees it, with the Dutch page
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/registries/trade-extract");
        HttpResponse<String> refused = postFile(coordinator, "uittreksel.csv", csv);
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/error/too-large");
        assertThat(coordinator.get("/error/too-large").body())
                .contains(UploadLimits.megabytes(limits.maxFileBytes()) + " MB");
        // the page says the limit and how to get under it before anyone tries
        assertThat(coordinator.get("/registries/trade-extract").body())
                .contains("Hoogstens " + UploadLimits.megabytes(limits.maxFileBytes()) + " MB per bestand")
                .contains("ZIP");

        // packed as ZIP it fits, and all 300,000 are loaded in one go
        byte[] zipped = zip(csv);
        assertThat((long) zipped.length).isLessThan(limits.maxFileBytes());
        long start = System.nanoTime();
        TradeExtract.Outcome o = upload(zipped);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "LARGEST trade extract: %d lines, %d bytes CSV, %d bytes ZIP, imported in %d ms%n",
                AMSTERDAM, csv.length, zipped.length, millis);
        assertThat(o.ok()).as("%s", o.problems()).isTrue();
        assertThat(o.loaded()).isEqualTo(AMSTERDAM);
        assertThat(millis)
                .as("an import of the largest extract in reasonable time")
                .isLessThan(120_000);
        assertThat(count("SELECT count(*) FROM trade_establishment")).isEqualTo(AMSTERDAM);

        // the same extract with one bad line at its very end: nothing of it is written, the earlier one stays
        byte[] badFile = gzip(extractOf(AMSTERDAM, "10000001;999999999999;Laatste;;99999;1;;;;"));
        start = System.nanoTime();
        TradeExtract.Outcome bad = upload(badFile);
        System.out.printf("LARGEST trade extract refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .containsExactly("300002 postcode registries.trade.import.error.postcode");
        assertThat(count("SELECT count(*) FROM trade_establishment")).isEqualTo(AMSTERDAM);
        assertThat(count("SELECT count(*) FROM trade_import")).isOne();
    }

    @Test
    void nastyFilesAreRefusedWithAMessageAndNothingIsHalfSaved() {
        assertThat(upload(TradeExtractIT.EXTRACT.getBytes(StandardCharsets.UTF_8))
                        .loaded())
                .isEqualTo(3);
        String header = "kvknummer;vestigingsnummer;naam;postcode;huisnummer\n";

        assertThat(refusal(new byte[0])).isEqualTo("0 null csv.error.empty");
        assertThat(refusal("\n\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("0 null csv.error.empty");
        assertThat(refusal(header.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("0 null registries.trade.import.error.empty");
        assertThat(refusal("kvknummer|vestigingsnummer|naam|postcode|huisnummer\n90004973|000052781231|X|9999XA|1\n"
                        .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("1 null registries.trade.import.error.separator");
        assertThat(refusal(png())).isEqualTo("0 null csv.error.binary");
        assertThat(refusal((header + "9000ABCD;000052781231;Letters;9999XA;1\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("2 kvknummer registries.trade.import.error.digits");
        assertThat(refusal(
                        (header + "123456789;000052781231;Negen cijfers;9999XA;1\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("2 kvknummer registries.trade.import.error.digits");
        String line = "90004973;000052781231;Twee keer;9999XA;1\n";
        assertThat(refusal((header + line + line).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("3 vestigingsnummer registries.trade.import.error.twice");
        byte[] good = (header + line).getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(zip(good, good))).isEqualTo("0 null registries.trade.import.error.zip-files");
        byte[] zipped = zip(good);
        assertThat(refusal(java.util.Arrays.copyOf(zipped, zipped.length / 2)))
                .startsWith("0 null registries.trade.import.error.zip-broken");
        assertThat(refusal(zip())).isEqualTo("0 null csv.error.empty");

        assertThat(count("SELECT count(*) FROM trade_establishment"))
                .as("every refusal left the earlier extract as it was")
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM trade_import")).isOne();
    }

    @Test
    void aScriptTagInANameIsStoredAsWrittenAndShownEscaped() {
        String name = "<script>alert('kvk')</script> Bakkerij";
        String csv = "kvknummer;vestigingsnummer;naam;postcode;huisnummer\n90004973;000052781231;\"" + name
                + "\";9999XA;1\n";
        assertThat(upload(csv.getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
        assertThat(TenantContext.callAs(
                        town,
                        () -> jdbc.sql("SELECT name FROM trade_establishment")
                                .query(String.class)
                                .single()))
                .isEqualTo(name);

        // on the page a value from the file is text, never markup (a refused file, so the demo extract stays)
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/registries/trade-extract");
        String bad = "kvknummer;vestigingsnummer;naam;postcode;huisnummer\n"
                + "90004973;000052781231;Naam;<script>alert(1)</script>;1\n";
        HttpResponse<String> page =
                postFile(coordinator, "<img src=x onerror=alert(2)>.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x");
        assertThat(page.body()).contains("Er is niets ingelezen.");
    }

    @Test
    void aRefusedFileOnAPhoneShowsEveryProblemAsText() {
        Page page = newPage(390, 844);
        login(page, "coordinator");
        page.navigate("/registries/trade-extract");
        assertThat(page.locator("#file-hint").textContent()).contains("ZIP");
        String bad = "kvknummer;vestigingsnummer;naam;postcode;huisnummer\n"
                + "9000ABCD;000052781231;<script>alert(1)</script>;<b>9999XA</b>;1\n"
                + "90004973;000052781231;Dubbel;9999XA;1\n";
        page.locator("#file")
                .setInputFiles(new FilePayload("uittreksel.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#import-result li").allTextContents().stream()
                        .map(t -> t.strip().replaceAll("\\s+", " "))
                        .toList())
                .containsExactly(
                        "Regel 2, kolom kvknummer: \"9000ABCD\" is geen nummer van hoogstens 8 cijfers.",
                        "Regel 2, kolom postcode: \"<b>9999XA</b>\" is geen postcode (zoals 1234 AB).",
                        "Regel 3, kolom vestigingsnummer: vestigingsnummer 000052781231 staat ook op regel 2.");
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(390);
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/trade-extract-refused-390.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/trade-extract-refused-1280.png"))
                .setFullPage(true));
    }

    private String refusal(byte[] file) {
        TradeExtract.Outcome o = upload(file);
        assertThat(o.ok()).isFalse();
        assertThat(o.problemCount()).as("%s", o.problems()).isOne();
        ExtractLines.Problem p = o.problems().get(0);
        return p.line() + " " + p.column() + " " + p.messageKey();
    }

    /** The first bytes of a PNG image and some of its data. */
    private static byte[] png() {
        return Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    private TradeExtract.Outcome upload(byte[] file) {
        return TenantContext.callAs(town, () -> extract.upload(file, "uittreksel.csv"));
    }

    private long count(String sql) {
        return TenantContext.callAs(town, () -> jdbc.sql(sql).query(Long.class).single());
    }

    static HttpResponse<String> postFile(WebClient client, String fileName, byte[] file) {
        String boundary = "----extract" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + client.csrf()
                        + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(client.uri("/registries/trade-extract"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
