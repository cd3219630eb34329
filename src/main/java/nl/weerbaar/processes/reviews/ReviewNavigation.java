package nl.weerbaar.processes.reviews;

import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "My review items" in the main menu, for managers only while they have undecided items in an open campaign; and
 * "Rights to withdraw" for application owners while revoked rights of their applications wait to be withdrawn.
 */
@Configuration(proxyBeanMethods = false)
class ReviewNavigation {

    @Bean
    NavigationItem navReviewItems(ReviewItems items) {
        return new NavigationItem(
                "processes.reviews.nav",
                "/processes/reviews/mine",
                NavigationGroup.PREVENTION,
                Set.of(Role.MANAGER),
                610,
                user -> items.hasOpenItems(new Reviewer(false, user.departmentId())));
    }

    @Bean
    NavigationItem navRevocationTodos(Revocations revocations, ReviewService service) {
        return new NavigationItem(
                "processes.reviews.todos.nav",
                "/processes/reviews/todos",
                NavigationGroup.PREVENTION,
                Set.of(Role.EMPLOYEE),
                620,
                user -> {
                    // evaluated on every page: first the cheap question whether any right waits at all
                    if (ReviewService.seesAllTodos(user) || !revocations.anyOpenTodos()) {
                        return false;
                    }
                    String email = service.ownerEmail(user);
                    return email != null && revocations.hasOpenTodos(email);
                });
    }
}
