package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.web.TestServer;

/**
 * The Fingertips upload layout through a real server with no schema named: a re-sent key with a
 * new value waits for its submitter's confirmation, and a key given twice in one return is named at
 * both rows — a warning when the rows agree, an error when they differ.
 */
class UploadLayoutServiceTest extends FreshService {

    /** Leicestershire's 2020 breast screening (C24a) row of test-fixtures/fingertips-upload.csv. */
    private static final String ROW_2020 = "E10000018,22001,2020,1,,,225,2,-1,,,46800,60400,0";

    @Test
    void a_re_sent_key_with_a_new_value_waits_until_its_submitter_confirms_it() throws IOException {
        String original = Files.readString(FixtureReadme.path("fingertips-upload.csv"));
        JsonNode first = send("fingertips-upload.csv", original);
        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("annotated");
        assertThat(first.get("schema").asText()).isEqualTo("phof-dashboard");

        JsonNode revision = send("fingertips-upload-revised.csv",
                original.replace(ROW_2020, "E10000018,22001,2020,1,,,225,2,-1,,,47100,60400,0"));

        assertThat(revision.get("status").asText()).isEqualTo("awaiting confirmation");
        assertThat(revision.get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("indicator").asText()).isEqualTo("breast-screening");
            assertThat(change.get("period").asText()).isEqualTo("2020");
            assertThat(change.get("stored").asDouble()).isCloseTo(46800 / 60400.0 * 100, within(1e-9));
            assertThat(change.get("sent").asDouble()).isCloseTo(47100 / 60400.0 * 100, within(1e-9));
        });

        JsonNode confirmed = TestServer.json(server.post(revision.get("links").get("confirm").asText()));

        assertThat(confirmed.get("status").asText()).isEqualTo("annotated");
        JsonNode series = TestServer.json(server.get("/api/indicators/breast-screening/series?area=E10000018"));
        assertThat(series.get(series.size() - 1).get("count").asDouble()).isEqualTo(47100);
    }

    @Test
    void a_key_given_twice_is_named_at_both_rows_a_warning_when_they_agree_an_error_when_they_differ()
            throws IOException {
        String original = Files.readString(FixtureReadme.path("fingertips-upload.csv"));
        String header = original.substring(0, original.indexOf('\n') + 1);

        JsonNode same = send("twice-same.csv", header + ROW_2020 + "\n" + ROW_2020 + "\n");
        JsonNode differing = send("twice-differing.csv", header + ROW_2020 + "\n"
                + ROW_2020.replace("46800", "46900") + "\n");

        assertThat(findings(same, "duplicate")).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("warning");
            assertThat(f.get("message").asText()).contains("twice-same!I2").contains("twice-same!I3");
        });
        assertThat(findings(differing, "duplicate")).singleElement()
                .satisfies(f -> assertThat(f.get("severity").asText()).isEqualTo("error"));
    }

    private JsonNode send(String name, String csv) {
        return TestServer.json(server.upload("/api/returns", name, csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<JsonNode> findings(JsonNode submission, String rule) {
        List<JsonNode> found = new ArrayList<>();
        submission.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals(rule)) {
                found.add(f);
            }
        });
        return found;
    }
}
