package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import nl.weerbaar.meldpunt.MeldpuntFigures;
import nl.weerbaar.platform.SmallCells;

/**
 * The meldpunt's counts on the dashboard, for the coordinator and the secretary. Never finer than a quarter, and small
 * numbers hidden for every viewer, the coordinator too: a report may be about the coordinator, and a small count
 * of a kind in a short period can point at an anonymous reporter. The kinds and the outcomes each add up to the
 * total, so both lines get complementary suppression ({@link SmallCells}); the share acknowledged in time is shown
 * only over at least {@code min} reports.
 *
 * @param period the quarter or year counted (a month on the dashboard counts its quarter)
 * @param kinds label key and shown count per kind; {@code outcomes} likewise
 * @param total the shown total; {@code inTime} the share acknowledged in time in whole percent, or null
 */
record MeldpuntSection(Period period, List<Line> kinds, List<Line> outcomes, String total, Integer inTime, long due) {

    record Line(String key, String count) {}

    static MeldpuntSection of(MeldpuntFigures figures, Period shown, int min) {
        Period period = shown.granularity() == Period.Granularity.MONTH
                ? Period.containing(Period.Granularity.QUARTER, shown.from())
                : shown;
        MeldpuntFigures.Figures f = figures.received(period.from(), period.until());
        Map<String, Long> counts = new LinkedHashMap<>();
        f.perKind().forEach((k, n) -> counts.put("kind." + k, n));
        f.perOutcome().forEach((k, n) -> counts.put("outcome." + k, n));
        counts.put("total", f.total());
        Set<String> hidden = SmallCells.hidden(
                counts,
                List.of(
                        new SmallCells.Line<>(keys(f.perKind(), "kind."), "total"),
                        new SmallCells.Line<>(keys(f.perOutcome(), "outcome."), "total")),
                min);
        String masked = "<" + min;
        List<Line> kinds = new ArrayList<>();
        f.perKind()
                .forEach((k, n) -> kinds.add(
                        new Line("meldpunt.kind." + k, hidden.contains("kind." + k) ? masked : Long.toString(n))));
        List<Line> outcomes = new ArrayList<>();
        f.perOutcome()
                .forEach((k, n) -> outcomes.add(new Line(
                        "insights.meldpunt.outcome." + k,
                        hidden.contains("outcome." + k) ? masked : Long.toString(n))));
        String total = hidden.contains("total") ? masked : Long.toString(f.total());
        Integer inTime = new SmallNumbers(min, false).percent(f.inTime(), f.due());
        return new MeldpuntSection(period, kinds, outcomes, total, inTime, f.due());
    }

    private static List<String> keys(Map<String, Long> m, String prefix) {
        return m.keySet().stream().map(k -> prefix + k).toList();
    }
}
