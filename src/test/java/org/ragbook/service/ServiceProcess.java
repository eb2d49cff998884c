package org.ragbook.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ragbook serve} in a JVM of its own, as an operator runs it: configured by environment
 * variables, killed without warning when a test wants a crash. Its output is kept for the port it
 * serves on, the first admin's token and, when something fails, the assertion message.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("serving on http://localhost:(\\d+)/");
    private static final Pattern TOKEN = Pattern.compile("^\\s+(rb_\\S+)$");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private ServiceProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "ragbook-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a service with these settings (RAGBOOK_* variables) and waits until it serves. */
    static ServiceProcess start(Path workingDirectory, Map<String, String> settings) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "org.ragbook.cli.Main", "serve")
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("RAGBOOK_"));
        builder.environment().putAll(settings);
        try {
            ServiceProcess service = new ServiceProcess(builder.start());
            service.awaitPort(Duration.ofSeconds(60));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a service process", e);
        }
    }

    int port() {
        return find(SERVING).map(Integer::parseInt).orElseThrow();
    }

    /** The token printed by the first start on an empty database. */
    Optional<String> adminToken() {
        return find(TOKEN);
    }

    /** Ends the process at once, as kill -9 does: no shutdown hook, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String output() {
        return String.join("\n", output);
    }

    private void awaitPort(Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (find(SERVING).isEmpty()) {
            if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the service did not start:\n" + output());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Optional<String> find(Pattern pattern) {
        for (String line : output) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30),
                    java.util.concurrent.TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }
}
