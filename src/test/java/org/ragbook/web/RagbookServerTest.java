package org.ragbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.validate.TestSchemas;

/** The parts of the API that do not need a return to be assessed. */
class RagbookServerTest {

    private static final int LIMIT_MB = 1;
    private static final long LIMIT = LIMIT_MB * 1024L * 1024L;

    @TempDir
    Path data;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(data, LIMIT_MB, new SchemaCatalog(List.of(TestSchemas.SAMPLE)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void health_answers_ok() {
        HttpResponse<byte[]> response = server.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(response).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void lists_each_schema_with_the_code_name_polarity_and_target_of_its_indicators() {
        JsonNode schemas = TestServer.json(server.get("/api/schemas"));

        assertThat(schemas).hasSize(1);
        assertThat(schemas.get(0).get("id").asText()).isEqualTo("sample");
        assertThat(schemas.get(0).get("title").asText()).isEqualTo("Sample");
        JsonNode cancer = schemas.get(0).get("indicators").get(2);
        assertThat(cancer.get("code").asText()).isEqualTo("CB_B6");
        assertThat(cancer.get("name").asText()).isEqualTo("Cancer 62 days of referral to treatment");
        assertThat(cancer.get("polarity").asText()).isEqualTo("high");
        assertThat(cancer.get("target").asText()).isEqualTo(">= 85");
        assertThat(schemas.get(0).get("indicators").get(0).get("target").isNull()).isTrue();
    }

    @Test
    void an_upload_without_a_file_field_is_a_400_problem_saying_what_to_send() {
        HttpResponse<byte[]> response = server.post("/api/returns", new Multipart().field("schema", "sample"));

        assertProblem(response, 400, "/api/returns");
        assertThat(TestServer.json(response).get("detail").asText()).contains("'file'");
    }

    @Test
    void an_upload_over_the_limit_is_refused_with_413_and_nothing_is_stored() {
        HttpResponse<byte[]> response = server.upload("/api/returns", "huge.xlsx", new byte[(int) LIMIT * 3]);

        assertProblem(response, 413, "/api/returns");
        assertThat(TestServer.json(response).get("detail").asText()).contains("larger than this server accepts");
        assertThat(TestServer.json(server.get("/api/returns")).get("total").asInt()).isZero();
    }

    @Test
    void an_upload_of_just_over_the_limit_is_refused_with_413() {
        HttpResponse<byte[]> response = server.upload("/api/returns", "big.xlsx", new byte[(int) LIMIT + 1]);

        assertProblem(response, 413, "/api/returns");
    }

    @Test
    void an_upload_that_does_not_declare_its_length_is_refused_with_411_rather_than_read_without_limit() {
        Multipart form = new Multipart().file("file", "returns.xlsx", new byte[] {1, 2, 3});
        byte[] body = form.bytes();
        HttpResponse<byte[]> response = server.send(server.request("/api/returns")
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertProblem(response, 411, "/api/returns");
        assertThat(TestServer.json(response).get("detail").asText()).contains("Content-Length");
    }

    @Test
    void a_body_that_is_not_a_form_upload_is_a_400_problem() {
        HttpResponse<byte[]> json = server.send(server.request("/api/returns")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\": \"returns.xlsx\"}"))
                .build());
        HttpResponse<byte[]> brokenForm = server.send(server.request("/api/returns")
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"file\""))
                .build());

        assertProblem(json, 400, "/api/returns");
        assertProblem(brokenForm, 400, "/api/returns");
    }

    @Test
    void an_unknown_submission_is_a_404_problem() {
        HttpResponse<byte[]> response = server.get("/api/returns/7d444840-9dc0-11d1-b245-5ffdce74fad2");

        assertProblem(response, 404, "/api/returns/7d444840-9dc0-11d1-b245-5ffdce74fad2");
    }

    @Test
    void a_submission_id_that_is_not_a_uuid_is_a_404_and_never_a_path() throws IOException {
        Files.writeString(data.resolve("secret.json"), "{}");

        assertProblem(server.get("/api/returns/..%2Fsecret.json"), 404, null);
        assertProblem(server.get("/api/returns/secret.json"), 404, "/api/returns/secret.json");
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        assertProblem(server.get("/api/nothing-here"), 404, "/api/nothing-here");
    }

    @Test
    void a_failure_inside_ragbook_is_a_500_problem_that_does_not_leak_the_error_and_keeps_the_upload()
            throws IOException {
        Files.writeString(data.resolve("work"), "a file where the workers' scratch folder should be");

        HttpResponse<byte[]> response = server.upload("/api/returns", "returns.xlsx", new byte[] {1, 2, 3});

        assertProblem(response, 500, "/api/returns");
        assertThat(TestServer.json(response).get("detail").asText()).contains("server log")
                .doesNotContain("Exception").doesNotContain(data.toString());
        JsonNode kept = TestServer.json(server.get("/api/returns?status=failed")).get("items");
        assertThat(kept).hasSize(1);
        assertThat(server.get(kept.get(0).get("self").asText() + "/original.xlsx").body()).containsExactly(1, 2, 3);
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status, String instance) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = TestServer.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (instance != null) {
            assertThat(problem.get("instance").asText()).isEqualTo(instance);
        }
    }
}
