package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys on the start page of coordinators and secretaries: every running survey with its response rate (as last
 * refreshed, departments below the group size left out, as on the survey's page); for the secretary also the newest
 * closed survey's first headline shares against the benchmark of other municipalities (the comparison page's
 * figures, its read audited as there).
 */
@Service
class SurveyStartItems implements StartPageItems {

    /** How many of the closed survey's questions the secretary's start page shows. */
    static final int HEADLINES = 3;

    private final Surveys surveys;
    private final Upkeep upkeep;
    private final ResultsService results;
    private final Clock clock;

    SurveyStartItems(Surveys surveys, Upkeep upkeep, ResultsService results, Clock clock) {
        this.surveys = surveys;
        this.upkeep = upkeep;
        this.results = results;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<StartItem> itemsFor(UserIdentity user) {
        if (!user.hasAny(Role.COORDINATOR, Role.SECRETARY)) {
            return List.of();
        }
        LocalDate today = DutchTime.today(clock);
        List<StartItem> items = new ArrayList<>();
        Survey newestClosed = null;
        for (Survey s : surveys.all()) {
            if ("OPEN".equals(s.status(today))) {
                long invited = 0;
                long responded = 0;
                for (Upkeep.Rate r : upkeep.rates(s.id())) {
                    invited += r.invited();
                    responded += r.responded();
                }
                long percent = invited == 0 ? 0 : Math.round(100.0 * responded / invited);
                items.add(StartItem.figure(
                        600, "surveys.start.running", "/surveys/" + s.id(), s.title(), percent, responded, invited));
            } else if (s.isClosed(today)
                    && (newestClosed == null || s.closesOn().isAfter(newestClosed.closesOn()))) {
                newestClosed = s;
            }
        }
        if (user.has(Role.SECRETARY) && newestClosed != null) {
            Comparison c = results.comparison(newestClosed.id());
            List<StartItem.Line> lines = c.lines().stream()
                    .filter(l -> l.own() != null)
                    .limit(HEADLINES)
                    .map(l -> new StartItem.Line(
                            l.question().text(),
                            l.own().percent() + " %"
                                    + (l.others() == null
                                            ? ""
                                            : " / " + l.others().percent() + " %")))
                    .toList();
            items.add(StartItem.figure(
                            210,
                            c.benchmarkMunicipalities() > 0 ? "surveys.start.benchmark" : "surveys.start.headlines",
                            "/surveys/" + newestClosed.id() + "/comparison",
                            newestClosed.title(),
                            c.benchmarkMunicipalities())
                    .withLines(lines));
        }
        return items;
    }
}
