package org.ragbook.compute.trend;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ragbook.schema.PeriodFormat;

/**
 * Puts the periods a return writes in order, so that "the 5 most recent unbroken periods" can be
 * found: the ordinal of a period is one more than that of the period before it. Years and
 * financial years count by year, several-year ranges ({@code 2017 - 19}) and twelve-month ranges
 * ({@code Aug 2018 - Jul 2019}) by their first year, months by month and financial-year quarters by
 * quarter. Periods written in two digits ({@code Dec-20}) are taken as 20xx.
 */
public final class PeriodOrder {

    /** The formats tried when a series does not say its own, most specific first. */
    private static final List<PeriodFormat> ORDERED_FORMATS = List.of(PeriodFormat.CALENDAR_YEAR,
            PeriodFormat.FINANCIAL_YEAR, PeriodFormat.MULTI_YEAR, PeriodFormat.QUARTER, PeriodFormat.MONTH,
            PeriodFormat.PERIOD_RANGE);

    /** Longer "ranges" are typing mistakes, such as 2019 - 17 read as 2019 to 2117. */
    private static final int LONGEST_RANGE_YEARS = 10;

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern SEVERAL_YEARS = Pattern.compile("(\\d{4})(?:/(\\d{2}))?\\s*-\\s*(\\d{2})(?:/(\\d{2}))?");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("([A-Za-z]+)[- ]?(\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?:(\\d{4}/\\d{2})\\s*Q([1-4])|Q([1-4])\\s*(\\d{4}/\\d{2}))");
    private static final Pattern RANGE = Pattern.compile("(?i)([a-z]{3}[- ]?\\d{2,4})\\s*(?:-|to)\\s*([a-z]{3}[- ]?\\d{2,4})");

    private PeriodOrder() {
    }

    /** The place of {@code period} in a series written in {@code format}; empty when it cannot be placed. */
    public static OptionalInt ordinal(PeriodFormat format, String period) {
        if (period == null || !format.matches(period)) {
            return OptionalInt.empty();
        }
        String text = period.trim();
        return switch (format) {
            case CALENDAR_YEAR -> OptionalInt.of(Integer.parseInt(text));
            case FINANCIAL_YEAR -> financialYear(text);
            case MULTI_YEAR -> severalYears(text);
            case MONTH -> month(text);
            case QUARTER -> quarter(text);
            case PERIOD_RANGE -> twelveMonths(text);
            case ANY -> OptionalInt.empty();
        };
    }

    /** The first format in which every one of {@code periods} can be placed; empty when none can place them all. */
    public static Optional<PeriodFormat> commonFormat(Collection<String> periods) {
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        return ORDERED_FORMATS.stream()
                .filter(format -> periods.stream().allMatch(p -> ordinal(format, p).isPresent()))
                .findFirst();
    }

    private static OptionalInt financialYear(String text) {
        Matcher m = FINANCIAL_YEAR.matcher(text);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int start = Integer.parseInt(m.group(1));
        return followsOn(start, m.group(2)) ? OptionalInt.of(start) : OptionalInt.empty();
    }

    /** {@code 2017 - 19} or {@code 2015/16 - 19/20}, by the first year; at most ten years long. */
    private static OptionalInt severalYears(String text) {
        Matcher m = SEVERAL_YEARS.matcher(text);
        if (!m.matches() || (m.group(2) == null) != (m.group(4) == null)) {
            return OptionalInt.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int last = fullYear(start, Integer.parseInt(m.group(3)));
        boolean financial = m.group(2) != null;
        if (last <= start || last - start > LONGEST_RANGE_YEARS || financial && !(followsOn(start, m.group(2)) && followsOn(last, m.group(4)))) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(start);
    }

    private static OptionalInt month(String text) {
        Matcher numeric = NUMERIC_MONTH.matcher(text);
        if (numeric.matches()) {
            int month = Integer.parseInt(numeric.group(2));
            return month >= 1 && month <= 12
                    ? OptionalInt.of(Integer.parseInt(numeric.group(1)) * 12 + month - 1)
                    : OptionalInt.empty();
        }
        return namedMonth(text, false);
    }

    /** {@code Dec-20}, {@code December 2020}, {@code Mar15}; with {@code abbreviated}, three letters only. */
    private static OptionalInt namedMonth(String text, boolean abbreviated) {
        Matcher m = NAMED_MONTH.matcher(text.trim());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        int month = name.length() < 3 || abbreviated && name.length() != 3 ? -1 : monthOf(name);
        if (month < 0) {
            return OptionalInt.empty();
        }
        String year = m.group(2);
        int fullYear = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
        return OptionalInt.of(fullYear * 12 + month);
    }

    private static int monthOf(String name) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Financial-year quarters: Q1 is April to June, so 2020/21 Q4 is followed by 2021/22 Q1. */
    private static OptionalInt quarter(String text) {
        Matcher m = QUARTER.matcher(text);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        String year = m.group(1) != null ? m.group(1) : m.group(4);
        int quarter = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        OptionalInt start = financialYear(year);
        return start.isPresent() ? OptionalInt.of(start.getAsInt() * 4 + quarter - 1) : OptionalInt.empty();
    }

    /** {@code Aug 2018 - Jul 2019}: a year that starts in another month, by its first year. Other spans have no order. */
    private static OptionalInt twelveMonths(String text) {
        Optional<MonthSpan> span = months(text);
        return span.isPresent() && span.get().length() == 12
                ? OptionalInt.of(span.get().first() / 12)
                : OptionalInt.empty();
    }

    /** The months a range such as {@code Apr-20 to Jan-21} covers, counted as year × 12 + month (January 0). */
    public static Optional<MonthSpan> months(String period) {
        Matcher m = RANGE.matcher(period == null ? "" : period.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        OptionalInt first = namedMonth(m.group(1), true);
        OptionalInt last = namedMonth(m.group(2), true);
        if (first.isEmpty() || last.isEmpty() || last.getAsInt() < first.getAsInt()) {
            return Optional.empty();
        }
        return Optional.of(new MonthSpan(first.getAsInt(), last.getAsInt()));
    }

    /** A run of whole months, both ends included. */
    public record MonthSpan(int first, int last) {

        public int length() {
            return last - first + 1;
        }

        public MonthSpan yearEarlier() {
            return new MonthSpan(first - 12, last - 12);
        }

        /** True when the span starts in April, as the NHS and local government financial year does. */
        public boolean startsFinancialYear() {
            return first % 12 == 3;
        }
    }

    /** True when the two-digit {@code next} is the year after {@code year}, as the 20 of 2019/20. */
    private static boolean followsOn(int year, String next) {
        return Integer.parseInt(next) == (year + 1) % 100;
    }

    /** The year of two-digit {@code yy} in the century of {@code start}, or the next one when it would come first. */
    private static int fullYear(int start, int yy) {
        int year = start / 100 * 100 + yy;
        return year < start ? year + 100 : year;
    }
}
