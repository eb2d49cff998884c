package org.ragbook.compute;

import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.rank.Quintile;
import org.ragbook.compute.rank.Rank;
import org.ragbook.compute.target.Forecast;
import org.ragbook.compute.target.Variance;
import org.ragbook.compute.trend.Direction;
import org.ragbook.compute.trend.TrendResult;
import org.ragbook.validate.Observation;

/**
 * Ragbook's judgement of one observation: the figures it is judged by, how it compares with its
 * benchmark, how it stands against its target, its colour, and the statistics a committee paper
 * prints beside it. Fields that do not apply are null.
 *
 * @param estimate       the value and intervals used (given in the return or computed), or null
 *                       when the observation has no value
 * @param suppressed     true when the count is below the schema's threshold (or would reveal one
 *                       that is): the figures are shown as {@code *} and take no part in comparisons
 * @param benchmarkValue the benchmark's value for the same indicator, sex, age and period, or null
 * @param trend          the recent trend, computed for the latest period of each series only
 * @param direction      the direction of travel from the previous period, latest period only
 * @param rank           the rank among the area's comparator group, such as {@code 13/16}
 * @param changeOnLastYear the change on the same months a year before, for a span of months
 * @param yearEndForecast the run-rate forecast for the financial year, part way through it
 * @param counted        true for what a committee counts: the latest period of its indicator for one
 *                       of the return's own areas ({@link CountedObservations}); earlier periods and
 *                       neighbours are context
 */
public record Assessment(
        Observation observation,
        Estimate estimate,
        boolean suppressed,
        Double benchmarkValue,
        Comparison comparison,
        TargetResult target,
        Rag rag,
        TrendResult trend,
        Direction direction,
        Rank rank,
        Quintile quintile,
        Variance changeOnLastYear,
        Forecast yearEndForecast,
        String reason,
        boolean counted) {

    /** The value judged, or null when there is none or it is suppressed. */
    public Double value() {
        return estimate == null || suppressed ? null : estimate.value();
    }
}
