package org.ragbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ragbook.config.ConfigLoader;

/**
 * A database written by an earlier Ragbook keeps what it holds when a newer one opens it: each
 * database is left at version 1 with an annotated submission, then opened as the service opens it.
 */
class MigrationTest {

    private static final String REPORT = "{\"rag\":{\"green\":3}}";

    @TempDir
    static Path folder;

    static Stream<String> databases() {
        return Stream.of("h2", "postgres");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_report_stored_at_version_1_is_read_after_the_reports_moved_to_their_own_table(String kind)
            throws SQLException {
        String url = kind.equals("h2") ? ConfigLoader.embeddedDatabaseUrl(folder) : TestPostgres.newDatabase();
        String user = kind.equals("h2") ? "sa" : "postgres";
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                PreparedStatement insert = connection.prepareStatement("insert into submissions (id, organisation,"
                        + " schema_asked, channel, submitted_by, file_name, size_bytes, sha256, status, received_at,"
                        + " updated_at, report_json) values ('v1', 'Leicestershire', '', 'api', 'analyst', 'r.xlsx',"
                        + " 1, 'x', 'annotated', current_timestamp, current_timestamp, ?)")) {
            insert.setString(1, REPORT);
            insert.executeUpdate();
        }

        try (Database database = Database.open(url, user, "", 10)) {
            assertThat(new Submissions(database).find("v1")).hasValueSatisfying(record -> {
                assertThat(record.status()).isEqualTo(SubmissionStatus.ANNOTATED);
                assertThat(record.reportJson()).isEqualTo(REPORT);
            });
        }
    }
}
