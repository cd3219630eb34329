package nl.weerbaar.registries.lookup;

import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lookup in the main navigation, under "Inzicht": coordinators and legal advisers (ADR 0711). */
@Configuration(proxyBeanMethods = false)
class LookupNavigation {

    @Bean
    NavigationItem navRegistriesLookup() {
        return new NavigationItem(
                "registries.lookup.nav",
                "/registries/lookup",
                NavigationGroup.INSIGHT,
                Set.of(Role.COORDINATOR, Role.LEGAL),
                400);
    }
}
