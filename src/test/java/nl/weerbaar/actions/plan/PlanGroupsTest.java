package nl.weerbaar.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans.ActionSummary;
import nl.weerbaar.actions.ActionPlans.Priority;
import nl.weerbaar.actions.plan.PlanGroups.Group;
import org.junit.jupiter.api.Test;

/** The action plan grouped by theme and by source: order, counts, and where actions without either go. */
class PlanGroupsTest {

    private static final Theme PILLAR = new Theme(UUID.randomUUID(), "Informatiepositie", "PILLAR", true, 2);
    private static final Theme VPT = new Theme(UUID.randomUUID(), "Melden", "VPT", true, 7);
    private static final Theme OLD = new Theme(UUID.randomUUID(), "Oud thema", "OWN", false, 14);
    private static final Theme EMPTY = new Theme(UUID.randomUUID(), "Zonder acties", "OWN", true, 15);

    private static ActionSummary action(String title, String source, Theme theme) {
        return new ActionSummary(
                UUID.randomUUID(),
                title,
                "OPEN",
                null,
                null,
                Priority.MEDIUM,
                source,
                null,
                theme == null ? null : theme.id(),
                theme == null ? null : theme.name());
    }

    private static List<String> titles(Group g) {
        return g.actions().stream().map(ActionSummary::title).toList();
    }

    @Test
    void byThemeFollowsTheThemeListKeepsInactiveThemesAndPutsActionsWithoutAThemeLast() {
        List<ActionSummary> actions = List.of(
                action("a", "manual", VPT),
                action("b", "assessments", null),
                action("c", "assessments", PILLAR),
                action("d", "manual", OLD),
                action("e", "surveys", VPT));

        List<Group> groups = PlanGroups.byTheme(actions, List.of(PILLAR, VPT, OLD, EMPTY));

        assertThat(groups).extracting(Group::name).containsExactly("Informatiepositie", "Melden", "Oud thema", null);
        assertThat(groups).extracting(Group::count).containsExactly(1, 2, 1, 1);
        assertThat(titles(groups.get(1))).containsExactly("a", "e");
        assertThat(groups.get(3).labelKey()).isEqualTo("actions.theme.none");
        assertThat(titles(groups.get(3))).containsExactly("b");
    }

    @Test
    void byThemeWithoutActionsHasNoGroups() {
        assertThat(PlanGroups.byTheme(List.of(), List.of(PILLAR, VPT))).isEmpty();
    }

    @Test
    void bySourceStartsWithActionsAddedByHandAndPutsOtherOrNoSourceLast() {
        List<ActionSummary> actions = List.of(
                action("scan", "assessments", null),
                action("hand", "manual", PILLAR),
                action("unknown", "elders", null),
                action("none", null, null),
                action("finding", "processes", null),
                action("hand 2", "manual", null));

        List<Group> groups = PlanGroups.bySource(actions);

        assertThat(groups)
                .extracting(Group::labelKey)
                .containsExactly(
                        "actions.source.manual",
                        "actions.source.assessments",
                        "actions.source.processes",
                        "actions.source.other");
        assertThat(groups).allSatisfy(g -> assertThat(g.name()).isNull());
        assertThat(titles(groups.get(0))).containsExactly("hand", "hand 2");
        assertThat(titles(groups.get(3))).containsExactly("unknown", "none");
    }
}
