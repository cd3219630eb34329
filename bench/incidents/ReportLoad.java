// Load generator for POST /api/v1/reports: N clients posting reports with a fresh Idempotency-Key for a fixed
// time. Prints latency percentiles and throughput.
// Run: java -cp target/test-classes bench/incidents/ReportLoad.java http://localhost:8081 medewerker Weerbaar-demo-2026
// 50 30 5 [rate]
// Without a rate every client sends its next report as soon as the previous one is answered (saturation). With a
// rate (reports per second, all clients together) each client sends on a fixed schedule, and latency is counted
// from the moment a report was due, so time spent waiting behind a slow answer counts too.
//
// Authentication (BENCH_AUTH): "key" (default) — each client logs in once, makes its own API key of scope REPORT
// on the API keys page and reports with "Authorization: Bearer", as an intranet page or a phone app does;
// "session" — each client reports with its logged-in browser session and CSRF header, as the mini-report does.
//
// The measured requests go over one plain HTTP/1.1 keep-alive connection per client (blocking socket, one
// thread each), so that the load client itself costs little of the machine's CPU next to the application.
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.bench.HttpConnection;

public class ReportLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern KEY = Pattern.compile("id=\"issued-key\"[^>]*value=\"(wbk_[A-Za-z0-9_-]+)\"");
    static final byte[] BODY = ("{\"kinds\":[\"VERBAL_AGGRESSION\"],\"locationType\":\"COUNTER\","
                    + "\"description\":\"Benchmarkmelding: klant schreeuwde aan de balie\",\"perpetratorRelation\":\"CITIZEN\"}")
            .getBytes(StandardCharsets.UTF_8);

    /** The headers that authenticate one client's reports. */
    record Credentials(String headers) {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8081";
        String user = args.length > 1 ? args[1] : "medewerker";
        String password = args.length > 2 ? args[2] : "Weerbaar-demo-2026";
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        double rate = args.length > 6 ? Double.parseDouble(args[6]) : 0;
        String auth = System.getenv().getOrDefault("BENCH_AUTH", "key");
        long interval = rate > 0 ? (long) (clients / rate * 1e9) : 0;
        URI uri = URI.create(base);

        List<Credentials> credentials = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            credentials.add(login(base, user, password, auth, i));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int n = 0; n < clients; n++) {
            Credentials c = credentials.get(n);
            long offset = interval * n / clients;
            Thread t = new Thread(() -> {
                HttpConnection connection = new HttpConnection(uri.getHost(), uri.getPort());
                try {
                    long due = start + offset;
                    while (true) {
                        if (interval > 0) {
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        long t0 = interval > 0 ? due : System.nanoTime();
                        due += interval;
                        if (t0 >= end) {
                            break;
                        }
                        int status;
                        try {
                            status = connection
                                    .send(
                                            "POST",
                                            "/api/v1/reports",
                                            "Content-Type: application/json\r\n"
                                                    + "Accept: application/json\r\n" + c.headers()
                                                    + "Idempotency-Key: bench-" + UUID.randomUUID()
                                                    + "\r\n",
                                            BODY,
                                            false)
                                    .status();
                        } catch (IOException e) {
                            connection.close();
                            status = -1;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (status == 201) {
                                latencies.add(t1 - t0);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    connection.close();
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double tps = sorted.size() / (double) seconds;
        System.out.printf(
                "clients=%d seconds=%d requests=%d errors=%d mode=%s auth=%s%n",
                clients,
                seconds,
                sorted.size(),
                errors.get(),
                rate > 0 ? "paced at " + rate + " reports/s" : "saturating",
                auth);
        System.out.printf(Locale.ROOT, "throughput=%.1f reports/s%n", tps);
        System.out.printf(
                Locale.ROOT,
                "p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    /** Logs in with the browser flow, then either makes an API key or keeps the session and its CSRF token. */
    static Credentials login(String base, String user, String password, String auth, int n) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page));
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login refused: " + login.statusCode());
        }
        if ("session".equals(auth)) {
            String mini = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/incidents/mini"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            StringBuilder cookie = new StringBuilder();
            for (HttpCookie c : cookies.getCookieStore().getCookies()) {
                cookie.append(cookie.length() == 0 ? "" : "; ")
                        .append(c.getName())
                        .append('=')
                        .append(c.getValue());
            }
            return new Credentials("Cookie: " + cookie + "\r\nX-CSRF-TOKEN: " + csrf(mini) + "\r\n");
        }
        String keys = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/account/api-keys"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String make = "name=" + enc("Belasting " + n) + "&scope=REPORT&days=1&_csrf=" + enc(csrf(keys));
        String made = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/account/api-keys"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(make))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = KEY.matcher(made);
        if (!m.find()) {
            throw new IllegalStateException("no API key on the answer page");
        }
        return new Credentials("Authorization: Bearer " + m.group(1) + "\r\n");
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on page");
        }
        return m.group(1).replace("&#45;", "-");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
