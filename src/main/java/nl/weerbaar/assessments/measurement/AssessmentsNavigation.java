package nl.weerbaar.assessments.measurement;

import java.util.EnumSet;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Scans in the main menu: everyone may be handed a section to answer. */
@Configuration(proxyBeanMethods = false)
class AssessmentsNavigation {

    static final String ROLES =
            "hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')";

    @Bean
    NavigationItem navAssessments() {
        return new NavigationItem(
                "nav.assessments",
                "/assessments",
                NavigationGroup.PREVENTION,
                EnumSet.complementOf(EnumSet.of(Role.OPERATOR)),
                300);
    }
}
