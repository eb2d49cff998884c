package org.ragbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.AnnotatedWorkbook;
import org.ragbook.fixtures.Area;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.LongRow;
import org.ragbook.fixtures.OfficeSuite;
import org.ragbook.fixtures.ReportExpectations;
import org.ragbook.fixtures.SmallReturns;
import org.ragbook.pack.ReceivedRange;
import org.ragbook.report.Report;
import org.ragbook.report.SubmissionPage;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Role;

/**
 * The lead's pack over a real server: two organisations' returns (Leicestershire's sent twice, the
 * second replacing the first), an organisation with a submitter and nothing sent, a lead and a
 * submitter asking for it.
 */
class PackHttpTest {

    private static final String PACK = "/api/schemas/phof-dashboard/pack";
    private static final String LEICESTERSHIRE = "Leicestershire County Council";
    private static final String RUTLAND = "Rutland County Council";
    private static final String MELTON = "Melton Borough Council";
    private static final Area RUTLAND_AREA = new Area("E06000017", "Rutland");
    private static final String GREEN = "FFC6EFCE";
    private static final String AMBER = "FFFFEB9C";
    private static final String RED = "FFFFC7CE";

    @TempDir
    static Path data;

    private static TestServer server;
    private static TestServer lead;
    private static TestServer leicestershire;
    private static String leicestershireLatest;
    private static String rutlandReturn;

