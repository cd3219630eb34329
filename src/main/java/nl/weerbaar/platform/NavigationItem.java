package nl.weerbaar.platform;

import java.util.Set;
import java.util.function.Predicate;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users with at least one
 * of {@code roles} for whom {@code shownTo} holds (e.g. only while they have work waiting); {@code labelKey}
 * is a message key; lower {@code order} comes first.
 */
public record NavigationItem(
        String labelKey, String href, Set<Role> roles, int order, Predicate<UserIdentity> shownTo) {

    /** An entry shown to every user with one of {@code roles}. */
    public NavigationItem(String labelKey, String href, Set<Role> roles, int order) {
        this(labelKey, href, roles, order, user -> true);
    }

    /** Whether {@code user} sees this entry. */
    public boolean isShownTo(UserIdentity user) {
        return roles.stream().anyMatch(user::has) && shownTo.test(user);
    }
}
