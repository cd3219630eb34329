package nl.weerbaar.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Collects the start page's items from every module's {@link StartPageItems}. A module that fails is left out
 * (and logged): the start page still shows the rest.
 */
@Service
public class StartPage {

    private static final Logger log = LoggerFactory.getLogger(StartPage.class);

    /** The items of one user, per kind, each in order. */
    public record Items(List<StartItem> actions, List<StartItem> work, List<StartItem> figures) {

        /** Whether none of the work items has anything waiting (templates). */
        public boolean nothingWaiting() {
            return work.stream().noneMatch(StartItem::waiting);
        }
    }

    private final List<StartPageItems> contributors;

    StartPage(List<StartPageItems> contributors) {
        this.contributors = contributors;
    }

    public Items itemsFor(UserIdentity user) {
        List<StartItem> all = new ArrayList<>();
        if (user.tenantId() != null) {
            for (StartPageItems contributor : contributors) {
                try {
                    all.addAll(contributor.itemsFor(user));
                } catch (RuntimeException e) {
                    log.warn(
                            "start page items of {} left out",
                            contributor.getClass().getSimpleName(),
                            e);
                }
            }
        }
        all.sort(Comparator.comparingInt(StartItem::order));
        return new Items(of(all, StartItem.Kind.ACTION), of(all, StartItem.Kind.WORK), of(all, StartItem.Kind.FIGURE));
    }

    private static List<StartItem> of(List<StartItem> all, StartItem.Kind kind) {
        return all.stream().filter(i -> i.kind() == kind).toList();
    }
}
