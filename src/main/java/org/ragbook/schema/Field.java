package org.ragbook.schema;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ragbook.schema.LineRecorder.Located;

/**
 * A value of a schema file with its file and field path ({@code indicators[7].polarity}), so that
 * every check can refuse it with a message saying exactly where it is.
 */
record Field(String file, String path, Scalar value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\+?\\d{1,9}");
    private static final Pattern TARGET = Pattern.compile("(>=|<=|>|<)\\s*(" + NUMBER.pattern() + ")");
    private static final List<Double> MULTIPLIERS = List.of(1.0, 100.0, 1000.0, 10000.0, 100000.0);

    /** The field {@code path} of the mapping {@code owner}, refused where the mapping starts when it is absent. */
    static Field required(String file, Located owner, String path, Scalar value, String hint) {
        if (value == null) {
            throw SchemaException.at(file, owner.line, path, "missing (" + hint + ")");
        }
        return new Field(file, path, value);
    }

    SchemaException problem(String text) {
        return SchemaException.at(file, value.line(), path, text);
    }

    String text() {
        if (value.text().isEmpty()) {
            throw problem("is empty");
        }
        return value.text();
    }

    String slug() {
        if (!SLUG.matcher(text()).matches()) {
            throw problem(quoted() + " is not a slug (lower-case letters and digits joined by hyphens,"
                    + " such as breast-screening)");
        }
        return value.text();
    }

    double number() {
        if (!NUMBER.matcher(value.text()).matches()) {
            throw problem(quoted() + " is not a number");
        }
        return Double.parseDouble(value.text());
    }

    double nonNegativeNumber() {
        double n = number();
        if (n < 0) {
            throw problem(quoted() + " is negative");
        }
        return n;
    }

    int nonNegativeWholeNumber() {
        if (!WHOLE_NUMBER.matcher(value.text()).matches()) {
            throw problem(quoted() + " is not a whole number of 0 or more");
        }
        return Integer.parseInt(value.text());
    }

    /** A schema's version: templates are stamped with it, so it counts up from 1. */
    int version() {
        if (!WHOLE_NUMBER.matcher(value.text()).matches() || Integer.parseInt(value.text()) < 1) {
            throw problem(quoted() + " is not a version: a whole number of 1 or more");
        }
        return Integer.parseInt(value.text());
    }

    /** An SPC baseline: limits need two points at least, for one moving range. */
    int baseline() {
        int points = nonNegativeWholeNumber();
        if (points < 2) {
            throw problem(quoted() + " is too few: a baseline needs at least 2 points");
        }
        return points;
    }

    /** A month written {@code yyyy-mm}, as ISO 8601 writes it, so no reader can take it for a day. */
    YearMonth month() {
        try {
            return YearMonth.parse(value.text());
        } catch (DateTimeParseException e) {
            throw problem(quoted() + " is not a month: write it yyyy-mm, such as 2020-04");
        }
    }

    double multiplier() {
        if (!NUMBER.matcher(value.text()).matches() || !MULTIPLIERS.contains(Double.parseDouble(value.text()))) {
            throw problem(quoted() + " is not one of 1, 100, 1000, 10000, 100000");
        }
        return Double.parseDouble(value.text());
    }

    boolean bool() {
        return oneOf(List.of("true", "false")).equals("true");
    }

    /** The enum constant written in its YAML spelling: {@code crude-rate} for {@code CRUDE_RATE}. */
    <E extends Enum<E>> E choice(Class<E> type) {
        List<String> spellings = Arrays.stream(type.getEnumConstants()).map(Field::spelling).toList();
        String chosen = oneOf(spellings);
        return type.getEnumConstants()[spellings.indexOf(chosen)];
    }

    /** One of {@code options}, matched regardless of case, so the seed's "High" reads as high. */
    String oneOf(List<String> options) {
        return options.stream().filter(o -> o.equalsIgnoreCase(value.text())).findFirst()
                .orElseThrow(() -> problem(quoted() + " is not one of " + String.join(", ", options)));
    }

    Target target(double amberTolerance) {
        Matcher m = TARGET.matcher(value.text());
        if (!m.matches()) {
            throw problem(quoted() + " is not an operator (>, >=, <, <=) followed by a number");
        }
        Target.Operator operator = Arrays.stream(Target.Operator.values())
                .filter(o -> o.symbol().equals(m.group(1))).findFirst().orElseThrow();
        return new Target(operator, Double.parseDouble(m.group(2)), amberTolerance);
    }

    static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String quoted() {
        return "'" + value.text() + "'";
    }
}
