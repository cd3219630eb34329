package nl.weerbaar.platform;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users with at least one of
 * {@code roles} for whom {@code shownTo} holds (e.g. only while they have work waiting), inside its {@code group};
 * {@code labelKey} is a message key (with {@code <labelKey>.description} for the tiles and the group's landing
 * page); lower {@code order} comes first within a group.
 */
public record NavigationItem(
        String labelKey,
        String href,
        NavigationGroup group,
        Set<Role> roles,
        int order,
        Predicate<UserIdentity> shownTo) {

    public NavigationItem {
        Objects.requireNonNull(group, "every navigation item names its group");
    }

    /** An entry shown to every user with one of {@code roles}. */
    public NavigationItem(String labelKey, String href, NavigationGroup group, Set<Role> roles, int order) {
        this(labelKey, href, group, roles, order, user -> true);
    }

    /** Whether {@code user} sees this entry. */
    public boolean isShownTo(UserIdentity user) {
        return roles.stream().anyMatch(user::has) && shownTo.test(user);
    }

    /**
     * Whether the page at {@code path} belongs to this entry: its own address or one below it ({@code /incidents}
     * holds {@code /incidents/42}, not {@code /incidentsx}).
     */
    public boolean holds(String path) {
        if (path == null) {
            return false;
        }
        if (href.equals("/")) {
            return path.equals("/");
        }
        return path.equals(href) || path.startsWith(href + "/");
    }
}
