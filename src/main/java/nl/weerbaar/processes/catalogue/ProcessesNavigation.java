package nl.weerbaar.processes.catalogue;

import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entry in the main navigation: coordinators and functional administrators only. */
@Configuration(proxyBeanMethods = false)
class ProcessesNavigation {

    @Bean
    NavigationItem navProcesses() {
        return new NavigationItem(
                "processes.nav", "/processes", NavigationGroup.PREVENTION, Set.of(Role.COORDINATOR, Role.ADMIN), 600);
    }
}
