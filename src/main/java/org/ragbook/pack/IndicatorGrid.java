package org.ragbook.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.report.Report;

/**
 * The Indicators sheet's grid: the counted indicators of every return down (in the schema's order),
 * the returns across. A return counts each indicator once for each of its own areas, so a cell is
 * found by its column (return and area) and its row (indicator, sex and age).
 */
record IndicatorGrid(List<PackColumn> columns, List<IndicatorLine> lines) {

    /** An indicator with its sex and age split: one row of the sheet. */
    private record Split(String indicator, String sex, String age) {

        static Split of(Report.ObservationEntry entry) {
            return new Split(entry.indicator(), entry.sex(), entry.age());
        }
    }

    /** @param indicatorOrder the schema's indicator codes in its order; codes it lacks go last */
    static IndicatorGrid of(List<PackedReturn> returns, List<String> indicatorOrder) {
        Map<PackColumn, Map<Split, Report.ObservationEntry>> figures = new LinkedHashMap<>();
        Map<Split, String> names = new LinkedHashMap<>();
        for (PackedReturn packed : returns) {
            Map<String, List<Report.ObservationEntry>> byArea = new LinkedHashMap<>();
            packed.counted().forEach(entry ->
                    byArea.computeIfAbsent(entry.area(), area -> new ArrayList<>()).add(entry));
            if (byArea.size() <= 1) {
                String organisation = packed.organisation();
                figures.put(new PackColumn(organisation, null, organisation), bySplit(packed.counted()));
            } else {
                byArea.forEach((area, entries) -> figures.put(new PackColumn(packed.organisation(), area,
                        packed.organisation() + ": " + areaName(entries.get(0))), bySplit(entries)));
            }
            packed.counted().forEach(entry -> names.putIfAbsent(Split.of(entry), entry.indicatorName()));
        }
        List<Split> splits = new ArrayList<>(names.keySet());
        splits.sort(Comparator.comparingInt(split -> position(indicatorOrder, split.indicator())));
        List<IndicatorLine> lines = splits.stream().map(split -> new IndicatorLine(split.indicator(),
                names.get(split), split.sex(), split.age(), figures.values().stream()
                        .map(column -> column.containsKey(split) ? PackCell.of(column.get(split))
                                : PackCell.NOT_IN_RETURN)
                        .toList()))
                .toList();
        return new IndicatorGrid(List.copyOf(figures.keySet()), lines);
    }

    private static Map<Split, Report.ObservationEntry> bySplit(List<Report.ObservationEntry> entries) {
        Map<Split, Report.ObservationEntry> bySplit = new HashMap<>();
        entries.forEach(entry -> bySplit.put(Split.of(entry), entry));
        return bySplit;
    }

    private static String areaName(Report.ObservationEntry entry) {
        return entry.areaName() == null ? entry.area() : entry.areaName();
    }

    /** The sort is stable, so the splits of one indicator (female, male; all ages, 85+) keep the returns' order. */
    private static int position(List<String> indicatorOrder, String indicator) {
        int index = indicatorOrder.indexOf(indicator);
        return index < 0 ? indicatorOrder.size() : index;
    }
}
