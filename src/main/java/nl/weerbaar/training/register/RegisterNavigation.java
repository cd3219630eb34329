package nl.weerbaar.training.register;

import java.util.EnumSet;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The training register in the menu for the coordinator and managers. */
@Configuration(proxyBeanMethods = false)
class RegisterNavigation {

    @Bean
    NavigationItem navRegister() {
        return new NavigationItem(
                "nav.register",
                "/opleidingen",
                NavigationGroup.PREVENTION,
                EnumSet.of(Role.COORDINATOR, Role.MANAGER),
                455);
    }
}
