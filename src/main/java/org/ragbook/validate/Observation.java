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
 * a directly standardised rate. {@code uploadKey} is the row's key when it came in the Fingertips
 * upload layout, null from any other layout.
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
        List<AgeBandCount> ageBands,
        UploadKey uploadKey) {

    public Observation {
        ageBands = List.copyOf(ageBands);
    }

    /** An observation from a layout other than the upload layout, which has no upload key. */
    public Observation(Indicator indicator, String areaCode, String areaName, Sex sex, String age, String period,
            Double value, Double lowerCi95, Double upperCi95, Double lowerCi998, Double upperCi998, Double count,
            Double denominator, Double expected, Double standardDeviation, String valueNote, CellRef valueCell,
            List<AgeBandCount> ageBands) {
        this(indicator, areaCode, areaName, sex, age, period, value, lowerCi95, upperCi95, lowerCi998, upperCi998,
                count, denominator, expected, standardDeviation, valueNote, valueCell, ageBands, null);
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
                upperCi998, count, denominator, expected, standardDeviation, valueNote, cell, ageBands, uploadKey);
    }

    /**
     * Identifies the observation for duplicate detection and history: indicator, area, sex, age, period,
     * and an upload-layout row's category when it has one (left out otherwise, so that keys stored
     * before categories were read still match).
     */
    public String key() {
        String key = indicator.code() + "|" + areaCode + "|" + sex + "|" + (age == null ? "" : age) + "|" + period;
        return uploadKey != null && uploadKey.hasCategory() ? key + "|" + uploadKey.category() : key;
    }
}
