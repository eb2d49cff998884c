package org.ragbook.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ragbook.config.RagbookConfig;
import org.ragbook.service.Ragbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs the service — the HTTP API, the web page and the background workers — until stopped.",
            "Settings come from ragbook.yaml (or --config) and RAGBOOK_* environment variables, such as RAGBOOK_PORT,"
                + " RAGBOOK_DATA, RAGBOOK_MAX_UPLOAD_MB and RAGBOOK_DB_URL; the README lists them all."
                + " --port and --data override both."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerSettings serverSettings;

    /** Text, not a number, so that a bad port is refused as a bad RAGBOOK_PORT is, naming where it was written. */
    @Option(names = "--port", paramLabel = "N",
            description = "HTTP port (0 takes any free port); overrides 'port' in the settings file and RAGBOOK_PORT.")
    private String port;

    /** What this command would serve with, given this environment. */
    RagbookConfig settings(Map<String, String> environment) {
        return serverSettings.load(environment, port == null ? Map.of() : Map.of("port", port));
    }

    @Override
    public Integer call() throws InterruptedException {
        RagbookConfig settings = settings(System.getenv());
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
