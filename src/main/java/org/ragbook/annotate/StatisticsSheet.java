package org.ragbook.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ragbook.compute.Assessment;
import org.ragbook.read.CellRef;
import org.ragbook.validate.Observation;

/**
 * The Statistics sheet for a wide table: one row per observation in the long form, since a wide
 * row holds several values and has no room for added columns.
 */
final class StatisticsSheet {

    static final String NAME = "Statistics";
    private static final List<String> IDENTITY = List.of("Indicator ID", "Indicator Name", "Area Code", "Area Name",
            "Sex", "Age", "Time period");
    private static final List<Integer> IDENTITY_WIDTHS = List.of(12, 40, 12, 24, 9, 10, 14);

    private StatisticsSheet() {
    }

    static PlanSheet of(String name, List<Observation> observations, Map<CellRef, Assessment> byCell, OutputSheets sheets) {
        List<List<PlanCell>> rows = new ArrayList<>(observations.size() + 1);
        List<String> headers = new ArrayList<>(IDENTITY);
        headers.addAll(StatisticsCells.HEADERS);
        headers.add("Cell");
        rows.add(headers.stream().map(PlanCell::header).toList());
        for (Observation o : observations) {
            Assessment a = byCell.get(o.valueCell());
            List<PlanCell> row = new ArrayList<>(List.of(
                    PlanCell.text(o.indicator().code()),
                    PlanCell.text(o.indicator().name()),
                    PlanCell.text(Wording.orEmpty(o.areaCode())),
                    PlanCell.text(Wording.orEmpty(o.areaName())),
                    PlanCell.text(Wording.sex(o)),
                    PlanCell.text(Wording.orEmpty(o.age())),
                    PlanCell.text(Wording.orEmpty(o.period()))));
            if (a == null) {
                StatisticsCells.HEADERS.forEach(h -> row.add(PlanCell.text("")));
            } else {
                row.addAll(StatisticsCells.of(a));
            }
            row.add(PlanCell.link(sheets.ref(o.valueCell())));
            rows.add(row);
        }
        List<Integer> widths = new ArrayList<>(IDENTITY_WIDTHS);
        widths.addAll(StatisticsCells.WIDTHS);
        widths.add(8);
        return new PlanSheet(name, rows, widths, 0);
    }
}
