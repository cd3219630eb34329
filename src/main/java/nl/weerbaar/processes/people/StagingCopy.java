package nl.weerbaar.processes.people;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams rows into a table of the running transaction with PostgreSQL's binary COPY, which is far faster than
 * inserts and than text COPY (no parsing of UUIDs and dates on the server). Values are typed by their Java type:
 * {@link UUID} for uuid, {@link String} for text, {@link LocalDate} for date, {@link Integer} for integer;
 * {@code null} becomes SQL NULL. Use inside a transaction only.
 *
 * <p>COPY cannot write into tables with row-level security: either stage into a temporary table and move the
 * rows on with one INSERT … SELECT (which the policies check), or write into a table that admits only the current
 * municipality's rows by other means (see the access-rights load).
 */
final class StagingCopy implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;
    private static final byte[] HEADER = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };
    private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);

    private final CopyIn copy;
    private byte[] buffer = new byte[FLUSH_AT + 4096];
    private int length;
    private int rowStart = -1;
    private short fields;

    private StagingCopy(CopyIn copy) {
        this.copy = copy;
        put(HEADER);
    }

    /** Creates the temporary {@code table} (dropped at commit) with {@code columnsDdl} and opens a COPY into it. */
    static StagingCopy open(DataSource dataSource, String table, String columnsDdl) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (var st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute("CREATE TEMP TABLE " + table + " (" + columnsDdl + ") ON COMMIT DROP");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open staging table " + table, e);
        }
        return into(dataSource, table, null);
    }

    /** Opens a COPY into the existing {@code table} (a quoted name), into {@code columns} or all columns if null. */
    static StagingCopy into(DataSource dataSource, String table, String columns) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            return new StagingCopy(pg.getCopyAPI()
                    .copyIn("COPY " + table + (columns == null ? "" : " (" + columns + ")")
                            + " FROM STDIN (FORMAT binary)"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start COPY into " + table, e);
        }
    }

    /** Adds a value to the current row. */
    StagingCopy value(Object v) {
        if (rowStart < 0) {
            rowStart = length;
            putShort((short) 0);
        }
        fields++;
        if (v == null) {
            putInt(-1);
        } else if (v instanceof UUID u) {
            putInt(16);
            putLong(u.getMostSignificantBits());
            putLong(u.getLeastSignificantBits());
        } else if (v instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            put(bytes);
        } else if (v instanceof LocalDate d) {
            putInt(4);
            putInt((int) ChronoUnit.DAYS.between(POSTGRES_EPOCH, d));
        } else if (v instanceof Integer i) {
            putInt(4);
            putInt(i);
        } else {
            throw new IllegalArgumentException(
                    "No binary COPY format for " + v.getClass().getName());
        }
        return this;
    }

    /** Ends the current row. */
    void endRow() {
        if (rowStart < 0) {
            throw new IllegalStateException("A row needs at least one value");
        }
        buffer[rowStart] = (byte) (fields >>> 8);
        buffer[rowStart + 1] = (byte) fields;
        rowStart = -1;
        fields = 0;
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void putShort(short v) {
        ensure(2);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void putInt(int v) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (v >>> shift);
        }
    }

    private void putLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (v >>> shift);
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void flush() {
        try {
            copy.writeToCopy(buffer, 0, length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
        length = 0;
    }

    /** Sends the trailer and finishes the COPY (or cancels it when a row was left unfinished). */
    @Override
    public void close() {
        try {
            if (copy.isActive() && rowStart >= 0) {
                copy.cancelCopy(); // a row was left half-written: the caller failed, the transaction rolls back
            } else if (copy.isActive()) {
                putShort((short) -1);
                flush();
                copy.endCopy();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
    }
}
