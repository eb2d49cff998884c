package org.ragbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ragbook.fixtures.AnnotatedWorkbook;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.fixtures.FixtureReadme.BadReturn;
import org.ragbook.fixtures.FixtureReadme.GoodReturn;
import org.ragbook.fixtures.FixtureReadme.UnreadableFile;
import org.ragbook.fixtures.ReportExpectations;
import org.ragbook.report.AnnotatedFileName;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Role;

/** The fixtures of test-fixtures/README.md through a real server, as the Excel macro and scripts send them. */
class HttpEndToEndTest {

    /** The README tables of test-fixtures/ that these tests run over, one row a case. */
    private static final String FIXTURES = "org.ragbook.fixtures.FixtureReadme#";

    @TempDir
    static Path data;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(data, 25, SchemaCatalog.builtIn());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @MethodSource(FIXTURES + "goodReturns")
    void each_good_return_is_answered_201_with_its_report_and_an_annotated_workbook_to_download(GoodReturn good) {
        HttpResponse<byte[]> created = upload(good.file(), "/api/returns?schema=" + good.schema());

        assertThat(created.statusCode()).as(new String(created.body())).isEqualTo(201);
        JsonNode body = TestServer.json(created);
        String id = body.get("id").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/returns/" + id);
        assertThat(body.get("schema").asText()).isEqualTo(good.schema());
        assertThat(body.get("file").asText()).isEqualTo(good.file());
        assertThat(body.get("links").get("self").asText()).isEqualTo("/api/returns/" + id);

        HttpResponse<byte[]> download = server.get(body.get("links").get("annotated").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains(Downloads.XLSX);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("filename=\"" + AnnotatedFileName.of(good.file(), "xlsx") + "\""));
        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(download.body());
        assertThat(workbook.sheetNames()).contains("Summary", "Validation");
        ReportExpectations.colouredEveryAssessedValue(ReportExpectations.report(created.body()), workbook);
    }

