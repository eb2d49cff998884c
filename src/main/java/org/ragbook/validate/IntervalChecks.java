package org.ragbook.validate;

import java.util.List;
import java.util.Map;

/**
 * A value and its confidence limits must be in order, lower ≤ value ≤ upper, at 95% and at 99.8%:
 * limits out of order are a pasting slip (columns swapped, a row shifted), and any comparison made
 * with them would be wrong. Checked for every indicator, listed in a schema or not.
 */
final class IntervalChecks {

    private IntervalChecks() {
    }

    /** @param valueReported whether the value has an error already, so that only the limits' order is checked */
    static void check(Observation o, Map<LongColumn, LocatedCell> cells, boolean valueReported,
            List<Finding> findings) {
        check(o, o.lowerCi95(), o.upperCi95(), "95%", cells, LongColumn.LOWER_CI_95, valueReported, findings);
        check(o, o.lowerCi998(), o.upperCi998(), "99.8%", cells, LongColumn.LOWER_CI_998, valueReported, findings);
    }

    private static void check(Observation o, Double lower, Double upper, String level,
            Map<LongColumn, LocatedCell> cells, LongColumn lowerColumn, boolean valueReported, List<Finding> findings) {
        if (lower != null && upper != null && lower > upper) {
            findings.add(Rule.VALUE_OUTSIDE_INTERVAL.error(cells.get(lowerColumn).ref(), "The " + level + " lower limit ("
                    + ObservationBinder.format(lower) + ") is above the upper limit (" + ObservationBinder.format(upper)
                    + "). Check that the two limits are in their own columns."));
        } else if (!valueReported && o.value() != null && ((lower != null && o.value() < lower) || (upper != null && o.value() > upper))) {
            findings.add(Rule.VALUE_OUTSIDE_INTERVAL.error(o.valueCell(), "The value ("
                    + ObservationBinder.format(o.value()) + ") lies outside its own " + level + " confidence interval ("
                    + (lower == null ? "none" : ObservationBinder.format(lower)) + " to "
                    + (upper == null ? "none" : ObservationBinder.format(upper)) + "). Check the value and its limits."));
        }
    }
}
