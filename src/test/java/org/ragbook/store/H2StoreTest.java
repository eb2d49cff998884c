package org.ragbook.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.config.ConfigLoader;

/** The store on the embedded default: an H2 file database, as `ragbook serve` opens it with no setup. */
class H2StoreTest extends StoreContract {

    @TempDir
    static Path folder;

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(ConfigLoader.embeddedDatabaseUrl(folder), "sa", "", 10);
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
