package nl.weerbaar.registries.bag;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes rows into tables with PostgreSQL's COPY (text format) through the driver's {@link CopyManager}, buffering
 * per table and sending a buffer as one COPY when it is full, so that rows of several tables can be written in any
 * order in one transaction. Call {@link #flush()} before the transaction commits.
 */
final class CopyRows {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyManager copy;
    private final Map<String, Buffer> buffers = new LinkedHashMap<>();
    private Buffer row;
    private boolean first;
    private long copyNanos;
    private long rows;

    CopyRows(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Starts a row of {@code table} ({@code "name (col, col, …)"}: the target of the COPY). */
    CopyRows row(String table) throws SQLException {
        row = buffers.computeIfAbsent(table, Buffer::new);
        first = true;
        return this;
    }

    CopyRows text(String value) {
        separator();
        if (value == null) {
            row.nul();
        } else {
            row.escaped(value);
        }
        return this;
    }

    CopyRows integer(String value) {
        return text(value == null ? null : value.trim());
    }

    CopyRows integer(int value) {
        separator();
        row.ascii(Integer.toString(value));
        return this;
    }

    CopyRows bool(boolean value) {
        separator();
        row.ascii(value ? "t" : "f");
        return this;
    }

    CopyRows number(double value, boolean known) {
        separator();
        if (known) {
            row.ascii(Double.toString(value));
        } else {
            row.nul();
        }
        return this;
    }

    /** A text[] value; an empty list is SQL NULL. */
    CopyRows array(List<String> values) {
        if (values.isEmpty()) {
            return text(null);
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"');
            String v = values.get(i);
            for (int c = 0; c < v.length(); c++) {
                char ch = v.charAt(c);
                if (ch == '"' || ch == '\\') {
                    b.append('\\');
                }
                b.append(ch);
            }
            b.append('"');
        }
        return text(b.append('}').toString());
    }

    /** Ends the row; sends the table's buffer when it is full. */
    void end() throws SQLException {
        row.put((byte) '\n');
        rows++;
        if (row.length >= FLUSH_AT) {
            send(row);
        }
    }

    void flush() throws SQLException {
        for (Buffer b : buffers.values()) {
            if (b.length > 0) {
                send(b);
            }
        }
    }

    /** Forgets rows not yet sent (the transaction is rolled back). */
    void discard() {
        buffers.values().forEach(b -> b.length = 0);
    }

    long copyNanos() {
        return copyNanos;
    }

    long rows() {
        return rows;
    }

    private void separator() {
        if (!first) {
            row.put((byte) '\t');
        }
        first = false;
    }

    private void send(Buffer b) throws SQLException {
        long start = System.nanoTime();
        var in = copy.copyIn("COPY " + b.table + " FROM STDIN");
        try {
            in.writeToCopy(b.bytes, 0, b.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        b.length = 0;
        copyNanos += System.nanoTime() - start;
    }

    private static final class Buffer {
        final String table;
        byte[] bytes = new byte[FLUSH_AT + 8192];
        int length;

        Buffer(String table) {
            this.table = table;
        }

        void put(byte b) {
            if (length == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = b;
        }

        void nul() {
            put((byte) '\\');
            put((byte) 'N');
        }

        void ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                put((byte) s.charAt(i));
            }
        }

        void escaped(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    utf8(s.substring(i));
                    return;
                }
                escape((byte) c);
            }
        }

        private void utf8(String rest) {
            for (byte b : rest.getBytes(StandardCharsets.UTF_8)) {
                if (b >= 0) {
                    escape(b);
                } else {
                    put(b);
                }
            }
        }

        private void escape(byte c) {
            switch (c) {
                case '\\' -> {
                    put((byte) '\\');
                    put((byte) '\\');
                }
                case '\t' -> {
                    put((byte) '\\');
                    put((byte) 't');
                }
                case '\n' -> {
                    put((byte) '\\');
                    put((byte) 'n');
                }
                case '\r' -> {
                    put((byte) '\\');
                    put((byte) 'r');
                }
                default -> put(c);
            }
        }
    }
}
