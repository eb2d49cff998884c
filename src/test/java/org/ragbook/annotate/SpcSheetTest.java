package org.ragbook.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ragbook.compute.SeriesChart;
import org.ragbook.compute.spc.ImprovementDirection;
import org.ragbook.compute.spc.SpcOptions;
import org.ragbook.compute.spc.SpcPoint;
import org.ragbook.compute.spc.XmrChart;
import org.ragbook.schema.Sex;
import org.ragbook.validate.TestSchemas;

/** The SPC sheet's plan: what a board member finds on it, before either writer renders it. */
class SpcSheetTest {

    @Test
    void a_return_of_many_series_has_every_series_in_cells_and_charts_for_the_first_hundred() {
        List<SeriesChart> series = IntStream.range(0, SpcSheet.CHARTED_SERIES + 1).mapToObj(SpcSheetTest::area).toList();

        SpcSheet sheet = SpcSheet.of("SPC", series);

        assertThat(sheet.charts()).hasSize(SpcSheet.CHARTED_SERIES);
        assertThat(titles(sheet)).hasSize(SpcSheet.CHARTED_SERIES + 1);
        assertThat(lastText(sheet)).isEqualTo("Charts are drawn for the first 100 of 101 series; every series above"
                + " has its cells, icons and reading.");
    }

    @Test
    void each_chart_reads_its_own_block_and_charts_never_overlap() {
        SpcSheet sheet = SpcSheet.of("SPC", List.of(area(0), area(1)));

        SpcChartSpec first = sheet.charts().get(0);
        SpcChartSpec second = sheet.charts().get(1);
        assertThat(first.lastRow() - first.firstRow() + 1).isEqualTo(24);
        assertThat(second.top()).isGreaterThanOrEqualTo(first.top() + SpcSheet.CHART_ROWS);
        assertThat(sheet.sheet().rows().get(second.firstRow()).get(0).text()).isEqualTo("Jan-19");
    }

    /** 24 steady months of cancer 62 days for area {@code n}. */
    private static SeriesChart area(int n) {
        List<SpcPoint> points = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            points.add(new SpcPoint(LocalDate.of(2019, 1, 1).plusMonths(m), 80 + (m % 3)));
        }
        return new SeriesChart(TestSchemas.CANCER_62, "E0000" + n, "Area " + n, Sex.PERSONS, null, "Dec-20",
                XmrChart.analyse(points, SpcOptions.of(ImprovementDirection.INCREASE, 85.0)));
    }

    private static List<String> titles(SpcSheet sheet) {
        return sheet.sheet().rows().stream().filter(row -> !row.isEmpty())
                .map(row -> row.get(0)).filter(cell -> cell.emphasis() == PlanCell.Emphasis.TITLE)
                .map(PlanCell::text).toList();
    }

    private static String lastText(SpcSheet sheet) {
        List<List<PlanCell>> rows = sheet.sheet().rows();
        return rows.get(rows.size() - 1).get(0).text();
    }
}
