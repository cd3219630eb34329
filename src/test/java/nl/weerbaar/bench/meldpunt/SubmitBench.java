package nl.weerbaar.bench.meldpunt;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.weerbaar.bench.BenchApp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Anonymous submissions to the meldpunt with a large photo each, run on purpose by {@code bench/meldpunt/submit.sh}:
 * starts the application (the meldpunt's limits per address and per meldpunt raised for the run), warms it up, then
 * lets {@code submitters} clients each post {@code reports} reports at once over HTTP, every one a multipart form with
 * a description and a JPEG of {@code megabytes} MB (cleaned of metadata, encrypted and stored like any other). Prints
 * p50, p95 and the longest answer and the reports per second; deletes the reports again.
 *
 * <p>Arguments: JDBC server URL (default {@code jdbc:postgresql://127.0.0.1:5432/}), database (default
 * {@code weerbaar_bench_meldpunt_submit}), submitters (20), reports per submitter (5), megabytes (5).
 */
public final class SubmitBench {

    private SubmitBench() {}

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        String database = args.length > 1 ? args[1] : "weerbaar_bench_meldpunt_submit";
        int submitters = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int reports = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int megabytes = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        String url = BenchApp.database(server, database);
        ConfigurableApplicationContext app = BenchApp.start(
                url,
                "--weerbaar.demo.story=false",
                "--weerbaar.meldpunt.reports-per-address=1000000",
                "--weerbaar.meldpunt.reports-per-meldpunt=1000000");
        try {
            String base = "http://localhost:" + BenchApp.port(app);
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            byte[] photo = jpeg(megabytes * 1024 * 1024);
            for (int i = 0; i < 10; i++) {
                submit(http, base, photo);
            }
            ExecutorService pool = Executors.newFixedThreadPool(submitters);
            List<Future<long[]>> all = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int s = 0; s < submitters; s++) {
                all.add(pool.submit(() -> {
                    long[] times = new long[reports];
                    for (int i = 0; i < reports; i++) {
                        times[i] = submit(http, base, photo);
                    }
                    return times;
                }));
            }
            long[] times = new long[submitters * reports];
            int k = 0;
            for (Future<long[]> f : all) {
                for (long t : f.get()) {
                    times[k++] = t;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            Arrays.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "%n%d submitters x %d reports with a %d MB JPEG each (after 10 warm-up reports)%n"
                            + "p50 %.0f ms, p95 %.0f ms, max %.0f ms; %.1f reports/s over %.1f s%n",
                    submitters,
                    reports,
                    megabytes,
                    times[times.length / 2] / 1e6,
                    times[(int) Math.ceil(times.length * 0.95) - 1] / 1e6,
                    times[times.length - 1] / 1e6,
                    times.length / seconds,
                    seconds);
        } finally {
            app.close();
            try (Connection owner = DriverManager.getConnection(url, "postgres", "");
                    Statement st = owner.createStatement()) {
                st.executeUpdate("DELETE FROM meldpunt_report");
            }
        }
    }

    /** One anonymous report with the photo; the time to the answer in nanoseconds. Fails unless the receipt shows. */
    private static long submit(HttpClient http, String base, byte[] photo) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(photo.length + 4096);
        part(body, boundary, "kind", null, "UNDERMINING".getBytes(StandardCharsets.UTF_8));
        part(
                body,
                boundary,
                "description",
                null,
                "Bij het pand aan de Havenweg wordt 's nachts gelost. "
                        .repeat(20)
                        .getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "attachments", "havenweg.jpg", photo);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/m/voorbeeldstad"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - t0;
        if (answer.statusCode() != 200 || !answer.body().contains("id=\"receipt-code\"")) {
            throw new IllegalStateException("submission answered " + answer.statusCode());
        }
        return took;
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String file, byte[] value) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: image/jpeg") + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A JPEG of {@code size} bytes: start, a JFIF header, an EXIF block, a scan of random bytes, end. */
    private static byte[] jpeg(int size) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(head, 0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0");
        segment(head, 0xE1, "Exif\0\0GPS 52.0907 5.1214 Canon EOS");
        head.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 4, 1, 2});
        byte[] out = new byte[size];
        byte[] h = head.toByteArray();
        System.arraycopy(h, 0, out, 0, h.length);
        Random random = new Random(7);
        for (int i = h.length; i < size - 2; i++) {
            out[i] = (byte) random.nextInt(0xFF);
        }
        out[size - 2] = (byte) 0xFF;
        out[size - 1] = (byte) 0xD9;
        return out;
    }

    private static void segment(ByteArrayOutputStream b, int marker, String text) {
        byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
        b.writeBytes(
                new byte[] {(byte) 0xFF, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)});
        b.writeBytes(data);
    }
}
