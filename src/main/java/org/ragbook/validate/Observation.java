package org.ragbook.validate;

import java.util.List;
import org.ragbook.read.CellRef;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.Sex;

/**
 * One indicator value for one area, sex, age and period, bound from a return and checked. Numbers
 * that were absent or unusable are null; {@code valueCell} is where the value was (or should have
 * been) so that annotations land on it. {@code expected} feeds an indirectly standardised ratio,
 * {@code standardDeviation} a mean's interval, and {@code ageBands} (empty when the return has none)
 * a directly standardised rate.
 */
public record Observation(
        Indicator indicator,
        String areaCode,
        String areaName,
        Sex sex,
        String age,
        String period,
        Double value,
        Double lowerCi95,
        Double upperCi95,
        Double lowerCi998,
        Double upperCi998,
        Double count,
        Double denominator,
        Double expected,
        Double standardDeviation,
        String valueNote,
        CellRef valueCell,
        List<AgeBandCount> ageBands) {

    public Observation {
        ageBands = List.copyOf(ageBands);
    }

    public boolean hasCi95() {
        return lowerCi95 != null && upperCi95 != null;
    }

    /** Whether two observations say the same thing, wherever each was written: a row pasted twice. */
    public boolean sameAs(Observation other) {
        return atCell(null).equals(other.atCell(null));
    }

    private Observation atCell(CellRef cell) {
        return new Observation(indicator, areaCode, areaName, sex, age, period, value, lowerCi95, upperCi95, lowerCi998,
                upperCi998, count, denominator, expected, standardDeviation, valueNote, cell, ageBands);
    }

    /** Identifies the observation for duplicate detection and history: indicator, area, sex, age, period. */
    public String key() {
        return indicator.code() + "|" + areaCode + "|" + sex + "|" + (age == null ? "" : age) + "|" + period;
    }
}
