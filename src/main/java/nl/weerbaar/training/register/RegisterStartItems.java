package nl.weerbaar.training.register;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Component;

/**
 * On the start page: the sessions to come a person is enrolled in (to their training page) and, for a manager, the
 * offers of de-escalation training for their department that have no session yet. One indexed count each.
 */
@Component
class RegisterStartItems implements StartPageItems {

    private final RegisterService register;
    private final OfferService offers;

    RegisterStartItems(RegisterService register, OfferService offers) {
        this.register = register;
        this.offers = offers;
    }

    @Override
    public List<StartItem> itemsFor(UserIdentity user) {
        if (user.has(Role.OPERATOR)) {
            return List.of();
        }
        List<StartItem> items = new ArrayList<>();
        long upcoming = register.countUpcoming(user);
        if (upcoming > 0) {
            items.add(
                    StartItem.work(455, "register.start.upcoming", upcoming, "/opleidingen/personen/" + user.userId()));
        }
        long open = offers.countOpen(user);
        if (open > 0) {
            items.add(StartItem.work(456, "register.start.offers", open, "/opleidingen/aanbod"));
        }
        return items;
    }
}
