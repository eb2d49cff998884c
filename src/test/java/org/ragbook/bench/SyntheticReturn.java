package org.ragbook.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ragbook.compute.ci.CrudeRates;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.ci.Proportions;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.ValueType;

/**
 * Writes a long-layout return of a given size for the benchmark: 13 Fingertips columns, every row
 * a distinct observation of a calendar-year indicator with its count, denominator and the value and
 * 95% interval they give, England rows included so that every area row is compared with a benchmark,
 * checked against its recomputed figures and placed in a 20-year series (the realistic work per row).
 */
public final class SyntheticReturn {

    static final String[] HEADER = {"Indicator ID", "Indicator Name", "Area Code", "Area Name", "Sex", "Age",
        "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Count", "Denominator", "Value note"};

    private SyntheticReturn() {
    }

    public static Path write(ReturnSchema schema, int rows, Path file) throws IOException {
        List<Indicator> indicators = schema.indicators().stream()
                .filter(i -> i.periodFormat() == PeriodFormat.CALENDAR_YEAR)
                .toList();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Indicators");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            int years = 20;
            for (int r = 1; r <= rows; r++) {
                int n = r - 1;
                Indicator indicator = indicators.get(n % indicators.size());
                int year = 2001 + (n / indicators.size()) % years;
                int area = n / (indicators.size() * years);
                boolean england = area == 0;
                double denominator = 5_000 + (n % 977) * 13;
                double count = Math.floor(denominator * (0.2 + (n % 61) / 100.0));
                Estimate estimate = indicator.valueType() == ValueType.PROPORTION
                        ? Proportions.estimate(count, denominator, indicator.multiplier())
                        : CrudeRates.estimate(count, denominator, indicator.multiplier(),
                                CrudeRates.DEFAULT_BYARS_THRESHOLD);
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(indicator.code());
                row.createCell(1).setCellValue(indicator.name());
                row.createCell(2).setCellValue(england ? "E92000001" : String.format("E06%06d", area));
                row.createCell(3).setCellValue(england ? "England" : "Area " + area);
                row.createCell(4).setCellValue("Persons");
                row.createCell(5).setCellValue("All ages");
                row.createCell(6).setCellValue(Integer.toString(year));
                row.createCell(7).setCellValue(estimate.value());
                row.createCell(8).setCellValue(estimate.ci95().lower());
                row.createCell(9).setCellValue(estimate.ci95().upper());
                row.createCell(10).setCellValue(count);
                row.createCell(11).setCellValue(denominator);
                row.createCell(12).setCellValue(n % 50 == 0 ? "provisional" : "");
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }
}
