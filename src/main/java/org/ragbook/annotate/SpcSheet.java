package org.ragbook.annotate;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ragbook.compute.SeriesChart;
import org.ragbook.compute.spc.PointType;
import org.ragbook.compute.spc.SpcRow;
import org.ragbook.report.SpcReading;

/**
 * The SPC sheet of an annotated workbook, without POI: per series a block of real cells (month,
 * value, mean, process limits, target, and the special-cause points by kind, each kind a column
 * of its own so the chart can colour it), the icons and the reading line; and for each block where
 * its chart goes. The Summary sheet's icon table comes from here too.
 *
 * <p>Charts stop at {@link #CHARTED_SERIES}: a regional return can hold hundreds of series, and a
 * sheet of hundreds of charts helps no board; the rest keep their cells, icons and reading.
 */
record SpcSheet(PlanSheet sheet, List<SpcChartSpec> charts) {

    static final String NAME = "SPC";
    static final int CHARTED_SERIES = 100;
    /** Columns of a block's table; the chart sits right of them. */
    static final List<String> HEADER = List.of("Month", "Value", "Mean", "Lower process limit",
            "Upper process limit", "Target", "Improvement", "Concern", "Neither", "Point type");
    /** The icon row's letter cells, under the drawn icons: label, letter, meaning, for each icon. */
    static final int VARIATION_COLUMN = 1;
    static final int ASSURANCE_COLUMN = 4;
    /** Rows a chart takes: a block is never shorter, so charts do not overlap. */
    static final int CHART_ROWS = 28;
    static final String SUMMARY_HEADING = "SPC (Making Data Count): the latest month of each monthly series";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);
    private static final List<Integer> WIDTHS = List.of(10, 12, 12, 12, 12, 12, 12, 12, 12, 26);
    private static final List<String> SUMMARY_HEADER = List.of("Indicator", "Area", "Latest", "Value", "Variation",
            "Assurance", "Reading");

    SpcSheet {
        charts = List.copyOf(charts);
    }

    /** The sheet for these series, or null when there are none. */
    static SpcSheet of(String name, List<SeriesChart> series) {
        if (series.isEmpty()) {
            return null;
        }
        List<List<PlanCell>> rows = new ArrayList<>();
        List<SpcChartSpec> charts = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            SpcChartSpec spec = block(rows, series.get(i));
            if (i < CHARTED_SERIES) {
                charts.add(spec);
            }
            pad(rows, spec.top() + CHART_ROWS);
            rows.add(List.of());
            rows.add(List.of());
        }
        if (series.size() > CHARTED_SERIES) {
            rows.add(List.of(PlanCell.text("Charts are drawn for the first " + CHARTED_SERIES + " of " + series.size()
                    + " series; every series above has its cells, icons and reading.")));
        }
        return new SpcSheet(new PlanSheet(name, rows, WIDTHS, -1), charts);
    }

    /** The Summary sheet's table: one row a series with its icons, as boards see them. */
    static List<List<PlanCell>> summaryRows(List<SeriesChart> series) {
        List<List<PlanCell>> rows = new ArrayList<>();
        if (series.isEmpty()) {
            return rows;
        }
        rows.add(List.of());
        rows.add(List.of(PlanCell.header(SUMMARY_HEADING)));
        rows.add(SUMMARY_HEADER.stream().map(PlanCell::header).toList());
        for (SeriesChart chart : series) {
            List<SpcRow> points = chart.result().rows();
            rows.add(List.of(PlanCell.text(chart.indicator().code()), PlanCell.text(area(chart)),
                    PlanCell.text(chart.latestPeriod()), PlanCell.figure(points.get(points.size() - 1).value()),
                    SpcIcon.variation(chart).cell(), SpcIcon.assurance(chart).cell(), PlanCell.text(SpcReading.of(chart))));
        }
        return rows;
    }

    private static SpcChartSpec block(List<List<PlanCell>> rows, SeriesChart chart) {
        int top = rows.size();
        SpcIcon variation = SpcIcon.variation(chart);
        SpcIcon assurance = SpcIcon.assurance(chart);
        rows.add(List.of(PlanCell.title(chart.indicator().name() + " — " + area(chart))));
        rows.add(List.of(PlanCell.text(SpcReading.of(chart))));
        int iconRow = rows.size();
        // the drawn ring covers the letter's cell; the letter stays there for readers of cells alone
        rows.add(List.of(PlanCell.header("Variation"), PlanCell.header(variation.letter()),
                PlanCell.text(variation.meaning()), PlanCell.header("Assurance"), PlanCell.header(assurance.letter()),
                PlanCell.text(assurance.meaning())));
        rows.add(List.of());
        rows.add(HEADER.stream().map(PlanCell::header).toList());
        Double target = chart.indicator().target() == null ? null : chart.indicator().target().value();
        int first = rows.size();
        for (SpcRow r : chart.result().rows()) {
            rows.add(List.of(PlanCell.text(MONTH.format(r.date())), PlanCell.figure(r.value()),
                    PlanCell.figure(r.mean()), PlanCell.figure(r.lowerProcessLimit()),
                    PlanCell.figure(r.upperProcessLimit()), PlanCell.figure(target),
                    PlanCell.figure(r.pointType() == PointType.SPECIAL_CAUSE_IMPROVEMENT ? r.value() : null),
                    PlanCell.figure(r.pointType() == PointType.SPECIAL_CAUSE_CONCERN ? r.value() : null),
                    PlanCell.figure(r.pointType() == PointType.SPECIAL_CAUSE_NEUTRAL_HIGH
                            || r.pointType() == PointType.SPECIAL_CAUSE_NEUTRAL_LOW ? r.value() : null),
                    PlanCell.text(r.pointType().label())));
        }
        return new SpcChartSpec(chart.indicator().code() + " " + chart.indicator().name(), top, iconRow, first,
                rows.size() - 1, target != null, Math.floor(lowest(chart, target)), variation, assurance);
    }

    private static void pad(List<List<PlanCell>> rows, int size) {
        while (rows.size() < size) {
            rows.add(List.of());
        }
    }

    /** The lowest line or value drawn. */
    private static double lowest(SeriesChart chart, Double target) {
        double lowest = target == null ? Double.POSITIVE_INFINITY : target;
        for (SpcRow r : chart.result().rows()) {
            lowest = Math.min(lowest, r.value());
            if (r.lowerProcessLimit() != null) {
                lowest = Math.min(lowest, r.lowerProcessLimit());
            }
        }
        return lowest;
    }

    private static String area(SeriesChart chart) {
        return chart.areaName() != null ? chart.areaName() : chart.areaCode();
    }
}
