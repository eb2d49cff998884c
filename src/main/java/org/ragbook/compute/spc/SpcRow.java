package org.ragbook.compute.spc;

import java.time.LocalDate;

/**
 * One charted point with the lines drawn through it. The lines are null where the series is too
 * short for limits under the profile.
 */
public record SpcRow(LocalDate date, double value, Double mean, Double lowerProcessLimit, Double upperProcessLimit,
        Double lowerTwoSigma, Double upperTwoSigma, SpcRule rule, PointType pointType) {
}
