package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the API's OpenAPI 3 description, written by hand beside the routes
 * (src/main/resources/openapi.json); a test holds it to the routes the server really has.
 */
final class OpenApi {

    static final String PATH = "/openapi.json";
    private static final String RESOURCE = "/openapi.json";

    private OpenApi() {
    }

    static void addTo(RoutesConfig routes) {
        byte[] document = load();
        routes.get(PATH, ctx -> ctx.contentType("application/json").result(document));
    }

    private static byte[] load() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read openapi.json from the jar", e);
        }
    }
}
