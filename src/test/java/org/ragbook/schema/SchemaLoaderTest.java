package org.ragbook.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaLoaderTest {

    /** Line numbers in the expected messages count from "id: sample" as line 1. */
    private static final String VALID = """
            id: sample
            title: Sample
            indicators:
              - id: breast-screening
                code: C24a
                name: Cancer screening coverage - breast cancer
                valueType: proportion
                multiplier: 100
                polarity: high
                target: ">= 70"
                periodFormat: calendar-year
              - id: chlamydia-detection
                code: D02a
                name: Chlamydia detection rate / 100,000 aged 15 to 24
                valueType: crude-rate
                multiplier: 100000
                polarity: high
                periodFormat: calendar-year
            """;

    @TempDir
    Path dir;

    private ReturnSchema load(String fileName, String yaml) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, yaml);
        return SchemaLoader.load(file);
    }

    private ReturnSchema load(String yaml) throws IOException {
        return load("sample.yaml", yaml);
    }

    private static String replace(String yaml, String from, String to) {
        assertThat(yaml).contains(from);
        return yaml.replace(from, to);
    }

    @Test
    void aValidSchemaBecomesItsIndicatorsWithTheUnsaidFieldsAtTheirDefaults() throws IOException {
        ReturnSchema schema = load(VALID);

        assertThat(schema.id()).isEqualTo("sample");
        assertThat(schema.source()).isEqualTo("sample.yaml");
        assertThat(schema.indicators()).extracting(Indicator::code).containsExactly("C24a", "D02a");
        Indicator screening = schema.indicators().get(0);
        assertThat(screening.target()).isEqualTo(new Target(Target.Operator.GREATER_OR_EQUAL, 70, 0));
        assertThat(screening.ciMethod()).isEqualTo(CiMethod.WILSON);
        assertThat(screening.benchmark()).isEqualTo(Benchmark.ENGLAND);
        assertThat(screening.sex()).isEqualTo(Sex.PERSONS);
        assertThat(screening.suppressBelow()).isZero();
        assertThat(screening.spc()).isNull();
        Indicator chlamydia = schema.indicators().get(1);
        assertThat(chlamydia.ciMethod()).isEqualTo(CiMethod.BYARS);
        assertThat(chlamydia.target()).isNull();
    }

    @Test
    void aMisspeltPolarityIsRefusedNamingFileLineAndField() {
        assertThatThrownBy(() -> load(replace(VALID, "    polarity: high\n    periodFormat",
                "    polarity: hihg\n    periodFormat")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 17: indicators[1].polarity: 'hihg' is not one of high, low, none");
    }

    @Test
    void aTargetThatIsNotAnOperatorAndANumberIsRefused() {
        assertThatThrownBy(() -> load(replace(VALID, "\">= 70\"", "\">= eighty\"")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 10: indicators[0].target: '>= eighty' is not an operator (>, >=, <, <=)"
                        + " followed by a number");
    }

    @Test
    void anUnknownPeriodFormatIsRefusedListingTheFormats() {
        assertThatThrownBy(() -> load(replace(VALID, "100000\n    polarity: high\n    periodFormat: calendar-year",
                "100000\n    polarity: high\n    periodFormat: fy")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 18: indicators[1].periodFormat: 'fy' is not one of calendar-year,"
                        + " financial-year, multi-year, month, quarter, period-range, any");
    }

    @Test
    void anUnknownFieldIsRefusedSoATypoCannotPassSilently() {
        assertThatThrownBy(() -> load(replace(VALID, "    polarity: high\n    periodFormat",
                "    polarty: high\n    periodFormat")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 17: indicators[1].polarty: not a known field; the fields here are"
                        + " age, amberTolerance, benchmark, ciMethod, code, comparison, fingertipsId, id, multiplier, name,"
                        + " partOf, periodFormat, polarity, sex, spc, spcBaseline, spcRecalculate, suppressBelow, target, valueType");
    }

    @Test
    void anIndicatorIsComparedAt95PercentAloneUnlessItOrTheDefaultsAskForTwoLevels() throws IOException {
        assertThat(load(VALID).indicators()).extracting(Indicator::levels)
                .containsOnly(ComparisonLevels.SINGLE_LEVEL);

        ReturnSchema own = load(replace(VALID, "    target: \">= 70\"\n", "    target: \">= 70\"\n    comparison: two-level\n"));
        assertThat(own.indicators()).extracting(Indicator::levels)
                .containsExactly(ComparisonLevels.TWO_LEVEL, ComparisonLevels.SINGLE_LEVEL);

        ReturnSchema defaulted = load(replace(VALID, "title: Sample\n", "title: Sample\ndefaults:\n  comparison: two-level\n"));
        assertThat(defaulted.indicators()).extracting(Indicator::levels).containsOnly(ComparisonLevels.TWO_LEVEL);
    }

    @Test
    void anUnknownComparisonIsRefusedNamingFileLineAndField() {
        assertThatThrownBy(() -> load(replace(VALID, "    target: \">= 70\"\n",
                "    target: \">= 70\"\n    comparison: 99.8\n")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 11: indicators[0].comparison: '99.8' is not one of single-level, two-level");
    }

    @Test
    void anUnknownFieldAtTheTopIsRefusedToo() {
        assertThatThrownBy(() -> load(replace(VALID, "title: Sample\n", "title: Sample\ntitel: Sample\n")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 3: titel: not a known field; the fields here are ageBands, area, defaults,"
                        + " description, id, indicators, title, version, wideLayout");
    }

    @Test
    void aSchemaIsAtVersion1UntilItSaysOtherwise() throws IOException {
        assertThat(load(VALID).version()).isEqualTo(1);
        assertThat(load(replace(VALID, "id: sample\n", "id: sample\nversion: 3\n")).version()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2.1", "two"})
    void aVersionThatIsNotAWholeNumberFromOneIsRefused(String version) {
        assertThatThrownBy(() -> load(replace(VALID, "id: sample\n", "id: sample\nversion: " + version + "\n")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 2: version: '" + version + "' is not a version: a whole number of 1"
                        + " or more");
    }

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                Arguments.of(replace(VALID, "  - id: chlamydia-detection\n    code: D02a", "  - code: D02a"),
                        "indicators[1].id: missing (a slug such as breast-screening)"),
                Arguments.of(replace(VALID, "    code: D02a\n", ""),
                        "indicators[1].code: missing (the framework's code, such as C24a)"),
                Arguments.of(replace(VALID, "    name: Chlamydia detection rate / 100,000 aged 15 to 24\n", ""),
                        "indicators[1].name: missing (the indicator's name as published)"),
                Arguments.of(replace(VALID, "    valueType: crude-rate\n", ""),
                        "indicators[1].valueType: missing (one of proportion, crude-rate, dsr, isr, count, mean,"
                                + " ratio)"),
                Arguments.of(replace(VALID, "100000\n    polarity: high\n", "100000\n"),
                        "indicators[1].polarity: missing (one of high, low, none)"));
    }

    @ParameterizedTest
    @MethodSource("missingRequiredFields")
    void aMissingRequiredFieldIsRefusedAtTheLineItsIndicatorStarts(String yaml, String problem) {
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 12: " + problem);
    }

    @Test
    void aCodeUsedTwiceForTheSameAgeIsRefused() {
        assertThatThrownBy(() -> load(replace(VALID, "code: D02a", "code: C24a")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 13: indicators[1].code: 'C24a' is already the code of indicators[0];"
                        + " a code may repeat only with a different age");
    }

    @Test
    void aCodeMayRepeatForADifferentAgeBand() throws IOException {
        String twoAges = replace(VALID, "code: D02a", "code: C24a\n    age: 85+ yrs");

        assertThat(load(twoAges).indicators()).extracting(Indicator::code).containsExactly("C24a", "C24a");
    }

    @Test
    void partOfNamesTheIndicatorThatIsTheTotal() throws IOException {
        String parts = replace(VALID, "code: D02a", "code: D02a\n    partOf: breast-screening");

        assertThat(load(parts).indicators()).extracting(Indicator::partOf).containsExactly(null, "breast-screening");
    }

    @Test
    void ageBandsNameTheSheetDirectlyStandardisedRatesAreComputedFrom() throws IOException {
        String yaml = replace(VALID, "title: Sample\n", "title: Sample\nageBands:\n  sheet: Age bands\n")
                .replace("valueType: crude-rate", "valueType: dsr\n    ciMethod: dobson");

        assertThat(load(yaml).ageBandSheet()).isEqualTo("Age bands");
        assertThat(load(VALID).ageBandSheet()).isNull();
    }

    @Test
    void ageBandsWithoutASheetOrWithoutADobsonIndicatorAreRefused() {
        assertThatThrownBy(() -> load(replace(VALID, "title: Sample\n", "title: Sample\nageBands:\n  other: x\n")))
                .isInstanceOf(SchemaException.class).hasMessageContaining("ageBands");
        assertThatThrownBy(() -> load(replace(VALID, "title: Sample\n", "title: Sample\nageBands: {}\n")))
                .isInstanceOf(SchemaException.class).hasMessageContaining("sample.yaml")
                .hasMessageContaining("ageBands.sheet: missing");
        assertThatThrownBy(() -> load(replace(VALID, "title: Sample\n", "title: Sample\nageBands:\n  sheet: Bands\n")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("ageBands.sheet: names an age-band sheet, but no indicator of this schema has"
                        + " ciMethod dobson");
    }

    @Test
    void partOfAnIndicatorTheSchemaDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> load(replace(VALID, "code: D02a", "code: D02a\n    partOf: all-deaths")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("indicators[1].partOf: 'all-deaths' is not the id of another indicator");
    }

    @Test
    void anIdUsedTwiceIsRefused() {
        assertThatThrownBy(() -> load(replace(VALID, "id: chlamydia-detection", "id: breast-screening")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 12: indicators[1].id: 'breast-screening' is already the id of"
                        + " indicators[0]");
    }

    @Test
    void anUnquotedTargetIsAYamlSyntaxErrorThatSaysToQuoteIt() {
        assertThatThrownBy(() -> load(replace(VALID, "\">= 70\"", ">= 70")))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("sample.yaml, line 10: not valid YAML: ")
                .hasMessageEndingWith("; a value starting with > or < must be quoted, as in target: \">= 85\"");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        assertThatThrownBy(() -> load(replace(VALID, "title: Sample\n", "title: Sample\n  oops: [\n")))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("sample.yaml, line 3: not valid YAML: ");
    }

    @Test
    void aFieldWrittenTwiceIsRefused() {
        assertThatThrownBy(() -> load(replace(VALID, "title: Sample\n", "title: Sample\ntitle: Other\n")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 3: Duplicate field 'title'");
    }

    @Test
    void aListWhereOneValueBelongsIsRefused() {
        assertThatThrownBy(() -> load(replace(VALID, "title: Sample", "title: [Sample]")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 2: title: expected a single value");
    }

    @Test
    void aTargetThatContradictsThePolarityIsRefused() {
        assertThatThrownBy(() -> load(replace(VALID, "polarity: high\n    target", "polarity: low\n    target")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 10: indicators[0].target: '>= 70' contradicts polarity low (a minimum"
                        + " needs polarity high, a maximum polarity low)");
    }

    @Test
    void anAmberToleranceWithoutATargetIsRefused() {
        assertThatThrownBy(() -> load(VALID + "    amberTolerance: 2\n"))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 19: indicators[1].amberTolerance: there is no target for it to apply"
                        + " to");
    }

    @Test
    void aSchemaWhoseIdIsNotItsFileNameIsRefused() {
        assertThatThrownBy(() -> load("other.yaml", VALID))
                .isInstanceOf(SchemaException.class)
                .hasMessage("other.yaml, line 1: id: 'sample' differs from the file name; the schema in other.yaml"
                        + " must have id other");
    }

    @Test
    void defaultsFillWhatAnIndicatorLeavesOutAndAnIndicatorMayOverrideThem() throws IOException {
        ReturnSchema schema = load("""
                id: sample
                title: Sample
                defaults:
                  valueType: proportion
                  multiplier: 100
                  polarity: high
                  periodFormat: month
                  amberTolerance: 2
                  spc: true
                  benchmark: {code: E12000004, name: East Midlands region}
                indicators:
                  - id: cancer-62-days
                    code: CWT-62D
                    name: Cancer 62 days
                    target: ">= 85"
                  - id: rtt-total-waiting
                    code: RTT-WAITING
                    name: RTT total waiting list
                    valueType: count
                    multiplier: 1
                    polarity: low
                    spc: false
                """);

        Indicator cancer = schema.indicators().get(0);
        assertThat(cancer.valueType()).isEqualTo(ValueType.PROPORTION);
        assertThat(cancer.target()).isEqualTo(new Target(Target.Operator.GREATER_OR_EQUAL, 85, 2));
        assertThat(cancer.periodFormat()).isEqualTo(PeriodFormat.MONTH);
        assertThat(cancer.spc()).isEqualTo(SpcSettings.DEFAULT);
        assertThat(cancer.benchmark()).isEqualTo(new Benchmark("E12000004", "East Midlands region"));
        Indicator waiting = schema.indicators().get(1);
        assertThat(waiting.valueType()).isEqualTo(ValueType.COUNT);
        assertThat(waiting.ciMethod()).isEqualTo(CiMethod.NONE);
        assertThat(waiting.polarity()).isEqualTo(Polarity.LOW);
        assertThat(waiting.spc()).isNull();
        assertThat(waiting.target()).isNull();
    }

    @Test
    void anSpcIndicatorMayFixItsBaselineAndRecalculateFromTheMonthsItNames() throws IOException {
        ReturnSchema schema = load("""
                id: sample
                title: Sample
                defaults:
                  valueType: proportion
                  multiplier: 100
                  polarity: high
                  periodFormat: month
                  spc: true
                  spcBaseline: 12
                indicators:
                  - id: ae-4-hours
                    code: AE-4HR
                    name: A&E 4 hours
                    spcRecalculate: [2021-04, 2020-06]
                  - id: rtt-18-weeks
                    code: RTT-18WK
                    name: RTT 18 weeks
                  - id: dementia
                    code: DEM
                    name: Dementia diagnosis
                    spc: false
                """);

        assertThat(schema.indicators()).extracting(Indicator::spc).containsExactly(
                new SpcSettings(12, List.of(YearMonth.of(2020, 6), YearMonth.of(2021, 4))),
                new SpcSettings(12, List.of()),
                null);
    }

    @Test
    void anSpcSettingOnAnIndicatorThatIsNotChartedIsRefused() {
        assertThatThrownBy(() -> load(VALID + "    spcBaseline: 12\n"))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 19: indicators[1].spcBaseline: applies only to an SPC indicator: add"
                        + " spc: true, or remove it");
    }

    @Test
    void aRecalculationMustBeAMonthAndABaselineTwoPointsAtLeast() {
        String monthly = """
                id: sample
                title: Sample
                indicators:
                  - id: ae-4-hours
                    code: AE-4HR
                    name: A&E 4 hours
                    valueType: proportion
                    polarity: high
                    periodFormat: month
                    spc: true
                """;
        assertThatThrownBy(() -> load(monthly + "    spcRecalculate: [April 2020]\n"))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 11: indicators[0].spcRecalculate[0]: 'April 2020' is not a month:"
                        + " write it yyyy-mm, such as 2020-04");
        assertThatThrownBy(() -> load(monthly + "    spcBaseline: 1\n"))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 11: indicators[0].spcBaseline: '1' is too few: a baseline needs at"
                        + " least 2 points");
    }

    @Test
    void aBadDefaultIsReportedWhereTheDefaultIsWritten() {
        assertThatThrownBy(() -> load("""
                id: sample
                title: Sample
                defaults:
                  polarity: sideways
                indicators:
                  - id: a
                    code: A1
                    name: A
                    valueType: count
                """))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 4: defaults.polarity: 'sideways' is not one of high, low, none");
    }

    @Test
    void aWideLayoutColumnWithNoPeriodNeedsAPeriodColumn() {
        assertThatThrownBy(() -> load(VALID + """
                wideLayout:
                  indicatorColumn: Metric
                  columns:
                    - header: Leicestershire
                      areaCode: E10000018
                """))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml, line 22: wideLayout.columns[0].period: missing (each value column must fix"
                        + " its period when wideLayout has no periodColumn)");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> load("# nothing yet\n"))
                .isInstanceOf(SchemaException.class)
                .hasMessage("sample.yaml: the file holds no schema");
    }
}
