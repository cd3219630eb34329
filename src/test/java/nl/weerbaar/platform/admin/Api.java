package nl.weerbaar.platform.admin;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;

/**
 * A REST client with the session (and CSRF header) of a demo user, in Dutch or (with {@link #english()}) English.
 */
final class Api {

    private final WebClient session;
    private final String language;

    private Api(WebClient session, String language) {
        this.session = session;
        this.language = language;
    }

    static Api as(String base, String username) {
        return new Api(WebClient.forApi(base, username, Demo.PASSWORD), "nl");
    }

    /** The same user asking for English answers. */
    Api english() {
        return new Api(session, "en");
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
        HttpRequest.Builder b = session.apiRequest(path)
                .setHeader("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return session.send(b.build());
    }
}
