package org.ragbook.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInSchemasTest {

    private static final SchemaCatalog BUILT_IN = SchemaCatalog.builtIn();

    /**
     * The 38 rows of "Public Health and Prevention Indicators in Leicestershire" in the seed paper:
     * code | sex | age (only where the row names one) | time period | polarity.
     */
    private static final String SEED_TABLE = """
            A01a|F||2016 - 18|High
            A01a|M||2016 - 18|High
            A01b|F||2017 - 19|High
            A01b|M||2017 - 19|High
            A02a|F||2017 - 19|Low
            A02a|M||2017 - 19|Low
            2.02ii|P||2019/20|High
            B16|P||Mar15 - Feb 16|High
            C02a|F||2018|Low
            C06|F||2019/20|Low
            C09a|P||2019/20|Low
            C09b|P||2019/20|Low
            C16|P||2018/19|Low
            C17a|P||2018/19|High
            C17b|P||2018/19|Low
            C18|P||2019|Low
            C28b|P||2019/20|Low
            E02|P||2018/19|Low
            C21|P||2018/19|Low
            E01|P||2017 - 19|Low
            E04a|P||2017 - 19|Low
            E05a|P||2017 - 19|Low
            E06a|P||2017 - 19|Low
            E07a|P||2017 - 19|Low
            E10|P||2017 - 19|Low
            E14|P||Aug 2018 - Jul 2019|Low
            E14|P|85+|Aug 2018 - Jul 2019|Low
            C19a|P||2019|High
            C19b|P||2019|High
            C22|P||2018|High
            C24a|F||2020|High
            C24b|F||2020|High
            C24c|F||2020|High
            C24d|P||2020|High
            C26b|P||2015/16 - 19/20|High
            D02b|P||2019|Low
            D07|P||2017 - 19|Low
            D02a|P||2019|High
            """;

    private record SeedRow(String code, String sex, String age, String period, String polarity) {

        static List<SeedRow> all() {
            return SEED_TABLE.lines().map(line -> line.split("\\|", -1))
                    .map(f -> new SeedRow(f[0], f[1], f[2].isEmpty() ? null : f[2], f[3], f[4]))
                    .toList();
        }
    }

    private static ReturnSchema schema(String id) {
        return BUILT_IN.find(id).orElseThrow();
    }

    private static Map<String, Indicator> byId(String schemaId) {
        return schema(schemaId).indicators().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    @Test
    void theBuiltInSchemasLoadFromTheClasspath() {
        assertThat(BUILT_IN.all()).extracting(ReturnSchema::id)
                .containsExactly("bcf-metrics", "covid-deaths", "nhs-constitution", "phof-dashboard");
        assertThat(BUILT_IN.all()).extracting(ReturnSchema::source)
                .containsExactly("bcf-metrics.yaml", "covid-deaths.yaml", "nhs-constitution.yaml", "phof-dashboard.yaml");
        assertThat(BUILT_IN.all()).extracting(ReturnSchema::version).containsOnly(1);
    }

    @Test
    void everyRowOfTheSeedPhofTableNamesAnIndicatorWithItsPolarityPeriodAndSex() {
        ReturnSchema phof = schema("phof-dashboard");
        List<SeedRow> rows = SeedRow.all();
        assertThat(rows).hasSize(38);

        for (SeedRow row : rows) {
            Indicator indicator = phof.indicator(row.code(), row.age()).orElseThrow();
            assertThat(indicator.code()).as(row.toString()).isEqualTo(row.code());
            assertThat(Field.spelling(indicator.polarity())).as(row.toString()).isEqualToIgnoringCase(row.polarity());
            assertThat(indicator.periodFormat().matches(row.period())).as(row.toString()).isTrue();
            assertThat(indicator.sex() == null || indicator.sex() == Sex.parse(row.sex()).orElseThrow())
                    .as(row.toString()).isTrue();
        }
        assertThat(rows.stream().map(r -> phof.indicator(r.code(), r.age()).orElseThrow()).distinct())
                .containsExactlyInAnyOrderElementsOf(phof.indicators());
    }

    @Test
    void thePhofDashboardIsLeicestershireAgainstEngland() {
        ReturnSchema phof = schema("phof-dashboard");

        assertThat(phof.indicators()).hasSize(35);
        assertThat(phof.areaCode()).isEqualTo("E10000018");
        assertThat(phof.areaName()).isEqualTo("Leicestershire");
        assertThat(phof.indicators()).extracting(Indicator::benchmark).containsOnly(Benchmark.ENGLAND);
        assertThat(phof.indicators()).extracting(Indicator::target).containsOnlyNulls();
    }

    @Test
    void namedPhofRowsHaveTheSeedsPolarity() {
        ReturnSchema phof = schema("phof-dashboard");

        assertThat(phof.indicator("C16").orElseThrow().polarity()).isEqualTo(Polarity.LOW);
        assertThat(phof.indicator("C24a").orElseThrow().polarity()).isEqualTo(Polarity.HIGH);
        assertThat(phof.indicator("D02a").orElseThrow().polarity()).isEqualTo(Polarity.HIGH);
    }

    @Test
    void phofStatisticsTakeTheIntervalMethodOfTheirKind() {
        Map<String, Indicator> phof = byId("phof-dashboard");

        assertThat(phof.get("breast-screening")).extracting(Indicator::valueType, Indicator::multiplier,
                Indicator::ciMethod).containsExactly(ValueType.PROPORTION, 100.0, CiMethod.WILSON);
        assertThat(phof.get("chlamydia-detection")).extracting(Indicator::valueType, Indicator::multiplier,
                Indicator::ciMethod).containsExactly(ValueType.CRUDE_RATE, 100000.0, CiMethod.BYARS);
        assertThat(phof.get("under-75-cancer-mortality")).extracting(Indicator::valueType, Indicator::multiplier,
                Indicator::ciMethod).containsExactly(ValueType.DSR, 100000.0, CiMethod.DOBSON);
        assertThat(phof.get("under-18-conceptions")).extracting(Indicator::valueType, Indicator::multiplier,
                Indicator::ciMethod).containsExactly(ValueType.CRUDE_RATE, 1000.0, CiMethod.BYARS);
        assertThat(phof.get("life-expectancy").ciMethod()).isEqualTo(CiMethod.GIVEN);
        assertThat(phof.get("inequality-in-life-expectancy").ciMethod()).isEqualTo(CiMethod.NONE);
    }

    @Test
    void e14ForAllAgesAndFor85PlusAreTwoIndicatorsToldApartByAge() {
        ReturnSchema phof = schema("phof-dashboard");

        assertThat(phof.indicator("E14", "All ages").orElseThrow().id()).isEqualTo("excess-winter-deaths");
        assertThat(phof.indicator("E14", "85+").orElseThrow().id()).isEqualTo("excess-winter-deaths-85-plus");
        assertThat(phof.indicator("E14", "85+ yrs").orElseThrow().id()).isEqualTo("excess-winter-deaths-85-plus");
        assertThat(phof.indicator("E14", null).orElseThrow().id()).isEqualTo("excess-winter-deaths");
        assertThat(phof.indicator("excess-winter-deaths-85-plus", null).orElseThrow().age()).isEqualTo("85+ yrs");
    }

    @Test
    void indicatorsPublishedForEachSexLeaveTheSexToTheRowAndScreeningIsForWomen() {
        Map<String, Indicator> phof = byId("phof-dashboard");

        assertThat(phof.get("healthy-life-expectancy").sex()).isNull();
        assertThat(phof.get("inequality-in-life-expectancy").sex()).isNull();
        assertThat(phof.get("breast-screening").sex()).isEqualTo(Sex.FEMALE);
        assertThat(phof.get("bowel-screening").sex()).isEqualTo(Sex.PERSONS);
    }

    @Test
    void cancerWaitsAreHeldToTheirNationalStandards() {
        Map<String, Indicator> nhs = byId("nhs-constitution");
        Map<String, String> targets = Map.of(
                "two-week-wait", ">= 93",
                "two-week-wait-breast-symptoms", ">= 93",
                "31-days-first-treatment", ">= 96",
                "31-days-subsequent-surgery", ">= 94",
                "31-days-subsequent-drugs", ">= 98",
                "31-days-subsequent-radiotherapy", ">= 94",
                "62-days-gp-referral", ">= 85",
                "62-days-screening", ">= 90");

        targets.forEach((id, target) -> assertThat(nhs.get(id).target()).as(id).hasToString(target));
        assertThat(nhs.get("62-days-consultant-upgrade").target()).isNull();
        assertThat(nhs.values()).filteredOn(i -> i.target() != null).extracting(i -> i.target().amberTolerance())
                .containsOnly(2.0);
    }

    @Test
    void nhsConstitutionStandardsAreMonthlyProportionsAndTheWaitingListACountWithoutTarget() {
        Map<String, Indicator> nhs = byId("nhs-constitution");

        assertThat(nhs).hasSize(16);
        assertThat(nhs.get("cancer-62-days").target()).hasToString(">= 85");
        assertThat(nhs.get("ae-4-hours").target()).hasToString(">= 95");
        assertThat(nhs.get("rtt-18-weeks").target()).hasToString(">= 92");
        assertThat(nhs.get("iapt-access").target()).hasToString(">= 17.3");
        assertThat(nhs.get("iapt-recovery").target()).hasToString(">= 50");
        assertThat(nhs.get("dementia-diagnosis").target()).hasToString(">= 66.7");
        assertThat(nhs.get("rtt-total-waiting")).extracting(Indicator::valueType, Indicator::polarity,
                Indicator::target).containsExactly(ValueType.COUNT, Polarity.LOW, null);
        assertThat(nhs.values()).extracting(Indicator::periodFormat).containsOnly(PeriodFormat.MONTH);
        assertThat(nhs.values()).filteredOn(i -> i.valueType() == ValueType.PROPORTION)
                .extracting(Indicator::multiplier, Indicator::polarity, Indicator::ciMethod)
                .containsOnly(tuple(100.0, Polarity.HIGH, CiMethod.WILSON));
        assertThat(nhs.values()).filteredOn(i -> i.spc() != null).extracting(Indicator::id).doesNotContain(
                "iapt-access", "iapt-recovery", "dementia-diagnosis").contains("ae-4-hours", "rtt-18-weeks",
                "cancer-62-days", "two-week-wait", "62-days-consultant-upgrade");
    }

    @Test
    void theCancerWaitsTableHasOneValueColumnPerCcg() {
        WideLayout layout = schema("nhs-constitution").wideLayout();

        assertThat(layout.sheet()).isEqualTo("Cancer waits");
        assertThat(layout.indicatorColumn()).isEqualTo("Metric");
        assertThat(layout.periodColumn()).isEqualTo("Period");
        assertThat(layout.columns()).containsExactly(
                new WideLayout.Column("East Leicestershire and Rutland CCG", "E38000051",
                        "East Leicestershire and Rutland CCG", null),
                new WideLayout.Column("West Leicestershire CCG", "E38000201", "West Leicestershire CCG", null));
    }

    @Test
    void theSeedPapersCancerMetricTextNamesItsIndicator() {
        ReturnSchema nhs = schema("nhs-constitution");

        assertThat(nhs.indicator("31-Day Standard for Subsequent Cancer Treatments (Drug Treatments)"))
                .map(Indicator::id).contains("31-days-subsequent-drugs");
    }

    @Test
    void betterCareFundMetricsHaveTheirPlanTargets() {
        ReturnSchema bcf = schema("bcf-metrics");
        Map<String, Indicator> byId = byId("bcf-metrics");

        assertThat(bcf.areaCode()).isEqualTo("E10000018");
        assertThat(byId).hasSize(3);
        assertThat(byId.get("permanent-admissions-65")).extracting(Indicator::valueType, Indicator::multiplier,
                Indicator::polarity, i -> Objects.toString(i.target()), Indicator::periodFormat)
                .containsExactly(ValueType.CRUDE_RATE, 100000.0, Polarity.LOW, "<= 552.1", PeriodFormat.FINANCIAL_YEAR);
        assertThat(byId.get("reablement-91-days")).extracting(Indicator::valueType, Indicator::multiplier,
                Indicator::polarity, i -> Objects.toString(i.target()), Indicator::periodFormat)
                .containsExactly(ValueType.PROPORTION, 100.0, Polarity.HIGH, ">= 88", PeriodFormat.FINANCIAL_YEAR);
        assertThat(byId.get("non-elective-admissions")).extracting(Indicator::valueType, Indicator::polarity,
                Indicator::target, Indicator::periodFormat)
                .containsExactly(ValueType.COUNT, Polarity.LOW, null, PeriodFormat.PERIOD_RANGE);
        assertThat(byId.get("non-elective-admissions").periodFormat().matches("Apr-20 to Jan-21")).isTrue();
    }

    @Test
    void covidDeathsByPlaceOfDeathAreCrudeRatesPer100000WithByarsIntervalsAndNoSuppression() {
        ReturnSchema covid = schema("covid-deaths");

        assertThat(covid.indicators()).extracting(Indicator::id).containsExactly("covid-deaths-care-home",
                "covid-deaths-elsewhere", "covid-deaths-home", "covid-deaths-hospice", "covid-deaths-hospital",
                "covid-deaths-total");
        assertThat(covid.indicators()).extracting(Indicator::valueType, Indicator::multiplier, Indicator::ciMethod,
                Indicator::polarity, Indicator::sex, Indicator::age, Indicator::suppressBelow, Indicator::target)
                .containsOnly(tuple(ValueType.CRUDE_RATE, 100000.0, CiMethod.BYARS, Polarity.LOW, Sex.PERSONS,
                        "All ages", 0, null));
        assertThat(covid.indicators()).allMatch(i -> i.periodFormat().matches("Mar-20 to Feb-21"));
        assertThat(covid.indicator("COVID-DEATHS")).map(Indicator::id).contains("covid-deaths-total");
    }

    @Test
    void theReadmeExampleIsAValidSchema() throws IOException {
        String readme;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));

        ReturnSchema schema = SchemaLoader.parse("screening.yaml", example);

        assertThat(schema.indicators()).extracting(Indicator::id)
                .containsExactly("breast-screening", "bowel-screening");
        assertThat(schema.indicators().get(1).target()).isNull();
        assertThat(schema.indicators().get(0).target()).isEqualTo(new Target(Target.Operator.GREATER_OR_EQUAL, 70, 2));
        assertThat(schema.wideLayout().columns()).hasSize(2);
        assertThat(schema.version()).isEqualTo(2);
    }
}
