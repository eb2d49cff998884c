package org.ragbook.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ragbook.web.RagbookServer;
import org.ragbook.web.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs the HTTP API (POST /api/returns and friends) until stopped.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Main ragbook;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:RAGBOOK_PORT:-7070}",
            description = "Port to listen on (env RAGBOOK_PORT). Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:RAGBOOK_DATA:-./data}",
            description = "Folder for submissions (env RAGBOOK_DATA). Default: ${DEFAULT-VALUE}.")
    private Path data;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "${env:RAGBOOK_MAX_UPLOAD_MB:-25}",
            description = "Largest return accepted, in MB (env RAGBOOK_MAX_UPLOAD_MB). Default: ${DEFAULT-VALUE}.")
    private int maxUploadMb;

    @Override
    public Integer call() throws InterruptedException {
        if (maxUploadMb <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-upload-mb must be at least 1.");
        }
        ServerConfig config = ServerConfig.withMegabytes(port, data, maxUploadMb);
        Javalin app = RagbookServer.create(config, ragbook.pipeline(spec));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "ragbook-shutdown"));
        app.start();
        spec.commandLine().getOut().println("Ragbook is serving on http://localhost:" + app.port() + "/ with data in "
                + data.toAbsolutePath().normalize() + ". Stop it with Ctrl+C.");
        spec.commandLine().getOut().flush();
        stopped.await();
        return Main.OK;
    }
}
