package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Role;
import org.ragbook.web.TestServer;

/**
 * Each role can do exactly what it should, over HTTP: submitters send and read their own
 * organisation's returns, leads read everyone's, admins also add users; no token, no API.
 */
class RolesServiceTest {

    @TempDir
    static Path data;

    private static TestServer admin;
    private static TestServer leicestershire;
    private static TestServer rutland;
    private static TestServer lead;
    private static String leicestershireReturn;

    @BeforeAll
    static void start() {
        admin = TestServer.start(data, 25, SchemaCatalog.builtIn());
        leicestershire = admin.as("analyst-leics", "Leicestershire County Council", Role.SUBMITTER);
        rutland = admin.as("analyst-rutland", "Rutland County Council", Role.SUBMITTER);
        lead = admin.as("bcf-lead", "LLR ICB", Role.LEAD);
        HttpResponse<byte[]> sent = leicestershire.upload("/api/returns?schema=phof-dashboard", "screening.xlsx",
                ScreeningReturns.years(0, 1, 2));
        assertThat(sent.statusCode()).isEqualTo(201);
        leicestershireReturn = sent.headers().firstValue("Location").orElseThrow();
    }

    @AfterAll
    static void stop() {
        admin.close();
    }

    @Test
    void a_submitter_reads_and_downloads_their_own_organisations_return() {
        JsonNode submission = TestServer.json(leicestershire.get(leicestershireReturn));

        assertThat(submission.get("organisation").asText()).isEqualTo("Leicestershire County Council");
        assertThat(submission.get("submittedBy").asText()).isEqualTo("analyst-leics");
        assertThat(submission.get("channel").asText()).isEqualTo("api");
        assertThat(leicestershire.get(leicestershireReturn + "/annotated.xlsx").statusCode()).isEqualTo(200);
        assertThat(leicestershire.get(leicestershireReturn + "/original.xlsx").statusCode()).isEqualTo(200);
        assertThat(leicestershire.get(leicestershireReturn + "/paper.docx").statusCode()).isEqualTo(200);
    }

    @Test
    void the_committee_paper_downloads_as_a_word_document_with_the_title_and_date_asked_for() throws Exception {
        HttpResponse<byte[]> paper = leicestershire.get(leicestershireReturn
                + "/paper.docx?title=Scrutiny%20Commission&date=2021-03-08");

        assertThat(paper.statusCode()).isEqualTo(200);
        assertThat(paper.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(paper.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"screening-paper.docx\"");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(paper.body()))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Scrutiny Commission");
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo("8 March 2021");
        }
        JsonNode submission = TestServer.json(leicestershire.get(leicestershireReturn));
        assertThat(submission.get("links").get("paper").asText()).isEqualTo(leicestershireReturn + "/paper.docx");
        assertThat(submission.get("paragraphs").get(1).get("topic").asText()).isEqualTo("counts");
        HttpResponse<byte[]> badDate = leicestershire.get(leicestershireReturn + "/paper.docx?date=8%20March");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(new String(badDate.body(), StandardCharsets.UTF_8)).contains("'date' must be a date written"
                + " yyyy-mm-dd");
    }

    @Test
    void another_organisations_submitter_is_told_the_return_does_not_exist() {
        assertThat(rutland.get(leicestershireReturn).statusCode()).isEqualTo(404);
        assertThat(rutland.get(leicestershireReturn + "/annotated.xlsx").statusCode()).isEqualTo(404);
        assertThat(rutland.get(leicestershireReturn + "/original.xlsx").statusCode()).isEqualTo(404);
        assertThat(rutland.get(leicestershireReturn + "/paper.docx").statusCode()).isEqualTo(404);
        assertThat(TestServer.json(rutland.get("/api/returns?org=Leicestershire%20County%20Council"))
                .get("total").asInt()).isZero();
    }

    @Test
    void a_lead_reads_and_lists_every_organisations_returns_but_does_not_submit() {
        assertThat(lead.get(leicestershireReturn).statusCode()).isEqualTo(200);
        assertThat(lead.get(leicestershireReturn + "/annotated.xlsx").statusCode()).isEqualTo(200);
        assertThat(lead.get(leicestershireReturn + "/paper.docx").statusCode()).isEqualTo(200);
        JsonNode listed = TestServer.json(lead.get("/api/returns?org=Leicestershire%20County%20Council"));
        assertThat(listed.get("total").asInt()).isEqualTo(1);

        HttpResponse<byte[]> sent = lead.upload("/api/returns", "screening.xlsx", ScreeningReturns.years(3));
        assertThat(sent.statusCode()).isEqualTo(403);
    }

    @Test
    void only_an_admin_adds_users_and_the_new_token_signs_in_at_once() {
        HttpResponse<byte[]> bySubmitter = addUser(leicestershire, "someone", "submitter");
        HttpResponse<byte[]> byLead = addUser(lead, "someone", "submitter");
        HttpResponse<byte[]> byAdmin = addUser(admin, "new-analyst", "submitter");

        assertThat(bySubmitter.statusCode()).isEqualTo(403);
        assertThat(byLead.statusCode()).isEqualTo(403);
        assertThat(byAdmin.statusCode()).isEqualTo(201);
        String token = TestServer.json(byAdmin).get("token").asText();
        HttpResponse<byte[]> me = admin.send(admin.anonymous().request("/api/me")
                .header("Authorization", "Bearer " + token).GET().build());
        assertThat(TestServer.json(me).get("name").asText()).isEqualTo("new-analyst");
        assertThat(TestServer.json(me).get("role").asText()).isEqualTo("submitter");
    }

    @Test
    void an_admin_gives_a_new_user_the_address_they_may_email_returns_from() {
        HttpResponse<byte[]> added = admin.send(admin.request("/api/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"mailer\",\"organisation\":\"Rutland\","
                        + "\"role\":\"submitter\",\"email\":\"Returns@Rutland.test\"}")).build());
        HttpResponse<byte[]> again = admin.send(admin.request("/api/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"mailer-2\",\"organisation\":\"Rutland\","
                        + "\"role\":\"submitter\",\"email\":\"returns@rutland.TEST\"}")).build());

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(TestServer.json(added).get("email").asText()).isEqualTo("returns@rutland.test");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(again).get("detail").asText()).contains("already a user with the address");
    }

    @Test
    void without_a_valid_token_only_the_health_check_and_the_page_answer() {
        TestServer nobody = admin.anonymous();

        assertThat(nobody.get("/api/returns").statusCode()).isEqualTo(401);
        assertThat(nobody.get("/api/returns").headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(nobody.get("/api/schemas").statusCode()).isEqualTo(401);
        assertThat(nobody.send(nobody.request("/api/me").header("Authorization", "Bearer rb_not-a-token").GET()
                .build()).statusCode()).isEqualTo(401);
        assertThat(nobody.get("/health").statusCode()).isEqualTo(200);
        assertThat(TestServer.json(nobody.get("/health")).get("mail").asText()).isEqualTo("off");
        assertThat(nobody.get("/openapi.json").statusCode()).isEqualTo(401);
        assertThat(nobody.get("/").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<byte[]> addUser(TestServer as, String name, String role) {
        return as.send(as.request("/api/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"organisation\":\"Leicester"
                        + " City Council\",\"role\":\"" + role + "\"}")).build());
    }
}
