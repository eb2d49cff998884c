package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.bench.SyntheticReturn;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.web.ApiClient;

/**
 * A service killed without warning while it works on a 100,000-row return loses nothing: started
 * again on the same data, it takes the submission over when the dead process's lease runs out and
 * finishes it, once.
 */
class KillAndResumeTest {

    @TempDir
    Path data;

    @Test
    void a_return_being_processed_when_the_service_is_killed_is_annotated_after_a_restart() throws Exception {
        Path large = SyntheticReturn.write(SchemaCatalog.builtIn().find("phof-dashboard").orElseThrow(), 100_000,
                data.resolve("large.xlsx"));
        byte[] sent = Files.readAllBytes(large);
        Map<String, String> settings = Map.of("RAGBOOK_PORT", "0", "RAGBOOK_DATA", data.resolve("service").toString(),
                "RAGBOOK_LEASE_SECONDS", "3", "RAGBOOK_SYNC_ROW_LIMIT", "1000", "RAGBOOK_WORKERS", "1");

        String token;
        String location;
        try (ServiceProcess first = ServiceProcess.start(data, settings)) {
            token = first.adminToken().orElseThrow(() -> new AssertionError(first.output()));
            ApiClient client = ApiClient.of(first.port(), token);
            HttpResponse<byte[]> accepted = client.upload("/api/returns?schema=phof-dashboard", "large.xlsx", sent);
            assertThat(accepted.statusCode()).as(new String(accepted.body())).isEqualTo(202);
            location = accepted.headers().firstValue("Location").orElseThrow();

            JsonNode midway = await(first, client, location, s -> s.get("status").asText().equals("processing")
                    && s.get("progress").get("rowsRead").asLong() > 0, Duration.ofSeconds(60));
            assertThat(midway.get("progress").get("rowsTotal").asLong()).isEqualTo(100_001);
            first.kill();
        }

        try (ServiceProcess second = ServiceProcess.start(data, settings)) {
            ApiClient client = ApiClient.of(second.port(), token);
            // the list, not the submission itself: once annotated, that carries 100,000 observations
            JsonNode done = await(second, client, "/api/returns", list -> !list.get("items").get(0).get("status").asText()
                    .matches("received|processing"), Duration.ofSeconds(180));

            assertThat(done.get("total").asInt()).isEqualTo(1);
            assertThat(done.get("items").get(0).get("self").asText()).isEqualTo(location);
            assertThat(done.get("items").get(0).get("status").asText()).as(second.output()).isEqualTo("annotated");
            assertThat(client.get(location + "/original.xlsx").body()).isEqualTo(sent);
            HttpResponse<byte[]> annotated = client.get(location + "/annotated.xlsx");
            assertThat(annotated.statusCode()).isEqualTo(200);
            assertThat(annotated.body()).startsWith('P', 'K');
        }
    }

    private static JsonNode ok(HttpResponse<byte[]> response, ServiceProcess service) {
        assertThat(response.statusCode()).as(() -> new String(response.body()) + "\n" + service.output())
                .isEqualTo(200);
        return ApiClient.json(response);
    }

    private static JsonNode await(ServiceProcess service, ApiClient client, String path, Predicate<JsonNode> condition,
            Duration patience)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        JsonNode answer = ok(client.get(path), service);
        while (!condition.test(answer) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(20);
            answer = ok(client.get(path), service);
        }
        assertThat(condition.test(answer)).as(answer.toString()).isTrue();
        return answer;
    }
}
