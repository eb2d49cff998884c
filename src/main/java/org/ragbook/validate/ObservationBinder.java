package org.ragbook.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ragbook.schema.CiMethod;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.Sex;
import org.ragbook.schema.ValueType;

/**
 * Turns the cells of one observation (whichever layout they came from) into an {@link Observation},
 * reporting every cell that cannot be used. An observation with any error is not bound: an error
 * means its value must not be judged.
 */
final class ObservationBinder {

    private final ReturnSchema schema;
    private final AgeBands ageBands;
    /** The observations asked for age bands, so that bands nobody asked for can be reported. */
    private final Set<AgeBands.Key> bandsAsked = new HashSet<>();
    /** Returns repeat a few codes and ages many thousand times; look each pair up once. */
    private final Map<String, Optional<Indicator>> lookups = new HashMap<>();
    private final UnlistedIndicators unlisted;

    ObservationBinder(ReturnSchema schema, AgeBands ageBands) {
        this.schema = schema;
        this.ageBands = ageBands;
        this.unlisted = new UnlistedIndicators(schema);
    }

    Set<AgeBands.Key> bandsAsked() {
        return bandsAsked;
    }

    Optional<Observation> bind(Map<LongColumn, LocatedCell> cells, List<Finding> findings) {
        return bind(cells, findings, null);
    }

    /** The period format of the indicator a row names (any text for one no schema lists). */
    PeriodFormat periodFormatOf(String indicatorText, String ageText) {
        return indicator(indicatorText, ageText).map(Indicator::periodFormat).orElse(PeriodFormat.ANY);
    }

    private Optional<Indicator> indicator(String indicatorText, String ageText) {
        return lookups.computeIfAbsent(indicatorText + '\u0000' + ageText, key -> schema.indicator(indicatorText, ageText));
    }

    /** @param uploadKey the row's key when it is a Fingertips upload-layout row, else null */
    Optional<Observation> bind(Map<LongColumn, LocatedCell> cells, List<Finding> findings, UploadKey uploadKey) {
        LocatedCell indicatorCell = cells.get(LongColumn.INDICATOR_ID);
        String indicatorText = TextCells.text(indicatorCell.value());
        if (indicatorText == null) {
            return Optional.empty();
        }
        String ageText = text(cells, LongColumn.AGE);
        Indicator indicator = indicator(indicatorText, ageText)
                .orElseGet(() -> unlisted.indicator(indicatorText, indicatorCell.ref(), findings));
        int findingsBefore = findings.size();

        String areaCode = text(cells, LongColumn.AREA_CODE);
        String areaName = text(cells, LongColumn.AREA_NAME);
        if (areaCode == null && areaName == null) {
            areaCode = schema.areaCode();
            areaName = schema.areaName();
        }
        Sex sex = SexCells.read(cells.get(LongColumn.SEX), cells.get(LongColumn.VALUE).ref(), indicator, findings);
        String period = PeriodCells.read(cells.get(LongColumn.TIME_PERIOD).value(),
                cells.get(LongColumn.TIME_PERIOD).ref(), indicator, findings);
        LocatedCell valueCell = cells.get(LongColumn.VALUE);
        AgeBands.Key bandKey = new AgeBands.Key(indicator, areaCode, sex, period);
        bandsAsked.add(bandKey);
        Observation observation = new Observation(
                indicator,
                areaCode,
                areaName,
                sex,
                indicator.age() != null ? indicator.age() : text(cells, LongColumn.AGE),
                period,
                number(cells, LongColumn.VALUE, findings),
                number(cells, LongColumn.LOWER_CI_95, findings),
                number(cells, LongColumn.UPPER_CI_95, findings),
                number(cells, LongColumn.LOWER_CI_998, findings),
                number(cells, LongColumn.UPPER_CI_998, findings),
                number(cells, LongColumn.COUNT, findings),
                number(cells, LongColumn.DENOMINATOR, findings),
                number(cells, LongColumn.EXPECTED, findings),
                number(cells, LongColumn.STANDARD_DEVIATION, findings),
                text(cells, LongColumn.VALUE_NOTE),
                valueCell.ref(),
                ageBands.of(bandKey),
                uploadKey);
        checkRanges(observation, cells, findings);
        // A value already reported wrong (out of a proportion's range) is not reported again for its interval.
        boolean valueReported = findings.subList(findingsBefore, findings.size()).stream()
                .anyMatch(f -> f.isError() && valueCell.ref().equals(f.cell()));
        IntervalChecks.check(observation, cells, valueReported, findings);
        // Errors in its age bands are reported at the bands; the rate they would give must not be judged.
        boolean usable = findings.subList(findingsBefore, findings.size()).stream().noneMatch(Finding::isError)
                && !ageBands.isBroken(bandKey);
        if (usable && observation.value() == null && observation.valueNote() == null && !computable(observation)) {
            findings.add(missingValue(observation));
        }
        return usable ? Optional.of(observation) : Optional.empty();
    }

