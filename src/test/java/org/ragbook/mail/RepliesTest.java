package org.ragbook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Report;

/** What a reply says of a return with many problems: the first twenty at their cells, then how many more. */
class RepliesTest {

    private final Replies replies = new Replies("https://ragbook.example.test");

    @Test
    void the_first_twenty_findings_are_listed_at_their_cells_and_the_rest_counted() {
        List<Report.FindingEntry> findings = IntStream.rangeClosed(1, 25).mapToObj(i -> new Report.FindingEntry(
                i <= 22 ? "error" : "warning", "value-not-number", "Indicators", "H" + (i + 1),
                "The value is not a number.")).toList();
        Report report = new Report("phof-dashboard", "march.xlsx", Map.of("green", 0, "amber", 0, "red", 0,
                "notCompared", 0), findings, List.of(), "No indicator could be compared.", List.of(),
                List.of(new Paragraph(Paragraph.PURPOSE, "This paper sets out…"),
                        new Paragraph(Paragraph.COUNTS, "No indicator could be compared.")), List.of());
        IncomingMail mail = new IncomingMail("<m@x>", "a@x.test", "March", List.of(), false, List.of(), List.of());

        String text = replies.processed(mail, List.of(new ReturnAnswer("march.xlsx", "annotated", report, null,
                "https://ragbook.example.test/?submission=1", null))).text();

        assertThat(text).contains("Ragbook found 22 errors and 3 warnings; each is a comment on its cell in the"
                + " annotated workbook. The first 20:")
                .contains("- error — Indicators!H2: The value is not a number.")
                .contains("- error — Indicators!H21: The value is not a number.")
                .doesNotContain("Indicators!H22:")
                .contains("… and 5 more, listed on the workbook's Validation sheet.")
                .contains("1. No indicator could be compared.")
                .doesNotContain("This paper sets out");
    }

    @Test
    void a_rejected_return_says_why_and_links_to_it() {
        IncomingMail mail = new IncomingMail("<m@x>", "a@x.test", "March", List.of(), false, List.of(), List.of());

        Reply reply = replies.processed(mail, List.of(new ReturnAnswer("march.xlsx", "rejected", null,
                "The file is not a workbook: it is a PDF.", "https://ragbook.example.test/?submission=2", null)));

        assertThat(reply.text()).contains("Not read: The file is not a workbook: it is a PDF.")
                .contains("On Ragbook: https://ragbook.example.test/?submission=2");
        assertThat(reply.attachments()).isEmpty();
    }

    @Test
    void a_return_changing_stored_figures_asks_for_them_to_be_confirmed_on_the_page() {
        IncomingMail mail = new IncomingMail("<m@x>", "a@x.test", "March", List.of(), false, List.of(), List.of());
        Report report = new Report("phof-dashboard", "march.xlsx", Map.of(), List.of(), List.of(), "", List.of(),
                List.of(), List.of());

        String text = replies.processed(mail, List.of(new ReturnAnswer("march.xlsx", "awaiting confirmation", report,
                null, "https://ragbook.example.test/?submission=3", null))).text();

        assertThat(text).contains("not used until you confirm the changes on Ragbook, or withdraw the return there:\n"
                + "\nOn Ragbook: https://ragbook.example.test/?submission=3");
    }
}
