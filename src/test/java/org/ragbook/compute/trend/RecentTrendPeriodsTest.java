package org.ragbook.compute.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.compute.trend.FingertipsTrendData.COUNTS;
import static org.ragbook.compute.trend.FingertipsTrendData.DENOMINATORS;
import static org.ragbook.compute.trend.FingertipsTrendData.LOWER;
import static org.ragbook.compute.trend.FingertipsTrendData.UPPER;
import static org.ragbook.compute.trend.FingertipsTrendData.VALUES;
import static org.ragbook.compute.trend.FingertipsTrendData.countSeries;
import static org.ragbook.compute.trend.FingertipsTrendData.intervalSeries;
import static org.ragbook.compute.trend.FingertipsTrendData.intervals;
import static org.ragbook.compute.trend.FingertipsTrendData.proportions;
import static org.ragbook.compute.trend.FingertipsTrendData.rounded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ValueType;

/** Which points the recent trend is tested on: the 5 most recent, yearly and unbroken. */
class RecentTrendPeriodsTest {

    @Test
    void onlyTheFiveMostRecentPeriodsAreTested() {
        List<TrendPoint> series = new ArrayList<>(countSeries());
        series.add(0, TrendPoint.ofCounts("2013", 40.0, 2000, 50000));
        series.add(0, TrendPoint.ofCounts("2011", 10.0, 500, 50000));

        TrendResult result = RecentTrend.assess(series, ValueType.PROPORTION, 1000, Polarity.NONE);

        assertThat(rounded(result.chiSquared())).isEqualTo(47.90);
    }

    @Test
    void aSeriesGivenOutOfOrderIsPutInOrderOfPeriod() {
        List<TrendPoint> series = new ArrayList<>(countSeries());
        Collections.reverse(series);

        TrendResult result = RecentTrend.assess(series, ValueType.PROPORTION, 1000, Polarity.HIGH);

        assertThat(result.label()).isEqualTo(TrendLabel.INCREASING_AND_GETTING_BETTER);
    }

    @Test
    void financialYearsFollowOnByYear() {
        String[] years = {"2014/15", "2015/16", "2016/17", "2017/18", "2018/19"};

        TrendResult result = RecentTrend.assess(proportions(years, COUNTS, DENOMINATORS, 1000), ValueType.PROPORTION,
                1000, Polarity.NONE);

        assertThat(rounded(result.chiSquared())).isEqualTo(47.90);
        assertThat(result.reason()).contains("over 2014/15 to 2018/19");
    }

    @Test
    void twelveMonthPeriodsStartingInAugustAreYearly() {
        String[] winters = {"Aug 2014 - Jul 2015", "Aug 2015 - Jul 2016", "Aug 2016 - Jul 2017",
                "Aug 2017 - Jul 2018", "Aug 2018 - Jul 2019"};

        TrendResult result = RecentTrend.assess(intervals(winters, VALUES, LOWER, UPPER), ValueType.RATIO, 1,
                Polarity.LOW);

        assertThat(result.label()).isEqualTo(TrendLabel.INCREASING_AND_GETTING_WORSE);
    }

    @Test
    void aMissingYearAmongTheLastFiveBreaksTheSeries() {
        String[] years = {"2012", "2014", "2016", "2017", "2018"};

        TrendResult result = RecentTrend.assess(proportions(years, COUNTS, DENOMINATORS, 1000), ValueType.PROPORTION,
                1000, Polarity.NONE);

        assertThat(result.label()).isEqualTo(TrendLabel.CANNOT_BE_CALCULATED);
        assertThat(result.reason()).isEqualTo("the 5 most recent periods must be unbroken, each with a count and "
                + "a denominator, but the series jumps from 2014 to 2016");
    }

    @Test
    void fewerThanFivePeriodsCannotBeTested() {
        TrendResult result = RecentTrend.assess(proportions(new String[] {"2017", "2018", "2019"},
                new double[] {10, 12, 14}, new double[] {100, 100, 100}, 100), ValueType.PROPORTION, 100,
                Polarity.NONE);

        assertThat(result.reason()).endsWith("but there are only 3 (2017 to 2019)");
    }

    @Test
    void anEmptySeriesCannotBeTested() {
        TrendResult result = RecentTrend.assess(List.of(), ValueType.PROPORTION, 100, Polarity.NONE);

        assertThat(result.reason()).isEqualTo("there are no periods to test");
    }

    @Test
    void aProportionWithoutCountsCannotBeTested() {
        TrendResult result = RecentTrend.assess(intervalSeries(), ValueType.PROPORTION, 1000, Polarity.NONE);

        assertThat(result.reason()).endsWith("but 2018 has no count and denominator");
    }

    @Test
    void aRateWithoutAnIntervalCannotBeTested() {
        TrendResult result = RecentTrend.assess(countSeries(), ValueType.DSR, 100000, Polarity.LOW);

        assertThat(result.reason()).endsWith("each with a 95% confidence interval, but 2018 has no 95% confidence "
                + "interval");
    }

    @Test
    void aCountAboveItsDenominatorIsNotAProportion() {
        List<TrendPoint> series = new ArrayList<>(countSeries());
        series.set(4, TrendPoint.ofCounts("2018", 1100, 44, 40));

        TrendResult result = RecentTrend.assess(series, ValueType.PROPORTION, 1000, Polarity.NONE);

        assertThat(result.reason()).endsWith("but 2018 has a count 44 of 40, which is not a proportion");
    }

    @Test
    void theSamePeriodTwiceIsRefused() {
        String[] years = {"2014", "2015", "2016", "2018", "2018"};

        TrendResult result = RecentTrend.assess(proportions(years, COUNTS, DENOMINATORS, 1000), ValueType.PROPORTION,
                1000, Polarity.NONE);

        assertThat(result.reason()).endsWith("but 2018 appears twice");
    }

    @Test
    void monthlyAndQuarterlySeriesAreNotTested() {
        String[] months = {"Aug-20", "Sep-20", "Oct-20", "Nov-20", "Dec-20"};
        String[] quarters = {"2019/20 Q4", "2020/21 Q1", "2020/21 Q2", "2020/21 Q3", "2020/21 Q4"};

        TrendResult monthly = RecentTrend.assess(proportions(months, COUNTS, DENOMINATORS, 1000),
                ValueType.PROPORTION, 1000, Polarity.NONE);
        TrendResult quarterly = RecentTrend.assess(proportions(quarters, COUNTS, DENOMINATORS, 1000),
                ValueType.PROPORTION, 1000, Polarity.NONE);

        assertThat(monthly.reason()).isEqualTo("monthly periods (Aug-20) are not tested for a recent trend, only "
                + "yearly ones");
        assertThat(quarterly.reason()).isEqualTo("quarterly periods (2019/20 Q4) are not tested for a recent trend, "
                + "only yearly ones");
    }

    @Test
    void periodsInMixedFormatsCannotBeOrdered() {
        String[] mixed = {"2014", "2015/16", "2016", "2017", "2018"};

        TrendResult result = RecentTrend.assess(proportions(mixed, COUNTS, DENOMINATORS, 1000), ValueType.PROPORTION,
                1000, Polarity.NONE);

        assertThat(result.reason()).isEqualTo("the periods (2014, 2015/16, 2016, 2017, 2018) cannot be put in order");
    }
}
