package org.ragbook.compute.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.schema.Polarity;

/**
 * England quintiles by the Fingertips method (fingertips-open {@code QuintilesCalculator},
 * {@code ValueCategoriesCalculator.GetCategoryBounds}, {@code QuintilesComparer.GetCategory}). The
 * bounds are the 20th, 40th, 60th and 80th percentiles of all the values given, interpolated between
 * neighbouring sorted values (Excel's PERCENTILE.INC, R's type 7) and rounded to 10 decimal places
 * as Fingertips does to drop floating-point dust. A value on a bound falls in the lower fifth, so
 * equal values always share a fifth, and fifths need not hold equal numbers of areas. Fifths count
 * up from the lowest values; when high is good they are turned round so that the first is the best.
 * With fewer than 5 values Fingertips assigns no quintiles.
 */
public final class Quintiles {

    private static final int FIFTHS = 5;

    private Quintiles() {
    }

    /** The quintile of every area with a value; empty when fewer than 5 areas have one. */
    public static Map<String, Quintile> assign(Map<String, Double> valueByArea, Polarity polarity) {
        List<Double> sorted = valueByArea.values().stream()
                .filter(v -> v != null && Double.isFinite(v))
                .sorted()
                .toList();
        if (sorted.size() < FIFTHS) {
            return Map.of();
        }
        double[] upperBounds = new double[FIFTHS];
        for (int i = 1; i < FIFTHS; i++) {
            upperBounds[i - 1] = percentile(sorted, (double) i / FIFTHS);
        }
        upperBounds[FIFTHS - 1] = sorted.get(sorted.size() - 1);
        Map<String, Quintile> quintiles = new LinkedHashMap<>();
        valueByArea.forEach((area, value) -> {
            if (value != null && Double.isFinite(value)) {
                int fifth = fifthOf(value, upperBounds);
                quintiles.put(area, Quintile.of(polarity == Polarity.HIGH ? FIFTHS + 1 - fifth : fifth, polarity));
            }
        });
        return quintiles;
    }

    private static int fifthOf(double value, double[] upperBounds) {
        int fifth = 1;
        while (value > upperBounds[fifth - 1]) {
            fifth++;
        }
        return fifth;
    }

    private static double percentile(List<Double> sorted, double fraction) {
        double position = (sorted.size() - 1) * fraction;
        int below = (int) position;
        double between = position - below;
        double interpolated = below + 1 < sorted.size()
                ? sorted.get(below) + between * (sorted.get(below + 1) - sorted.get(below))
                : sorted.get(below);
        return BigDecimal.valueOf(interpolated).setScale(10, RoundingMode.HALF_UP).doubleValue();
    }
}
