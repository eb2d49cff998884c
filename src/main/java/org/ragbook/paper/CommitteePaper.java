package org.ragbook.paper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Report;

/**
 * The committee paper, written with POI's XWPF and laid out as the seed papers are: title and date,
 * the purpose, the performance paragraphs numbered straight through (the counts, then green, amber
 * and red, then what could not be compared), the SPC readings, and an appendix table of every
 * counted indicator with its cell shaded in its RAG colour, as seed paper 002's dashboard is. The
 * words are the report's own paragraphs: the paper says nothing the workbook and the JSON do not.
 */
public final class CommitteePaper {

    private static final Set<String> PERFORMANCE = Set.of(Paragraph.AREAS, Paragraph.COUNTS, "green", "amber", "red",
            Paragraph.NOT_COMPARED);
    private static final int BODY_HALF_POINTS = 22;
    private static final int LEFT_INDENT_TWIPS = 567;
    private static final int A4_WIDTH_TWIPS = 11_906;
    private static final int A4_HEIGHT_TWIPS = 16_838;
    private static final int MARGIN_TWIPS = 1_134;
    /** The text width inside the margins, which the appendix table spans. */
    static final int TEXT_WIDTH_TWIPS = A4_WIDTH_TWIPS - 2 * MARGIN_TWIPS;

    private CommitteePaper() {
    }

    public static void write(Report report, PaperCover cover, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            PaperStyles.addTo(document);
            a4(document);
            heading(document, PaperStyles.TITLE, cover.title());
            plain(document, cover.printedDate());
            plain(document, "Return: " + report.file());
            List<Paragraph> paragraphs = report.paragraphs();
            int number = 1;
            number = section(document, "Purpose of the report", paragraphs, Set.of(Paragraph.PURPOSE), number);
            number = section(document, "Performance", paragraphs, PERFORMANCE, number);
            section(document, "Statistical process control", paragraphs, Set.of(Paragraph.SPC), number);
            heading(document, PaperStyles.HEADING, "Appendix: the indicators counted");
            DashboardTable.addTo(document, report);
            footer(document, report.file());
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the committee paper", e);
        }
    }

    /** The paragraphs of these topics under a heading, numbered on from {@code first}; nothing when there are none. */
    private static int section(XWPFDocument document, String title, List<Paragraph> paragraphs, Set<String> topics,
            int first) {
        List<Paragraph> inSection = paragraphs.stream().filter(p -> topics.contains(p.topic())).toList();
        if (inSection.isEmpty()) {
            return first;
        }
        heading(document, PaperStyles.HEADING, title);
        int number = first;
        for (Paragraph paragraph : inSection) {
            numbered(document, number++, paragraph.text());
        }
        return number;
    }

    /** "24.&lt;tab&gt;Analysis shows that…", hanging from the number as the seed papers set them. */
    private static void numbered(XWPFDocument document, int number, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationLeft(LEFT_INDENT_TWIPS);
        paragraph.setIndentationHanging(LEFT_INDENT_TWIPS);
        paragraph.setSpacingAfter(160);
        XWPFRun run = body(paragraph);
        run.setText(number + ".");
        run.addTab();
        run.setText(text);
    }

    private static void heading(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    private static void plain(XWPFDocument document, String text) {
        body(document.createParagraph()).setText(text);
    }

    static XWPFRun body(XWPFParagraph paragraph) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Arial");
        run.setFontSize(BODY_HALF_POINTS / 2);
        return run;
    }

    /** A4 with 2 cm margins, the page the seed papers are printed on. */
    private static void a4(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        CTPageMar margins = section.addNewPgMar();
        BigInteger twoCentimetres = BigInteger.valueOf(MARGIN_TWIPS);
        margins.setTop(twoCentimetres);
        margins.setBottom(twoCentimetres);
        margins.setLeft(twoCentimetres);
        margins.setRight(twoCentimetres);
    }

    private static void footer(XWPFDocument document, String fileName) {
        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        XWPFParagraph line = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        line.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = line.createRun();
        run.setFontSize(8);
        run.setText("Written by Ragbook from " + fileName);
    }
}
