package org.ragbook.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.ragbook.config.ConfigLoader;
import org.ragbook.config.RagbookConfig;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.service.Ragbook;
import org.ragbook.store.Role;
import org.ragbook.store.TestPostgres;

/**
 * A real Ragbook service (H2 under a test folder, workers, HTTP) on a free port, with a client
 * signed in as an admin of "Test Council". Close the one {@link #start} gave; the others share it.
 */
public final class TestServer extends ApiClient implements AutoCloseable {

    private final Ragbook ragbook;

    private TestServer(Ragbook ragbook, String token) {
        super(URI.create("http://localhost:" + ragbook.port()), token);
        this.ragbook = ragbook;
    }

    public static TestServer start(Path dataFolder, int maxUploadMb, SchemaCatalog schemas) {
        return start(dataFolder, maxUploadMb, schemas, 5_000);
    }

    /** As {@link #start(Path, int, SchemaCatalog)}, queuing returns of more than {@code syncRowLimit} rows. */
    public static TestServer start(Path dataFolder, int maxUploadMb, SchemaCatalog schemas, int syncRowLimit) {
        return start(config(dataFolder, maxUploadMb, syncRowLimit, Optional.empty()), schemas);
    }

    /** As {@link #start(Path, int, SchemaCatalog)}, writing the links in files it makes to {@code publicUrl}. */
    public static TestServer start(Path dataFolder, SchemaCatalog schemas, URI publicUrl) {
        return start(config(dataFolder, 25, 5_000, Optional.of(publicUrl)), schemas);
    }

    private static TestServer start(RagbookConfig config, SchemaCatalog schemas) {
        Ragbook ragbook = Ragbook.start(config, schemas, new PrintWriter(new StringWriter()));
        return new TestServer(ragbook, ragbook.users().add("test-admin", "Test Council", Role.ADMIN).token());
    }

    /**
     * The settings of a test service: any free port, the default leases, and a new database — an H2 file in
     * the folder, or with {@code RAGBOOK_TEST_DB=postgres} a new database on the tests' PostgreSQL
     * server, so that the whole service suite runs on either.
     */
    public static RagbookConfig config(Path dataFolder, int maxUploadMb, int syncRowLimit) {
        return config(dataFolder, maxUploadMb, syncRowLimit, Optional.empty());
    }

    private static RagbookConfig config(Path dataFolder, int maxUploadMb, int syncRowLimit, Optional<URI> publicUrl) {
        boolean postgres = TestPostgres.wanted();
        String url = postgres ? TestPostgres.newDatabase() : ConfigLoader.embeddedDatabaseUrl(dataFolder);
        return new RagbookConfig(0, dataFolder, maxUploadMb, url, postgres ? "postgres" : "sa", "", 10, 2, 30,
                syncRowLimit, Optional.empty(), "admin", "Ragbook", publicUrl, Optional.empty());
    }

    /** A new user of this service, and a client signed in as them. */
    public TestServer as(String name, String organisation, Role role) {
        return new TestServer(ragbook, ragbook.users().add(name, organisation, role).token());
    }

    /** The same service with no token at all, as a browser before sign-in. */
    public TestServer anonymous() {
        return new TestServer(ragbook, null);
    }

    public Ragbook ragbook() {
        return ragbook;
    }

    @Override
    public void close() {
        ragbook.close();
    }
}
