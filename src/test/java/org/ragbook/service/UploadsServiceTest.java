package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.web.TestServer;

/** Submissions are stored exactly once, however many arrive together and however often one is sent. */
class UploadsServiceTest extends FreshService {

    @Test
    void the_same_bytes_sent_again_are_answered_with_the_submission_they_made_the_first_time() {
        byte[] workbook = ScreeningReturns.years(0, 1);
        HttpResponse<byte[]> first = server.upload("/api/returns?schema=phof-dashboard", "screening.xlsx", workbook);
        HttpResponse<byte[]> again = server.upload("/api/returns?schema=phof-dashboard", "screening (1).xlsx",
                workbook);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(again).get("id")).isEqualTo(TestServer.json(first).get("id"));
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(TestServer.json(server.get("/api/returns")).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void fifty_concurrent_uploads_all_succeed_and_are_each_stored_once() throws Exception {
        int uploads = 50;
        ExecutorService clients = Executors.newFixedThreadPool(uploads);
        List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < uploads; i++) {
                // a year each: one organisation's returns giving one key fifty values would each await confirmation
                byte[] workbook = ScreeningReturns.revised(1970 + i, 1000 + i, 44701);
                String name = "screening-" + i + ".xlsx";
                answers.add(clients.submit(() -> server.upload("/api/returns?schema=phof-dashboard", name, workbook)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get();
                assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(201);
                ids.add(TestServer.json(response).get("id").asText());
            }
            assertThat(ids).hasSize(uploads);
        } finally {
            clients.shutdownNow();
        }
        JsonNode stored = TestServer.json(server.get("/api/returns?size=100"));
        assertThat(stored.get("total").asInt()).isEqualTo(uploads);
        assertThat(stored.get("items")).allSatisfy(s -> assertThat(s.get("status").asText()).isEqualTo("annotated"));
    }

    @Test
    void a_return_larger_than_the_answer_at_once_limit_is_queued_with_202_and_reports_progress_until_annotated()
            throws InterruptedException {
        server.close();
        server = TestServer.start(data.resolve("queuing"), 25, SchemaCatalog.builtIn(), 1);

        HttpResponse<byte[]> accepted = server.upload("/api/returns?schema=phof-dashboard", "screening.xlsx",
                ScreeningReturns.years(0, 1, 2, 3, 4));

        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode submission = TestServer.json(accepted);
        for (int i = 0; i < 300 && !submission.get("status").asText().equals("annotated"); i++) {
            Thread.sleep(100);
            submission = TestServer.json(server.get(location));
        }
        assertThat(submission.get("status").asText()).isEqualTo("annotated");
        assertThat(submission.get("progress").get("rowsRead").asLong()).isEqualTo(6);
        assertThat(submission.get("progress").get("rowsTotal").asLong()).isEqualTo(6);
        assertThat(server.get(location + "/annotated.xlsx").statusCode()).isEqualTo(200);
    }
}
