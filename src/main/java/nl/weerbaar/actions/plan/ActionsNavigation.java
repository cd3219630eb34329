package nl.weerbaar.actions.plan;

import java.util.EnumSet;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The action plan in the main menu: everyone of a municipality may own actions. */
@Configuration(proxyBeanMethods = false)
class ActionsNavigation {

    @Bean
    NavigationItem navActions() {
        return new NavigationItem(
                "nav.actions",
                "/actions",
                NavigationGroup.PREVENTION,
                EnumSet.complementOf(EnumSet.of(Role.OPERATOR)),
                400);
    }
}
