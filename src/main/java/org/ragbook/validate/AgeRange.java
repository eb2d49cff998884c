package org.ragbook.validate;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One of the 19 five-year age bands OHID standardises by: {@code from} to {@code to} inclusive, or
 * {@code from} and over when {@code to} is null (90+). Validation knows only which bands exist;
 * their standard-population weights belong to compute.
 */
public record AgeRange(int from, Integer to) {

    /** The oldest band, open-ended. */
    static final int OLDEST = 90;
    static final int WIDTH = 5;

    /** The 19 bands, youngest first. */
    public static List<AgeRange> standardBands() {
        return IntStream.rangeClosed(0, OLDEST / WIDTH)
                .mapToObj(i -> new AgeRange(i * WIDTH, i * WIDTH == OLDEST ? null : i * WIDTH + WIDTH - 1))
                .toList();
    }

    /** The band's position among the 19, youngest first: 0 for 0-4, 18 for 90+. */
    public int index() {
        return from / WIDTH;
    }

    static boolean isStandard(int from, Integer to) {
        return to == null ? from == OLDEST : from % WIDTH == 0 && from < OLDEST && to == from + WIDTH - 1;
    }

    @Override
    public String toString() {
        return to == null ? from + "+" : from + "-" + to;
    }
}
