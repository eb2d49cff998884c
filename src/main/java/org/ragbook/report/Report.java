package org.ragbook.report;

import java.util.List;
import java.util.Map;

/**
 * The one JSON report Ragbook gives for a return, the same from the CLI ({@code --json}), HTTP and
 * email. Fields are only ever added, never renamed: scripts depend on them.
 *
 * @param schema       the schema id the return was read with
 * @param file         the uploaded file's name
 * @param rag          counts per colour ({@code green, amber, red, notCompared}) of what a committee
 *                     counts: each indicator once, at its latest period, for the return's own areas
 * @param findings     every validation finding
 * @param observations every assessed observation
 * @param narrative    the committee-paper sentence for the RAG counts ("Of the comparable indicators, …")
 * @param spc          the Making Data Count reading of every monthly SPC series
 * @param paragraphs   the committee paper's numbered paragraphs, the same as the paper's, the
 *                     Narrative sheet's and the mail reply's
 * @param areas        the return's own areas with the counts for each (one for most returns)
 */
public record Report(
        String schema,
        String file,
        Map<String, Integer> rag,
        List<FindingEntry> findings,
        List<ObservationEntry> observations,
        String narrative,
        List<SpcEntry> spc,
        List<Paragraph> paragraphs,
        List<AreaEntry> areas) {

    /** One of the return's own areas and the counts per colour of its counted indicators. */
    public record AreaEntry(String area, String areaName, Map<String, Integer> rag) {
    }

    /** One SPC series' icons and reading, as the Summary sheet lists them. */
    public record SpcEntry(String indicator, String indicatorName, String area, String areaName, String latestPeriod,
            Double latestValue, String variation, String assurance, String reading, String profile) {
    }

    public record FindingEntry(String severity, String rule, String sheet, String cell, String message) {
    }

    public record ObservationEntry(
            String indicator,
            String indicatorName,
            String area,
            String areaName,
            String sex,
            String age,
            String period,
            Double value,
            Double lowerCi95,
            Double upperCi95,
            Double benchmark,
            String comparedToBenchmark,
            String target,
            String rag,
            String reason,
            String cell,
            Double lowerCi998,
            Double upperCi998,
            String method,
            boolean suppressed,
            String recentTrend,
            String directionOfTravel,
            String rank,
            String quintile,
            Double sameMonthsLastYear,
            Double changeOnLastYear,
            Double yearEndForecast,
            String forecastBasis,
            boolean counted) {
    }

    public long errorCount() {
        return findings.stream().filter(f -> "error".equals(f.severity())).count();
    }
}
