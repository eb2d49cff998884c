package org.ragbook.service;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.web.TestServer;

/** Tests that each need a service of their own: an empty database, the built-in schemas, an admin client. */
abstract class FreshService {

    @TempDir
    Path data;

    TestServer server;

    @BeforeEach
    void startService() {
        server = TestServer.start(data, 25, SchemaCatalog.builtIn());
    }

    @AfterEach
    void stopService() {
        server.close();
    }
}
