package org.ragbook.annotate;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.compute.SeriesChart;
import org.ragbook.compute.spc.AssuranceIcon;
import org.ragbook.compute.spc.PointType;
import org.ragbook.compute.spc.SpcRow;
import org.ragbook.compute.spc.VariationIcon;
import org.ragbook.report.SpcReading;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * The SPC sheet of an annotated workbook: per series a block of real cells (month, value, mean,
 * process limits, target, and the special-cause points by kind) and beside it an XDDF line chart
 * bound to those cells, so Excel and LibreOffice both draw it; the variation and assurance icons as
 * coloured cells with the letters boards know (H/L for improvement or concern high or low, P/F/?
 * for assurance) and the reading line. Special-cause points are series of their own, markers only,
 * in the Making Data Count colours: improvement blue, concern orange, neither purple.
 */
final class SpcSheetWriter {

    static final String NAME = "SPC";
    private static final List<String> HEADER = List.of("Month", "Value", "Mean", "Lower process limit",
            "Upper process limit", "Target", "Improvement", "Concern", "Neither", "Point type");
    private static final int CHART_COLUMN = HEADER.size() + 1;
    private static final int CHART_COLUMNS = 10;
    private static final int CHART_ROWS = 18;
    private static final byte[] VALUE = rgb("000000");
    private static final byte[] MEAN = rgb("7F7F7F");
    private static final byte[] LIMIT = rgb("A6A6A6");
    private static final byte[] TARGET = rgb("C00000");
    static final byte[] IMPROVEMENT = rgb("289DE0");
    static final byte[] CONCERN = rgb("FAB428");
    static final byte[] NEITHER = rgb("490092");
    private static final byte[] COMMON = rgb("A6A6A6");

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final XSSFCellStyle bold;
    /** Cells keep full precision; the format rounds for display. */
    private final XSSFCellStyle oneDecimal;

