package org.ragbook.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.schema.Benchmark;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Validation;

/**
 * Judges every observation of a validated return. A target, where the schema sets one, decides the
 * colour (it is the standard the board holds the service to); otherwise the comparison with the
 * benchmark does: better green, similar amber, worse red. Benchmark rows are what others are
 * compared with, so they are not judged themselves.
 */
public final class Assessor {

    private Assessor() {
    }

    public static List<Assessment> assess(Validation validation) {
        Map<String, Double> benchmarks = benchmarkValues(validation.observations());
        List<Assessment> assessments = new ArrayList<>();
        for (Observation o : validation.observations()) {
            if (!isBenchmark(o)) {
                assessments.add(assess(o, benchmarks.get(benchmarkKey(o, o.indicator().benchmark()))));
            }
        }
        return assessments;
    }

    static Assessment assess(Observation o, Double benchmarkValue) {
        Comparison comparison = BenchmarkComparison.compare(
                o.lowerCi95(), o.upperCi95(), benchmarkValue, o.indicator().polarity());
        TargetResult target = TargetAssessment.assess(o.value(), o.indicator().target());
        Rag rag = target != TargetResult.NO_TARGET ? colourOf(target) : colourOf(comparison);
        return new Assessment(o, benchmarkValue, comparison, target, rag, Reasons.of(o, benchmarkValue, comparison, target));
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
            case BETTER -> Rag.GREEN;
            case SIMILAR -> Rag.AMBER;
            case WORSE -> Rag.RED;
            case HIGHER, LOWER, NOT_COMPARED -> Rag.NOT_COMPARED;
        };
    }

    private static boolean isBenchmark(Observation o) {
        return o.indicator().benchmark().matches(o.areaCode(), o.areaName());
    }

    private static Map<String, Double> benchmarkValues(List<Observation> observations) {
        Map<String, Double> values = new HashMap<>();
        for (Observation o : observations) {
            if (isBenchmark(o) && o.value() != null) {
                values.put(benchmarkKey(o, o.indicator().benchmark()), o.value());
            }
        }
        return values;
    }

    private static String benchmarkKey(Observation o, Benchmark benchmark) {
        return o.indicator().id() + "|" + benchmark.areaCode() + "|" + o.sex() + "|" + o.age() + "|" + o.period();
    }
}
