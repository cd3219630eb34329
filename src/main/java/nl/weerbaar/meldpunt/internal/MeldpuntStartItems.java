package nl.weerbaar.meldpunt.internal;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Component;

/**
 * The meldpunt on the start page: for everyone of a municipality the button to report a suspicion; for recipients the
 * reports that wait for them (receipt not yet acknowledged, or the reporter wrote last).
 */
@Component
class MeldpuntStartItems implements StartPageItems {

    private final Inbox inbox;

    MeldpuntStartItems(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<StartItem> itemsFor(UserIdentity user) {
        if (user.tenantId() == null || user.has(Role.OPERATOR)) {
            return List.of();
        }
        List<StartItem> items = new ArrayList<>();
        items.add(StartItem.action(110, "meldpunt.start.report", "/meldpunt/melden"));
        if (user.hasAny(Role.COORDINATOR, Role.CONFIDANT, Role.SECRETARY)) {
            items.add(StartItem.work(450, "meldpunt.start.waiting", inbox.waiting(user), "/meldpunt?waiting=true"));
        }
        return items;
    }
}
