package org.ragbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Role;
import org.ragbook.web.ApiClient;
import org.ragbook.web.TestServer;

/**
 * Measures the service end to end over HTTP on its embedded H2 database (or, with
 * {@code RAGBOOK_TEST_DB=postgres}, on PostgreSQL): small returns sent by several clients at once —
 * stored, processed by the workers and answered — and one 100,000-row return from upload to
 * annotated. Prints a Markdown table for the README.
 */
public final class ServiceBenchmark {

    private static final int UPLOADS = 200;
    private static final int CLIENTS = 8;

    private ServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        Path data = Files.createTempDirectory(dir, "service-");
        Path large = dir.resolve("return-100000.xlsx");
        if (!Files.exists(large)) {
            SyntheticReturn.write(SchemaCatalog.builtIn().find("phof-dashboard").orElseThrow(), 100_000, large);
        }
        byte[] small = Files.readAllBytes(dir.resolve("return-1000.xlsx").toFile().exists()
                ? dir.resolve("return-1000.xlsx")
                : SyntheticReturn.write(SchemaCatalog.builtIn().find("phof-dashboard").orElseThrow(), 1_000,
                        dir.resolve("return-1000.xlsx")));
        System.out.printf("Java %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (TestServer server = TestServer.start(data, 25, SchemaCatalog.builtIn())) {
            smallReturns(server, small);
            largeReturn(server, Files.readAllBytes(large));
        }
    }

    /** Each upload comes from an organisation of its own, so none is answered as an earlier duplicate. */
    private static void smallReturns(TestServer server, byte[] workbook) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Double>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < UPLOADS; i++) {
            String schema = "/api/returns?schema=phof-dashboard";
            ApiClient client = server.as("bench-" + i, "Organisation " + i, Role.SUBMITTER);
            answers.add(clients.submit(() -> {
                long sent = System.nanoTime();
                HttpResponse<byte[]> answer = client.upload(schema, "return.xlsx", workbook);
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException(answer.statusCode() + " " + new String(answer.body()));
                }
                return (System.nanoTime() - sent) / 1e9;
            }));
        }
        List<Double> seconds = new ArrayList<>();
        for (Future<Double> answer : answers) {
            seconds.add(answer.get());
        }
        double total = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        Collections.sort(seconds);
        System.out.println("| work | count | wall time | throughput | median answer | 95th percentile |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        System.out.printf("| 1,000-row returns, %d clients at once | %d | %.1f s | %.1f returns/s | %.2f s | %.2f s |%n",
                CLIENTS, UPLOADS, total, UPLOADS / total, seconds.get(seconds.size() / 2),
                seconds.get((int) (seconds.size() * 0.95)));
    }

    private static void largeReturn(TestServer server, byte[] workbook) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> accepted = server.upload("/api/returns?schema=phof-dashboard", "large.xlsx", workbook);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        double queued = (System.nanoTime() - start) / 1e9;
        String status = "received";
        while (status.equals("received") || status.equals("processing")) {
            Thread.sleep(100);
            JsonNode list = ApiClient.json(server.get("/api/returns?size=1"));
            status = list.get("items").get(0).get("status").asText();
        }
        double done = (System.nanoTime() - start) / 1e9;
        if (!status.equals("annotated")) {
            throw new IllegalStateException("the large return ended " + status + ": " + location);
        }
        System.out.printf("| 100,000-row return, upload to annotated (202 after %.2f s) | 1 | %.1f s | | | |%n",
                queued, done);
    }
}
