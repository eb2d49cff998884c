package org.ragbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.SheetGrid;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;

/**
 * Measures what SPC adds to annotating a monthly NHS return: the same rows annotated once under
 * three SPC indicators (A&E 4 hours, RTT, cancer 62 days: every series charted) and once under
 * three monthly indicators the schema does not chart (IAPT access and recovery, dementia
 * diagnosis), for a return of 10 trusts (in place, 30 charts) and one of 200 trusts (streamed, 600
 * series of which 100 charted). Prints a Markdown table for the README.
 */
public final class SpcBenchmark {

    private static final List<String> CHARTED = List.of("AE-4HR", "RTT-18WK", "CANCER-62D");
    private static final List<String> NOT_CHARTED = List.of("IAPT-ACCESS", "IAPT-RECOVERY", "DEMENTIA-DDR");
    private static final int MONTHS = 24;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);

    private SpcBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        Pipeline pipeline = new Pipeline(SchemaCatalog.builtIn());
        System.out.println("| trusts | rows | SPC series | annotate, SPC indicators | same rows, no SPC | SPC's share |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int trusts : new int[] {10, 200}) {
            double[] seconds = new double[2];
            int charted = 0;
            for (int kind = 0; kind < 2; kind++) {
                List<String> codes = kind == 0 ? CHARTED : NOT_CHARTED;
                Path input = dir.resolve("monthly-" + trusts + "-" + kind + ".xlsx");
                FixtureFiles.xlsx(input, new SheetGrid("Indicators", rows(trusts, codes)));
                Path output = dir.resolve("monthly-" + trusts + "-" + kind + "-annotated.xlsx");
                Report[] report = new Report[1];
                seconds[kind] = Timing.median(() -> report[0] = pipeline.annotate(input, input.getFileName().toString(),
                        "nhs-constitution", output));
                if (kind == 0) {
                    charted = report[0].spc().size();
                }
            }
            System.out.printf("| %d | %,d | %d | %.2f s | %.2f s | %.2f s |%n", trusts, trusts * CHARTED.size() * MONTHS,
                    charted, seconds[0], seconds[1], seconds[0] - seconds[1]);
        }
    }

    /** Two years of each indicator for each trust, steady near 90% with noise. */
    private static List<List<Object>> rows(int trusts, List<String> codes) {
        Random random = new Random(2026);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Indicator ID", "Area Code", "Area Name", "Time period", "Value"));
        for (int t = 0; t < trusts; t++) {
            for (String code : codes) {
                YearMonth month = YearMonth.of(2019, 1);
                for (int m = 0; m < MONTHS; m++, month = month.plusMonths(1)) {
                    rows.add(List.of(code, String.format("R%04d", t), "Trust " + t, month.format(MONTH),
                            Math.round((90 + random.nextGaussian()) * 10) / 10.0));
                }
            }
        }
        return rows;
    }
}
