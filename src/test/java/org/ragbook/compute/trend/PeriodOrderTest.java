package org.ragbook.compute.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.compute.trend.PeriodOrder.ordinal;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ragbook.schema.PeriodFormat;

class PeriodOrderTest {

    private static int difference(PeriodFormat format, String earlier, String later) {
        return ordinal(format, later).getAsInt() - ordinal(format, earlier).getAsInt();
    }

    @Test
    void consecutiveYearsDifferByOne() {
        assertThat(difference(PeriodFormat.CALENDAR_YEAR, "2019", "2020")).isEqualTo(1);
        assertThat(difference(PeriodFormat.FINANCIAL_YEAR, "2019/20", "2020/21")).isEqualTo(1);
        assertThat(difference(PeriodFormat.FINANCIAL_YEAR, "1999/00", "2000/01")).isEqualTo(1);
    }

    @Test
    void severalYearRangesGoByTheirFirstYear() {
        assertThat(ordinal(PeriodFormat.MULTI_YEAR, "2017 - 19")).hasValue(2017);
        assertThat(difference(PeriodFormat.MULTI_YEAR, "2016 - 18", "2017 - 19")).isEqualTo(1);
        assertThat(ordinal(PeriodFormat.MULTI_YEAR, "2015/16 - 19/20")).hasValue(2015);
        assertThat(ordinal(PeriodFormat.MULTI_YEAR, "1998 - 00")).hasValue(1998);
    }

    @Test
    void monthsFollowOnAcrossTheYearEnd() {
        assertThat(difference(PeriodFormat.MONTH, "Dec-20", "Jan-21")).isEqualTo(1);
        assertThat(difference(PeriodFormat.MONTH, "2020-12", "2021-01")).isEqualTo(1);
        assertThat(ordinal(PeriodFormat.MONTH, "December 2020")).isEqualTo(ordinal(PeriodFormat.MONTH, "Dec-20"));
        assertThat(ordinal(PeriodFormat.MONTH, "Sept-20")).isEqualTo(ordinal(PeriodFormat.MONTH, "2020-09"));
    }

    @Test
    void financialQuartersFollowOnFromQ4ToTheNextYearsQ1() {
        assertThat(difference(PeriodFormat.QUARTER, "2020/21 Q4", "2021/22 Q1")).isEqualTo(1);
        assertThat(difference(PeriodFormat.QUARTER, "Q2 2020/21", "2020/21 Q3")).isEqualTo(1);
    }

    @Test
    void twelveMonthRangesGoByTheirFirstYear() {
        assertThat(difference(PeriodFormat.PERIOD_RANGE, "Aug 2018 - Jul 2019", "Aug 2019 - Jul 2020")).isEqualTo(1);
        assertThat(difference(PeriodFormat.PERIOD_RANGE, "Mar15 - Feb 16", "Mar16 - Feb 17")).isEqualTo(1);
    }

    @Test
    void periodsThatCannotBePlacedHaveNoOrdinal() {
        assertThat(ordinal(PeriodFormat.ANY, "2019")).isEqualTo(OptionalInt.empty());
        assertThat(ordinal(PeriodFormat.CALENDAR_YEAR, "2019/20")).isEmpty();
        assertThat(ordinal(PeriodFormat.FINANCIAL_YEAR, "2019/21")).isEmpty();
        assertThat(ordinal(PeriodFormat.MULTI_YEAR, "2019 - 17")).isEmpty();
        assertThat(ordinal(PeriodFormat.MONTH, "2020-13")).isEmpty();
        assertThat(ordinal(PeriodFormat.MONTH, "Decx-20")).isEmpty();
        assertThat(ordinal(PeriodFormat.PERIOD_RANGE, "Apr-20 to Jan-21")).isEmpty();
        assertThat(ordinal(PeriodFormat.QUARTER, "2020/22 Q1")).isEmpty();
    }

    @Test
    void aSeriesTakesTheFirstFormatThatPlacesEveryPeriod() {
        assertThat(PeriodOrder.commonFormat(List.of("2018", "2019"))).contains(PeriodFormat.CALENDAR_YEAR);
        assertThat(PeriodOrder.commonFormat(List.of("2018/19", "2019/20"))).contains(PeriodFormat.FINANCIAL_YEAR);
        assertThat(PeriodOrder.commonFormat(List.of("Nov-20", "Dec-20"))).contains(PeriodFormat.MONTH);
        assertThat(PeriodOrder.commonFormat(List.of("2018", "2019/20"))).isEmpty();
        assertThat(PeriodOrder.commonFormat(List.of())).isEmpty();
    }
}
