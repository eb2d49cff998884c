package org.ragbook.compute.target;

/**
 * Year-end figures projected from the year to date. Only the simple run rate is offered, and its
 * basis says so: it carries the average of the periods so far into the periods left, so it knows
 * nothing of seasons (winter admissions, year-end reablement pushes) or plans.
 */
public final class YearEndForecast {

    private YearEndForecast() {
    }

    /**
     * The run rate: the year to date divided by the periods elapsed, times the periods in the year.
     * This is the straight-line "forecast outturn at the current run rate" of NHS and council
     * performance reports; the seed paper's Better Care Fund figures are forecasts of this kind
     * (permanent admissions "currently forecast at 494.0").
     *
     * @param yearToDate     the total of the periods elapsed, in the indicator's units
     * @param periodsElapsed how many periods the total covers, 1 to {@code periodsInYear}
     * @param periodsInYear  12 for months, 4 for quarters, 52 or 53 for weeks
     */
    public static Forecast runRate(double yearToDate, int periodsElapsed, int periodsInYear) {
        if (periodsInYear < 1 || periodsElapsed < 1 || periodsElapsed > periodsInYear) {
            throw new IllegalArgumentException("a run rate needs 1 to " + periodsInYear + " periods elapsed of "
                    + periodsInYear + ", not " + periodsElapsed);
        }
        if (!Double.isFinite(yearToDate)) {
            throw new IllegalArgumentException("the year to date must be a number, not " + yearToDate);
        }
        double value = yearToDate / periodsElapsed * periodsInYear;
        return new Forecast(value, "run rate: " + periodsElapsed + " of " + periodsInYear + " " + unit(periodsInYear));
    }

    private static String unit(int periodsInYear) {
        return switch (periodsInYear) {
            case 12 -> "months";
            case 4 -> "quarters";
            case 52, 53 -> "weeks";
            default -> "periods";
        };
    }
}
