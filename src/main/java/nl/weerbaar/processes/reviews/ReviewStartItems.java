package nl.weerbaar.processes.reviews;

import java.util.List;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Access reviews on the start page: the undecided items of open campaigns the user decides on (managers, coordinators). */
@Service
class ReviewStartItems implements StartPageItems {

    private final ReviewItems items;

    ReviewStartItems(ReviewItems items) {
        this.items = items;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StartItem> itemsFor(UserIdentity user) {
        Reviewer reviewer = Reviewer.of(user);
        if (!reviewer.reviewsAnything()) {
            return List.of();
        }
        return List.of(StartItem.work(
                500, "processes.start.reviews", items.countOpenItems(reviewer), "/processes/reviews/mine"));
    }
}