    private SpcSheetWriter(XSSFWorkbook workbook, String name) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        this.bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        this.oneDecimal = workbook.createCellStyle();
        oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    }

    /**
     * Adds the SPC sheet when there are charts, and under the Summary sheet's own rows the table of
     * icons per series that boards read.
     */
    static void add(XSSFWorkbook workbook, String summarySheet, List<SeriesChart> charts) {
        if (charts.isEmpty()) {
            return;
        }
        String name = NAME;
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            name = NAME + " " + n;
        }
        SpcSheetWriter writer = new SpcSheetWriter(workbook, name);
        writer.summary(workbook.getSheet(summarySheet), charts);
        int row = 0;
        for (SeriesChart chart : charts) {
            row = writer.block(chart, row) + 2;
        }
        for (int c = 0; c < HEADER.size(); c++) {
            writer.sheet.setColumnWidth(c, (c == 0 ? 10 : c == HEADER.size() - 1 ? 26 : 12) * 256);
        }
    }

    private void summary(XSSFSheet summary, List<SeriesChart> charts) {
        if (summary == null) {
            return;
        }
        int top = summary.getLastRowNum() + 2;
        cell(summary, top, 0, "SPC (Making Data Count): the latest month of each monthly series", bold);
        List<String> header = List.of("Indicator", "Area", "Latest", "Value", "Variation", "Assurance", "Reading");
        for (int c = 0; c < header.size(); c++) {
            cell(summary, top + 1, c, header.get(c), bold);
        }
        for (int i = 0; i < charts.size(); i++) {
            SeriesChart chart = charts.get(i);
            int at = top + 2 + i;
            List<SpcRow> rows = chart.result().rows();
            cell(summary, at, 0, chart.indicator().code(), null);
            cell(summary, at, 1, chart.areaName() != null ? chart.areaName() : chart.areaCode(), null);
            cell(summary, at, 2, chart.latestPeriod(), null);
            XSSFRow row = summary.getRow(at);
            row.createCell(3).setCellValue(rows.get(rows.size() - 1).value());
            cell(summary, at, 4, variationLetter(chart), iconStyle(variationColour(chart)));
            cell(summary, at, 5, assuranceLetter(chart), iconStyle(assuranceColour(chart)));
            cell(summary, at, 6, SpcReading.of(chart), null);
        }
    }

    private static void cell(XSSFSheet on, int row, int column, String text, CellStyle style) {
        XSSFRow r = on.getRow(row) != null ? on.getRow(row) : on.createRow(row);
        var cell = r.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Writes one series' block and chart from {@code top}; returns the last row used. */
    private int block(SeriesChart chart, int top) {
        text(top, 0, chart.indicator().name() + " — " + (chart.areaName() != null ? chart.areaName() : chart.areaCode()),
                bold);
        text(top + 1, 0, SpcReading.of(chart), null);
        icon(top + 2, 0, "Variation", variationLetter(chart), variationColour(chart));
        icon(top + 2, 3, "Assurance", assuranceLetter(chart), assuranceColour(chart));
        int headerRow = top + 4;
        for (int c = 0; c < HEADER.size(); c++) {
            text(headerRow, c, HEADER.get(c), bold);
        }
        List<SpcRow> rows = chart.result().rows();
        Double target = chart.indicator().target() == null ? null : chart.indicator().target().value();
        for (int i = 0; i < rows.size(); i++) {
            SpcRow r = rows.get(i);
            int at = headerRow + 1 + i;
            text(at, 0, r.date().getMonth().toString().substring(0, 1) + r.date().getMonth().toString().substring(1, 3)
                    .toLowerCase(java.util.Locale.ROOT) + "-" + String.format("%02d", r.date().getYear() % 100), null);
            number(at, 1, r.value());
            number(at, 2, r.mean());
            number(at, 3, r.lowerProcessLimit());
            number(at, 4, r.upperProcessLimit());
            number(at, 5, target);
            number(at, 6, r.pointType() == PointType.SPECIAL_CAUSE_IMPROVEMENT ? r.value() : null);
            number(at, 7, r.pointType() == PointType.SPECIAL_CAUSE_CONCERN ? r.value() : null);
            number(at, 8, r.pointType() == PointType.SPECIAL_CAUSE_NEUTRAL_HIGH
                    || r.pointType() == PointType.SPECIAL_CAUSE_NEUTRAL_LOW ? r.value() : null);
            text(at, 9, r.pointType().label(), null);
        }
        int first = headerRow + 1;
        int last = headerRow + rows.size();
        draw(chart, top, first, last, target != null);
        return Math.max(last, top + CHART_ROWS);
    }

    private void draw(SeriesChart chart, int top, int first, int last, boolean hasTarget) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, top, CHART_COLUMN + CHART_COLUMNS,
                top + CHART_ROWS);
        XSSFChart xssfChart = drawing.createChart(anchor);
        xssfChart.setTitleText(chart.indicator().code() + " " + chart.indicator().name());
        xssfChart.setTitleOverlay(false);
        xssfChart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis months = xssfChart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = xssfChart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.MIN);
        values.setMinimum(Math.floor(lowest(chart)));
        // the special-cause series have values only at their points; blanks are gaps, not zeros
        xssfChart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        XDDFLineChartData data = (XDDFLineChartData) xssfChart.createData(ChartTypes.LINE, months, values);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        line(data, categories, first, last, 1, VALUE, MarkerStyle.CIRCLE, COMMON);
        line(data, categories, first, last, 2, MEAN, MarkerStyle.NONE, null);
        line(data, categories, first, last, 3, LIMIT, MarkerStyle.NONE, null);
        line(data, categories, first, last, 4, LIMIT, MarkerStyle.NONE, null);
        if (hasTarget) {
            line(data, categories, first, last, 5, TARGET, MarkerStyle.NONE, null);
        }
        line(data, categories, first, last, 6, null, MarkerStyle.CIRCLE, IMPROVEMENT);
        line(data, categories, first, last, 7, null, MarkerStyle.CIRCLE, CONCERN);
        line(data, categories, first, last, 8, null, MarkerStyle.CIRCLE, NEITHER);
        xssfChart.plot(data);
    }

    /** The lowest line or value drawn, so the axis starts near the data rather than at zero. */
    private static double lowest(SeriesChart chart) {
        double lowest = Double.POSITIVE_INFINITY;
        for (SpcRow r : chart.result().rows()) {
            lowest = Math.min(lowest, r.value());
            if (r.lowerProcessLimit() != null) {
                lowest = Math.min(lowest, r.lowerProcessLimit());
            }
        }
        if (chart.indicator().target() != null) {
            lowest = Math.min(lowest, chart.indicator().target().value());
        }
        return lowest;
    }

    /** A series bound to column {@code column}; no line colour means markers only (special-cause points). */
    private void line(XDDFLineChartData data, XDDFDataSource<String> categories, int first, int last, int column,
            byte[] lineColour, MarkerStyle marker, byte[] markerColour) {
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, column, column));
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, numbers);
        series.setTitle(HEADER.get(column), new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), first - 1,
                column, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(marker);
        XDDFShapeProperties line = new XDDFShapeProperties();
        line.setLineProperties(new XDDFLineProperties(lineColour == null ? new XDDFNoFillProperties()
                : new XDDFSolidFillProperties(XDDFColor.from(lineColour))));
        series.setShapeProperties(line);
        if (markerColour != null) {
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(markerColour)));
            fill.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(markerColour))));
            series.getCTLineSer().getMarker().setSpPr(fill.getXmlObject());
        }
    }

    private void icon(int row, int column, String label, String letter, byte[] colour) {
        text(row, column, label, bold);
        text(row, column + 1, letter, iconStyle(colour));
    }

    /** A drawn icon: the letter in white, bold and centred on the Making Data Count colour. */
    private XSSFCellStyle iconStyle(byte[] colour) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(colour, null));
        style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
        style.setFont(font);
        return style;
    }

    private static String variationLetter(SeriesChart chart) {
        VariationIcon v = chart.result().variation();
        if (v == null) {
            return "–";
        }
        return switch (v) {
            case COMMON_CAUSE -> "~";
            case IMPROVEMENT_HIGH, CONCERN_HIGH, NEITHER_HIGH -> "H";
            case IMPROVEMENT_LOW, CONCERN_LOW, NEITHER_LOW -> "L";
        };
    }

    private static byte[] variationColour(SeriesChart chart) {
        VariationIcon v = chart.result().variation();
        if (v == null) {
            return COMMON;
        }
        return switch (v) {
            case COMMON_CAUSE -> COMMON;
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> IMPROVEMENT;
            case CONCERN_HIGH, CONCERN_LOW -> CONCERN;
            case NEITHER_HIGH, NEITHER_LOW -> NEITHER;
        };
    }

    private static String assuranceLetter(SeriesChart chart) {
        AssuranceIcon a = chart.result().assurance();
        return a == null ? "–" : switch (a) {
            case CONSISTENT_PASS -> "P";
            case CONSISTENT_FAIL -> "F";
            case INCONSISTENT -> "?";
        };
    }

    private static byte[] assuranceColour(SeriesChart chart) {
        AssuranceIcon a = chart.result().assurance();
        return a == null ? COMMON : switch (a) {
            case CONSISTENT_PASS -> IMPROVEMENT;
            case CONSISTENT_FAIL -> CONCERN;
            case INCONSISTENT -> COMMON;
        };
    }

    private void text(int row, int column, String text, CellStyle style) {
        cell(sheet, row, column, text, style);
    }

    private void number(int row, int column, Double value) {
        if (value != null) {
            var cell = row(row).createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(oneDecimal);
        }
    }

    private XSSFRow row(int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private static byte[] rgb(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
