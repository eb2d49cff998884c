package org.ragbook.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.cli.CliRun;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.LeicestershireFivePeriods;
import org.ragbook.fixtures.LongRow;
import org.ragbook.fixtures.OfficeSuite;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Report;
import org.ragbook.report.ReportJson;

/**
 * The committee paper as a reader opens it: `ragbook paper` on a Leicestershire return with five
 * years, England and the CIPFA neighbours, re-read with POI and opened by LibreOffice.
 */
class CommitteePaperTest {

    @TempDir
    static Path dir;
    private static Path paper;
    private static Report report;
    private static CliRun run;

    @BeforeAll
    static void writePaper() {
        Path input = dir.resolve("leicestershire.xlsx");
        FixtureFiles.xlsx(input, LongRow.sheet(LeicestershireFivePeriods.rows()));
        paper = dir.resolve("scrutiny.docx");
        Path json = dir.resolve("report.json");
        run = CliRun.of("paper", input.toString(), "-o", paper.toString(), "--title",
                "Public Health Outcomes Performance", "--date", "2021-03-08", "--json", json.toString());
        report = ReportJson.read(json);
    }

    @Test
    void the_command_says_where_it_wrote_the_paper() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("committee paper").contains(paper.toString());
    }

    @Test
    void opens_with_the_title_and_the_meeting_date() throws Exception {
        try (XWPFDocument document = open()) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("Public Health Outcomes Performance");
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.get(1).getText()).isEqualTo("8 March 2021");
        }
    }

    @Test
    void numbers_the_report_s_paragraphs_straight_through_under_their_headings() throws Exception {
        try (XWPFDocument document = open()) {
            List<String> numbered = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(text -> text.matches("\\d+\\.\t.*")).toList();
            List<Paragraph> expected = report.paragraphs();
            assertThat(numbered).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(numbered.get(i)).isEqualTo((i + 1) + ".\t" + expected.get(i).text());
            }
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("Purpose of the report", "Performance", "Appendix: the indicators counted");
            assertThat(String.join("\n", numbered)).contains("ranked 11th out of 16 compared to CIPFA neighbours",
                    "significant improvement", "significant declining (worsening) performance",
                    LeicestershireFivePeriods.HIV_NOTE);
        }
    }

    @Test
    void the_appendix_lists_each_counted_indicator_with_its_value_shaded_in_its_rag_colour() throws Exception {
        try (XWPFDocument document = open()) {
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).as("header repeated on every page").isTrue();
            assertThat(table.getRows()).hasSize(1 + 6);
            XWPFTableRow chlamydia = row(table, "D02a");
            assertThat(chlamydia.getCell(2).getText()).isEqualTo("1,500.0");
            assertThat(chlamydia.getCell(2).getColor()).isEqualTo("FFC7CE");
            assertThat(chlamydia.getCell(6).getText()).isEqualTo("11/16");
            assertThat(chlamydia.getCell(7).getText()).isEqualTo("Red");
            XWPFTableRow cervical = row(table, "C24b");
            assertThat(cervical.getCell(2).getColor()).isEqualTo("C6EFCE");
            assertThat(cervical.getCell(5).getText()).isEqualTo("Increasing and getting better");
            XWPFTableRow hiv = row(table, "D07");
            assertThat(hiv.getCell(2).getText()).isEqualTo("-");
            assertThat(hiv.getCell(2).getColor()).isNull();
            assertThat(hiv.getCell(7).getText()).isEqualTo("Not compared");
        }
    }

    @Test
    void libre_office_opens_the_paper_and_prints_its_words() throws Exception {
        Path pdf = OfficeSuite.toPdf(paper, Files.createDirectories(dir.resolve("pdf")));
        String text = OfficeSuite.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Public Health Outcomes Performance", "Analysis shows that of the comparable"
                + " indicators, 3 are green, 1 amber and 1 red", "Appendix: the indicators counted");
    }

    private static XWPFTableRow row(XWPFTable table, String code) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().startsWith(code + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + code));
    }

    private static XWPFDocument open() throws Exception {
        try (InputStream in = Files.newInputStream(paper)) {
            return new XWPFDocument(in);
        }
    }
}
