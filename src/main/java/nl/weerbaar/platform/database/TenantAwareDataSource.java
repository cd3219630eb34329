package nl.weerbaar.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import nl.weerbaar.platform.TenantContext;
import org.postgresql.core.BaseConnection;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out connections that carry the current municipality as {@code app.tenant_id}, which the
 * row-level security policies read. A connection taken without a municipality carries none and sees no
 * tenant rows.
 *
 * <p>Binding costs a round trip, and a request borrows connections many times, mostly for the same
 * municipality. So the municipality last bound to each physical connection is remembered, and the binding is
 * skipped when it is the same — but only for bindings made in autocommit mode, which take effect at once and
 * cannot be undone. A binding inside a transaction (a switch of municipality while it runs) could be rolled
 * back with it, so it makes the connection's binding unknown until the next borrow sets it again.
 */
public class TenantAwareDataSource extends DelegatingDataSource implements AutoCloseable {

    private final java.util.function.Consumer<UUID> switcher = this::rebindTransactionConnection;
    /** Physical connection → the value of {@code app.tenant_id} it is known to carry. */
    private final Map<Object, String> bound = Collections.synchronizedMap(new WeakHashMap<>());

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
                Connection connection = holder.getConnection();
                bound.remove(physical(connection));
                apply(connection, tenant);
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

    private Connection bind(Connection connection) throws SQLException {
        try {
            UUID tenant = TenantContext.current().orElse(null);
            String value = tenant == null ? "" : tenant.toString();
            Object physical = physical(connection);
            if (physical != null && connection.getAutoCommit()) {
                if (!value.equals(bound.get(physical))) {
                    bound.remove(physical);
                    apply(connection, tenant);
                    bound.put(physical, value);
                }
            } else {
                if (physical != null) {
                    bound.remove(physical);
                }
                apply(connection, tenant);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** The driver's connection behind the pool's proxy: the same object on every borrow of that connection. */
    private static Object physical(Connection connection) throws SQLException {
        return connection.isWrapperFor(BaseConnection.class) ? connection.unwrap(BaseConnection.class) : null;
    }

    private static void apply(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            ps.setString(1, tenant == null ? "" : tenant.toString());
            ps.execute();
        }
    }
}
