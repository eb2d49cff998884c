package org.ragbook.service;

import java.util.ArrayList;
import java.util.List;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.SheetGrid;

/**
 * Breast screening coverage (phof-dashboard C24a) returns for Leicestershire, one year a return as
 * an analyst would send them: Fingertips' own trend example, counts 994, 1023, 1199, 1332, 1367 over
 * denominators 40299, 41527, 42811, 44064, 44701 for 2016 to 2020 (fingertips-open
 * TrendMarkerCalculatorTest; χ² 47.90, a significant increase).
 */
final class ScreeningReturns {

    static final int[] YEARS = {2016, 2017, 2018, 2019, 2020};
    static final double[] COUNTS = {994, 1023, 1199, 1332, 1367};
    static final double[] DENOMINATORS = {40299, 41527, 42811, 44064, 44701};

    private ScreeningReturns() {
    }

    /** A workbook holding the given years (indexes into {@link #YEARS}), with count and denominator only. */
    static byte[] years(int... indexes) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Indicator ID", "Area Code", "Area Name", "Sex", "Time period", "Value", "Count",
                "Denominator"));
        for (int i : indexes) {
            rows.add(row(YEARS[i], COUNTS[i], DENOMINATORS[i]));
        }
        return FixtureFiles.xlsxBytes(new SheetGrid("Indicators", rows));
    }

    /** One year with a count of its own: a revision of what an earlier return said. */
    static byte[] revised(int year, double count, double denominator) {
        return FixtureFiles.xlsxBytes(new SheetGrid("Indicators", List.of(
                List.of("Indicator ID", "Area Code", "Area Name", "Sex", "Time period", "Value", "Count",
                        "Denominator"),
                row(year, count, denominator))));
    }

    private static List<Object> row(int year, double count, double denominator) {
        List<Object> row = new ArrayList<>(List.of("C24a", "E10000018", "Leicestershire", "Female",
                Integer.toString(year)));
        row.add(null);
        row.add(count);
        row.add(denominator);
        return row;
    }
}
