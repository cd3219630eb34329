package nl.weerbaar.processes.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.processes.ProcessNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProcessNames} over the catalogue's table, in the current municipality (explicitly and by row security). */
@Component
class CatalogueNames implements ProcessNames {

    private final JdbcClient jdbc;

    CatalogueNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Named> all() {
        return jdbc.sql("SELECT id, name FROM proc_process WHERE tenant_id = ? ORDER BY lower(name)")
                .param(TenantContext.require())
                .query((rs, n) -> new Named(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Named> byId(UUID id) {
        return jdbc.sql("SELECT id, name FROM proc_process WHERE tenant_id = ? AND id = ?")
                .param(TenantContext.require())
                .param(id)
                .query((rs, n) -> new Named(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }
}
