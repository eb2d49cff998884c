package org.ragbook.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.Comparison;
import org.ragbook.compute.Rag;
import org.ragbook.compute.TargetResult;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.ci.Interval;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;
import org.ragbook.read.SourceFormat;
import org.ragbook.schema.Benchmark;
import org.ragbook.schema.CiMethod;
import org.ragbook.schema.ComparisonLevels;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.Sex;
import org.ragbook.schema.Target;
import org.ragbook.schema.ValueType;
import org.ragbook.validate.DataRegion;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Severity;
import org.ragbook.validate.Validation;

/**
 * A small long-layout return as an analyst would send it, written as a real workbook with POI, and
 * the records the earlier stages would make of it: what was read, validated and assessed.
 */
final class ReturnFixture {

    static final String SHEET = "Indicators";
    static final String NOTES = "Bob's notes";
    static final String INJECTED = "=SUM(1)";
    static final String ANALYST_COMMENT = "Checked with the provider on 3 May.";
    static final String NUMBER_FORMAT = "0.0";

    static final Indicator SCREENING = new Indicator("breast-screening", "C24a", 22001,
            "Cancer screening coverage - breast cancer", Sex.FEMALE, null, ValueType.PROPORTION, 100, Polarity.HIGH, CiMethod.WILSON,
            Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.CALENDAR_YEAR, 0, null, null);
    static final Indicator CANCER_62 = new Indicator("cancer-62-days", "CB_B6", null,
            "Cancer 62 days of referral to treatment", Sex.PERSONS, null, ValueType.PROPORTION, 100, Polarity.HIGH, CiMethod.WILSON,
            Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, new Target(Target.Operator.GREATER_OR_EQUAL, 85, 2), PeriodFormat.CALENDAR_YEAR, 0, null, null);
    static final ReturnSchema SCHEMA = new ReturnSchema("sample", "Sample dashboard", "Two indicators", "sample.yaml",
            null, "E10000018", "Leicestershire", null, List.of(SCREENING, CANCER_62), 1);

    static final Object[] HEADER = {"Indicator ID", "Indicator Name", "Area Code", "Area Name", "Sex", "Age",
        "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Count", "Denominator", "Value note"};

    /** Column H, the Value column. */
    static final int VALUE = 7;

    final String sheet;
    /** A second sheet of the analyst's, or null for a CSV return's single table. */
    final String notes;
    final List<Object[]> rows = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    final List<Assessment> assessments = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    /**
     * The return every annotation test starts from: a benchmark row, a green, a red against its
     * target, a formula typed as text where the value should be, and an amber whose area name is
     * that formula.
     */
    static ReturnFixture standard() {
        return standard(SHEET, NOTES);
    }

    static ReturnFixture standard(String sheet, String notes) {
        ReturnFixture f = new ReturnFixture(sheet, notes);
        f.rows.add(HEADER);
        f.observe(SCREENING, "E92000001", "England", "2019", 74.6, 74.5, 74.7, null, null);
        f.observe(SCREENING, "E10000018", "Leicestershire", "2019", 77.9, 77.5, 78.3, Rag.GREEN, Comparison.BETTER);
        f.observe(CANCER_62, "E10000018", "Leicestershire", "2019", 79.0, 77.0, 81.0, Rag.RED, Comparison.NOT_COMPARED);
        f.rows.add(new Object[] {"C24a", SCREENING.name(), "E06000017", "Rutland", "Persons", "All ages", "2019", INJECTED});
        f.observe(SCREENING, "E06000017", INJECTED, "2019", 74.0, 73.0, 75.0, Rag.AMBER, Comparison.SIMILAR);
        f.findings.add(new Finding(Severity.ERROR, "value-not-number", sheet, new CellRef(sheet, VALUE, 4),
                "'" + INJECTED + "' is not a number. Leave Value blank and say why in Value note."));
        f.findings.add(new Finding(Severity.WARNING, "missing-value", sheet, new CellRef(sheet, 12, 3),
                "Say in Value note why the interval is wide."));
        f.findings.add(new Finding(Severity.WARNING, "ci-wide", sheet, new CellRef(sheet, VALUE + 1, 3),
                "The lower limit is far from the value."));
        if (notes != null) {
            f.findings.add(new Finding(Severity.WARNING, "note", notes, new CellRef(notes, 0, 0), "A note outside the table."));
        }
        f.findings.add(new Finding(Severity.ERROR, "period-format", sheet, null, "A finding about the whole sheet."));
        return f;
    }

