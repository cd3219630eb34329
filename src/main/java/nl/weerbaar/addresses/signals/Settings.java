package nl.weerbaar.addresses.signals;

import java.util.EnumSet;
import java.util.Set;
import nl.weerbaar.platform.Role;

/**
 * A municipality's signal settings: the rules switched off, the thresholds (a rule fires at the threshold and above)
 * and the roles besides the coordinator who may see signals (ADR 1001).
 */
public record Settings(
        Set<Rule> off,
        int manyAtAddress,
        int manyAtHome,
        int mentions,
        int streetSameKind,
        int recentDays,
        Set<Role> viewerRoles) {

    /** The roles a municipality may name as viewers besides the coordinator. */
    static final Set<Role> NAMEABLE = EnumSet.of(Role.LEGAL, Role.SECRETARY, Role.MANAGER);

    /** Until a coordinator changes them: every rule on, and the legal adviser (Bibob) may see signals. */
    static final Settings DEFAULTS = new Settings(Set.of(), 5, 3, 1, 8, 365, Set.of(Role.LEGAL));

    public boolean on(Rule rule) {
        return !off.contains(rule);
    }
}
