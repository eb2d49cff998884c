package org.ragbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

    private static final Report REPORT = new Report(
            "phof-dashboard",
            "returns.xlsx",
            ragCounts(),
            List.of(new Report.FindingEntry("error", "value-not-number", "Indicators", "F12",
                    "'Value' holds the text '12,3%', which is not a number.")),
            List.of(new Report.ObservationEntry("C24a", "Cancer screening coverage - breast cancer", "E10000018",
                    "Leicestershire", "Female", "53-70 yrs", "2020", 77.6, 77.2, 78.0, 74.1, "Better", null,
                    "green", "77.6 is better than England's 74.1.", "Indicators!H2", 76.9, 78.3, "Given in the return",
                    false, "Increasing and getting better", "Improving", "8/16", null, null, null, null, null, true)),
            "Of the comparable indicators, 1 is green.",
            List.of(new Report.SpcEntry("CB_B6", "Cancer 62 days", "E38000051", "NHS Leicester City CCG", "Dec-20",
                    77.0, "concern_low", "consistent_fail", "Special cause concern: below the mean for 6 or more"
                            + " months; target 85 not met consistently.", "mdc")),
            List.of(new Paragraph(Paragraph.COUNTS, "Analysis shows that the one comparable indicator is green.")),
            List.of(new Report.AreaEntry("E10000018", "Leicestershire", ragCounts())));

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void names_the_fields_as_the_contract_does_in_the_order_the_record_declares() throws Exception {
        JsonNode json = mapper.readTree(ReportJson.write(REPORT));

        assertThat(fieldNames(json)).containsExactly("schema", "file", "rag", "findings", "observations", "narrative", "spc",
                "paragraphs", "areas");
        assertThat(fieldNames(json.get("paragraphs").get(0))).containsExactly("topic", "text");
        assertThat(fieldNames(json.get("rag"))).containsExactly("green", "amber", "red", "notCompared");
        assertThat(fieldNames(json.get("findings").get(0)))
                .containsExactly("severity", "rule", "sheet", "cell", "message");
        assertThat(fieldNames(json.get("observations").get(0))).startsWith("indicator", "indicatorName", "area")
                .contains("sex", "period", "value", "rag");
        assertThat(json.get("rag").get("green").asInt()).isEqualTo(18);
        assertThat(json.get("observations").get(0).get("value").asDouble()).isEqualTo(77.6);
    }

    @Test
    void the_file_is_indented_for_people_reading_it_and_the_stored_copy_is_compact(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("report.json");
        ReportJson.write(REPORT, file);

        assertThat(java.nio.file.Files.readString(file)).contains("\n  \"schema\" : \"phof-dashboard\"");
        assertThat(ReportJson.write(REPORT)).startsWith("{\"schema\":\"phof-dashboard\",").doesNotContain("\n");
        assertThat(ReportJson.read(ReportJson.write(REPORT))).isEqualTo(REPORT);
    }

    @Test
    void writes_a_file_that_reads_back_as_the_same_report(@TempDir Path dir) {
        Path file = dir.resolve("report.json");

        ReportJson.write(REPORT, file);

        assertThat(ReportJson.read(file)).isEqualTo(REPORT);
    }

    private static Map<String, Integer> ragCounts() {
        Map<String, Integer> rag = new LinkedHashMap<>();
        rag.put("green", 18);
        rag.put("amber", 12);
        rag.put("red", 3);
        rag.put("notCompared", 5);
        return rag;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
