package org.ragbook.schema;

import java.util.regex.Pattern;

/**
 * The ways a return writes its time periods, named as Fingertips writes them. A schema picks one
 * per indicator so that a mistyped period ({@code 2019-20} for {@code 2019/20}) is caught.
 */
public enum PeriodFormat {
    CALENDAR_YEAR("\\d{4}", "2019"),
    FINANCIAL_YEAR("\\d{4}/\\d{2}", "2019/20"),
    MULTI_YEAR("\\d{4}\\s*-\\s*\\d{2}|\\d{4}/\\d{2}\\s*-\\s*\\d{2}/\\d{2}", "2017 - 19"),
    MONTH("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[- ]\\d{2}(\\d{2})?|\\d{4}-\\d{2}", "Dec-20"),
    QUARTER("(?i)\\d{4}/\\d{2}\\s*Q[1-4]|Q[1-4]\\s*\\d{4}/\\d{2}", "2020/21 Q3"),
    PERIOD_RANGE("(?i)[a-z]{3}[- ]?\\d{2,4}\\s*(-|to)\\s*[a-z]{3}[- ]?\\d{2,4}", "Aug 2018 - Jul 2019"),
    ANY(".+", "any text");

    private final Pattern pattern;
    private final String example;

    PeriodFormat(String regex, String example) {
        this.pattern = Pattern.compile(regex);
        this.example = example;
    }

    public boolean matches(String period) {
        return pattern.matcher(period.trim()).matches();
    }

    /** A period in this format, for messages that show the analyst what is expected. */
    public String example() {
        return example;
    }
}
