package nl.weerbaar.surveys.internal;

import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The survey module's entries in the main menu: the surveys (the secretary sees the results of closed ones), and
 * for the administrator the setting whether the municipality may be named in comparisons.
 */
@Configuration(proxyBeanMethods = false)
class SurveysNavigation {

    @Bean
    NavigationItem surveysNavigationItem() {
        return new NavigationItem(
                "surveys.nav", "/surveys", NavigationGroup.INSIGHT, Set.of(Role.COORDINATOR, Role.SECRETARY), 60);
    }

    @Bean
    NavigationItem surveysSharingNavigationItem() {
        return new NavigationItem(
                "surveys.nav.sharing", "/surveys/sharing", NavigationGroup.ADMINISTRATION, Set.of(Role.ADMIN), 61);
    }
}