    @BeforeAll
    static void start() {
        server = TestServer.start(data, 25, SchemaCatalog.builtIn());
        lead = server.as("bcf-lead", "LLR ICB", Role.LEAD);
        leicestershire = server.as("analyst-leics", LEICESTERSHIRE, Role.SUBMITTER);
        server.as("analyst-melton", MELTON, Role.SUBMITTER);
        send(leicestershire, "leics-march.xlsx", FixtureFiles.xlsxBytes(LongRow.sheet(List.of(
                screening(Area.LEICESTERSHIRE, 70.1).ci(69.0, 71.0), screening(Area.ENGLAND, 74.1)))));
        leicestershireLatest = send(leicestershire, "leics.xlsx", FixtureFiles.xlsxBytes(SmallReturns.phof()));
        // it revises March's screening figure, so it counts once its analyst confirms the change
        assertThat(leicestershire.post(leicestershireLatest + "/confirm").statusCode()).isEqualTo(200);
        rutlandReturn = send(server.as("analyst-rutland", RUTLAND, Role.SUBMITTER), "rutland.xlsx",
                FixtureFiles.xlsxBytes(LongRow.sheet(List.of(
                        screening(RUTLAND_AREA, 73.0).ci(72.0, 74.0), screening(Area.ENGLAND, 74.1),
                        smoking(RUTLAND_AREA, 10.0).ci(9.0, 11.0), smoking(Area.ENGLAND, 10.4)))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_lead_gets_each_organisations_latest_return_with_who_sent_it_when_its_colours_and_a_link() {
        HttpResponse<byte[]> pack = lead.get(PACK + ".xlsx");

        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(pack.headers().firstValue("Content-Type")).contains(Downloads.XLSX);
        assertThat(pack.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"phof-dashboard-pack.xlsx\"");
        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(pack.body());
        assertThat(workbook.sheetNames()).containsExactly("Organisations", "Indicators");
        assertThat(workbook.text("Organisations", 0, 0))
                .startsWith("Public Health").endsWith(": the latest annotated return of each organisation");
        assertThat(workbook.row("Organisations", 1)).containsExactly("Organisation", "Submitted by",
                "Received (UK time)", "Status", "Latest period", "Green", "Amber", "Red", "Not compared", "File", "Link");
        assertThat(column(workbook, "Organisations", 0)).as("by name; the lead's and admin's own are not listed")
                .containsExactly(LEICESTERSHIRE, MELTON, RUTLAND);

        JsonNode latest = TestServer.json(lead.get(leicestershireLatest));
        String link = server.uri(SubmissionPage.path(latest.get("id").asText())).toString();
        assertThat(workbook.row("Organisations", 2)).containsExactly(LEICESTERSHIRE, "analyst-leics",
                ukTime(latest.get("receivedAt").asText()), "Annotated", period(leicestershireLatest), "1", "1", "1",
                "0", "leics.xlsx", link);
        assertThat(workbook.link("Organisations!K3")).contains(link);
        assertThat(lead.get(URI.create(link).getPath()).statusCode()).as("the page the link opens").isEqualTo(200);
        assertThat(workbook.row("Organisations", 3)).as("nothing but the name and the status")
                .containsExactly(MELTON, "Not yet submitted");
        assertThat(workbook.text("Organisations", 3, 3)).isEqualTo("Not yet submitted");
        assertThat(workbook.row("Organisations", 4)).startsWith(RUTLAND, "analyst-rutland")
                .contains("0", "1", "1", "0", "rutland.xlsx");
    }

    @Test
    void the_indicators_sheet_sets_the_returns_side_by_side_as_their_workbooks_show_and_colour_them() {
        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(lead.get(PACK + ".xlsx").body());
        Report leics = report(leicestershireLatest);
        Report rutland = report(rutlandReturn);

        assertThat(workbook.row("Indicators", 1)).containsExactly("Indicator", "Name", "Sex", "Age", LEICESTERSHIRE,
                RUTLAND);
        assertThat(column(workbook, "Indicators", 0)).as("the counted indicators, in the schema's order")
                .containsExactly("C06", "C24a", "D02a");
        int screening = workbook.rowNumberOf("Indicators", "C24a").orElseThrow();
        assertThat(workbook.row("Indicators", screening - 1)).containsExactly("C24a",
                "Cancer screening coverage - breast cancer", "Female", "53-70 yrs", "77.6", "73.0");
        assertThat(workbook.fill("Indicators!E" + screening)).contains(GREEN);
        assertThat(workbook.fill("Indicators!F" + screening)).contains(RED);
        assertThat(workbook.comment("Indicators!E" + screening)).contains(reason(leics, "C24a"));
        assertThat(workbook.comment("Indicators!F" + screening)).contains(reason(rutland, "C24a"));
        int smoking = workbook.rowNumberOf("Indicators", "C06").orElseThrow();
        assertThat(workbook.fill("Indicators!E" + smoking)).contains(AMBER);
        assertThat(workbook.fill("Indicators!F" + smoking)).contains(AMBER);
        int chlamydia = workbook.rowNumberOf("Indicators", "D02a").orElseThrow();
        assertThat(workbook.text("Indicators", chlamydia - 1, 4)).isEqualTo("1,560.7");
        assertThat(workbook.fill("Indicators!E" + chlamydia)).contains(RED);
        assertThat(workbook.comment("Indicators!E" + chlamydia)).contains(reason(leics, "D02a"));
        assertThat(workbook.text("Indicators", chlamydia - 1, 5)).as("Rutland's return has no D02a").isEmpty();
        assertThat(workbook.comment("Indicators!F" + chlamydia)).isEmpty();
    }

    @Test
    void libreoffice_opens_the_pack_and_prints_both_sheets(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("phof-dashboard-pack.xlsx"), lead.get(PACK + ".xlsx").body());

        String printed = OfficeSuite.text(OfficeSuite.toPdf(file, folder));

        assertThat(printed).contains(LEICESTERSHIRE, MELTON, "Not yet submitted", "Cancer screening coverage", "1,560.7");
    }

    @Test
    void the_zip_holds_each_organisations_latest_annotated_workbook_named_for_it() {
        HttpResponse<byte[]> zip = lead.get(PACK + ".zip");

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"phof-dashboard-pack.zip\"");
        Map<String, byte[]> entries = entries(zip.body());
        assertThat(entries).containsOnlyKeys(LEICESTERSHIRE + " - leics-annotated.xlsx",
                RUTLAND + " - rutland-annotated.xlsx");
        assertThat(entries.get(LEICESTERSHIRE + " - leics-annotated.xlsx"))
                .isEqualTo(lead.get(leicestershireLatest + "/annotated.xlsx").body());
        assertThat(entries.get(RUTLAND + " - rutland-annotated.xlsx"))
                .isEqualTo(lead.get(rutlandReturn + "/annotated.xlsx").body());
    }

    @Test
    void a_submitter_is_refused_with_a_problem_and_an_admin_is_not() {
        for (String kind : List.of(".xlsx", ".zip")) {
            HttpResponse<byte[]> refused = leicestershire.get(PACK + kind);

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith(Problem.MEDIA_TYPE));
            assertThat(TestServer.json(refused).get("detail").asText()).contains("submitter").contains("lead or admin");
            assertThat(server.get(PACK + kind).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void an_unknown_schema_is_404_and_a_date_written_otherwise_or_backwards_is_400() {
        assertThat(lead.get("/api/schemas/nope/pack.xlsx").statusCode()).isEqualTo(404);
        assertThat(TestServer.json(lead.get("/api/schemas/nope/pack.zip")).get("detail").asText())
                .contains("There is no schema 'nope'");
        HttpResponse<byte[]> badDate = lead.get(PACK + ".xlsx?from=01/04/2021");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(badDate).get("detail").asText())
                .isEqualTo("'from' must be a date written yyyy-mm-dd, such as 2021-03-08, not '01/04/2021'.");
        HttpResponse<byte[]> backwards = lead.get(PACK + ".zip?from=2021-04-01&to=2021-03-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(backwards).get("detail").asText()).startsWith("'to' (2021-03-01) is before 'from'");
    }

    @Test
    void from_and_to_keep_the_returns_received_on_those_days() {
        LocalDate today = LocalDate.now(ReceivedRange.UK);

        AnnotatedWorkbook todays = AnnotatedWorkbook.open(lead.get(PACK + ".xlsx?from=" + today + "&to=" + today).body());
        AnnotatedWorkbook later = AnnotatedWorkbook.open(lead.get(PACK + ".xlsx?from=" + today.plusDays(1)).body());
        AnnotatedWorkbook earlier = AnnotatedWorkbook.open(lead.get(PACK + ".xlsx?to=" + today.minusDays(1)).body());

        assertThat(column(todays, "Organisations", 3)).containsExactly("Annotated", "Not yet submitted", "Annotated");
        assertThat(todays.text("Organisations", 0, 0)).endsWith(", received " + printed(today) + " to " + printed(today));
        for (AnnotatedWorkbook none : List.of(later, earlier)) {
            assertThat(column(none, "Organisations", 3)).containsOnly("Not yet submitted").hasSize(3);
            assertThat(none.row("Indicators", 1)).containsExactly("Indicator", "Name", "Sex", "Age");
        }
        assertThat(entries(lead.get(PACK + ".zip?from=" + today).body())).hasSize(2);
        assertThat(entries(lead.get(PACK + ".zip?from=" + today.plusDays(1)).body())).isEmpty();
    }

    @Test
    void links_go_to_the_public_url_when_the_service_has_one(@TempDir Path elsewhere) {
        try (TestServer proxied = TestServer.start(elsewhere, SchemaCatalog.builtIn(),
                URI.create("https://ragbook.example.org/llr"))) {
            String sent = send(proxied.as("analyst", RUTLAND, Role.SUBMITTER), "rutland.xlsx",
                    FixtureFiles.xlsxBytes(SmallReturns.phof()));

            AnnotatedWorkbook workbook = AnnotatedWorkbook.open(proxied.get(PACK + ".xlsx").body());

            assertThat(workbook.link("Organisations!K3")).contains("https://ragbook.example.org/llr"
                    + SubmissionPage.path(sent.substring(sent.lastIndexOf('/') + 1)));
        }
    }

    /** Sends a return and waits for it to be annotated; its submission's path. */
    private static String send(TestServer analyst, String file, byte[] workbook) {
        HttpResponse<byte[]> sent = analyst.post("/api/returns",
                new Multipart().file("file", file, workbook).field("schema", "phof-dashboard"));
        assertThat(sent.statusCode()).as(new String(sent.body())).isEqualTo(201);
        return sent.headers().firstValue("Location").orElseThrow();
    }

    private static LongRow screening(Area area, double value) {
        return LongRow.of("C24a", "Cancer screening coverage - breast cancer", area, "Female", "53-70 yrs", "2020",
                value);
    }

    private static LongRow smoking(Area area, double value) {
        return LongRow.of("C06", "Smoking status at time of delivery", area, "Female", "All ages", "2019/20", value);
    }

    private static Report report(String submission) {
        return ReportExpectations.report(lead.get(submission).body());
    }

    private static String reason(Report report, String indicator) {
        return report.observations().stream().filter(o -> o.counted() && o.indicator().equals(indicator))
                .findFirst().orElseThrow().reason();
    }

    /** The latest period the list says a submission holds. */
    private static String period(String submission) {
        String id = submission.substring(submission.lastIndexOf('/') + 1);
        for (JsonNode item : TestServer.json(lead.get("/api/returns?size=100")).get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item.get("period").asText();
            }
        }
        throw new AssertionError("no submission " + id + " in the list");
    }

    private static String ukTime(String instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(LocalDateTime.ofInstant(Instant.parse(instant), ReceivedRange.UK));
    }

    private static String printed(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(day);
    }

    /** A column's text below the heading row, top to bottom. */
    private static List<String> column(AnnotatedWorkbook workbook, String sheet, int column) {
        List<String> cells = new ArrayList<>();
        for (int r = 2; !workbook.text(sheet, r, 0).isEmpty(); r++) {
            cells.add(workbook.text(sheet, r, column));
        }
        return cells;
    }

    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
