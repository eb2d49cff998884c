package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.store.TestPostgres;
import org.ragbook.web.ApiClient;

/**
 * Two service processes on one PostgreSQL share the queue: twenty returns sent to them are each
 * processed exactly once, by one replica or the other, and either replica serves every result.
 */
class TwoReplicasTest {

    private static final int RETURNS = 20;

    @TempDir
    Path data;

    @Test
    void two_replicas_on_one_postgresql_process_twenty_queued_returns_between_them_each_once() throws Exception {
        String url = TestPostgres.newDatabase();
        Map<String, String> settings = new HashMap<>(Map.of("RAGBOOK_PORT", "0",
                "RAGBOOK_DB_URL", url, "RAGBOOK_DB_USER", "postgres",
                "RAGBOOK_SYNC_ROW_LIMIT", "1", "RAGBOOK_WORKERS", "2"));
        settings.put("RAGBOOK_DATA", data.resolve("a").toString());
        try (ServiceProcess a = ServiceProcess.start(data, settings)) {
            settings.put("RAGBOOK_DATA", data.resolve("b").toString());
            try (ServiceProcess b = ServiceProcess.start(data, settings)) {
                String token = a.adminToken().or(b::adminToken).orElseThrow(() ->
                        new AssertionError(a.output() + "\n" + b.output()));
                ApiClient first = ApiClient.of(a.port(), token);
                ApiClient second = ApiClient.of(b.port(), token);

                Set<String> locations = new HashSet<>();
                for (int i = 0; i < RETURNS; i++) {
                    ApiClient via = i % 2 == 0 ? first : second;
                    HttpResponse<byte[]> queued = via.upload("/api/returns?schema=phof-dashboard",
                            "screening-" + i + ".xlsx", ScreeningReturns.revised(1970 + i, 1000 + i, 44701));
                    assertThat(queued.statusCode()).as(new String(queued.body())).isEqualTo(202);
                    locations.add(queued.headers().firstValue("Location").orElseThrow());
                }
                awaitAllAnnotated(first, Duration.ofSeconds(120));

                for (String location : locations) {
                    assertThat(first.get(location + "/annotated.xlsx").statusCode()).isEqualTo(200);
                    assertThat(second.get(location + "/annotated.xlsx").statusCode()).isEqualTo(200);
                }
                Map<String, Integer> claimsPerSubmission = new HashMap<>();
                Set<String> replicas = new HashSet<>();
                try (Connection db = DriverManager.getConnection(url, "postgres", "");
                        Statement query = db.createStatement();
                        ResultSet rows = query.executeQuery("select id, claimed_by, claims from submissions")) {
                    while (rows.next()) {
                        claimsPerSubmission.put(rows.getString("id"), rows.getInt("claims"));
                        replicas.add(rows.getString("claimed_by").split("/")[0]);
                    }
                }
                assertThat(claimsPerSubmission).hasSize(RETURNS);
                assertThat(claimsPerSubmission.values()).containsOnly(1);
                assertThat(replicas).as("both replicas took work").hasSize(2);
            }
        }
    }

    private static void awaitAllAnnotated(ApiClient client, Duration patience) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (annotated(client) < RETURNS && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(annotated(client)).isEqualTo(RETURNS);
    }

    private static int annotated(ApiClient client) {
        return ApiClient.json(client.get("/api/returns?status=annotated&size=100")).get("total").asInt();
    }
}
