package nl.weerbaar.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client that logs in from another loopback address (e.g. {@code 127.0.0.7}), so that the application sees a
 * different client address without trusting any forwarded header. Plain HTTP/1.0 over a socket bound to that address
 * (the JDK's HTTP client cannot choose its local address on Java 17).
 */
public final class OtherAddress {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie:\\s*([^=;\\s]+)=([^;\\r\\n]*)");
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location:\\s*(\\S+)");

    private final int port;
    private final InetAddress local;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public OtherAddress(int port, String localAddress) throws IOException {
        this.port = port;
        this.local = InetAddress.getByName(localAddress);
    }

    /** Fetches the login form and posts it; the {@code Location} the application answers with ("" when none). */
    public String login(String username, String password) throws IOException {
        String form = exchange("GET /login HTTP/1.0\r\n", "");
        Matcher m = CSRF.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no login form: " + form);
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
                + enc(m.group(1).replace("&#45;", "-"));
        String answer = exchange(
                "POST /login HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n",
                body);
        Matcher location = LOCATION.matcher(answer);
        return location.find() ? location.group(1) : "";
    }

    private String exchange(String head, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(10_000);
            String cookieHeader = cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            String request = head + "Host: localhost:" + port + "\r\nConnection: close\r\n"
                    + (cookieHeader.isEmpty() ? "" : "Cookie: " + cookieHeader + "\r\n") + "\r\n" + body;
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String answer = all.toString(StandardCharsets.UTF_8);
            Matcher c = COOKIE.matcher(answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))));
            while (c.find()) {
                cookies.put(c.group(1), c.group(2));
            }
            return answer;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
