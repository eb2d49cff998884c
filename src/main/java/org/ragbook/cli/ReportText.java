package org.ragbook.cli;

import java.util.Map;
import org.ragbook.report.Report;

/** The report as terminal lines: one per finding, and a one-line summary. */
final class ReportText {

    private ReportText() {
    }

    /** {@code error  value-not-number  Indicators!F12  'Value' holds the text …}. */
    static String finding(Report.FindingEntry finding) {
        return String.join("  ", finding.severity(), finding.rule(), where(finding), finding.message());
    }

    /** {@code returns.xlsx with phof-dashboard: 18 green, 12 amber, 3 red, 5 not compared; 0 errors, 2 warnings}. */
    static String summary(Report report) {
        Map<String, Integer> rag = report.rag();
        long warnings = report.findings().stream().filter(f -> "warning".equals(f.severity())).count();
        return report.file() + " with " + report.schema() + ": "
                + rag.getOrDefault("green", 0) + " green, "
                + rag.getOrDefault("amber", 0) + " amber, "
                + rag.getOrDefault("red", 0) + " red, "
                + rag.getOrDefault("notCompared", 0) + " not compared; "
                + count(report.errorCount(), "error") + ", " + count(warnings, "warning");
    }

    private static String where(Report.FindingEntry finding) {
        if (finding.sheet() == null) {
            return "-";
        }
        return finding.cell() == null ? finding.sheet() : finding.sheet() + "!" + finding.cell();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
