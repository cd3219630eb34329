package nl.weerbaar.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out connections that carry the current municipality as {@code app.tenant_id}, which the
 * row-level security policies read. A connection taken without a municipality carries none and sees no
 * tenant rows.
 */
public class TenantAwareDataSource extends DelegatingDataSource implements AutoCloseable {

  private final java.util.function.Consumer<UUID> switcher = this::rebindTransactionConnection;

  public TenantAwareDataSource(DataSource target) {
    super(target);
    TenantContext.onSwitch(switcher);
  }

  /** Closes the pool underneath (Spring calls this when the context ends) and stops following tenant switches. */
  @Override
  public void close() throws Exception {
    TenantContext.removeSwitch(switcher);
    if (getTargetDataSource() instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  /** Applies a tenant switch to the connection of the running transaction, if there is one. */
  private void rebindTransactionConnection(UUID tenant) {
    if (TransactionSynchronizationManager.getResource(this) instanceof ConnectionHolder holder
        && holder.getConnectionHandle() != null) {
      try {
        apply(holder.getConnection(), tenant);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not switch municipality on the transaction's connection", e);
      }
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return bind(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return bind(super.getConnection(username, password));
  }

  private static Connection bind(Connection connection) throws SQLException {
    try {
      apply(connection, TenantContext.current().orElse(null));
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  private static void apply(Connection connection, UUID tenant) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
      ps.setString(1, tenant == null ? "" : tenant.toString());
      ps.execute();
    }
  }
}
