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
    private static final List<String> HEADERS = List.of("Indicator ID", "Indicator Name", "Area Code", "Area Name",
            "Sex", "Age", "Time period", "Value", "Compared to England value or percentiles", "Target", "RAG", "Cell");
    private static final List<Integer> WIDTHS = List.of(12, 40, 12, 24, 9, 10, 14, 10, 40, 32, 12, 8);

    private StatisticsSheet() {
    }

    static PlanSheet of(String name, List<Observation> observations, Map<CellRef, Assessment> byCell, OutputSheets sheets) {
        List<List<PlanCell>> rows = new ArrayList<>(observations.size() + 1);
        rows.add(HEADERS.stream().map(PlanCell::header).toList());
        for (Observation o : observations) {
            Assessment a = byCell.get(o.valueCell());
            rows.add(List.of(
                    PlanCell.text(o.indicator().code()),
                    PlanCell.text(o.indicator().name()),
                    PlanCell.text(Wording.orEmpty(o.areaCode())),
                    PlanCell.text(Wording.orEmpty(o.areaName())),
                    PlanCell.text(Wording.sex(o)),
                    PlanCell.text(Wording.orEmpty(o.age())),
                    PlanCell.text(Wording.orEmpty(o.period())),
                    PlanCell.number(o.value()),
                    PlanCell.text(a == null ? "" : a.comparison().label()),
                    PlanCell.text(a == null ? "" : Wording.target(a)),
                    a == null ? PlanCell.text("") : PlanCell.filled(a.rag().key(), RagColour.of(a.rag())),
                    PlanCell.link(sheets.ref(o.valueCell()))));
        }
        return new PlanSheet(name, rows, WIDTHS, 0);
    }
}
