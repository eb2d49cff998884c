package org.ragbook.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "AUTO_COMPACT_FILL_RATE=0;WRITE_DELAY=0;AUTO_SERVER=TRUE";

    @TempDir
    Path dir;

    @Test
    void withNoFileAndNoEnvironmentEverySettingIsItsDefault() {
        RagbookConfig config = ConfigLoader.load(null, dir, Map.of());

        Path data = dir.toAbsolutePath().resolve("data");
        assertThat(config).isEqualTo(new RagbookConfig(7070, data, 25, "jdbc:h2:file:" + data + "/ragbook" + H2_OPTIONS,
                "sa", "", 10, 2, 30, 5000, Optional.empty(), "admin", "Ragbook", Optional.empty(), Optional.empty()));
        assertThat(config.maxUploadBytes()).isEqualTo(25L * 1024 * 1024);
        assertThat(config.lease()).hasSeconds(30);
    }

    @Test
    void ragbookYamlInTheWorkingDirectoryOverridesTheDefaultsAndTheDatabaseFollowsTheDataFolder() throws IOException {
        Files.createDirectory(dir.resolve("my-schemas"));
        write("ragbook.yaml", """
                port: 8080
                data: store/ragbook-data
                maxUploadMb: 50
                workers: 4
                schemas: my-schemas
                adminOrganisation: Leicestershire County Council
                """);

        RagbookConfig config = ConfigLoader.load(null, dir, Map.of());

        Path data = dir.toAbsolutePath().resolve("store/ragbook-data");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.data()).isEqualTo(data);
        assertThat(config.dbUrl()).isEqualTo("jdbc:h2:file:" + data + "/ragbook" + H2_OPTIONS);
        assertThat(config.maxUploadMb()).isEqualTo(50);
        assertThat(config.workers()).isEqualTo(4);
        assertThat(config.schemas()).contains(dir.toAbsolutePath().resolve("my-schemas"));
        assertThat(config.adminOrganisation()).isEqualTo("Leicestershire County Council");
        assertThat(config.leaseSeconds()).as("not in the file, so the default").isEqualTo(30);
    }

    @Test
    void aFileNamedExplicitlyIsReadInsteadOfTheOneInTheWorkingDirectory() throws IOException {
        write("ragbook.yaml", "port: 8080\n");
        write("prod.yaml", "port: 9090\n");

        assertThat(ConfigLoader.load(Path.of("prod.yaml"), dir, Map.of()).port()).isEqualTo(9090);
    }

    @Test
    void theEnvironmentOverridesTheFile() throws IOException {
        write("ragbook.yaml", """
                port: 8080
                data: from-yaml
                dbPassword: yaml-secret
                syncRowLimit: 100
                """);

        RagbookConfig config = ConfigLoader.load(null, dir, Map.of("RAGBOOK_PORT", "9000", "RAGBOOK_DATA",
                "from-env", "RAGBOOK_DB_PASSWORD", "env-secret"));

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.data()).isEqualTo(dir.toAbsolutePath().resolve("from-env"));
        assertThat(config.dbUrl()).startsWith("jdbc:h2:file:" + dir.toAbsolutePath().resolve("from-env") + "/ragbook;");
        assertThat(config.dbPassword()).isEqualTo("env-secret");
        assertThat(config.syncRowLimit()).as("not in the environment, so the file's").isEqualTo(100);
    }

    @Test
    void everySettingHasTheEnvironmentVariableTheReadmeNames() throws IOException {
        Files.createDirectory(dir.resolve("schemas"));
        Map<String, String> env = Map.ofEntries(
                Map.entry("RAGBOOK_PORT", "8081"),
                Map.entry("RAGBOOK_DATA", "d"),
                Map.entry("RAGBOOK_MAX_UPLOAD_MB", "7"),
                Map.entry("RAGBOOK_DB_URL", "jdbc:postgresql://db:5432/ragbook"),
                Map.entry("RAGBOOK_DB_USER", "ragbook"),
                Map.entry("RAGBOOK_DB_PASSWORD", "pw"),
                Map.entry("RAGBOOK_DB_POOL_SIZE", "3"),
                Map.entry("RAGBOOK_WORKERS", "5"),
                Map.entry("RAGBOOK_LEASE_SECONDS", "60"),
                Map.entry("RAGBOOK_SYNC_ROW_LIMIT", "1000"),
                Map.entry("RAGBOOK_SCHEMAS", "schemas"),
                Map.entry("RAGBOOK_ADMIN_NAME", "ops"),
                Map.entry("RAGBOOK_ADMIN_ORGANISATION", "NHS Leicester"),
                Map.entry("RAGBOOK_PUBLIC_URL", "https://ragbook.example.org/"));

        assertThat(ConfigLoader.load(null, dir, env)).isEqualTo(new RagbookConfig(8081,
                dir.toAbsolutePath().resolve("d"), 7, "jdbc:postgresql://db:5432/ragbook", "ragbook", "pw", 3, 5, 60,
                1000, Optional.of(dir.toAbsolutePath().resolve("schemas")), "ops", "NHS Leicester",
                Optional.of(URI.create("https://ragbook.example.org")), Optional.empty()));
    }

    @Test
    void anEmptyEnvironmentVariableLeavesTheFilesValue() throws IOException {
        write("ragbook.yaml", "port: 8080\n");

        assertThat(ConfigLoader.load(null, dir, Map.of("RAGBOOK_PORT", "")).port()).isEqualTo(8080);
    }

    @Test
    void anEmptyFileChangesNothing() throws IOException {
        write("ragbook.yaml", "# nothing set yet\n");

        assertThat(ConfigLoader.load(null, dir, Map.of())).isEqualTo(ConfigLoader.load(null, dir, Map.of()))
                .extracting(RagbookConfig::port).isEqualTo(7070);
    }

    @Test
    void aFileNamedExplicitlyMustExist() {
        assertThatThrownBy(() -> ConfigLoader.load(Path.of("missing.yaml"), dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("missing.yaml: the configuration file does not exist");
    }

    /** Line 1 of each file is "workers: 2", so the bad key is on line 2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            prot: 8080            | ragbook.yaml, line 2: prot: not a known field; the fields here are adminName, adminOrganisation, data, dbPassword, dbPoolSize, dbUrl, dbUser, leaseSeconds, mailAddress, mailFolder, mailImapHost, mailImapPort, mailMaxAttachmentMb, mailMaxAttachments, mailPassword, mailPollSeconds, mailSecurity, mailSmtpHost, mailSmtpPort, mailUser, maxUploadMb, port, publicUrl, schemas, syncRowLimit, workers
            port: abc             | ragbook.yaml, line 2: port: 'abc' is not a whole number
            port: 8080.5          | ragbook.yaml, line 2: port: '8080.5' is not a whole number
            port: 70000           | ragbook.yaml, line 2: port: '70000' is not between 0 and 65535
            port: [80, 81]        | ragbook.yaml, line 2: port: expected a single value
            maxUploadMb: 0        | ragbook.yaml, line 2: maxUploadMb: '0' is not 1 or more
            dbPoolSize: -1        | ragbook.yaml, line 2: dbPoolSize: '-1' is not a whole number
            leaseSeconds: 99999999999 | ragbook.yaml, line 2: leaseSeconds: '99999999999' is not a whole number
            dbUrl: postgres://db  | ragbook.yaml, line 2: dbUrl: 'postgres://db' is not a JDBC URL (one starts with jdbc:, such as jdbc:postgresql://db:5432/ragbook)
            adminName: ''         | ragbook.yaml, line 2: adminName: is empty
            data: ''              | ragbook.yaml, line 2: data: is empty
            publicUrl: ragbook.example.org | ragbook.yaml, line 2: publicUrl: 'ragbook.example.org' is not an http or https address (such as https://ragbook.example.org)
            publicUrl: 'ftp://files.example.org' | ragbook.yaml, line 2: publicUrl: 'ftp://files.example.org' is not an http or https address (such as https://ragbook.example.org)
            workers: 3            | ragbook.yaml, line 2: Duplicate field 'workers'
            'port: 80: 81'        | ragbook.yaml, line 2: not valid YAML: mapping values are not allowed here
            """)
    void aBadValueInTheFileIsRefusedNamingFileLineAndKey(String line, String message) throws IOException {
        write("ragbook.yaml", "workers: 2\n" + line + "\n");

        assertThatThrownBy(() -> ConfigLoader.load(null, dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void aSchemaFolderThatDoesNotExistIsRefusedWhereItIsNamed() throws IOException {
        write("prod.yaml", "schemas: nowhere\n");

        assertThatThrownBy(() -> ConfigLoader.load(Path.of("prod.yaml"), dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("prod.yaml, line 1: schemas: the folder " + dir.toAbsolutePath().resolve("nowhere")
                        + " does not exist");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RAGBOOK_PORT           | 80a  | environment variable RAGBOOK_PORT: '80a' is not a whole number
            RAGBOOK_PORT           | 65536 | environment variable RAGBOOK_PORT: '65536' is not between 0 and 65535
            RAGBOOK_WORKERS        | 0    | environment variable RAGBOOK_WORKERS: '0' is not 1 or more
            RAGBOOK_SYNC_ROW_LIMIT | ' 5' | environment variable RAGBOOK_SYNC_ROW_LIMIT: ' 5' is not a whole number
            RAGBOOK_DB_URL         | h2   | environment variable RAGBOOK_DB_URL: 'h2' is not a JDBC URL (one starts with jdbc:, such as jdbc:postgresql://db:5432/ragbook)
            RAGBOOK_SCHEMAS        | gone | environment variable RAGBOOK_SCHEMAS: the folder {dir}/gone does not exist
            """)
    void aBadValueInTheEnvironmentIsRefusedNamingTheVariable(String name, String value, String message) {
        assertThatThrownBy(() -> ConfigLoader.load(null, dir, Map.of(name, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message.replace("{dir}", dir.toAbsolutePath().toString()));
    }

    @Test
    void theStartupLineShowsEverySettingButNotThePassword() {
        RagbookConfig config = ConfigLoader.load(null, dir, Map.of(
                "RAGBOOK_DB_URL", "jdbc:postgresql://db:5432/ragbook?user=ragbook&password=url-secret&ssl=true",
                "RAGBOOK_DB_PASSWORD", "field-secret"));

        assertThat(config.describe())
                .contains("port=7070", "data=" + dir.toAbsolutePath().resolve("data"), "maxUploadMb=25",
                        "dbUrl=jdbc:postgresql://db:5432/ragbook?user=ragbook&password=****&ssl=true", "dbUser=sa",
                        "dbPassword=****", "dbPoolSize=10", "workers=2", "leaseSeconds=30", "syncRowLimit=5000",
                        "schemas=(built in)", "adminName=admin", "adminOrganisation=Ragbook",
                        "publicUrl=(the address each request came to)")
                .doesNotContain("secret");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void anEmptyPasswordIsShownAsNone() {
        assertThat(ConfigLoader.load(null, dir, Map.of()).describe()).contains("dbPassword=(none)");
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void mailIsOffUntilAnImapHostIsSetAndThenEverySettingFollowsTheIssuesDefaults() {
        assertThat(ConfigLoader.load(null, dir, Map.of()).mail()).isEmpty();

        MailConfig mail = ConfigLoader.load(null, dir, Map.of("RAGBOOK_MAIL_IMAP_HOST", "outlook.office365.com",
                "RAGBOOK_MAIL_USER", "returns@council.gov.uk", "RAGBOOK_MAIL_PASSWORD", "app-password")).mail()
                .orElseThrow();

        assertThat(mail).isEqualTo(new MailConfig("outlook.office365.com", 993, "outlook.office365.com", 587,
                MailSecurity.TLS, "returns@council.gov.uk", "app-password", "returns@council.gov.uk", "INBOX", 60, 10,
                25));
        assertThat(mail.toString()).doesNotContain("app-password");
    }

    @Test
    void aMailboxWithoutASignInOrWithAnUnknownSecurityIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> ConfigLoader.load(null, dir, Map.of("RAGBOOK_MAIL_IMAP_HOST", "imap.nhs.net")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RAGBOOK_MAIL_USER");
        assertThatThrownBy(() -> ConfigLoader.load(null, dir, Map.of("RAGBOOK_MAIL_IMAP_HOST", "imap.nhs.net",
                "RAGBOOK_MAIL_USER", "u", "RAGBOOK_MAIL_SECURITY", "ssl")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("environment variable RAGBOOK_MAIL_SECURITY: 'ssl' is not tls, starttls or none");
    }
}
