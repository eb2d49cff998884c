package org.ragbook.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database every replica shares: a connection pool, migrated to the current schema on open
 * (Flyway, src/main/resources/db/migration). H2 and PostgreSQL run the same migrations and queries.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Flyway holds one connection while it migrates over another; fewer than this and it waits forever. */
    private static final int FEWEST_CONNECTIONS = 2;

    public static Database open(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Math.max(FEWEST_CONNECTIONS, poolSize));
        config.setPoolName("ragbook");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("Could not connect to the database at " + url, e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("Could not bring the database at " + url + " up to date", e);
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs one unit of work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not " + what, e);
        }
    }

    /**
     * Runs work that inserts a row with a unique key, as {@link #inTransaction}; false, rather than an
     * exception, when the key was already taken (the row was written before, or by another replica).
     */
    boolean unlessTaken(String what, Work<Boolean> work) {
        try {
            return inTransaction(what, work);
        } catch (StoreException e) {
            if (Sql.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        pool.close();
    }
}
