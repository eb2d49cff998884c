package org.ragbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ragbook.report.Report;

class SubmissionViewTest {

    @Test
    void is_the_report_with_the_id_before_it_and_the_links_after_it() throws Exception {
        Report report = new Report("bcf-metrics", "bcf.xlsx", Map.of("green", 1), List.of(), List.of());

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
                SubmissionView.of("7d444840-9dc0-11d1-b245-5ffdce74fad2", report)));

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "schema", "file", "rag", "findings", "observations", "links");
        assertThat(json.get("links").get("self").asText())
                .isEqualTo("/api/returns/7d444840-9dc0-11d1-b245-5ffdce74fad2");
        assertThat(json.get("links").get("annotated").asText())
                .isEqualTo("/api/returns/7d444840-9dc0-11d1-b245-5ffdce74fad2/annotated.xlsx");
    }
}
