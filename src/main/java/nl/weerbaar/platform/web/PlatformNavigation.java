package nl.weerbaar.platform.web;

import java.util.EnumSet;
import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own entries of the main navigation. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem navHome() {
        return new NavigationItem("nav.home", "/", NavigationGroup.START, EnumSet.allOf(Role.class), 0);
    }

    @Bean
    NavigationItem navAudit() {
        return new NavigationItem("nav.audit", "/audit", NavigationGroup.ADMINISTRATION, Set.of(Role.COORDINATOR), 800);
    }

    @Bean
    NavigationItem navAdmin() {
        return new NavigationItem("nav.admin", "/admin", NavigationGroup.ADMINISTRATION, Set.of(Role.ADMIN), 900);
    }

    @Bean
    NavigationItem navPlatform() {
        return new NavigationItem(
                "nav.platform", "/platform", NavigationGroup.ADMINISTRATION, Set.of(Role.OPERATOR), 910);
    }
}
