package nl.weerbaar.awareness.hub;

import java.util.EnumSet;
import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub in the main menu for everyone of a municipality, and the programme for the coordinator and the secretary.
 * Writing items and the intranet's settings are reached from the hub's page, so the module takes two menu entries.
 */
@Configuration(proxyBeanMethods = false)
class AwarenessNavigation {

    @Bean
    NavigationItem awarenessHubNavigationItem() {
        return new NavigationItem(
                "awareness.nav",
                "/awareness",
                NavigationGroup.PREVENTION,
                EnumSet.complementOf(EnumSet.of(Role.OPERATOR)),
                80);
    }

    @Bean
    NavigationItem awarenessProgrammeNavigationItem() {
        return new NavigationItem(
                "awareness.nav.programme",
                "/awareness/programme",
                NavigationGroup.PREVENTION,
                Set.of(Role.COORDINATOR, Role.SECRETARY),
                83);
    }
}
