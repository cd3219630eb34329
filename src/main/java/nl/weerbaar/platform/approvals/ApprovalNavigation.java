package nl.weerbaar.platform.approvals;

import java.util.EnumSet;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Goedkeuren" in the main menu, for anyone while a request waits for their decision. */
@Configuration(proxyBeanMethods = false)
class ApprovalNavigation {

    @Bean
    NavigationItem navApprovals(ApprovalService approvals) {
        return new NavigationItem(
                "approval.nav",
                "/approvals",
                NavigationGroup.ADMINISTRATION,
                EnumSet.complementOf(EnumSet.of(Role.OPERATOR)),
                850,
                approvals::anyWaitingFor);
    }
}
