package nl.weerbaar.platform.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.weerbaar.support.Demo;

/** A REST client with HTTP Basic as a demo user, in Dutch or (with {@link #english()}) English. */
final class Api {

    private final String base;
    private final String username;
    private final String authorization;
    private final String language;
    private final HttpClient http = HttpClient.newHttpClient();

    private Api(String base, String username, String language) {
        this.base = base;
        this.username = username;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
        this.language = language;
    }

    static Api as(String base, String username) {
        return new Api(base, username, "nl");
    }

    /** The same user asking for English answers. */
    Api english() {
        return new Api(base, username, "en");
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json);
    }

    HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
