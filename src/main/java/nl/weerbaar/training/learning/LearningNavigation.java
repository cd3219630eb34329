package nl.weerbaar.training.learning;

import java.util.EnumSet;
import java.util.List;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** E-learning in the menu for everyone of a municipality, and the questions due today on their start page. */
@Configuration(proxyBeanMethods = false)
class LearningNavigation {

    @Bean
    NavigationItem navLearning() {
        return new NavigationItem(
                "nav.learning",
                "/leren",
                NavigationGroup.PREVENTION,
                EnumSet.complementOf(EnumSet.of(Role.OPERATOR)),
                450);
    }

    @Bean
    StartPageItems learningStartItems(LearningService learning) {
        return (UserIdentity user) -> {
            if (user.has(Role.OPERATOR)) {
                return List.of();
            }
            long due = learning.countDue(user);
            return due == 0 ? List.of() : List.of(StartItem.work(450, "training.start.due", due, "/leren/herhalen"));
        };
    }
}
