package nl.weerbaar.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Component;

/**
 * The main menu of one user on one page: the groups that hold at least one entry the user sees, and the trail back
 * up from the page (start page, group, module).
 */
@Component
public class Navigation {

    private final List<NavigationItem> items;

    Navigation(List<NavigationItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparing(NavigationItem::group).thenComparingInt(NavigationItem::order))
                .toList();
    }

    /** What {@code user} sees on the page at {@code path} (null when unknown). */
    Menu menuFor(UserIdentity user, String path) {
        List<NavigationItem> visible =
                items.stream().filter(i -> i.isShownTo(user)).toList();
        Map<NavigationGroup, List<NavigationItem>> byGroup = new EnumMap<>(NavigationGroup.class);
        visible.forEach(
                i -> byGroup.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
        NavigationItem here = visible.stream()
                .filter(i -> !i.href().equals("/") && i.holds(path))
                .max(Comparator.comparingInt(i -> i.href().length()))
                .orElse(null);
        NavigationGroup currentGroup = here != null
                ? here.group()
                : NavigationGroup.bySlug(landingSlug(path)).orElse(null);
        List<Menu.Group> groups = byGroup.entrySet().stream()
                .map(e -> new Menu.Group(e.getKey(), List.copyOf(e.getValue()), e.getKey() == currentGroup))
                .toList();
        return new Menu(visible, groups, trail(path, here, currentGroup));
    }

    private static List<Menu.Crumb> trail(String path, NavigationItem here, NavigationGroup group) {
        if (path == null || path.equals("/") || group == null) {
            return List.of();
        }
        List<Menu.Crumb> trail = new ArrayList<>();
        trail.add(new Menu.Crumb("nav.home", "/"));
        if (here == null) {
            return trail; // a group's landing page
        }
        if (group != NavigationGroup.START) {
            trail.add(new Menu.Crumb(group.labelKey(), group.href()));
        }
        if (!path.equals(here.href())) {
            trail.add(new Menu.Crumb(here.labelKey(), here.href()));
        }
        return trail;
    }

    private static String landingSlug(String path) {
        return path != null && path.startsWith("/menu/") ? path.substring("/menu/".length()) : "";
    }

    /**
     * The menu of one user: {@code items} every entry they see in menu order, {@code groups} the groups holding
     * them, {@code trail} the links back up from the current page (empty on the start page and outside the menu).
     */
    public record Menu(List<NavigationItem> items, List<Group> groups, List<Crumb> trail) {

        /** A group with the entries the user sees; {@code current} when the page belongs to it. */
        public record Group(NavigationGroup group, List<NavigationItem> items, boolean current) {

            /** A group of one entry is shown as a plain link to that entry. */
            public boolean single() {
                return items.size() == 1;
            }
        }

        /** One step of the way back up: a message key and an address. */
        public record Crumb(String labelKey, String href) {}

        public Group group(NavigationGroup wanted) {
            return groups.stream().filter(g -> g.group() == wanted).findFirst().orElse(null);
        }
    }
}
