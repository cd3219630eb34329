package nl.weerbaar.awareness.hub;

import java.util.List;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Component;

/** The hub on the start page: the three newest published items, each with its date, linking to the hub. */
@Component
class AwarenessStartItems implements StartPageItems {

    static final int SHOWN = 3;

    private final Items items;

    AwarenessStartItems(Items items) {
        this.items = items;
    }

    @Override
    public List<StartItem> itemsFor(UserIdentity user) {
        if (user.tenantId() == null || user.has(Role.OPERATOR)) {
            return List.of();
        }
        List<Item> latest = items.published(SHOWN, false);
        if (latest.isEmpty()) {
            return List.of();
        }
        return List.of(StartItem.figure(50, "awareness.start.news", "/awareness")
                .withLines(latest.stream()
                        .map(i -> new StartItem.Line(i.title(), DutchTime.date(i.publishedAt())))
                        .toList()));
    }
}
