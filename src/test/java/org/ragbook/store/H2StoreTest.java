package org.ragbook.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store on the embedded default: an H2 file database, as `ragbook serve` opens it with no setup. */
class H2StoreTest extends StoreContract {

    @TempDir
    static Path folder;

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open("jdbc:h2:file:" + folder.toAbsolutePath() + "/ragbook;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_COMPACT_FILL_RATE=0", "sa", "", 10);
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
