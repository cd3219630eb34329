package nl.weerbaar.processes;

import java.util.Set;

/**
 * The positions the processes register marks vulnerable (holding a mandate, broad access, or a low scale with
 * sensitive access), by name as the HR export spells them, for another module that reports per vulnerable position.
 */
public interface VulnerablePositions {

    /** Names of the current municipality's vulnerable positions. */
    Set<String> names();
}
