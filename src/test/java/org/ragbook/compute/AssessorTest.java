package org.ragbook.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ragbook.compute.rank.ComparatorGroups;
import org.ragbook.read.CellRef;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.Sex;
import org.ragbook.validate.Observation;
import org.ragbook.validate.TestSchemas;
import org.ragbook.validate.Validation;

class AssessorTest {

    private static int row = 1;

    private static Observation obs(Indicator indicator, String area, String period, Double value, Double lci, Double uci) {
        return new Observation(indicator, area, area.equals("E92000001") ? "England" : "Leicestershire", Sex.PERSONS,
                null, period, value, lci, uci, null, null, null, null, null, null, null, new CellRef("Indicators", 7, row++),
                List.of());
    }

    private static List<Assessment> assess(Observation... observations) {
        return Assessor.assess(new Validation(TestSchemas.SAMPLE, null, List.of(observations), List.of()),
                ComparatorGroups.builtIn()).assessments();
    }

    @Test
    void benchmarkRowsAreComparedWithNotJudged() {
        List<Assessment> result = assess(
                obs(TestSchemas.CHLAMYDIA, "E10000018", "2019", 1560.7, 1500.0, 1620.0),
                obs(TestSchemas.CHLAMYDIA, "E92000001", "2019", 2043.4, null, null));

        assertThat(result).singleElement().satisfies(a -> {
            assertThat(a.benchmarkValue()).isEqualTo(2043.4);
            assertThat(a.comparison()).isEqualTo(Comparison.WORSE);
            assertThat(a.rag()).isEqualTo(Rag.RED);
            assertThat(a.reason()).isEqualTo(
                    "1,560.7 (95% CI 1,500 to 1,620) is significantly worse than England (2,043.4).");
        });
    }

    @Test
    void theBenchmarkMustBeForTheSamePeriod() {
        List<Assessment> result = assess(
                obs(TestSchemas.CHLAMYDIA, "E10000018", "2019", 1560.7, 1500.0, 1620.0),
                obs(TestSchemas.CHLAMYDIA, "E92000001", "2018", 2043.4, null, null));

        assertThat(result).singleElement().satisfies(a -> {
            assertThat(a.rag()).isEqualTo(Rag.NOT_COMPARED);
            assertThat(a.reason()).contains("no England value for 2019");
        });
    }

    @Test
    void aTargetDecidesTheColourWithAnAmberTolerance() {
        assertThat(assess(obs(TestSchemas.CANCER_62, "E38000051", "Dec-20", 86.0, null, null)))
                .singleElement().extracting(Assessment::rag).isEqualTo(Rag.GREEN);
        assertThat(assess(obs(TestSchemas.CANCER_62, "E38000051", "Dec-20", 83.5, null, null)))
                .singleElement().extracting(Assessment::rag).isEqualTo(Rag.AMBER);
        Assessment missed = assess(obs(TestSchemas.CANCER_62, "E38000051", "Dec-20", 76.6, null, null)).get(0);
        assertThat(missed.rag()).isEqualTo(Rag.RED);
        assertThat(missed.target()).isEqualTo(TargetResult.MISSED);
        assertThat(missed.reason()).isEqualTo("76.6 against a target of >= 85: missed by 8.4.");
    }

    @Test
    void aValueWithoutAnIntervalIsNotComparedNeverGuessed() {
        Assessment a = assess(
                obs(TestSchemas.SMOKING, "E10000018", "2019/20", 9.6, null, null),
                obs(TestSchemas.SMOKING, "E92000001", "2019/20", 10.4, null, null)).get(0);

        assertThat(a.rag()).isEqualTo(Rag.NOT_COMPARED);
        assertThat(a.reason()).contains("no 95% confidence interval");
    }

    @Test
    void aSimilarValueIsAmberAndSaysWhy() {
        Assessment a = assess(
                obs(TestSchemas.SMOKING, "E10000018", "2019/20", 9.6, 8.9, 10.4),
                obs(TestSchemas.SMOKING, "E92000001", "2019/20", 10.4, null, null)).get(0);

        assertThat(a.rag()).isEqualTo(Rag.AMBER);
        assertThat(a.reason()).startsWith("9.6 (95% CI 8.9 to 10.4) is similar to England (10.4)");
    }
}