    @Test
    void a_stored_report_is_served_again_as_it_was_first_answered() {
        HttpResponse<byte[]> created = upload("bcf-metrics.xlsx", "/api/returns");
        String self = TestServer.json(created).get("links").get("self").asText();

        HttpResponse<byte[]> again = server.get(self);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(again)).isEqualTo(TestServer.json(created));
    }

    @Test
    void a_monthly_return_is_answered_with_each_series_spc_icons_and_reading() {
        String file = "nhs-constitution-24-months.xlsx";
        // an organisation of its own: the good-returns test sends the same bytes
        HttpResponse<byte[]> created = server.as("board-analyst", "A trust's board team", Role.SUBMITTER).post(
                "/api/returns", new Multipart().file("file", file, bytes(file)).field("schema", "nhs-constitution"));

        assertThat(created.statusCode()).as(new String(created.body())).isEqualTo(201);
        JsonNode spc = TestServer.json(created).get("spc");
        assertThat(spc).hasSize(3);
        assertThat(spc.get(0).get("indicator").asText()).isEqualTo("AE-4HR");
        assertThat(spc.get(0).get("variation").asText()).isEqualTo("concern_low");
        assertThat(spc.get(0).get("assurance").asText()).isEqualTo("consistent_fail");
        assertThat(spc.get(0).get("reading").asText()).startsWith("Special cause concern");
    }

    @Test
    void a_submission_can_be_read_without_its_observations() {
        String self = TestServer.json(upload("bcf-metrics.xlsx", "/api/returns")).get("links").get("self").asText();

        JsonNode full = TestServer.json(server.get(self + "?observations=true"));
        JsonNode lean = TestServer.json(server.get(self + "?observations=false"));

        assertThat(full.get("observations")).isNotEmpty();
        assertThat(lean.get("observations").isNull()).isTrue();
        assertThat(lean.get("rag")).isEqualTo(full.get("rag"));
        assertThat(lean.get("findings")).isEqualTo(full.get("findings"));
        assertThat(server.get(self + "?observations=some").statusCode()).isEqualTo(400);
    }

    @Test
    void the_phof_dashboard_comes_out_as_the_paper_coloured_it_from_a_workbook_or_a_csv_file() {
        for (String file : List.of("phof-dashboard.xlsx", "phof-dashboard.csv")) {
            // an organisation of its own: the same bytes from the same one would be the earlier submission
            TestServer analyst = server.as("paper-" + file, "Council of " + file, Role.SUBMITTER);
            HttpResponse<byte[]> created = analyst.post("/api/returns", new Multipart()
                    .file("file", file, bytes(file)).field("schema", "phof-dashboard"));

            assertThat(created.statusCode()).as(file).isEqualTo(201);
            ReportExpectations.hasThePapersColours(ReportExpectations.report(created.body()));
            HttpResponse<byte[]> download = server.get(TestServer.json(created).get("links").get("annotated").asText());
            assertThat(AnnotatedWorkbook.open(download.body()).summaryNumber("green")).as(file).contains(18.0);
        }
    }

    @ParameterizedTest
    @MethodSource(FIXTURES + "badReturns")
    void each_bad_return_is_assessed_and_its_report_gives_its_rule_at_its_cell(BadReturn bad) {
        HttpResponse<byte[]> created = server.post("/api/returns", new Multipart()
                .file("file", bad.file(), bytes(bad.file())).field("schema", bad.schema()));

        assertThat(created.statusCode()).as(new String(created.body())).isEqualTo(201);
        Report report = ReportExpectations.report(created.body());
        ReportExpectations.hasOnlyTheError(report, bad);
    }

    @ParameterizedTest
    @MethodSource(FIXTURES + "unreadableFiles")
    void each_unreadable_file_is_a_422_problem_with_the_readers_message_and_the_upload_is_kept(UnreadableFile file) {
        HttpResponse<byte[]> refused = upload(file.file(), "/api/returns?schema=phof-dashboard");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = TestServer.json(refused);
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("type").asText()).startsWith("urn:ragbook:problem:");
        assertThat(problem.get("detail").asText().toLowerCase(Locale.ROOT))
                .contains(file.mentions().toLowerCase(Locale.ROOT));
        String kept = refused.headers().firstValue("Location").orElseThrow();
        assertThat(server.get(kept + "/original.xlsx").body()).isEqualTo(bytes(file.file()));
        assertThat(TestServer.json(server.get(kept)).get("status").asText()).isEqualTo("rejected");
    }

    @Test
    void an_unknown_schema_is_a_422_problem_naming_the_known_ones() {
        HttpResponse<byte[]> refused = upload("phof-dashboard.xlsx", "/api/returns?schema=nope");

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = TestServer.json(refused);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ragbook:problem:unknown-schema");
        assertThat(problem.get("detail").asText()).contains("There is no schema 'nope'").contains("phof-dashboard");
    }

    @Test
    void the_schema_list_describes_each_built_in_schemas_indicators() {
        JsonNode schemas = TestServer.json(server.get("/api/schemas"));

        JsonNode phof = stream(schemas).filter(s -> s.get("id").asText().equals("phof-dashboard"))
                .findFirst().orElseThrow();
        assertThat(phof.get("version").asInt()).isEqualTo(1);
        JsonNode screening = stream(phof.get("indicators")).filter(i -> i.get("code").asText().equals("C24a"))
                .findFirst().orElseThrow();
        assertThat(screening.get("polarity").asText()).isEqualTo("high");
        assertThat(screening.get("name").asText()).containsIgnoringCase("breast");
    }

    @Test
    void a_schemas_template_downloads_as_a_workbook_with_the_header_row_ragbook_reads() {
        HttpResponse<byte[]> download = server.get("/api/schemas/nhs-constitution/template.xlsx");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains(Downloads.XLSX);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("filename=\"nhs-constitution-template.xlsx\""));
        AnnotatedWorkbook template = AnnotatedWorkbook.open(download.body());
        assertThat(template.row("Indicators", 0)).startsWith("Indicator ID", "Indicator Name", "Area Code");
    }

    @Test
    void the_template_of_an_unknown_schema_is_a_404_problem() {
        HttpResponse<byte[]> missing = server.get("/api/schemas/nope/template.xlsx");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(missing).get("detail").asText()).contains("There is no schema 'nope'");
    }

    private static HttpResponse<byte[]> upload(String file, String path) {
        return server.upload(path, file, bytes(file));
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(FixtureReadme.path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
