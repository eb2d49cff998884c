package org.ragbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.report.Report;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;

/**
 * Measures {@code annotate} on long-layout returns of 1,000, 10,000 and 100,000 rows against the
 * JDK-only floor (see {@link Floor}), printing a Markdown table for the README. Run it as the README
 * says, with {@code -Xmx512m} so that finishing at all shows the heap goal is met.
 */
public final class AnnotateBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};

    private AnnotateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        SchemaCatalog catalog = SchemaCatalog.builtIn();
        ReturnSchema schema = catalog.find("phof-dashboard").orElseThrow();
        Pipeline pipeline = new Pipeline(catalog);
        System.out.printf("Java %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| rows | file | floor: parse + write | annotate | rows/s | × floor | peak heap |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int rows : SIZES) {
            Path input = dir.resolve("return-" + rows + ".xlsx");
            if (!Files.exists(input)) {
                SyntheticReturn.write(schema, rows, input);
            }
            Path output = dir.resolve("return-" + rows + "-annotated.xlsx");
            Path floorOut = dir.resolve("floor-" + rows + ".zip");
            double floor = Timing.median(() -> {
                Floor.parse(input);
                Floor.write(rows, SyntheticReturn.HEADER.length, floorOut);
            });
            Report[] report = new Report[1];
            HeapSampler heap = HeapSampler.start();
            double annotate = Timing.median(() -> report[0] = pipeline.annotate(input, input.getFileName().toString(),
                    schema.id(), output));
            long peak = heap.stop();
            if (report[0].errorCount() > 0) {
                throw new IllegalStateException("the synthetic return should be clean: " + report[0].findings().get(0));
            }
            System.out.printf("| %,d | %.1f MB | %.2f s | %.2f s | %,.0f | %.1f | %d MB |%n", rows,
                    Files.size(input) / 1e6, floor, annotate, rows / annotate, annotate / floor, peak >> 20);
        }
    }
}
