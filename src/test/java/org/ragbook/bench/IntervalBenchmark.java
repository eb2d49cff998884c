package org.ragbook.bench;

import org.ragbook.compute.ci.ConfidenceLevel;
import org.ragbook.compute.ci.Interval;
import org.ragbook.compute.ci.PoissonInterval;
import org.ragbook.compute.ci.WilsonInterval;

/**
 * Measures how many Wilson and Byar's intervals a second the confidence-interval code computes:
 * 1,000,000 of each over varied counts, alternating the two levels, best of five runs after a warm-up.
 * An informal figure for the README, not a test. Run it as
 * {@code java -cp target/ragbook.jar:target/test-classes org.ragbook.bench.IntervalBenchmark}.
 */
public final class IntervalBenchmark {

    private static final int INTERVALS = 1_000_000;
    private static final int RUNS = 5;
    private static final ConfidenceLevel[] LEVELS = ConfidenceLevel.values();

    private IntervalBenchmark() {
    }

    public static void main(String[] args) {
        run();
        double best = Double.MAX_VALUE;
        double checksum = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            checksum += run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("%,d Wilson + %,d Byar's intervals in %.3f s: %,.0f intervals/s (checksum %.6e)%n",
                INTERVALS, INTERVALS, best, 2 * INTERVALS / best, checksum);
    }

    /** Sums the limits so that the work cannot be optimised away. */
    private static double run() {
        double sum = 0;
        for (int i = 0; i < INTERVALS; i++) {
            ConfidenceLevel level = LEVELS[i & 1];
            double count = 10 + i % 5000;
            Interval wilson = WilsonInterval.of(count, count * 3 + i % 97, level);
            Interval byars = PoissonInterval.byars(count, level);
            sum += wilson.lower() + wilson.upper() + byars.lower() + byars.upper();
        }
        return sum;
    }
}
