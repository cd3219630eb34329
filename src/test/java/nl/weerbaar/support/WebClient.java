package nl.weerbaar.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small browser stand-in over real HTTP: keeps cookies, follows no redirects by itself (tests see them),
 * and knows the CSRF token of the last page it fetched.
 */
public class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Logs in through the login form; fails when the login is refused. */
    public static WebClient loggedIn(String base, String username, String password) {
        WebClient client = new WebClient(base);
        HttpResponse<String> response = client.login(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Login of " + username + " refused: " + response.statusCode() + " " + location);
        }
        return client;
    }

    /**
     * Logs in through the login form and fetches the start page, so that {@link #csrf()} is the session's token: a
     * client of the JSON API with the session, as a script on a page is ({@link #apiRequest}).
     */
    public static WebClient forApi(String base, String username, String password) {
        WebClient client = loggedIn(base, username, password);
        client.get("/");
        return client;
    }

    /** A request to the JSON API with this client's session cookie and CSRF header; send it with {@link #send}. */
    public HttpRequest.Builder apiRequest(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return b;
    }

    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .GET()
                .header("Accept", "text/html")
                .build());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .GET()
                .header("Accept", "application/json")
                .build());
    }

    /** Posts a form with the CSRF token of the last fetched page (fetch the form page first). */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Sends JSON with the session cookie and the CSRF header. */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1).replace("&#45;", "-");
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cookies this client holds, as a {@code Cookie} request header value (for another HTTP client). */
    public String cookieHeader() {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; "));
    }

    public HttpClient http() {
        return http;
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    public String csrf() {
        return csrf;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
