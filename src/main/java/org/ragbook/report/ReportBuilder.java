package org.ragbook.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.Rag;
import org.ragbook.compute.SeriesChart;
import org.ragbook.compute.spc.SpcResult;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Validation;

/** Builds the one JSON report from what validation and the assessment found. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static Report build(String fileName, Validation validation, List<Assessment> assessments,
            List<SeriesChart> charts, List<Paragraph> paragraphs) {
        return new Report(
                validation.schema().id(),
                fileName,
                ragCounts(assessments),
                validation.findings().stream().map(ReportBuilder::entry).toList(),
                assessments.stream().map(ReportBuilder::entry).toList(),
                Narrative.of(assessments),
                charts.stream().map(ReportBuilder::entry).toList(),
                paragraphs,
                OwnArea.of(assessments).stream().map(area -> new Report.AreaEntry(area.code(), area.name(),
                        ragCounts(area.counted()))).toList());
    }

    /** Counts per colour, every colour present (zero included) in the order green, amber, red, not compared. */
    public static Map<String, Integer> ragCounts(List<Assessment> assessments) {
        Map<Rag, Integer> counts = countsByColour(assessments);
        Map<String, Integer> keyed = new LinkedHashMap<>();
        counts.forEach((rag, n) -> keyed.put(rag.key(), n));
        return keyed;
    }

    /** Counts per colour of what a committee counts ({@link Assessment#counted()}), every colour present. */
    public static Map<Rag, Integer> countsByColour(List<Assessment> assessments) {
        Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            counts.put(rag, 0);
        }
        assessments.stream().filter(Assessment::counted).forEach(a -> counts.merge(a.rag(), 1, Integer::sum));
        return counts;
    }

    private static Report.SpcEntry entry(SeriesChart chart) {
        SpcResult result = chart.result();
        return new Report.SpcEntry(chart.indicator().code(), chart.indicator().name(), chart.areaCode(),
                chart.areaName(), chart.latestPeriod(), result.rows().get(result.rows().size() - 1).value(),
                result.variation() == null ? null : result.variation().label(),
                result.assurance() == null ? null : result.assurance().label(), SpcReading.of(chart),
                result.profile().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Report.FindingEntry entry(Finding f) {
        return new Report.FindingEntry(f.severity().label(), f.rule(), f.sheet(),
                f.cell() == null ? null : f.cell().address(), f.message());
    }

    private static Report.ObservationEntry entry(Assessment a) {
        Observation o = a.observation();
        Estimate e = a.suppressed() ? null : a.estimate();
        return new Report.ObservationEntry(
                o.indicator().code(),
                o.indicator().name(),
                o.areaCode(),
                o.areaName(),
                o.sex().label(),
                o.age(),
                o.period(),
                e == null ? null : e.value(),
                e == null || e.ci95() == null ? null : e.ci95().lower(),
                e == null || e.ci95() == null ? null : e.ci95().upper(),
                a.benchmarkValue(),
                a.comparison().label(),
                o.indicator().target() == null ? null : o.indicator().target().toString(),
                a.rag().key(),
                a.reason(),
                o.valueCell().toString(),
                e == null || e.ci998() == null ? null : e.ci998().lower(),
                e == null || e.ci998() == null ? null : e.ci998().upper(),
                a.estimate() == null ? null : a.estimate().method(),
                a.suppressed(),
                a.trend() == null ? null : a.trend().label().label(),
                a.direction() == null ? null : a.direction().label(),
                a.rank() == null ? null : a.rank().toString(),
                a.quintile() == null ? null : a.quintile().label(),
                a.changeOnLastYear() == null ? null : a.changeOnLastYear().previous(),
                a.changeOnLastYear() == null ? null : a.changeOnLastYear().difference(),
                a.yearEndForecast() == null ? null : a.yearEndForecast().value(),
                a.yearEndForecast() == null ? null : a.yearEndForecast().basis(),
                a.counted());
    }
}
