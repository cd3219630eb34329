package nl.weerbaar.processes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The names of the current municipality's processes, for other modules that let a person point at one (a meldpunt
 * report about a favoured permit names the permit process). Names only: risks, controls and people stay in this module.
 */
public interface ProcessNames {

    /** Every process of the current municipality, by name. */
    List<Named> all();

    /** The process with this id in the current municipality; empty for an unknown id or another municipality's. */
    Optional<Named> byId(UUID id);

    record Named(UUID id, String name) {}
}
