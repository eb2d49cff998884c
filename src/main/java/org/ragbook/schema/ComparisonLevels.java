package org.ragbook.schema;

/**
 * How many confidence levels an indicator is compared with its benchmark at. Fingertips compares
 * most indicators at 95% only ("single overlapping confidence intervals"); a few profiles ask for
 * both 95% and 99.8%, which splits Better into Better and Best and Worse into Worse and Worst
 * (fingertips-open, PholioVisualisationWS/Analysis/SingleOverlappingCIsForTwoCILevelsComparer.cs).
 */
public enum ComparisonLevels {
    /** The 95% interval alone: Better, Similar, Worse. Written {@code single-level}. */
    SINGLE_LEVEL,
    /** The 95% and 99.8% intervals: Best, Better, Similar, Worse, Worst. Written {@code two-level}. */
    TWO_LEVEL
}
