package org.ragbook.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.SeriesChart;
import org.ragbook.compute.Rag;
import org.ragbook.report.Narrative;
import org.ragbook.report.ReportBuilder;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.validate.Observation;

/**
 * The Summary sheet, the first thing the analyst sees: the committee-paper sentence, the counts
 * per colour, the significant trends and the SPC icons, then the counted values listed under their
 * colour, reds first since they need action. It lists what a committee counts (each indicator at
 * its latest period, for the return's own areas); the RAG column beside the table colours the rest.
 * A list stops at {@link #LISTED_PER_COLOUR} values: past that a list is no summary, and the RAG
 * column filters to the rest.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    private static final List<Rag> COUNT_ORDER = List.of(Rag.GREEN, Rag.AMBER, Rag.RED, Rag.NOT_COMPARED);
    private static final List<Rag> LIST_ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NOT_COMPARED);
    private static final List<String> LIST_HEADERS = List.of("Indicator ID", "Indicator Name", "Area", "Sex",
            "Time period", "Value", "Benchmark", "Target", "Reason");
    private static final List<String> TREND_HEADERS = List.of("Indicator ID", "Indicator Name", "Area", "Sex",
            "Latest period", "Recent Trend", "Test");
    static final int LISTED_PER_COLOUR = 1_000;
    private static final List<Integer> WIDTHS = List.of(14, 40, 28, 9, 14, 10, 11, 32, 100);

    private SummarySheet() {
    }

    static PlanSheet of(String name, String fileName, ReturnSchema schema, List<Assessment> all,
            List<SeriesChart> charts) {
        List<Assessment> assessments = all.stream().filter(Assessment::counted).toList();
        Map<Rag, Integer> counts = ReportBuilder.countsByColour(assessments);
        List<List<PlanCell>> rows = new ArrayList<>();
        rows.add(List.of(PlanCell.title("Ragbook summary: " + (schema.title() == null ? schema.id() : schema.title()))));
        rows.add(List.of(PlanCell.text("Return: " + fileName)));
        rows.add(List.of());
        int best = shaded(assessments, RagColour.BEST);
        int worst = shaded(assessments, RagColour.WORST);
        rows.add(List.of(PlanCell.text(Narrative.of(assessments))));
        rows.add(List.of(PlanCell.text(countedNote(all.size(), assessments.size()))));
        rows.add(List.of());
        rows.add(List.of(PlanCell.header("RAG"), PlanCell.header("Count")));
        for (Rag rag : COUNT_ORDER) {
            RagColour colour = RagColour.of(rag);
            rows.add(List.of(PlanCell.filled(colour.label(), colour), PlanCell.number((double) counts.get(rag))));
            if (rag == Rag.GREEN) {
                addOfWhich(rows, RagColour.BEST, best);
            } else if (rag == Rag.RED) {
                addOfWhich(rows, RagColour.WORST, worst);
            }
        }
        addTrends(rows, assessments);
        rows.addAll(SpcSheet.summaryRows(charts));
        for (Rag rag : LIST_ORDER) {
            List<Assessment> judged = assessments.stream().filter(a -> a.rag() == rag).toList();
            if (!judged.isEmpty()) {
                rows.add(List.of());
                addList(rows, RagColour.of(rag), judged);
            }
        }
        return new PlanSheet(name, rows, WIDTHS, -1);
    }

    /** What the counts count, when the return holds more than that: its history, benchmark and neighbours. */
    private static String countedNote(int judged, int counted) {
        return counted == judged ? "Each indicator is counted once, at its latest period."
                : "Counted: each indicator once, at its latest period, for the return's own areas (" + counted + " of "
                        + judged + " judged values); earlier periods and neighbouring areas are context for the trend"
                        + " and the rank.";
    }

    /** How many values wear a colour's two-level shade: Best among the greens, Worst among the reds. */
    private static int shaded(List<Assessment> assessments, RagColour shade) {
        return (int) assessments.stream().filter(a -> RagColour.of(a) == shade).count();
    }

    /** "of which Best" under Green, "of which Worst" under Red, only when the two-level comparison gave any. */
    private static void addOfWhich(List<List<PlanCell>> rows, RagColour shade, int count) {
        if (count > 0) {
            rows.add(List.of(PlanCell.filled("of which " + shade.label(), shade), PlanCell.number((double) count)));
        }
    }

    /** The indicators with a significant recent trend, as the seed paper lists them after the counts. */
    private static void addTrends(List<List<PlanCell>> rows, List<Assessment> assessments) {
        List<Assessment> trending = assessments.stream()
                .filter(a -> a.trend() != null && a.trend().label().significant())
                .toList();
        if (trending.isEmpty()) {
            return;
        }
        rows.add(List.of());
        rows.add(List.of(PlanCell.header("Significant recent trends (" + trending.size() + ")")));
        rows.add(TREND_HEADERS.stream().map(PlanCell::header).toList());
        for (Assessment a : trending.subList(0, Math.min(trending.size(), LISTED_PER_COLOUR))) {
            rows.add(row(a.observation(),
                    PlanCell.text(a.trend().label().label()),
                    PlanCell.text(Wording.orEmpty(a.trend().reason()))));
        }
    }

    /** A listed value: which indicator, area, sex and period it is, then the list's own cells. */
    private static List<PlanCell> row(Observation o, PlanCell... rest) {
        List<PlanCell> cells = new ArrayList<>(List.of(
                PlanCell.text(o.indicator().code()),
                PlanCell.text(o.indicator().name()),
                PlanCell.text(Wording.area(o)),
                PlanCell.text(Wording.sex(o)),
                PlanCell.text(Wording.orEmpty(o.period()))));
        cells.addAll(List.of(rest));
        return cells;
    }

    private static void addList(List<List<PlanCell>> rows, RagColour colour, List<Assessment> judged) {
        rows.add(List.of(PlanCell.header(colour.label() + " (" + judged.size() + ")").withFill(colour)));
        rows.add(LIST_HEADERS.stream().map(PlanCell::header).toList());
        for (Assessment a : judged.subList(0, Math.min(judged.size(), LISTED_PER_COLOUR))) {
            Observation o = a.observation();
            rows.add(row(o,
                    a.suppressed() ? PlanCell.text(StatisticsCells.SUPPRESSED) : PlanCell.figure(a.value()),
                    PlanCell.figure(a.benchmarkValue()),
                    PlanCell.text(Wording.targetOf(o)),
                    PlanCell.text(Wording.orEmpty(a.reason()))));
        }
        if (judged.size() > LISTED_PER_COLOUR) {
            rows.add(List.of(PlanCell.text("... and " + (judged.size() - LISTED_PER_COLOUR) + " more "
                    + colour.label().toLowerCase(Locale.ROOT) + ": filter the RAG column to see them all.")));
        }
    }
}
