package org.ragbook.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The HTTP API and the page, built once for {@code ragbook serve} and for the tests. Routes and their
 * roles are listed in docs/http-api.md and served as an OpenAPI document at {@code /openapi.json};
 * the page (src/main/resources/public/) is served at {@code /}.
 *
 * Errors are problem+json: 400 a malformed request, 401 no or an unknown token, 403 a role that may
 * not do this, 404 unknown (or not visible) submission, schema or route, 411 upload without a
 * Content-Length, 413 upload over the limit, 422 a return that cannot be read or whose schema is
 * unknown or cannot be detected (the upload is still kept), 500 anything else.
 */
public final class RagbookServer {

    /** Room for the multipart boundaries and the schema field around the file itself. */
    private static final long FORM_OVERHEAD_BYTES = 64 * 1024;
    /** Parts larger than this go to a file under the data folder rather than staying on the heap. */
    private static final int IN_MEMORY_PART_BYTES = 256 * 1024;

    private RagbookServer() {
    }

    public static Javalin create(ServerConfig config, Backend backend) {
        Path incoming = incomingFolder(config.dataFolder());
        Authentication authentication = new Authentication(backend.users());
        SubmissionRoutes submissions = new SubmissionRoutes(backend, config, incoming);
        SchemaRoutes schemas = new SchemaRoutes(backend.pipeline().schemas());
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.port = config.port();
            javalin.jsonMapper(new JavalinJackson(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                    .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .build(), false));
            javalin.staticFiles.add("/public", Location.CLASSPATH);
            limitUploads(javalin, config, incoming);
            javalin.routes.before(authentication::check);
            javalin.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "mail", backend.mailHealth().get())));
            OpenApi.addTo(javalin.routes);
            submissions.addTo(javalin.routes);
            schemas.addTo(javalin.routes);
            new PackRoutes(backend, config).addTo(javalin.routes);
            new HistoryRoutes(backend.history()).addTo(javalin.routes);
            new UserRoutes(backend.users()).addTo(javalin.routes);
            Problems.addTo(javalin.routes);
        });
    }

    /**
     * Every upload must declare its length, so one over the limit is refused before any of its
     * body is read and one within it can never grow past it. The multipart parser's own limits are
     * a second line, set so that only a body lying about its length reaches them.
     */
    private static void limitUploads(JavalinConfig javalin, ServerConfig config, Path incoming) {
        long limit = config.maxUploadBytes();
        javalin.jetty.multipartConfig.maxFileSize(limit + FORM_OVERHEAD_BYTES, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.maxTotalRequestSize(limit + FORM_OVERHEAD_BYTES, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_PART_BYTES, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.cacheDirectory(incoming.toString());
        javalin.routes.before(SubmissionRoutes.RETURNS, ctx -> {
            if (!"POST".equals(ctx.method().name())) {
                return;
            }
            long length = ctx.req().getContentLengthLong();
            if (length < 0) {
                throw new HttpResponseException(HttpStatus.LENGTH_REQUIRED.getCode(), "The upload did not say how"
                        + " large it is. Send it with a Content-Length header, as browsers and curl do.");
            }
            if (length > limit + FORM_OVERHEAD_BYTES) {
                throw new ContentTooLargeResponse(tooLarge(limit));
            }
        });
    }

    static String tooLarge(long limit) {
        return "The upload is larger than this server accepts (" + megabytes(limit) + "). Send the return"
                + " without other sheets or attachments, or ask the administrator to raise --max-upload-mb.";
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? Long.toString((long) mb) : String.format("%.2f", mb)) + " MB";
    }

    private static Path incomingFolder(Path dataFolder) {
        Path incoming = dataFolder.resolve("incoming");
        try {
            return Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + incoming, e);
        }
    }
}
