package org.ragbook.compute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.target.Forecast;
import org.ragbook.compute.target.SamePeriodLastYear;
import org.ragbook.compute.target.Variance;
import org.ragbook.compute.target.YearEndForecast;
import org.ragbook.compute.trend.PeriodOrder;
import org.ragbook.compute.trend.PeriodOrder.MonthSpan;
import org.ragbook.schema.ValueType;
import org.ragbook.validate.Observation;

/**
 * Figures for a span of months such as {@code Apr-20 to Jan-21}, as the BCF section of the seed
 * paper reads them: the change on the same months a year before (48,012 against 59,244, −11,232),
 * and, for a count or rate that accumulates over a financial year, a year-end forecast at the run
 * rate so far, stated as such.
 */
final class YearToDate {

    private static final int MONTHS_IN_YEAR = 12;

    private final Map<String, Double> valueBySpan = new HashMap<>();

    private YearToDate() {
    }

    static YearToDate of(List<Observation> observations, Estimate[] usable) {
        YearToDate ytd = new YearToDate();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            Optional<MonthSpan> span = PeriodOrder.months(o.period());
            if (usable[i] != null && span.isPresent()) {
                ytd.valueBySpan.put(key(o, span.get()), usable[i].value());
            }
        }
        return ytd;
    }

    /** The change on the same months a year before, when the return holds them. */
    Variance changeOnLastYear(Observation o, Estimate used) {
        if (used == null) {
            return null;
        }
        return PeriodOrder.months(o.period())
                .map(span -> valueBySpan.get(key(o, span.yearEarlier())))
                .map(previous -> SamePeriodLastYear.variance(used.value(), previous))
                .orElse(null);
    }

    /** The year-end run-rate forecast of a financial year's count or rate, part way through the year. */
    Forecast yearEnd(Observation o, Estimate used) {
        ValueType type = o.indicator().valueType();
        if (used == null || (type != ValueType.COUNT && type != ValueType.CRUDE_RATE)) {
            return null;
        }
        return PeriodOrder.months(o.period())
                .filter(span -> span.startsFinancialYear() && span.length() < MONTHS_IN_YEAR)
                .map(span -> YearEndForecast.runRate(used.value(), span.length(), MONTHS_IN_YEAR))
                .orElse(null);
    }

    private static String key(Observation o, MonthSpan span) {
        return o.indicator().id() + "|" + o.areaCode() + "|" + o.sex() + "|" + o.age() + "|" + span.first() + "|"
                + span.last();
    }
}
