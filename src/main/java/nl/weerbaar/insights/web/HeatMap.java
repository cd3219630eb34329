package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.insights.dashboard.Insights;

/**
 * The department × kind table. Each cell carries its count and a level 0–4 (relative to the largest cell)
 * that the page shows as shading and, for the two highest levels, also as bold text with a marker, so the
 * table is readable without colour. Each row carries the department's number of incidents ({@code total}; an
 * incident of several kinds counts once), {@code kindTotals} the column sums in the order of {@code kinds}, and
 * {@code total} the incidents of all rows.
 */
public record HeatMap(List<String> kinds, List<HeatRow> rows, long max, List<Long> kindTotals, long total) {

    public record HeatRow(UUID department, String name, List<HeatCell> cells, long total) {}

    public record HeatCell(String kind, long count, int level) {}

    static HeatMap of(
            List<Insights.Cell> cells,
            Map<UUID, String> departments,
            List<String> kindOrder,
            Map<UUID, Long> departmentTotals) {
        Map<String, Long> counts = new HashMap<>();
        java.util.Set<String> kindsSeen = new java.util.HashSet<>();
        java.util.Set<UUID> departmentsSeen = new java.util.LinkedHashSet<>();
        long max = 0;
        for (Insights.Cell c : cells) {
            counts.put(c.department() + "|" + c.kind(), c.count());
            kindsSeen.add(c.kind());
            departmentsSeen.add(c.department());
            max = Math.max(max, c.count());
        }
        List<String> kinds =
                new ArrayList<>(kindOrder.stream().filter(kindsSeen::contains).toList());
        kindsSeen.stream().filter(k -> !kindOrder.contains(k)).sorted().forEach(kinds::add);
        List<HeatRow> rows = new ArrayList<>();
        long[] kindTotals = new long[kinds.size()];
        long total = 0;
        List<UUID> order = new ArrayList<>(departments.keySet());
        departmentsSeen.stream().filter(d -> !departments.containsKey(d)).forEach(order::add);
        for (UUID department : order) {
            if (!departmentsSeen.contains(department)) {
                continue;
            }
            List<HeatCell> row = new ArrayList<>();
            for (int k = 0; k < kinds.size(); k++) {
                long n = counts.getOrDefault(department + "|" + kinds.get(k), 0L);
                row.add(new HeatCell(kinds.get(k), n, n == 0 ? 0 : (int) Math.ceil(4.0 * n / max)));
                kindTotals[k] += n;
            }
            long incidents = departmentTotals.getOrDefault(department, 0L);
            total += incidents;
            rows.add(new HeatRow(department, departments.get(department), row, incidents));
        }
        return new HeatMap(
                kinds, rows, max, java.util.Arrays.stream(kindTotals).boxed().toList(), total);
    }
}
