package org.ragbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a progress bar is told: how many rows a return holds before it is read, and how many are read so far. */
class ReadProgressTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbooksRowsAreEstimatedFromTheRangeEachSheetDeclares() throws IOException {
        Path file = workbook("two-sheets.xlsx", new XSSFWorkbook(), 2_500, 40);

        assertThat(RowEstimate.of(file)).isEqualTo(2_540);
    }

    @Test
    void aStreamedWorkbookDeclaresItsRangeToo() throws IOException {
        Path file = workbook("streamed.xlsx", new SXSSFWorkbook(100), 3_001, 0);

        assertThat(RowEstimate.of(file)).isEqualTo(3_001);
    }

    @Test
    void aCsvHasARowALineWithOrWithoutAFinalLineBreak() throws IOException {
        Path ended = Files.writeString(dir.resolve("ended.csv"), "a,b\n1,2\n3,4\n", StandardCharsets.UTF_8);
        Path unended = Files.writeString(dir.resolve("unended.csv"), "a,b\n1,2\n3,4", StandardCharsets.UTF_8);

        assertThat(RowEstimate.of(ended)).isEqualTo(3);
        assertThat(RowEstimate.of(unended)).isEqualTo(3);
    }

    @Test
    void aFileThatIsNoReturnEstimatesZeroRatherThanFailing() throws IOException {
        Path file = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});

        assertThat(RowEstimate.of(file)).isZero();
    }

    @Test
    void rowsReadAreReportedEveryThousandAndOnceAtTheEndAcrossSheets() throws IOException {
        Path file = workbook("progress.xlsx", new XSSFWorkbook(), 2_500, 40);
        List<Long> told = new ArrayList<>();

        ReturnReader.read(file, "progress.xlsx", told::add);

        assertThat(told).containsExactly(1_000L, 2_000L, 2_540L);
    }

    private Path workbook(String name, Workbook workbook, int firstSheetRows, int secondSheetRows) throws IOException {
        fill(workbook.createSheet("Indicators"), firstSheetRows);
        if (secondSheetRows > 0) {
            fill(workbook.createSheet("Notes"), secondSheetRows);
        }
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Sheet sheet, int rows) {
        for (int r = 0; r < rows; r++) {
            sheet.createRow(r).createCell(0).setCellValue(r);
        }
    }
}
