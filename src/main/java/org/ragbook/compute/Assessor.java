package org.ragbook.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.rank.ComparatorGroups;
import org.ragbook.compute.target.Forecast;
import org.ragbook.compute.target.Variance;
import org.ragbook.schema.ComparisonLevels;
import org.ragbook.schema.Indicator;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Validation;

/**
 * Judges every observation of a validated return. A target, where the schema sets one, decides the
 * colour (it is the standard the board holds the service to); otherwise the comparison with the
 * benchmark does: better (or best) green, similar amber, worse (or worst) red. Benchmark rows are
 * what others are compared with, so they are not judged themselves. Suppressed figures take no part
 * in anything.
 */
public final class Assessor {

    private Assessor() {
    }

    public static Assessed assess(Validation validation, ComparatorGroups groups) {
        return assess(validation, groups, List.of());
    }

    /**
     * @param past stored observations of earlier submissions for the same series: they lengthen the
     *             recent trend and give the direction of travel a previous period, but are not
     *             judged again
     */
    public static Assessed assess(Validation validation, ComparatorGroups groups, List<Observation> past) {
        List<Observation> observations = validation.observations();
        int n = observations.size();
        List<Finding> findings = new ArrayList<>();
        Estimate[] estimates = new Estimate[n];
        Estimate[] usable = new Estimate[n];
        boolean[] suppressed = Suppressions.of(observations);
        for (int i = 0; i < n; i++) {
            estimates[i] = Estimates.of(observations.get(i), findings);
            usable[i] = suppressed[i] ? null : estimates[i];
        }
        Map<String, Double> benchmarks = benchmarkValues(observations, usable);
        SeriesStatistics series = SeriesStatistics.of(observations, usable, past);
        PeerStatistics peers = PeerStatistics.of(observations, usable, groups);
        YearToDate yearToDate = YearToDate.of(observations, usable);
        boolean[] counted = CountedObservations.of(observations, groups);

        List<Assessment> assessments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Observation o = observations.get(i);
            if (isBenchmark(o)) {
                continue;
            }
            Estimate used = usable[i];
            Double benchmark = benchmarks.get(benchmarkKey(o));
            Comparison comparison = compare(o.indicator(), used, benchmark);
            TargetResult target = TargetAssessment.assess(used == null ? null : used.value(), o.indicator().target());
            Rag rag = target != TargetResult.NO_TARGET ? colourOf(target) : colourOf(comparison);
            Variance change = yearToDate.changeOnLastYear(o, used);
            Forecast forecast = yearToDate.yearEnd(o, used);
            assessments.add(new Assessment(o, estimates[i], suppressed[i], benchmark, comparison, target, rag,
                    series.trend(i), series.direction(i), peers.rank(i), peers.quintile(i), change, forecast,
                    Reasons.of(o, used, suppressed[i], benchmark, comparison, target)
                            + Reasons.yearToDate(change, forecast), counted[i]));
        }
        List<SeriesChart> charts = SeriesCharts.of(observations, usable, past, findings);
        return new Assessed(assessments, charts, findings);
    }

    /** At the levels the indicator's schema asks for: 95% alone, or 95% and 99.8%. */
    private static Comparison compare(Indicator indicator, Estimate used, Double benchmark) {
        if (used == null || !indicator.isListed()) {
            return Comparison.NOT_COMPARED;
        }
        if (indicator.levels() == ComparisonLevels.TWO_LEVEL) {
            return BenchmarkComparison.compareAtTwoLevels(used.ci95(), used.ci998(), benchmark, indicator.polarity());
        }
        return used.ci95() == null ? Comparison.NOT_COMPARED
                : BenchmarkComparison.compare(used.ci95().lower(), used.ci95().upper(), benchmark, indicator.polarity());
    }

    private static Rag colourOf(TargetResult target) {
        return switch (target) {
            case MET -> Rag.GREEN;
            case WITHIN_TOLERANCE -> Rag.AMBER;
            case MISSED -> Rag.RED;
            case NO_TARGET -> Rag.NOT_COMPARED;
        };
    }

    private static Rag colourOf(Comparison comparison) {
        return switch (comparison) {
            case BEST, BETTER -> Rag.GREEN;
            case SIMILAR -> Rag.AMBER;
            case WORSE, WORST -> Rag.RED;
            case HIGHER, LOWER, NOT_COMPARED -> Rag.NOT_COMPARED;
        };
    }

    static boolean isBenchmark(Observation o) {
        return o.indicator().benchmark().matches(o.areaCode(), o.areaName());
    }

    private static Map<String, Double> benchmarkValues(List<Observation> observations, Estimate[] usable) {
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < usable.length; i++) {
            Observation o = observations.get(i);
            if (usable[i] != null && isBenchmark(o)) {
                values.put(benchmarkKey(o), usable[i].value());
            }
        }
        return values;
    }

    /** The same indicator, sex, age and period: what a row is compared with. */
    private static String benchmarkKey(Observation o) {
        return o.indicator().id() + "|" + o.sex() + "|" + o.age() + "|" + o.period();
    }
}
