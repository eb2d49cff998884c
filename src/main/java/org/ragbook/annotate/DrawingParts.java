package org.ragbook.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The SPC sheet's drawing for a streamed workbook. Chart XML is long and strict, so rather than
 * write it by hand the sheet is built, cells and all, in a small POI workbook of its own and its
 * drawing and chart parts are lifted out whole: they refer to cells by sheet name only, so they
 * read the streamed sheet's cells once placed beside it. Only the small SPC sheet goes through
 * POI; the return's own rows still stream.
 *
 * @param parts the parts by their package name ({@code xl/drawings/drawing1.xml}, {@code xl/charts/chart1.xml}, their rels)
 */
record DrawingParts(List<Part> parts) {

    static final String DRAWINGS = "xl/drawings/";
    static final String CHARTS = "xl/charts/";

    record Part(String name, byte[] bytes) {
    }

    DrawingParts {
        parts = List.copyOf(parts);
    }

    static DrawingParts of(SpcSheet spc) {
        try (XSSFWorkbook scratch = new XSSFWorkbook()) {
            // the charts' cached values need the charted blocks' cells; the blocks past them would only cost time
            List<SpcChartSpec> charts = spc.charts();
            XSSFSheet sheet = new XssfPlanWriter(scratch, new XssfStyles(scratch))
                    .addSheet(spc.sheet().firstRows(charts.get(charts.size() - 1).lastRow() + 1));
            SpcDrawing.draw(sheet, charts);
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            scratch.write(written);
            return new DrawingParts(lift(written.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the SPC charts", e);
        }
    }

    private static List<Part> lift(byte[] workbook) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith(DRAWINGS) || entry.getName().startsWith(CHARTS)) {
                    parts.add(new Part(entry.getName(), zip.readAllBytes()));
                }
            }
        }
        return parts;
    }

    /** The drawing part the sheet refers to. */
    String drawing() {
        return parts.stream().map(Part::name)
                .filter(name -> name.startsWith(DRAWINGS) && !name.contains("/_rels/"))
                .findFirst().orElseThrow();
    }
}
