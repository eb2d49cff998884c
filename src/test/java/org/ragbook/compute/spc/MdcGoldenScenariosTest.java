package org.ragbook.compute.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The test scenarios of NHS England's Making Data Count chart tool (as published with
 * NHSDigital/fdp-react-design-system; see ../shared/reference/mdc-spc/README.md), every point's
 * colour reproduced under the mdc profile. The file is read where it lies, never copied here.
 *
 * <p>What the data alone does not say, read from the scenario names and the MDC tool's behaviour:
 * the improvement direction is "up" unless the name says low is good or neither; "Recalculations -
 * Recalculated" and every "crossing recalculations" scenario recalculate from their 16th date;
 * "Baselines - Recalculated" fixes the limits on its first 15 points.
 */
class MdcGoldenScenariosTest {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Where the published colours contradict themselves, the reading Ragbook is held to instead, by
     * scenario and 1-based point. "conflict - High is good" point 15 (27, the fall after the rising
     * trend 13 to 36): test-data.csv says blue, yet no rule flags the point — not in the MDC rules,
     * not in NHS England's SPC SQL query v2.6a published beside it — and the same repository's
     * "Test Data.grouped.json" gives that point the common-cause grey #A6A6A6, as its mirror
     * scenario "conflict - Low is good" does in the CSV too.
     */
    private static final Map<String, Map<Integer, String>> ERRATA = Map.of("Special cause conflict - High is good",
            Map.of(15, "grey"));

    @TestFactory
    Stream<DynamicTest> every_point_has_the_colour_the_mdc_tool_gives_it() throws IOException {
        Path file = goldenFile();
        Assumptions.assumeTrue(Files.exists(file), "Skipped: the MDC golden scenarios are not at " + file
                + " (set -Dragbook.mdc.testdata or RAGBOOK_MDC_TESTDATA to the test-data.csv).");
        return scenarios(file).entrySet().stream().map(scenario -> DynamicTest.dynamicTest(scenario.getKey(),
                () -> assertColours(scenario.getKey(), scenario.getValue())));
    }

    private static void assertColours(String name, List<CSVRecord> records) {
        List<SpcPoint> series = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (CSVRecord r : records) {
            series.add(new SpcPoint(LocalDate.parse(r.get("Date").trim(), DAY_MONTH_YEAR),
                    Double.parseDouble(r.get("Value").trim())));
            expected.add(r.get("Colour").trim());
        }
        ERRATA.getOrDefault(name, Map.of()).forEach((point, colour) -> expected.set(point - 1, colour));
        SpcResult result = XmrChart.analyse(series, options(name, series));

        List<String> colours = result.rows().stream().map(row -> colour(row.pointType())).toList();
        assertThat(colours).as(name).containsExactlyElementsOf(expected);
    }

    private static SpcOptions options(String name, List<SpcPoint> series) {
        String lower = name.toLowerCase(Locale.ROOT);
        ImprovementDirection direction = lower.contains("low is good") ? ImprovementDirection.DECREASE
                : lower.contains("neither") ? ImprovementDirection.NEUTRAL : ImprovementDirection.INCREASE;
        boolean recalculates = name.equals("Recalculations - Recalculated") || lower.contains("crossing recalculations");
        Integer baseline = name.equals("Baselines - Recalculated") ? 15 : null;
        return new SpcOptions(direction, null, SpcProfile.MDC, baseline,
                recalculates ? List.of(series.get(15).date()) : List.of());
    }

    private static String colour(PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> "grey";
            case SPECIAL_CAUSE_IMPROVEMENT -> "blue";
            case SPECIAL_CAUSE_CONCERN -> "orange";
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> "purple";
        };
    }

    private static Map<String, List<CSVRecord>> scenarios(Path file) throws IOException {
        Map<String, List<CSVRecord>> scenarios = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                scenarios.computeIfAbsent(r.get("Metric").trim(), k -> new ArrayList<>()).add(r);
            }
        }
        return scenarios;
    }

    static Path goldenFile() {
        String configured = System.getProperty("ragbook.mdc.testdata", System.getenv("RAGBOOK_MDC_TESTDATA"));
        return configured != null ? Path.of(configured)
                : Path.of("..", "shared", "reference", "mdc-spc", "test-data.csv").toAbsolutePath().normalize();
    }
}
