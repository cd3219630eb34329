package nl.weerbaar.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.platform.Municipalities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Municipalities from the database, cached per node for page rendering; {@link #evict} after a change. */
@Service
public class JdbcMunicipalities implements Municipalities {

    private static final String SELECT = """
      SELECT id, slug, name, theme_primary, theme_accent, logo_text, demo, benchmark_opt_in, employee_count,
             case_code, cbs_code
        FROM municipality""";

    private final JdbcClient jdbc;
    private final Map<UUID, Municipality> cache = new ConcurrentHashMap<>();

    JdbcMunicipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Municipality> all() {
        return jdbc.sql(SELECT + " ORDER BY name").query(Municipality.class).list();
    }

    @Override
    public Optional<Municipality> byId(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Municipality cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Municipality> found = jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(Municipality.class)
                .optional();
        found.ifPresent(m -> cache.put(id, m));
        return found;
    }

    public void evict(UUID id) {
        cache.remove(id);
    }
}
