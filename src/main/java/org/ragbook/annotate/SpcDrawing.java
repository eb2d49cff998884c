package org.ragbook.annotate;

import java.awt.Color;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
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
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.TextAlign;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFTextParagraph;
import org.apache.poi.xssf.usermodel.XSSFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Draws the SPC sheet's charts and icons onto its cells: per series an XDDF line chart bound to the
 * block's columns (values, mean, process limits, target; the special-cause points as marker-only
 * series in the Making Data Count colours, blanks drawn as gaps), and the two icons as rings of the
 * MDC colour with their letter, over the icon cells.
 */
final class SpcDrawing {

    private static final int CHART_COLUMN = SpcSheet.HEADER.size() + 1;
    private static final int CHART_COLUMNS = 10;
    /** An icon's diameter: the two default rows (20 px each) it spans, so it is round. */
    private static final int ICON_PIXELS = 40;
    private static final int ICON_ROWS = 2;
    private static final double ICON_RING_POINTS = 3;
    private static final double ICON_LETTER_POINTS = 16;
    private static final byte[] VALUE = rgb("000000");
    private static final byte[] MEAN = rgb("7F7F7F");
    private static final byte[] LIMIT = RagColour.SPC_COMMON.rgbBytes();
    private static final byte[] TARGET = rgb("C00000");

    private final XSSFSheet sheet;
    private final XSSFDrawing drawing;

    private SpcDrawing(XSSFSheet sheet) {
        this.sheet = sheet;
        this.drawing = sheet.createDrawingPatriarch();
    }

    static void draw(XSSFSheet sheet, List<SpcChartSpec> charts) {
        SpcDrawing drawing = new SpcDrawing(sheet);
        for (SpcChartSpec spec : charts) {
            drawing.chart(spec);
            drawing.icon(spec.iconRow(), SpcSheet.VARIATION_COLUMN, spec.variation());
            drawing.icon(spec.iconRow(), SpcSheet.ASSURANCE_COLUMN, spec.assurance());
        }
    }

    private void chart(SpcChartSpec spec) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, spec.top(),
                CHART_COLUMN + CHART_COLUMNS, spec.top() + SpcSheet.CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        var months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.MIN);
        values.setMinimum(spec.axisMinimum());
        // the special-cause series have values only at their points; blanks are gaps, not zeros
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, values);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(spec.firstRow(), spec.lastRow(), 0, 0));
        line(data, categories, spec, 1, VALUE, MarkerStyle.CIRCLE, RagColour.SPC_COMMON);
        line(data, categories, spec, 2, MEAN, MarkerStyle.NONE, null);
        line(data, categories, spec, 3, LIMIT, MarkerStyle.NONE, null);
        line(data, categories, spec, 4, LIMIT, MarkerStyle.NONE, null);
        if (spec.hasTarget()) {
            line(data, categories, spec, 5, TARGET, MarkerStyle.NONE, null);
        }
        line(data, categories, spec, 6, null, MarkerStyle.CIRCLE, RagColour.SPC_IMPROVEMENT);
        line(data, categories, spec, 7, null, MarkerStyle.CIRCLE, RagColour.SPC_CONCERN);
        line(data, categories, spec, 8, null, MarkerStyle.CIRCLE, RagColour.SPC_NEITHER);
        chart.plot(data);
    }

    /** A series bound to a column of the block; no line colour means markers only (special-cause points). */
    private void line(XDDFLineChartData data, XDDFDataSource<String> categories, SpcChartSpec spec, int column,
            byte[] lineColour, MarkerStyle marker, RagColour markerColour) {
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(spec.firstRow(), spec.lastRow(), column, column));
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, numbers);
        series.setTitle(SpcSheet.HEADER.get(column),
                new CellReference(sheet.getSheetName(), spec.firstRow() - 1, column, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(marker);
        XDDFShapeProperties line = new XDDFShapeProperties();
        line.setLineProperties(new XDDFLineProperties(lineColour == null ? new XDDFNoFillProperties()
                : new XDDFSolidFillProperties(XDDFColor.from(lineColour))));
        series.setShapeProperties(line);
        if (markerColour != null) {
            XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(markerColour.rgbBytes()));
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(colour);
            fill.setLineProperties(new XDDFLineProperties(colour));
            series.getCTLineSer().getMarker().setSpPr(fill.getXmlObject());
        }
    }

    /** A white disc ringed in the icon's colour, its letter in that colour, over the icon's cell. */
    private void icon(int row, int column, SpcIcon icon) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, Units.pixelToEMU(ICON_PIXELS), 0, column, row, column,
                row + ICON_ROWS);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        XSSFSimpleShape ring = drawing.createSimpleShape(anchor);
        ring.setShapeType(ShapeTypes.ELLIPSE);
        byte[] rgb = icon.colour().rgbBytes();
        ring.setFillColor(255, 255, 255);
        ring.setLineStyleColor(rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
        ring.setLineWidth(ICON_RING_POINTS);
        ring.setVerticalAlignment(VerticalAlignment.CENTER);
        XSSFTextParagraph paragraph = ring.addNewTextParagraph();
        paragraph.setTextAlign(TextAlign.CENTER);
        XSSFTextRun letter = paragraph.addNewTextRun();
        letter.setText(icon.letter());
        letter.setBold(true);
        letter.setFontSize(ICON_LETTER_POINTS);
        letter.setFontColor(new Color(rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF));
    }

    private static byte[] rgb(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
