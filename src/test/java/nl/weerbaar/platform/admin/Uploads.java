package nl.weerbaar.platform.admin;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.weerbaar.support.WebClient;

/** Posts a file as multipart/form-data with the CSRF token of the last page, like a browser's upload form. */
final class Uploads {

    private Uploads() {}

    static HttpResponse<String> upload(WebClient web, String path, String filename, byte[] content) {
        String boundary = "----weerbaar" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrf() + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return web.send(HttpRequest.newBuilder(web.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
