package nl.weerbaar.addresses.signals;

import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The address page in the main menu, for those who may see signals (the coordinator and the roles in settings). */
@Configuration(proxyBeanMethods = false)
class SignalsNavigation {

    @Bean
    NavigationItem navAddressSignals(SignalService signals) {
        return new NavigationItem(
                "signals.nav",
                "/adressen",
                NavigationGroup.INSIGHT,
                Set.of(Role.COORDINATOR, Role.LEGAL, Role.SECRETARY, Role.MANAGER),
                410,
                signals::maySee);
    }
}
