package nl.weerbaar.processes.people;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams rows into a temporary staging table of the running transaction with PostgreSQL's COPY, which is
 * far faster than inserts. (COPY cannot write into tables with row-level security; the caller moves the rows
 * on with one INSERT … SELECT, which the policies check.) Use inside a transaction only.
 */
final class StagingCopy implements AutoCloseable {

  private static final int FLUSH_AT = 1 << 20;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
  private int fields;

  private StagingCopy(CopyIn copy) {
    this.copy = copy;
  }

  /** Creates {@code table} (dropped at commit) with {@code columnsDdl} and opens a COPY into it. */
  static StagingCopy open(DataSource dataSource, String table, String columnsDdl) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (var st = connection.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + table);
      st.execute("CREATE TEMP TABLE " + table + " (" + columnsDdl + ") ON COMMIT DROP");
      PGConnection pg = connection.unwrap(PGConnection.class);
      return new StagingCopy(pg.getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)"));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open staging table " + table, e);
    }
  }

  /** Adds a value to the current row; null becomes SQL NULL. */
  StagingCopy value(Object v) {
    if (fields++ > 0) {
      buffer.append(',');
    }
    if (v != null) {
      String s = v.toString();
      buffer.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"') {
          buffer.append('"');
        }
        buffer.append(c);
      }
      buffer.append('"');
    }
    return this;
  }

  /** Ends the current row. */
  void endRow() {
    buffer.append('\n');
    fields = 0;
    if (buffer.length() >= FLUSH_AT) {
      flush();
    }
  }

  private void flush() {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into staging table failed", e);
    }
    buffer.setLength(0);
  }

  /** Finishes the COPY; returns the number of rows copied. */
  @Override
  public void close() {
    try {
      if (copy.isActive()) {
        flush();
        copy.endCopy();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into staging table failed", e);
    }
  }
}
