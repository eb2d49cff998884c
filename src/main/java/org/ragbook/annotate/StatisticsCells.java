package org.ragbook.annotate;

import java.util.ArrayList;
import java.util.List;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.ci.Interval;

/**
 * The statistics Ragbook writes for each judged value, in the Fingertips export's own column names
 * so that the annotated table reads like an export: the same cells beside a long table and on the
 * Statistics sheet of a wide one. Figures keep full precision; the number format shows one decimal.
 */
final class StatisticsCells {

    static final String SUPPRESSED = "*";
    static final List<String> HEADERS = List.of("Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit",
            "Lower CI 99.8 limit", "Upper CI 99.8 limit", "Method", "Compared to England value or percentiles",
            "Recent Trend", "Direction of travel", "Rank", "Quintile", "Target", "RAG");
    static final List<Integer> WIDTHS = List.of(10, 11, 11, 11, 11, 18, 40, 30, 14, 8, 10, 32, 12);

    private StatisticsCells() {
    }

    /** The row's cells under {@link #HEADERS}; empty cells for what does not apply. */
    static List<PlanCell> of(Assessment a) {
        Estimate e = a.estimate();
        List<PlanCell> cells = new ArrayList<>(HEADERS.size());
        if (a.suppressed()) {
            for (int i = 0; i < 5; i++) {
                cells.add(PlanCell.text(SUPPRESSED));
            }
        } else {
            cells.add(PlanCell.figure(e == null ? null : e.value()));
            addInterval(cells, e == null ? null : e.ci95());
            addInterval(cells, e == null ? null : e.ci998());
        }
        cells.add(PlanCell.text(e == null ? "" : e.method()));
        cells.add(PlanCell.text(a.comparison().label()));
        cells.add(PlanCell.text(a.trend() == null ? "" : a.trend().label().label()));
        cells.add(PlanCell.text(a.direction() == null ? "" : a.direction().label()));
        cells.add(PlanCell.text(a.rank() == null ? "" : a.rank().toString()));
        cells.add(PlanCell.text(a.quintile() == null ? "" : a.quintile().label()));
        cells.add(PlanCell.text(Wording.target(a)));
        RagColour colour = RagColour.of(a);
        cells.add(PlanCell.filled(a.rag().key(), colour));
        return cells;
    }

    private static void addInterval(List<PlanCell> cells, Interval interval) {
        cells.add(PlanCell.figure(interval == null ? null : interval.lower()));
        cells.add(PlanCell.figure(interval == null ? null : interval.upper()));
    }
}