    /** A return of many judged rows, the colours in turn, and no findings. */
    static ReturnFixture judged(int count) {
        ReturnFixture f = new ReturnFixture(SHEET, null);
        f.rows.add(HEADER);
        Rag[] colours = {Rag.GREEN, Rag.AMBER, Rag.RED};
        for (int i = 0; i < count; i++) {
            f.observe(SCREENING, String.format("E06%06d", i), "Area " + i, "2019", 70.0 + i % 10, 69.0, 79.0,
                    colours[i % colours.length], Comparison.SIMILAR);
        }
        return f;
    }

    ReturnFixture(String sheet, String notes) {
        this.sheet = sheet;
        this.notes = notes;
    }

    /** Adds a data row, its observation and, when a colour is given, its assessment. */
    void observe(Indicator indicator, String areaCode, String areaName, String period, double value, double lower,
            double upper, Rag rag, Comparison comparison) {
        int row = rows.size();
        rows.add(new Object[] {indicator.code(), indicator.name(), areaCode, areaName, "Persons", "All ages", period,
            value, lower, upper});
        Observation o = new Observation(indicator, areaCode, areaName, Sex.PERSONS, "All ages", period, value, lower,
                upper, null, null, null, null, null, null, null, new CellRef(sheet, VALUE, row), List.of());
        observations.add(o);
        if (rag != null) {
            TargetResult target = indicator.target() == null ? TargetResult.NO_TARGET
                    : rag == Rag.RED ? TargetResult.MISSED : TargetResult.MET;
            Estimate estimate = new Estimate(value, new Interval(lower, upper), null, "Given in the return");
            assessments.add(new Assessment(o, estimate, false, 74.6, comparison, target, rag, null, null, null, null,
                    null, null, rag.key() + " because of " + areaName, true));
        }
    }

    Validation validation() {
        return validation(false);
    }

    /** The validation as if the table were wide, which gets a Statistics sheet rather than columns. */
    Validation validation(boolean wide) {
        return new Validation(SCHEMA, new DataRegion(sheet, 0, HEADER.length - 1, wide), observations, findings);
    }

    ReturnTable table() {
        return table("return.xlsx", SourceFormat.XLSX);
    }

    ReturnTable table(String fileName, SourceFormat format) {
        List<SheetRow> sheetRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            sheetRows.add(new SheetRow(r, Arrays.stream(rows.get(r)).map(ReturnFixture::cell).toList()));
        }
        List<SheetData> sheets = new ArrayList<>(List.of(new SheetData(sheet, sheetRows)));
        if (notes != null) {
            sheets.add(new SheetData(notes, List.of(new SheetRow(0, List.of(new CellValue.Text("Bob's working"))))));
        }
        return new ReturnTable(fileName, format, sheets);
    }

    /**
     * Writes the workbook the way an analyst formats it: a bold italic font on the names, one decimal
     * place on the values, a comment of their own on the red value, and a second sheet of notes.
     */
    Path writeWorkbook(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet data = workbook.createSheet(sheet);
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            font.setItalic(true);
            XSSFCellStyle names = workbook.createCellStyle();
            names.setFont(font);
            XSSFCellStyle values = workbook.createCellStyle();
            values.setDataFormat(workbook.createDataFormat().getFormat(NUMBER_FORMAT));
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = data.createRow(r);
                Object[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        XSSFCell cell = row.createCell(c);
                        if (cells[c] instanceof Double d) {
                            cell.setCellValue(d);
                        } else {
                            cell.setCellValue(cells[c].toString());
                        }
                        if (r > 0 && c == 1) {
                            cell.setCellStyle(names);
                        } else if (r > 0 && c == VALUE) {
                            cell.setCellStyle(values);
                        }
                    }
                }
            }
            Comment own = data.createDrawingPatriarch().createCellComment(anchor(workbook, 3, VALUE));
            own.setString(workbook.getCreationHelper().createRichTextString(ANALYST_COMMENT));
            own.setAuthor("Analyst");
            data.getRow(3).getCell(VALUE).setCellComment(own);
            if (notes != null) {
                workbook.createSheet(notes).createRow(0).createCell(0).setCellValue("Bob's working");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static ClientAnchor anchor(XSSFWorkbook workbook, int row, int column) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setRow1(row);
        anchor.setCol1(column + 1);
        anchor.setRow2(row + 3);
        anchor.setCol2(column + 3);
        return anchor;
    }

    private static CellValue cell(Object o) {
        if (o == null) {
            return CellValue.BLANK;
        }
        if (o instanceof Double d) {
            return new CellValue.Number(d);
        }
        return new CellValue.Text(o.toString());
    }
}
