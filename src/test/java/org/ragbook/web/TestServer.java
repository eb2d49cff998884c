package org.ragbook.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.schema.SchemaCatalog;

/** A real Ragbook server on a free port, and a client that talks to it as any other would. */
public final class TestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(Javalin app) {
        this.app = app;
    }

    public static TestServer start(Path dataFolder, long maxUploadBytes, SchemaCatalog schemas) {
        Javalin app = RagbookServer.create(new ServerConfig(0, dataFolder, maxUploadBytes), new Pipeline(schemas));
        app.start();
        return new TestServer(app);
    }

    public HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<byte[]> upload(String path, String fileName, byte[] content) {
        return post(path, new Multipart().file("file", fileName, content));
    }

    HttpResponse<byte[]> post(String path, Multipart form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                .build());
    }

    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    public static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
