package org.ragbook.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.fixtures.SheetGrid;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;

/**
 * A monthly NHS return through the whole pipeline: every SPC indicator's series (nhs-constitution
 * marks A&E 4 hours, RTT and cancer 62 days) gets its Making Data Count icons and reading in the
 * report, and a month missing from a series is said at the cell after the gap instead of charted.
 */
class SpcSeriesTest {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM-yy", Locale.UK);
    /** 24 months of A&E 4-hour performance: steady near 90%, then seven months near 86%. */
    private static final double[] FOUR_HOURS = {90.1, 89.5, 90.4, 89.8, 90.6, 89.9, 90.2, 89.7, 90.5, 90.0, 89.6,
        90.3, 90.1, 89.9, 90.4, 89.8, 90.2, 86.0, 85.4, 86.2, 85.7, 86.1, 85.5, 85.9};

    @TempDir
    Path dir;

    @Test
    void each_spc_series_gets_its_icons_and_the_line_a_board_paper_prints() {
        Report report = annotate(rows(FOUR_HOURS, -1));

        assertThat(report.spc()).singleElement().satisfies(chart -> {
            assertThat(chart.indicator()).isEqualTo("AE-4HR");
            assertThat(chart.area()).isEqualTo("E38000051");
            assertThat(chart.latestPeriod()).isEqualTo("Dec-20");
            assertThat(chart.latestValue()).isEqualTo(85.9);
            assertThat(chart.variation()).isEqualTo("concern_low");
            assertThat(chart.assurance()).isEqualTo("consistent_fail");
            assertThat(chart.reading()).isEqualTo("Special cause concern: below the lower process limit;"
                    + " target 95 not met consistently.");
            assertThat(chart.profile()).isEqualTo("mdc");
        });
    }

    @Test
    void the_annotated_workbook_charts_each_series_from_real_cells_and_lists_its_icons_on_the_summary()
            throws IOException {
        annotate(rows(FOUR_HOURS, -1));

        assertChartedAsABoardReadsIt(dir.resolve("ae-annotated.xlsx"));
    }

    @Test
    void a_streamed_workbook_charts_its_series_the_same_way() throws IOException {
        // a CSV return has no workbook to keep, so its annotated workbook is streamed part by part
        Path input = dir.resolve("ae.csv");
        FixtureFiles.csv(input, new SheetGrid("Indicators", rows(FOUR_HOURS, -1)));
        new Pipeline(SchemaCatalog.builtIn()).annotate(input, "ae.csv", "nhs-constitution",
                dir.resolve("ae-streamed.xlsx"));

        assertChartedAsABoardReadsIt(dir.resolve("ae-streamed.xlsx"));
    }

