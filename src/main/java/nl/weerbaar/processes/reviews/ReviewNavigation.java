package nl.weerbaar.processes.reviews;

import java.util.Set;
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
    NavigationItem navReviewItems(Reviews reviews) {
        return new NavigationItem(
                "processes.reviews.nav",
                "/processes/reviews/mine",
                Set.of(Role.MANAGER),
                610,
                user -> reviews.hasOpenItems(new Reviews.Reviewer(false, user.departmentId())));
    }

    @Bean
    NavigationItem navRevocationTodos(Reviews reviews, ReviewService service) {
        return new NavigationItem(
                "processes.reviews.todos.nav", "/processes/reviews/todos", Set.of(Role.EMPLOYEE), 620, user -> {
                    // evaluated on every page: first the cheap question whether any right waits at all
                    if (ReviewService.seesAllTodos(user) || !reviews.anyOpenTodos()) {
                        return false;
                    }
                    String email = service.ownerEmail(user);
                    return email != null && reviews.hasOpenTodos(email);
                });
    }
}
