package nl.weerbaar.actions.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan on the start page: everyone's own open actions; for the coordinator the actions that need
 * follow-up (past their date or without owner, the "needs attention" list of the plan); for the secretary the
 * plan's progress (done of all not cancelled, and the number per status).
 */
@Service
class ActionStartItems implements StartPageItems {

    private static final List<String> STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE", "CANCELLED");

    private final Actions actions;
    private final Clock clock;
    private final MessageSource messages;

    ActionStartItems(Actions actions, Clock clock, MessageSource messages) {
        this.actions = actions;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StartItem> itemsFor(UserIdentity user) {
        if (user.has(Role.OPERATOR)) {
            return List.of();
        }
        List<StartItem> items = new ArrayList<>();
        if (user.has(Role.COORDINATOR)) {
            items.add(StartItem.work(
                    400,
                    "actions.start.stale",
                    actions.countNeedingFollowUp(DutchTime.today(clock)),
                    "/actions#stale-heading"));
        }
        items.add(StartItem.work(410, "actions.start.mine", actions.countOpenOf(user.userId()), "/actions/mine"));
        if (user.has(Role.SECRETARY)) {
            Map<String, Long> perStatus = actions.countPerStatus();
            long done = perStatus.getOrDefault("DONE", 0L);
            long planned =
                    perStatus.values().stream().mapToLong(Long::longValue).sum()
                            - perStatus.getOrDefault("CANCELLED", 0L);
            long percent = planned == 0 ? 0 : Math.round(100.0 * done / planned);
            List<StartItem.Line> lines = STATUSES.stream()
                    .map(s -> new StartItem.Line(
                            messages.getMessage("actions.status." + s, null, LocaleContextHolder.getLocale()),
                            String.valueOf(perStatus.getOrDefault(s, 0L))))
                    .toList();
            items.add(StartItem.figure(500, "actions.start.progress", "/actions", percent, done, planned)
                    .withLines(lines));
        }
        return items;
    }
}
