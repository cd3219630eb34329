package nl.weerbaar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.junit.jupiter.api.Test;

/** The grouped main menu and the way back up, worked out from the entries the modules declare. */
class NavigationTest {

    static final Navigation NAVIGATION = new Navigation(List.of(
            new NavigationItem("nav.actions", "/actions", NavigationGroup.PREVENTION, Set.of(Role.EMPLOYEE), 400),
            new NavigationItem("nav.home", "/", NavigationGroup.START, Set.of(Role.values()), 0),
            new NavigationItem(
                    "nav.incidents.mine", "/incidents/mine", NavigationGroup.REPORTING, Set.of(Role.EMPLOYEE), 110),
            new NavigationItem(
                    "nav.incidents.cases", "/incidents", NavigationGroup.REPORTING, Set.of(Role.COORDINATOR), 120),
            new NavigationItem(
                    "nav.incidents.report", "/incidents/mini", NavigationGroup.REPORTING, Set.of(Role.EMPLOYEE), 100),
            new NavigationItem("nav.insights", "/insights", NavigationGroup.INSIGHT, Set.of(Role.COORDINATOR), 300),
            new NavigationItem(
                    "nav.audit", "/audit", NavigationGroup.ADMINISTRATION, Set.of(Role.COORDINATOR), 800, u -> false)));

    static UserIdentity user(Role... roles) {
        return new UserIdentity(UUID.randomUUID(), UUID.randomUUID(), "u", "U", Set.of(roles), null);
    }

    @Test
    void groupsComeInTheirOrderWithTheEntriesTheUserSees() {
        Navigation.Menu menu = NAVIGATION.menuFor(user(Role.EMPLOYEE), "/");
        assertThat(menu.groups())
                .extracting(Navigation.Menu.Group::group)
                .containsExactly(NavigationGroup.START, NavigationGroup.REPORTING, NavigationGroup.PREVENTION);
        assertThat(menu.group(NavigationGroup.REPORTING).items())
                .extracting(NavigationItem::href)
                .containsExactly("/incidents/mini", "/incidents/mine");
        assertThat(menu.group(NavigationGroup.PREVENTION).single()).isTrue();
        assertThat(menu.group(NavigationGroup.REPORTING).single()).isFalse();
        assertThat(menu.group(NavigationGroup.INSIGHT)).isNull();
        assertThat(menu.items())
                .extracting(NavigationItem::href)
                .containsExactly("/", "/incidents/mini", "/incidents/mine", "/actions");
        assertThat(menu.trail()).isEmpty();
    }

    @Test
    void anEntryWhoseConditionFailsIsLeftOutAndItsGroupWithIt() {
        Navigation.Menu menu = NAVIGATION.menuFor(user(Role.COORDINATOR), "/");
        assertThat(menu.group(NavigationGroup.ADMINISTRATION)).isNull();
        assertThat(menu.group(NavigationGroup.INSIGHT).items()).hasSize(1);
    }

    @Test
    void theTrailLeadsFromAPageBelowAModuleBackToItsGroupAndTheStartPage() {
        Navigation.Menu menu = NAVIGATION.menuFor(user(Role.COORDINATOR), "/incidents/42/steps");
        assertThat(menu.trail())
                .extracting(Navigation.Menu.Crumb::href)
                .containsExactly("/", "/menu/melden-en-opvolgen", "/incidents");
        assertThat(menu.group(NavigationGroup.REPORTING).current()).isTrue();
        assertThat(menu.group(NavigationGroup.INSIGHT).current()).isFalse();
    }

    @Test
    void onAModulesOwnPageTheTrailEndsAtItsGroup() {
        assertThat(NAVIGATION.menuFor(user(Role.COORDINATOR), "/insights").trail())
                .extracting(Navigation.Menu.Crumb::labelKey)
                .containsExactly("nav.home", "nav.group.inzicht");
    }

    @Test
    void theLongestMatchingEntryOwnsThePage() {
        Navigation.Menu menu = NAVIGATION.menuFor(user(Role.EMPLOYEE), "/incidents/mine/7");
        assertThat(menu.trail())
                .extracting(Navigation.Menu.Crumb::href)
                .containsExactly("/", "/menu/melden-en-opvolgen", "/incidents/mine");
    }

    @Test
    void aGroupsLandingPageLeadsBackToTheStartPageAndPagesOutsideTheMenuHaveNoTrail() {
        Navigation.Menu landing = NAVIGATION.menuFor(user(Role.EMPLOYEE), "/menu/melden-en-opvolgen");
        assertThat(landing.trail()).extracting(Navigation.Menu.Crumb::href).containsExactly("/");
        assertThat(landing.group(NavigationGroup.REPORTING).current()).isTrue();
        assertThat(NAVIGATION.menuFor(user(Role.EMPLOYEE), "/account/password").trail())
                .isEmpty();
        assertThat(NAVIGATION.menuFor(user(Role.EMPLOYEE), "/incidentsx").trail())
                .isEmpty();
    }

    @Test
    void everyEntryNamesItsGroup() {
        assertThatThrownBy(() -> new NavigationItem("x", "/x", null, Set.of(Role.ADMIN), 1))
                .isInstanceOf(NullPointerException.class);
        assertThat(NavigationGroup.bySlug("inzicht")).contains(NavigationGroup.INSIGHT);
        assertThat(NavigationGroup.bySlug("nope")).isEmpty();
    }
}
