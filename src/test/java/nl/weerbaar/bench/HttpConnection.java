package nl.weerbaar.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection over a blocking socket, opened again when the server closes it, for load
 * clients that should cost the machine as little as possible: the caller's thread writes the request and reads the
 * answer itself, with no selector or executor threads in between (which {@code java.net.http} has).
 */
public final class HttpConnection {

    /** Status and size of an answer; the body only when asked for. */
    public record Answer(int status, long bytes, String body) {}

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** {@code headers}: complete header lines, each ending in CRLF; {@code body} may be {@code null}. */
    public Answer send(String method, String path, String headers, byte[] body, boolean keepBody) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        }
        out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headers
                        + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream(65536) : null;
        long bytes = 0;
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                read(size, kept);
                bytes += size;
                line();
            }
            line();
        } else if (length > 0) {
            read(length, kept);
            bytes = length;
        }
        if (close) {
            close();
        }
        return new Answer(status, bytes, kept == null ? null : kept.toString(StandardCharsets.UTF_8));
    }

    private long chunkSize() throws IOException {
        return Long.parseLong(line().split(";")[0].trim(), 16);
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** Reads {@code n} bytes of the body, into {@code kept} when given. */
    private void read(long n, ByteArrayOutputStream kept) throws IOException {
        byte[] buffer = new byte[8192];
        while (n > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (r < 0) {
                throw new IOException("connection closed");
            }
            if (kept != null) {
                kept.write(buffer, 0, r);
            }
            n -= r;
        }
    }

    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        socket = null;
    }
}
