package nl.weerbaar.actions.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans.ActionSummary;

/** The action plan in groups: by theme in the order of the theme list, or by source. Empty groups are left out. */
final class PlanGroups {

    /**
     * One group. {@code name} is a theme's name (data); for other groups it is null and {@code labelKey} is the
     * message key of the heading.
     */
    record Group(String name, String labelKey, List<ActionSummary> actions) {
        public int count() {
            return actions.size();
        }
    }

    /** The sources in the order they are shown; other or no source comes last. */
    static final List<String> SOURCES =
            List.of(ActionService.MANUAL, "assessments", "surveys", "processes", "incidents");

    private PlanGroups() {}

    /** A group per theme that has actions, in the order of {@code themes}; actions without a theme last. */
    static List<Group> byTheme(List<ActionSummary> actions, List<Theme> themes) {
        Map<UUID, List<ActionSummary>> byTheme = new LinkedHashMap<>();
        themes.forEach(t -> byTheme.put(t.id(), new ArrayList<>()));
        List<ActionSummary> none = new ArrayList<>();
        for (ActionSummary a : actions) {
            List<ActionSummary> group = a.themeId() == null ? null : byTheme.get(a.themeId());
            (group == null ? none : group).add(a);
        }
        List<Group> groups = new ArrayList<>();
        for (Theme t : themes) {
            List<ActionSummary> group = byTheme.get(t.id());
            if (!group.isEmpty()) {
                groups.add(new Group(t.name(), null, group));
            }
        }
        if (!none.isEmpty()) {
            groups.add(new Group(null, "actions.theme.none", none));
        }
        return groups;
    }

    /** A group per source that has actions, in the order of {@link #SOURCES}; other or no source last. */
    static List<Group> bySource(List<ActionSummary> actions) {
        List<Group> groups = new ArrayList<>();
        for (String source : SOURCES) {
            List<ActionSummary> group = actions.stream()
                    .filter(a -> source.equals(a.sourceModule()))
                    .toList();
            if (!group.isEmpty()) {
                groups.add(new Group(null, "actions.source." + source, group));
            }
        }
        List<ActionSummary> other = actions.stream()
                .filter(a -> !SOURCES.contains(Objects.requireNonNullElse(a.sourceModule(), "")))
                .toList();
        if (!other.isEmpty()) {
            groups.add(new Group(null, "actions.source.other", other));
        }
        return groups;
    }
}
