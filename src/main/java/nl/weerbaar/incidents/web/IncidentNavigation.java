package nl.weerbaar.incidents.web;

import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Main-menu entries of the incidents module. */
@Configuration(proxyBeanMethods = false)
class IncidentNavigation {

    @Bean
    NavigationItem navReport() {
        return new NavigationItem(
                "nav.incidents.report", "/incidents/mini", NavigationGroup.REPORTING, Set.of(Role.EMPLOYEE), 100);
    }

    @Bean
    NavigationItem navMine() {
        return new NavigationItem(
                "nav.incidents.mine", "/incidents/mine", NavigationGroup.REPORTING, Set.of(Role.EMPLOYEE), 110);
    }

    @Bean
    NavigationItem navCases() {
        return new NavigationItem(
                "nav.incidents.cases",
                "/incidents",
                NavigationGroup.REPORTING,
                Set.of(Role.MANAGER, Role.COORDINATOR, Role.CONFIDANT, Role.SECRETARY, Role.LEGAL),
                120);
    }
}
