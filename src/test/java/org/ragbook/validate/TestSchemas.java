package org.ragbook.validate;

import java.util.List;
import org.ragbook.schema.Benchmark;
import org.ragbook.schema.CiMethod;
import org.ragbook.schema.ComparisonLevels;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.Sex;
import org.ragbook.schema.SpcSettings;
import org.ragbook.schema.Target;
import org.ragbook.schema.ValueType;

/** A small schema with one indicator of each shape the rules care about. */
public final class TestSchemas {

    public static final Indicator SCREENING = new Indicator("breast-screening", "C24a", 22001,
            "Cancer screening coverage - breast cancer", Sex.FEMALE, "53-70 yrs", ValueType.PROPORTION, 100,
            Polarity.HIGH, CiMethod.WILSON, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.CALENDAR_YEAR, 0, null, null);
    public static final Indicator CHLAMYDIA = new Indicator("chlamydia-detection", "D02a", null,
            "Chlamydia detection rate / 100,000 aged 15 to 24", Sex.PERSONS, "15-24 yrs", ValueType.CRUDE_RATE,
            100000, Polarity.HIGH, CiMethod.BYARS, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.CALENDAR_YEAR, 0, null, null);
    public static final Indicator CANCER_62 = new Indicator("cancer-62-days", "CB_B6", null,
            "Cancer 62 days of referral to treatment", Sex.PERSONS, null, ValueType.PROPORTION, 100, Polarity.HIGH,
            CiMethod.WILSON, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, new Target(Target.Operator.GREATER_OR_EQUAL, 85, 2), PeriodFormat.MONTH,
            0, SpcSettings.DEFAULT, null);
    public static final Indicator SMOKING = new Indicator("smoking-at-delivery", "C06", null,
            "Smoking status at time of delivery", Sex.FEMALE, null, ValueType.PROPORTION, 100, Polarity.LOW,
            CiMethod.WILSON, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.FINANCIAL_YEAR, 0, null, null);

    public static final Indicator LIFE_EXPECTANCY = new Indicator("life-expectancy", "A01b", null,
            "Life expectancy at birth", null, "All ages", ValueType.MEAN, 1, Polarity.HIGH, CiMethod.GIVEN,
            Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.MULTI_YEAR, 0, null, null);

    public static final ReturnSchema SAMPLE = new ReturnSchema("sample", "Sample", "Rules under test", "sample.yaml",
            null, "E10000018", "Leicestershire", null, List.of(SCREENING, CHLAMYDIA, CANCER_62, SMOKING, LIFE_EXPECTANCY), 1);

    private TestSchemas() {
    }
}
