package nl.weerbaar.insights.web;

import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The main-menu entry of the analyses. */
@Configuration(proxyBeanMethods = false)
class InsightsNavigation {

    @Bean
    NavigationItem navInsights() {
        return new NavigationItem(
                "nav.insights",
                "/insights",
                NavigationGroup.INSIGHT,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.MANAGER),
                300);
    }
}
