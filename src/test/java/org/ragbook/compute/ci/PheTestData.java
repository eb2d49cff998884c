package org.ragbook.compute.ci;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;

/**
 * PHEindicatormethods' own test workbooks ({@code tests/testthat/testdata_*.xlsx}), read at test
 * time from wherever the build says they are. They are the package's, not ours, so they are never
 * committed here; where they are absent the tests that need them are skipped.
 */
final class PheTestData {

    private static final String PROPERTY = "ragbook.phe.testdata";
    private static final String ENVIRONMENT = "RAGBOOK_PHE_TESTDATA";
    private static final Path DEFAULT = Path.of("..", "shared", "reference", "pheindicatormethods");

    private PheTestData() {
    }

    /**
     * The tests built from {@code workbook}, or where it is absent one test that is skipped saying
     * where it was looked for (a skipped factory alone would vanish from the build's counts).
     */
    static Stream<DynamicTest> ifPresent(String workbook, WorkbookTests tests) throws IOException {
        Path file = folder().resolve(workbook);
        if (Files.isRegularFile(file)) {
            return tests.from(sheet -> rows(file, sheet));
        }
        return Stream.of(DynamicTest.dynamicTest(workbook + " not available", () -> abort(
                "PHEindicatormethods test data not found at " + file.toAbsolutePath().normalize() + "; set -D"
                + PROPERTY + " or " + ENVIRONMENT + " to the folder holding its tests/testthat/testdata_*.xlsx")));
    }

    /** Builds tests from a workbook's sheets. */
    @FunctionalInterface
    interface WorkbookTests {
        Stream<DynamicTest> from(Sheets sheets) throws IOException;
    }

    /** The rows below the header of a named sheet. */
    @FunctionalInterface
    interface Sheets {
        List<ReferenceRow> rows(String sheet) throws IOException;
    }

    private static List<ReferenceRow> rows(Path file, String sheet) throws IOException {
        try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
            return read(book.getSheet(sheet));
        }
    }

    private static Path folder() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String environment = System.getenv(ENVIRONMENT);
        return environment != null && !environment.isBlank() ? Path.of(environment) : DEFAULT;
    }

    private static List<ReferenceRow> read(Sheet sheet) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        List<ReferenceRow> rows = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Object> cells = new HashMap<>();
            for (Cell title : header) {
                Object value = row == null ? null : value(row.getCell(title.getColumnIndex()));
                if (value != null && !title.getStringCellValue().isBlank()) {
                    cells.put(title.getStringCellValue(), value);
                }
            }
            Object first = cells.get(header.getCell(header.getFirstCellNum()).getStringCellValue());
            if (first != null) {
                rows.add(new ReferenceRow(sheet.getSheetName(), r + 1, cells));
            }
        }
        return rows;
    }

    /** A number, a non-empty string, or null for a blank cell (R's NA when the sheet was read). */
    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA
                ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        if (type == CellType.STRING && !cell.getStringCellValue().isBlank()) {
            return cell.getStringCellValue();
        }
        return null;
    }
}
