package org.ragbook.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.ragbook.fixtures.AnnotatedWorkbook;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.fixtures.SheetGrid;
import org.ragbook.fixtures.ReportExpectations;
import org.ragbook.report.AnnotatedFileName;
import org.ragbook.report.SubmissionPage;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Role;
import org.ragbook.web.TestServer;

/** The page in a real browser against a real server: what an analyst sees and downloads. */
class UploadPageBrowserTest {

    @TempDir
    static Path data;

    private static TestServer server;
    /** The analyst the page signs in as, and this test reads the API as. */
    private static TestServer analyst;

    @TempDir
    Path browserFolder;

    private Browser browser;

    @BeforeAll
    static void startServer() {
        Browser.requireInstalled();
        server = TestServer.start(data, 25, SchemaCatalog.builtIn());
        analyst = server.as("page-analyst", "Leicestershire County Council", Role.SUBMITTER);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) { // none when the class was skipped for want of Chromium
            server.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(browserFolder);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void a_return_sent_from_the_page_shows_what_the_api_reports_and_its_annotated_workbook_and_paper_download() {
        openPage();

        sendReturn(FixtureReadme.path("phof-dashboard.xlsx"), "phof-dashboard");

        browser.hasText("result-status", "annotated");
        HttpResponse<byte[]> submission = api("/api/returns/" + browser.find("result-id").getText());
        assertThat(TestServer.json(submission).get("channel").asText()).isEqualTo("web");
        assertThat(TestServer.json(submission).get("submittedBy").asText()).isEqualTo("page-analyst");
        Report report = ReportExpectations.report(submission.body());
        Map<String, Integer> shown = Map.of(
                "green", count("rag-green"), "amber", count("rag-amber"),
                "red", count("rag-red"), "notCompared", count("rag-not-compared"));
        assertThat(shown).isEqualTo(report.rag()).containsEntry("green", 18);
        assertThat(browser.all("#findings tbody tr")).hasSize(report.findings().size());

        browser.find("download-annotated").click();

        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(
                browser.downloaded(AnnotatedFileName.of("phof-dashboard.xlsx", "xlsx")));
        assertThat(workbook.sheetNames()).contains("Summary", "Validation");
        assertThat(workbook.summaryNumber("green")).contains(18.0);
        ReportExpectations.colouredEveryAssessedValue(report, workbook);

        browser.find("download-paper").click();

        try (XWPFDocument paper = new XWPFDocument(Files.newInputStream(
                browser.downloaded(AnnotatedFileName.paper("phof-dashboard.xlsx"))))) {
            assertThat(paper.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(text -> text.startsWith("2.\tAnalysis shows that of the comparable indicators, 18 are"
                            + " green, 12 amber and 3 red."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_monthly_return_shows_each_series_spc_icons_and_reading() {
        openPage();

        sendReturn(FixtureReadme.path("nhs-constitution-24-months.xlsx"), "nhs-constitution");

        browser.hasText("result-status", "annotated");
        List<WebElement> rows = browser.all("#spc tbody tr");
        assertThat(rows).hasSize(3);
        List<WebElement> first = rows.get(0).findElements(By.tagName("td"));
        assertThat(first.get(0).getText()).isEqualTo("AE-4HR");
        assertThat(first.get(4).getText()).isEqualTo("concern low");
        assertThat(first.get(4).findElement(By.tagName("span")).getAttribute("class")).contains("spc-concern");
        assertThat(first.get(5).getText()).isEqualTo("consistent fail");
        assertThat(first.get(6).getText()).startsWith("Special cause concern");
    }

    /** No quotes in the name: browsers send a quote in a multipart file name as %22. */
    @Test
    void a_file_name_that_looks_like_markup_is_shown_as_text() throws IOException {
        Path named = Files.copy(FixtureReadme.path("bcf-metrics.xlsx"),
                Files.createDirectories(browserFolder.resolve("upload")).resolve("<b id=injected>bcf.xlsx"));
        openPage();

        sendReturn(named, "");

        browser.hasText("result-file", "<b id=injected>bcf.xlsx");
        assertThat(browser.all("#injected")).isEmpty();
    }

    @Test
    void a_schemas_template_downloads_with_its_name() {
        openPage();

        WebElement template = browser.all("#templates button").stream()
                .filter(button -> button.getText().contains("Better Care Fund"))
                .findFirst().orElseThrow(() -> new AssertionError("no Better Care Fund template button"));
        template.click();

        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(browser.downloaded("bcf-metrics-template.xlsx"));
        assertThat(workbook.sheetNames()).isNotEmpty();
    }

    @Test
    void a_lead_downloads_the_pack_of_the_schema_chosen_which_a_submitter_is_not_offered() throws IOException {
        String rutland = "Rutland County Council";
        HttpResponse<byte[]> sent = server.as("pack-analyst", rutland, Role.SUBMITTER).upload(
                "/api/returns?schema=phof-dashboard", "rutland.xlsx",
                Files.readAllBytes(FixtureReadme.path("phof-dashboard.xlsx")));
        assertThat(sent.statusCode()).isEqualTo(201);
        openPage();
        assertThat(browser.find("pack").isDisplayed()).as("a submitter is refused the pack").isFalse();

        browser.find("sign-out").click();
        signIn(server.as("page-lead", "LLR ICB", Role.LEAD).token());
        browser.visible("pack");
        browser.choose("pack-schema", "phof-dashboard");
        browser.find("download-pack").click();

        AnnotatedWorkbook pack = AnnotatedWorkbook.open(browser.downloaded("phof-dashboard-pack.xlsx"));
        int row = pack.rowNumberOf("Organisations", rutland).orElseThrow() - 1;
        assertThat(pack.row("Organisations", row)).contains("pack-analyst", "Annotated", "18", "12", "3", "5",
                "rutland.xlsx");
        assertThat(pack.rowNumberOf("Organisations", "Leicestershire County Council"))
                .as("the page's analyst, submitted or not").isPresent();
        assertThat(pack.row("Indicators", 1)).contains(rutland);

        browser.find("download-pack-zip").click();

        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(
                browser.downloaded("phof-dashboard-pack.zip")))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
            assertThat(names).contains(rutland + " - rutland-annotated.xlsx");
        }
    }

    @Test
    void a_link_from_a_mail_reply_opens_that_submission_once_signed_in() throws IOException {
        HttpResponse<byte[]> sent = analyst.upload("/api/returns?schema=bcf-metrics", "emailed.xlsx",
                Files.readAllBytes(FixtureReadme.path("bcf-metrics.xlsx")));
        String id = TestServer.json(sent).get("id").asText();

        browser.open(server.uri(SubmissionPage.path(id)));
        signIn(analyst.token());

        browser.hasText("result-id", id);
        browser.hasText("result-status", "annotated");
    }

    @Test
    void a_revision_changing_a_stored_value_lists_the_change_and_is_stored_once_confirmed() throws IOException {
        analyst.upload("/api/returns?schema=phof-dashboard", "rutland-2019.xlsx", screening(1300));
        Path revision = Files.write(Files.createDirectories(browserFolder.resolve("upload"))
                .resolve("rutland-2019-revised.xlsx"), screening(1400));
        openPage();

        sendReturn(revision, "phof-dashboard");

        browser.hasText("result-status", "awaiting confirmation");
        browser.visible("confirmation");
        List<WebElement> changes = browser.all("#changes tbody tr");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).findElements(By.tagName("td"))).extracting(WebElement::getText)
                .startsWith("breast-screening", "E06000017", "Female");

        browser.find("confirm-changes").click();

        browser.hasText("result-status", "annotated");
        assertThat(browser.find("confirmation").isDisplayed()).isFalse();
        JsonNode series = TestServer.json(api("/api/indicators/breast-screening/series?area=E06000017"));
        assertThat(series).hasSize(1);
        assertThat(series.get(0).get("count").asDouble()).isEqualTo(1400);
    }

    /** Breast screening for Rutland in 2019, an area no other test's return holds. */
    private static byte[] screening(double count) {
        return FixtureFiles.xlsxBytes(new SheetGrid("Indicators", List.of(
                List.of("Indicator ID", "Area Code", "Area Name", "Sex", "Time period", "Value", "Count", "Denominator"),
                Arrays.asList("C24a", "E06000017", "Rutland", "Female", "2019", null, count, 2000.0))));
    }

    /** Opens the page and signs in with the analyst's token, as a person pastes it. */
    private void openPage() {
        browser.open(server.uri("/"));
        signIn(analyst.token());
        browser.visible("app");
    }

    private void signIn(String token) {
        browser.visible("token").sendKeys(token);
        browser.find("sign-in-button").click();
        browser.visible("account");
    }

    private void sendReturn(Path file, String schema) {
        browser.find("file").sendKeys(file.toAbsolutePath().toString());
        new Select(browser.find("schema")).selectByValue(schema);
        browser.find("send").click();
        browser.visible("result");
    }

    private int count(String id) {
        return Integer.parseInt(browser.find(id).getText());
    }

    private static HttpResponse<byte[]> api(String path) {
        return analyst.get(path);
    }
}
