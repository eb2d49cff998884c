package org.ragbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.schema.SchemaCatalog;

/** The OpenAPI document at /openapi.json describes exactly the routes the server has. */
class OpenApiTest {

    @TempDir
    Path data;

    @Test
    void every_route_is_described_and_every_description_is_a_route() {
        try (TestServer server = TestServer.start(data, 25, SchemaCatalog.builtIn())) {
            JsonNode document = TestServer.json(server.get("/openapi.json"));
            List<String> described = new ArrayList<>();
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

            List<String> served = server.ragbook().routes().stream()
                    .filter(route -> route.startsWith("GET /api") || route.startsWith("POST /api")
                            || route.equals("GET /health") || route.equals("GET /openapi.json"))
                    .toList();

            assertThat(document.get("openapi").asText()).startsWith("3.");
            assertThat(described).containsExactlyInAnyOrderElementsOf(served);
        }
    }
}
