package nl.weerbaar.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The municipalities (tenants) on this platform. Their names and themes are not case data. */
public interface Municipalities {

  /** {@code employeeCount} may be null when unknown. */
  record Municipality(UUID id, String slug, String name, String themePrimary, String themeAccent, String logoText,
      boolean demo, boolean benchmarkOptIn, Integer employeeCount) {}

  List<Municipality> all();

  Optional<Municipality> byId(UUID id);
}
