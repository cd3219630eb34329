package nl.weerbaar.actions.plan;

import java.util.UUID;

/**
 * A theme of the municipality's action plan. {@code kind} says where it came from: PILLAR (a pillar of the
 * resilience scan), VPT (a measure of Veilige Publieke Taak) or OWN (added by the municipality). An inactive theme
 * is not offered for new actions but stays on the actions that have it.
 */
public record Theme(UUID id, String name, String kind, boolean active, int sortOrder) {

    /** Longest name of a theme. */
    public static final int MAX_NAME = 100;
}
