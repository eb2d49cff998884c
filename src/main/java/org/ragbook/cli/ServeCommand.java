package org.ragbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ragbook.config.ConfigLoader;
import org.ragbook.config.RagbookConfig;
import org.ragbook.service.Ragbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs the service — the HTTP API, the web page and the background workers — until stopped.",
            "Settings come from ragbook.yaml (or --config) and RAGBOOK_* environment variables, such as RAGBOOK_PORT,"
                + " RAGBOOK_DATA, RAGBOOK_MAX_UPLOAD_MB and RAGBOOK_DB_URL; the README lists them all."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file to read instead of ./ragbook.yaml.")
    private Path config;

    @Override
    public Integer call() throws InterruptedException {
        RagbookConfig settings = ConfigLoader.load(config, System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        Ragbook ragbook = Ragbook.start(settings, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ragbook.close();
            stopped.countDown();
        }, "ragbook-shutdown"));
        out.println("Ragbook is serving on http://localhost:" + ragbook.port() + "/ (" + settings.describe()
                + "). Stop it with Ctrl+C.");
        out.flush();
        stopped.await();
        return Main.OK;
    }
}
