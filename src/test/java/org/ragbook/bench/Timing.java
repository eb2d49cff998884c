package org.ragbook.bench;

import java.util.Arrays;

/** Wall-clock timing for the benchmarks: the median of a few runs after a warm-up. */
final class Timing {

    private static final int RUNS = 3;

    interface Work {
        void run() throws Exception;
    }

    private Timing() {
    }

    /** Median wall time in seconds of {@link #RUNS} runs after one warm-up run. */
    static double median(Work work) throws Exception {
        work.run();
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[RUNS / 2];
    }
}
