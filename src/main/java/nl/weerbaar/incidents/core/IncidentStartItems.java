package nl.weerbaar.incidents.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents module on the start page: the report buttons and the reports with news for employees; for those
 * who handle cases the ones that wait (a step past its deadline, a step without owner, evidence to secure within a
 * week) and, for managers, their department's open cases. Counts only, no case data, so no read is audited.
 */
@Service
class IncidentStartItems implements StartPageItems {

    /** How long feedback on or the closing of one's own report counts as news. */
    static final Duration NEWS = Duration.ofDays(30);

    private final WorkCounts counts;
    private final Organisation organisation;
    private final Clock clock;
    private final MessageSource messages;

    IncidentStartItems(WorkCounts counts, Organisation organisation, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.counts = counts;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StartItem> itemsFor(UserIdentity user) {
        List<StartItem> items = new ArrayList<>();
        Instant now = clock.instant();
        if (user.has(Role.EMPLOYEE)) {
            items.add(StartItem.action(100, "incidents.start.reportMini", "/incidents/mini"));
            items.add(StartItem.action(101, "incidents.start.reportFull", "/incidents/new"));
            items.add(StartItem.work(
                    150,
                    "incidents.start.news",
                    counts.reportsWithNews(user.userId(), now.minus(NEWS)),
                    "/incidents/mine"));
        }
        boolean manager = user.has(Role.MANAGER);
        if (user.hasAny(Role.COORDINATOR, Role.MANAGER, Role.CONFIDANT, Role.LEGAL)) {
            WorkCounts.Counts c = counts.handled(Viewer.of(user, organisation), now, manager);
            if (manager) {
                items.add(StartItem.work(100, "incidents.start.open", c.open(), "/incidents?status=OPEN"));
            }
            items.add(StartItem.work(110, "incidents.start.overdue", c.overdue(), "/incidents?work=overdue"));
            if (user.hasAny(Role.COORDINATOR, Role.CONFIDANT)) {
                items.add(StartItem.work(120, "incidents.start.unowned", c.unowned(), "/incidents?work=unowned"));
                items.add(StartItem.work(130, "incidents.start.evidence", c.evidence(), "/incidents?work=evidence"));
            }
        }
        if (user.has(Role.SECRETARY)) {
            WorkCounts.Overview o = counts.overview(user.userId(), now.minus(Duration.ofDays(365)), now);
            items.add(StartItem.figure(190, "incidents.start.overview", "/incidents?status=OPEN")
                    .withLines(List.of(
                            line("incidents.start.overview.reported", o.reported()),
                            line("incidents.start.overview.open", o.open()),
                            line("incidents.start.overview.overdue", o.overdue()))));
        }
        return items;
    }

    private StartItem.Line line(String key, long value) {
        return new StartItem.Line(
                messages.getMessage(key, null, LocaleContextHolder.getLocale()), String.valueOf(value));
    }
}
