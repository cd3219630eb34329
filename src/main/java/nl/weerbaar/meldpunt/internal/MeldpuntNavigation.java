package nl.weerbaar.meldpunt.internal;

import java.util.EnumSet;
import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meldpunt in the main menu: the reports for recipients, the form for everyone of the municipality. */
@Configuration(proxyBeanMethods = false)
class MeldpuntNavigation {

    @Bean
    NavigationItem meldpuntReportsNavigationItem() {
        return new NavigationItem(
                "meldpunt.nav",
                "/meldpunt",
                NavigationGroup.REPORTING,
                Set.of(Role.COORDINATOR, Role.CONFIDANT, Role.SECRETARY),
                70);
    }

    @Bean
    NavigationItem meldpuntFormNavigationItem() {
        return new NavigationItem(
                "meldpunt.nav.report",
                "/meldpunt/melden",
                NavigationGroup.REPORTING,
                EnumSet.complementOf(EnumSet.of(Role.OPERATOR)),
                71);
    }
}
