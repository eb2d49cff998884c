package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.web.ApiClient;

/**
 * What the service has answered survives a kill -9 the moment after: on its embedded defaults, a
 * user added (201) and killed at once is still there when the service starts again. H2 keeps
 * committed changes in memory for up to a second unless told to write them at each commit.
 */
class KilledAfterAnsweringTest {

    @TempDir
    Path data;

    @Test
    void a_user_added_just_before_a_kill_is_there_after_the_restart() throws Exception {
        Map<String, String> settings = Map.of("RAGBOOK_PORT", "0", "RAGBOOK_DATA", data.resolve("service").toString());
        String token;
        String added;
        try (ServiceProcess first = ServiceProcess.start(data, settings)) {
            token = first.adminToken().orElseThrow(() -> new AssertionError(first.output()));
            ApiClient admin = ApiClient.of(first.port(), token);
            HttpResponse<byte[]> created = admin.send(admin.request("/api/users").header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"late\","
                    + "\"organisation\":\"Rutland\",\"role\":\"submitter\"}")).build());
            assertThat(created.statusCode()).isEqualTo(201);
            added = ApiClient.json(created).get("token").asText();
            first.kill();
        }
        try (ServiceProcess second = ServiceProcess.start(data, settings)) {
            HttpResponse<byte[]> me = ApiClient.of(second.port(), added).get("/api/me");

            assertThat(me.statusCode()).as("the user answered 201 before the kill").isEqualTo(200);
        }
    }
}
