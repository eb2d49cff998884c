package org.ragbook.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.Rag;
import org.ragbook.fixtures.FingertipsUpload;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.SheetGrid;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.report.Report.FindingEntry;
import org.ragbook.validate.Observation;

/** The Fingertips upload layout through the whole pipeline, with no schema named. */
class FingertipsUploadTest {

    private final Pipeline pipeline = new Pipeline(SchemaCatalog.builtIn());

    @TempDir
    Path dir;

    @Test
    void aPhofIndicatorInTheUploadLayoutIsJudgedAsTheSameDataInTheExportLayout() {
        Map<String, Assessment> upload = byPeriod(process("upload.xlsx", FingertipsUpload.pholio(),
                FingertipsUpload.notes()), "C24a");
        Map<String, Assessment> export = byPeriod(process("export.xlsx", FingertipsUpload.longLayout()), "C24a");

        assertThat(upload.keySet()).containsExactly("2016", "2017", "2018", "2019", "2020");
        assertThat(upload.keySet()).isEqualTo(export.keySet());
        upload.forEach((period, a) -> {
            Assessment same = export.get(period);
            assertThat(a.rag()).as(period).isEqualTo(same.rag());
            assertThat(a.comparison()).as(period).isEqualTo(same.comparison());
            assertThat(a.trend()).as(period).isEqualTo(same.trend());
            assertThat(a.rank()).as(period).isEqualTo(same.rank());
            assertThat(a.value()).as(period).isEqualTo(same.value());
        });
        assertThat(upload.get("2020").rag()).isEqualTo(Rag.GREEN);
        assertThat(upload.get("2020").trend()).isNotNull();
    }

    @Test
    void theUploadConventionsAreReadAsFingertipsMeansThem() {
        Processed processed = process("upload.csv", FingertipsUpload.pholio());
        Report report = processed.report();
        List<Observation> observations = processed.assessments().stream().map(Assessment::observation).toList();

        assertThat(processed.schema().id()).isEqualTo("phof-dashboard");
        Observation c09a = observations.stream().filter(o -> o.indicator().code().equals("C09a")).findFirst()
                .orElseThrow();
        assertThat(c09a.period()).isEqualTo("2019/20");
        assertThat(c09a.age()).isEqualTo("4-5 yrs");
        assertThat(c09a.lowerCi95()).isNull();
        assertThat(c09a.valueNote()).isNull();
        assertThat(c09a.uploadKey().quarter()).isEqualTo(-1);
        assertThat(observations).filteredOn(o -> o.indicator().code().equals("99999"))
                .extracting(Observation::age).containsExactly("All ages", "Age 123");
        assertThat(processed.assessments()).filteredOn(a -> a.observation().indicator().code().equals("99999"))
                .allSatisfy(a -> assertThat(a.rag()).isEqualTo(Rag.NOT_COMPARED));
        assertThat(rules(report)).containsExactlyInAnyOrder("unknown-indicator", "unknown-age-id");
    }

    @Test
    void aReturnOfIndicatorsNoSchemaListsIsReadCheckedAndNotCompared() {
        SheetGrid unlisted = new SheetGrid(FingertipsUpload.SHEET, List.of(
                List.of("IndicatorId", "Year", "YearRange", "Quarter", "Month", "AgeId", "SexId", "AreaCode",
                        "Count", "Value", "LowerCI95", "UpperCI95", "Denominator", "ValueNoteId"),
                List.of(99999.0, 2019.0, 3.0, -1.0, -1.0, 1.0, 4.0, "E10000018", 30.0, 12.0, 14.0, 13.0, 20.0, 0.0)));

        Processed processed = process("unlisted.xlsx", unlisted);

        assertThat(processed.schema().id()).isEqualTo("unlisted");
        assertThat(processed.report().findings()).extracting(FindingEntry::rule)
                .containsExactlyInAnyOrder("unknown-indicator", "value-outside-interval", "count-exceeds-denominator");
    }

    @Test
    void missingRequiredColumnsAreOneErrorNamingThemAtTheHeader() {
        SheetGrid noTime = FingertipsUpload.pholio().withoutColumn("Quarter").withoutColumn("Month");

        List<FindingEntry> findings = process("no-time.xlsx", noTime).report().findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("missing-column");
            assertThat(f.sheet() + "!" + f.cell()).isEqualTo("PHOLIO!A1");
            assertThat(f.message()).contains("sheet 'PHOLIO'").contains("Quarter, Month columns");
        });
    }

    @Test
    void anExcelErrorInAFigureIsAnErrorAtItsCell() {
        SheetGrid broken = FingertipsUpload.pholio().with("K2", "#DIV/0!");

        FindingEntry error = process("broken.csv", broken).report().findings().stream()
                .filter(f -> f.severity().equals("error")).findFirst().orElseThrow();

        assertThat(error.cell()).isEqualTo("K2");
        assertThat(error.message()).contains("UpperCI").contains("#DIV/0!");
    }

    private Processed process(String name, SheetGrid... sheets) {
        Path file = dir.resolve(name);
        if (name.endsWith(".csv")) {
            FixtureFiles.csv(file, sheets[0]);
        } else {
            FixtureFiles.xlsx(file, sheets);
        }
        return pipeline.process(file, name, null, null, History.NONE, org.ragbook.read.ReadProgress.NONE);
    }

    private static List<String> rules(Report report) {
        return report.findings().stream().map(FindingEntry::rule).toList();
    }

    private static Map<String, Assessment> byPeriod(Processed processed, String code) {
        return processed.assessments().stream()
                .filter(a -> a.observation().indicator().code().equals(code))
                .collect(Collectors.toMap(a -> a.observation().period(), Function.identity(), (a, b) -> a,
                        java.util.TreeMap::new));
    }
}
