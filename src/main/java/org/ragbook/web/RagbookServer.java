package org.ragbook.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import org.ragbook.pipeline.Pipeline;

/**
 * The HTTP API, built once for {@code ragbook serve} and for the tests.
 *
 * <pre>
 * POST /api/returns                      multipart field "file", optional field or query "schema"
 *                                        → 201 report + id + links
 * GET  /api/returns/{id}                 the stored report
 * GET  /api/returns/{id}/annotated.xlsx  the annotated workbook
 * GET  /api/schemas                      id, title and indicators of each schema
 * GET  /api/schemas/{id}/template.xlsx   a blank return for the schema
 * GET  /health                           {"status":"ok"}
 * GET  /                                 the upload page (src/main/resources/public/)
 * </pre>
 *
 * Errors are problem+json: 400 no file field, 404 unknown submission, template schema or route,
 * 411 upload without a Content-Length, 413 upload over the limit, 422 a return that cannot be read
 * or whose schema is unknown or cannot be detected (the request reached the right resource, but
 * what it sent cannot be processed), 500 anything else.
 */
public final class RagbookServer {

    /** Room for the multipart boundaries and the schema field around the file itself. */
    private static final long FORM_OVERHEAD_BYTES = 64 * 1024;
    /** Parts larger than this go to a file under the data folder rather than staying on the heap. */
    private static final int IN_MEMORY_PART_BYTES = 256 * 1024;

    private RagbookServer() {
    }

    public static Javalin create(ServerConfig config, Pipeline pipeline) {
        SubmissionRoutes submissions = new SubmissionRoutes(new SubmissionStore(config.dataFolder()), pipeline,
                config.maxUploadBytes());
        SchemaRoutes schemas = new SchemaRoutes(pipeline.schemas());
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.port = config.port();
            javalin.jsonMapper(new JavalinJackson(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                    .build(), false));
            javalin.staticFiles.add("/public", Location.CLASSPATH);
            limitUploads(javalin, config);
            javalin.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            submissions.addTo(javalin.routes);
            schemas.addTo(javalin.routes);
            Problems.addTo(javalin.routes);
        });
    }

    /**
     * Every upload must declare its length, so one over the limit is refused before any of its
     * body is read and one within it can never grow past it. The multipart parser's own limits are
     * a second line, set so that only a body lying about its length reaches them.
     */
    private static void limitUploads(JavalinConfig javalin, ServerConfig config) {
        long limit = config.maxUploadBytes();
        javalin.jetty.multipartConfig.maxFileSize(limit + FORM_OVERHEAD_BYTES, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.maxTotalRequestSize(limit + FORM_OVERHEAD_BYTES, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_PART_BYTES, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.cacheDirectory(incomingFolder(config.dataFolder()).toString());
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