    private Finding missingValue(Observation o) {
        String what = "The value of " + o.indicator().code() + " for " + o.areaName() + " " + o.period() + " is blank";
        if (o.indicator().ciMethod() == CiMethod.DOBSON && ageBands.sheetMissing()) {
            return Rule.MISSING_AGE_BANDS.warning(o.valueCell(), what + " and the workbook has no '"
                    + schema.ageBandSheet() + "' sheet to compute it from. Add that sheet with the header Indicator ID,"
                    + " Area Code, Sex, Time period, Age band, Count, Population and one row per age band (the"
                    + " schema's template has it), or enter the value and its 95% limits.");
        }
        return Rule.MISSING_VALUE.warning(o.valueCell(), what + ". If it is suppressed or not published, say so in"
                + " 'Value note'.");
    }

    /** A blank value that Ragbook computes from the row's own figures or its age bands is not missing. */
    private static boolean computable(Observation o) {
        return switch (o.indicator().ciMethod()) {
            case WILSON, BYARS -> o.count() != null && o.denominator() != null;
            case ISR -> o.count() != null && o.expected() != null;
            case DOBSON -> !o.ageBands().isEmpty();
            default -> false;
        };
    }

    private static void checkRanges(Observation o, Map<LongColumn, LocatedCell> cells, List<Finding> findings) {
        checkNotNegative(cells, LongColumn.COUNT, o.count(), findings);
        checkNotNegative(cells, LongColumn.DENOMINATOR, o.denominator(), findings);
        checkNotNegative(cells, LongColumn.STANDARD_DEVIATION, o.standardDeviation(), findings);
        if (o.expected() != null && o.expected() <= 0) {
            findings.add(Rule.NEGATIVE_FIGURE.error(cells.get(LongColumn.EXPECTED).ref(), "The expected count ("
                    + format(o.expected()) + ") must be more than 0: a standardised ratio divides by it."));
        }
        boolean proportion = o.indicator().valueType() == ValueType.PROPORTION;
        double max = o.indicator().multiplier();
        if (proportion && o.value() != null && (o.value() < 0 || o.value() > max)) {
            findings.add(Rule.PROPORTION_OUT_OF_RANGE.error(o.valueCell(), o.indicator().code() + " is a proportion"
                    + " shown per " + format(max) + ", so its value must lie between 0 and " + format(max)
                    + "; this cell holds " + format(o.value()) + "."));
        }
        // Of an indicator no schema lists nothing is known, so a count above its denominator is taken
        // as the slip it nearly always is (as Fingertips' upload checks do) rather than as a rate.
        if ((proportion || !o.indicator().isListed()) && o.count() != null && o.denominator() != null
                && o.count() > o.denominator()) {
            findings.add(Rule.COUNT_EXCEEDS_DENOMINATOR.error(cells.get(LongColumn.COUNT).ref(), "The count ("
                    + format(o.count()) + ") is larger than the denominator (" + format(o.denominator()) + "), which"
                    + " cannot happen for " + (proportion ? "a proportion such as " + o.indicator().code()
                    : "indicator " + o.indicator().code() + ", which no schema lists") + "."));
        }
    }

    /** Events, people and spreads are never negative; a minus sign is a typing or formula error. */
    private static void checkNotNegative(Map<LongColumn, LocatedCell> cells, LongColumn column, Double figure,
            List<Finding> findings) {
        if (figure != null && figure < 0) {
            findings.add(Rule.NEGATIVE_FIGURE.error(cells.get(column).ref(), "'" + header(cells, column) + "' cannot be"
                    + " negative; this cell holds " + format(figure) + "."));
        }
    }

    /** The column's name as the return's own layout gives it. */
    static String header(Map<LongColumn, LocatedCell> cells, LongColumn column) {
        LocatedCell cell = cells.get(column);
        return cell != null && cell.header() != null ? cell.header() : column.header();
    }

    private static String text(Map<LongColumn, LocatedCell> cells, LongColumn column) {
        LocatedCell cell = cells.get(column);
        return cell == null ? null : TextCells.text(cell.value());
    }

    private static Double number(Map<LongColumn, LocatedCell> cells, LongColumn column, List<Finding> findings) {
        LocatedCell cell = cells.get(column);
        return cell == null ? null : NumberCells.read(cell.value(), cell.ref(), header(cells, column), findings);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
