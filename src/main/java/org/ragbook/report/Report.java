package org.ragbook.report;

import java.util.List;
import java.util.Map;

/**
 * The one JSON report Ragbook gives for a return, the same from the CLI ({@code --json}), HTTP and
 * email. Fields are only ever added, never renamed: scripts depend on them.
 *
 * @param schema       the schema id the return was read with
 * @param file         the uploaded file's name
 * @param rag          counts per colour: {@code green, amber, red, notCompared}
 * @param findings     every validation finding
 * @param observations every assessed observation
 * @param narrative    the committee-paper sentence for the RAG counts ("Of the comparable indicators, …")
 * @param spc          the Making Data Count reading of every monthly SPC series
 */
public record Report(
        String schema,
        String file,
        Map<String, Integer> rag,
        List<FindingEntry> findings,
        List<ObservationEntry> observations,
        String narrative,
        List<SpcEntry> spc) {

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
            String forecastBasis) {
    }

    public long errorCount() {
        return findings.stream().filter(f -> "error".equals(f.severity())).count();
    }
}
