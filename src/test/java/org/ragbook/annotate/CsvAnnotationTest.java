package org.ragbook.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.annotate.Workbooks.cell;
import static org.ragbook.annotate.Workbooks.fill;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.read.SourceFormat;

/** Returns that go out as CSV, and CSV returns that come back as a workbook. */
class CsvAnnotationTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(in).getRecords();
        }
    }

    private Path writeCsv(ReturnFixture fixture, String name) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file); CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (Object[] row : fixture.rows) {
                csv.printRecord(Arrays.asList(row));
            }
        }
        return file;
    }

    @Test
    void aCsvOutputIsTheTableWithTheAddedColumns() throws IOException {
        ReturnFixture fixture = ReturnFixture.standard();
        Path original = fixture.writeWorkbook(dir.resolve("return.xlsx"));
        Path output = dir.resolve("annotated.csv");

        Annotator.write(original, fixture.table(), fixture.validation(), fixture.assessments, output);

        List<CSVRecord> records = read(output);
        assertThat(records).hasSize(fixture.rows.size());
        assertThat(records.get(0).toList()).endsWith("Compared to England value or percentiles", "Recent Trend",
                "Direction of travel", "Rank", "Quintile", "Target", "RAG");
        assertThat(records.get(3).toList()).endsWith("Not compared", "", "", "", "", "Missed (>= 85)", "red");
        assertThat(records.get(3).get(7)).isEqualTo("79");
        assertThat(records.get(1).size()).as("the benchmark row gets no judgement").isEqualTo(10);
    }

    @Test
    void cellsThatWouldBeFormulasGetALeadingApostropheInCsv() throws IOException {
        ReturnFixture fixture = ReturnFixture.standard();
        Path original = fixture.writeWorkbook(dir.resolve("return.xlsx"));
        Path output = dir.resolve("annotated.csv");

        Annotator.write(original, fixture.table(), fixture.validation(), fixture.assessments, output);

        List<CSVRecord> records = read(output);
        assertThat(records.get(4).get(7)).isEqualTo("'=SUM(1)");
        assertThat(records.get(5).get(3)).isEqualTo("'=SUM(1)");
    }

    @Test
    void aWideTableGoesOutAsItsLongFormStatistics() throws IOException {
        ReturnFixture fixture = ReturnFixture.standard();
        Path original = fixture.writeWorkbook(dir.resolve("return.xlsx"));
        Path output = dir.resolve("annotated.csv");

        Annotator.write(original, fixture.table(), fixture.validation(true), fixture.assessments, output);

        List<CSVRecord> records = read(output);
        assertThat(records).hasSize(1 + fixture.observations.size());
        assertThat(records.get(0).get(0)).isEqualTo("Indicator ID");
        List<String> row = records.get(3).toList();
        assertThat(row.subList(0, 8)).containsExactly("CB_B6", "Cancer 62 days of referral to treatment",
                "E10000018", "Leicestershire", "Persons", "All ages", "2019", "79");
        assertThat(row).endsWith("Given in the return", "Not compared", "", "", "", "", "Missed (>= 85)", "red", "H4");
    }

    @Test
    void aCsvReturnComesBackAsAWorkbookWithASheetNameExcelAccepts() throws IOException {
        String sheet = "return: Q3/2019";
        ReturnFixture fixture = ReturnFixture.standard(sheet, null);
        Path original = writeCsv(fixture, "return.csv");
        Path output = dir.resolve("annotated.xlsx");

        Annotator.write(original, fixture.table("return.csv", SourceFormat.CSV), fixture.validation(),
                fixture.assessments, output);

        try (XSSFWorkbook book = Workbooks.open(output)) {
            XSSFSheet data = book.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("return_ Q3_2019");
            assertThat(fill(data, "H4")).isEqualTo("FFC7CE");
            assertThat(Workbooks.comment(data, "H5")).startsWith("Error: '=SUM(1)'");
            assertThat(cell(book.getSheet("Validation"), "D2").getHyperlink().getAddress()).isEqualTo("'return_ Q3_2019'!H5");
            assertThat(cell(book.getSheet("Validation"), "C2").getStringCellValue()).isEqualTo("return_ Q3_2019");
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("return_ Q3_2019", "Summary", "Narrative", "Validation");
        }
    }
}
