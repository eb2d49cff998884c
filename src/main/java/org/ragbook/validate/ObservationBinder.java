package org.ragbook.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ragbook.schema.Indicator;
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
    /** Returns repeat a few codes and ages many thousand times; look each pair up once. */
    private final Map<String, Optional<Indicator>> lookups = new HashMap<>();

    ObservationBinder(ReturnSchema schema) {
        this.schema = schema;
    }

    Optional<Observation> bind(Map<LongColumn, LocatedCell> cells, List<Finding> findings) {
        LocatedCell indicatorCell = cells.get(LongColumn.INDICATOR_ID);
        String indicatorText = TextCells.text(indicatorCell.value());
        if (indicatorText == null) {
            return Optional.empty();
        }
        String ageText = text(cells, LongColumn.AGE);
        Optional<Indicator> found = lookups.computeIfAbsent(indicatorText + '\u0000' + ageText,
                key -> schema.indicator(indicatorText, ageText));
        if (found.isEmpty()) {
            findings.add(Rule.UNKNOWN_INDICATOR.error(indicatorCell.ref(), "'" + indicatorText + "' is not an indicator"
                    + " of the " + schema.id() + " schema. Use one of its codes, such as "
                    + schema.indicators().get(0).code() + " (the Instructions sheet of the template lists them)."));
            return Optional.empty();
        }
        Indicator indicator = found.get();
        int findingsBefore = findings.size();

        String areaCode = text(cells, LongColumn.AREA_CODE);
        String areaName = text(cells, LongColumn.AREA_NAME);
        if (areaCode == null && areaName == null) {
            areaCode = schema.areaCode();
            areaName = schema.areaName();
        }
        Sex sex = sex(cells, indicator, findings);
        String period = PeriodCells.read(cells.get(LongColumn.TIME_PERIOD).value(),
                cells.get(LongColumn.TIME_PERIOD).ref(), indicator, findings);
        LocatedCell valueCell = cells.get(LongColumn.VALUE);
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
                text(cells, LongColumn.VALUE_NOTE),
                valueCell.ref());
        checkRanges(observation, cells, findings);
        boolean usable = findings.subList(findingsBefore, findings.size()).stream().noneMatch(Finding::isError);
        if (usable && observation.value() == null && observation.valueNote() == null && !computable(observation)) {
            findings.add(Rule.MISSING_VALUE.warning(valueCell.ref(), "The value of " + indicator.code() + " for "
                    + observation.areaName() + " " + period + " is blank. If it is suppressed or not published, say so"
                    + " in 'Value note'."));
        }
        return usable ? Optional.of(observation) : Optional.empty();
    }

    /** A blank value that Ragbook computes from the row's count and denominator is not missing. */
    private static boolean computable(Observation o) {
        return o.count() != null && o.denominator() != null && o.indicator().ciMethod().computesFromCountAndDenominator();
    }

    private static void checkRanges(Observation o, Map<LongColumn, LocatedCell> cells, List<Finding> findings) {
        if (o.indicator().valueType() != ValueType.PROPORTION) {
            return;
        }
        double max = o.indicator().multiplier();
        if (o.value() != null && (o.value() < 0 || o.value() > max)) {
            findings.add(Rule.PROPORTION_OUT_OF_RANGE.error(o.valueCell(), o.indicator().code() + " is a proportion"
                    + " shown per " + format(max) + ", so its value must lie between 0 and " + format(max)
                    + "; this cell holds " + format(o.value()) + "."));
        }
        if (o.count() != null && o.denominator() != null && o.count() > o.denominator()) {
            findings.add(Rule.COUNT_EXCEEDS_DENOMINATOR.error(cells.get(LongColumn.COUNT).ref(), "The count ("
                    + format(o.count()) + ") is larger than the denominator (" + format(o.denominator()) + "), which"
                    + " cannot happen for a proportion such as " + o.indicator().code() + "."));
        }
    }

    /** A blank Sex means the indicator's own sex; an indicator published by sex needs it said. */
    private static Sex sex(Map<LongColumn, LocatedCell> cells, Indicator indicator, List<Finding> findings) {
        LocatedCell cell = cells.getOrDefault(LongColumn.SEX, cells.get(LongColumn.VALUE));
        String text = cells.containsKey(LongColumn.SEX) ? TextCells.text(cell.value()) : null;
        if (text == null) {
            if (indicator.sex() == null) {
                findings.add(Rule.UNKNOWN_SEX.error(cell.ref(), indicator.code()
                        + " is published separately for males and females: write Male or Female in 'Sex'."));
            }
            return indicator.sex();
        }
        Optional<Sex> sex = Sex.parse(text);
        if (sex.isEmpty()) {
            findings.add(Rule.UNKNOWN_SEX.error(cell.ref(), "Sex '" + text + "' is not recognised. Write Persons, Male"
                    + " or Female (or P, M, F)."));
            return null;
        }
        return sex.get();
    }

    private static String text(Map<LongColumn, LocatedCell> cells, LongColumn column) {
        LocatedCell cell = cells.get(column);
        return cell == null ? null : TextCells.text(cell.value());
    }

    private static Double number(Map<LongColumn, LocatedCell> cells, LongColumn column, List<Finding> findings) {
        LocatedCell cell = cells.get(column);
        return cell == null ? null : NumberCells.read(cell.value(), cell.ref(), column.header(), findings);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