    /**
     * One chart bound to the SPC sheet's cells (rows 6 to 29), December a concern point in MDC orange,
     * the icons drawn as rings with their letters over the icon cells, and the icons on the Summary.
     */
    private static void assertChartedAsABoardReadsIt(Path annotated) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(annotated))) {
            XSSFSheet spc = workbook.getSheet("SPC");
            assertThat(spc).isNotNull();
            List<XSSFChart> charts = spc.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<CTLineSer> series = List.of(charts.get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerArray());
            assertThat(series).extracting(ser -> ser.getTx().getStrRef().getF()).contains("SPC!$B$5", "SPC!$C$5",
                    "SPC!$G$5", "SPC!$H$5");
            for (CTLineSer ser : series) {
                CellRangeAddress range = CellRangeAddress.valueOf(ser.getVal().getNumRef().getF().replace("SPC!", ""));
                assertThat(range.getFirstRow()).isEqualTo(5);
                assertThat(range.getLastRow()).isEqualTo(28);
            }
            CTLineSer concern = series.stream().filter(ser -> ser.getTx().getStrRef().getF().equals("SPC!$H$5"))
                    .findFirst().orElseThrow();
            assertThat(hex(concern.getMarker().getSpPr().getSolidFill().getSrgbClr().getVal())).isEqualTo("E46C0A");
            assertThat(spc.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(90.1);
            assertThat(spc.getRow(28).getCell(7).getNumericCellValue()).as("December's concern point").isEqualTo(85.9);
            assertThat(spc.getRow(28).getCell(9).getStringCellValue()).isEqualTo("special_cause_concern");

            assertThat(spc.getDrawingPatriarch().getShapes()).filteredOn(XSSFSimpleShape.class::isInstance)
                    .map(XSSFSimpleShape.class::cast)
                    .extracting(XSSFSimpleShape::getText, SpcSeriesTest::ringColour,
                            shape -> ((XSSFClientAnchor) shape.getAnchor()).getRow1())
                    .containsExactly(tuple("L", "E46C0A", 2), tuple("F", "E46C0A", 2));
            assertThat(spc.getRow(2).getCell(1).getStringCellValue()).isEqualTo("L");
            assertThat(spc.getRow(2).getCell(2).getStringCellValue()).isEqualTo("concern_low");

            XSSFSheet summary = workbook.getSheet("Summary");
            int heading = findRow(summary, "SPC (Making Data Count): the latest month of each monthly series");
            assertThat(summary.getRow(heading + 2).getCell(0).getStringCellValue()).isEqualTo("AE-4HR");
            assertThat(summary.getRow(heading + 2).getCell(4).getStringCellValue()).isEqualTo("L");
            assertThat(summary.getRow(heading + 2).getCell(5).getStringCellValue()).isEqualTo("F");
            assertThat(summary.getRow(heading + 2).getCell(5).getCellStyle().getFillForegroundColorColor().getARGBHex())
                    .isEqualTo("FFE46C0A");
        }
    }

    private static String ringColour(XSSFSimpleShape shape) {
        return hex(shape.getCTShape().getSpPr().getLn().getSolidFill().getSrgbClr().getVal());
    }

    private static String hex(byte[] rgb) {
        return java.util.HexFormat.of().withUpperCase().formatHex(rgb);
    }

    private static int findRow(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row '" + text + "' on " + sheet.getSheetName());
    }

    @Test
    void the_24_month_fixture_charts_each_of_its_three_series_as_a_board_would_read_them() {
        Report report = new Pipeline(SchemaCatalog.builtIn()).annotate(
                FixtureReadme.path("nhs-constitution-24-months.xlsx"), "nhs-constitution-24-months.xlsx",
                "nhs-constitution", dir.resolve("24-months-annotated.xlsx"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.spc()).extracting(Report.SpcEntry::indicator, Report.SpcEntry::variation,
                Report.SpcEntry::assurance).containsExactly(
                        tuple("AE-4HR", "concern_low", "consistent_fail"),
                        tuple("RTT-18WK", "improvement_high", "consistent_fail"),
                        tuple("CANCER-62D", "common_cause", "consistent_fail"));
    }

    @Test
    void a_recalculation_month_in_the_schema_starts_new_limits_there() throws IOException {
        annotate(rows(FOUR_HOURS, -1), schemaWith("    spcRecalculate: [2019-12]\n"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("ae-annotated.xlsx")))) {
            XSSFSheet spc = workbook.getSheet("SPC");
            assertThat(mean(spc, "Nov-19")).isCloseTo(average(0, 11), within(1e-9));
            assertThat(mean(spc, "Dec-19")).isCloseTo(average(11, 24), within(1e-9));
        }
    }

    @Test
    void a_baseline_in_the_schema_fixes_the_limits_on_its_first_months() throws IOException {
        Report report = annotate(rows(FOUR_HOURS, -1), schemaWith("    spcBaseline: 12\n"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("ae-annotated.xlsx")))) {
            assertThat(mean(workbook.getSheet("SPC"), "Dec-20")).isCloseTo(average(0, 12), within(1e-9));
        }
        assertThat(report.spc()).singleElement().extracting(Report.SpcEntry::variation).isEqualTo("concern_low");
    }

    /** The built-in nhs-constitution schema with these lines added to A&E 4 hours. */
    private SchemaCatalog schemaWith(String lines) throws IOException {
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        String yaml = Files.readString(Path.of("workbook-templates", "schemas", "nhs-constitution.yaml"));
        String aeFourHours = "    target: \">= 95\"\n    spc: true\n";
        assertThat(yaml).contains(aeFourHours);
        Files.writeString(schemas.resolve("nhs-constitution.yaml"), yaml.replaceFirst(
                java.util.regex.Pattern.quote(aeFourHours), aeFourHours + lines));
        return SchemaCatalog.fromDirectory(schemas);
    }

    private static double mean(XSSFSheet spc, String month) {
        for (Row row : spc) {
            if (row.getCell(0) != null && month.equals(row.getCell(0).toString())) {
                return row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("no month " + month + " on the SPC sheet");
    }

    private static double average(int from, int to) {
        return java.util.Arrays.stream(FOUR_HOURS, from, to).average().orElseThrow();
    }

    @Test
    void a_month_missing_from_a_series_is_a_finding_after_the_gap_and_no_chart() {
        Report report = annotate(rows(FOUR_HOURS, 10));

        assertThat(report.spc()).isEmpty();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("spc-missing-period");
            assertThat(f.cell()).isEqualTo("D12");
            assertThat(f.message()).contains("1 month missing before Dec-19");
        });
    }

    private Report annotate(List<List<Object>> rows) {
        return annotate(rows, SchemaCatalog.builtIn());
    }

    private Report annotate(List<List<Object>> rows, SchemaCatalog schemas) {
        Path input = dir.resolve("ae.xlsx");
        FixtureFiles.xlsx(input, new SheetGrid("Indicators", rows));
        return new Pipeline(schemas).annotate(input, "ae.xlsx", "nhs-constitution", dir.resolve("ae-annotated.xlsx"));
    }

    /** The long layout, one month a row from Jan-19, leaving out the month at {@code skip} (or none). */
    private static List<List<Object>> rows(double[] values, int skip) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Indicator ID", "Area Code", "Time period", "Value"));
        YearMonth month = YearMonth.of(2019, 1);
        for (int i = 0; i < values.length; i++, month = month.plusMonths(1)) {
            if (i != skip) {
                rows.add(List.of("AE-4HR", "E38000051", month.format(MONTH), values[i]));
            }
        }
        return rows;
    }
}
