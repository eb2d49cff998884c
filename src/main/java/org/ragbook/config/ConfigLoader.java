package org.ragbook.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ragbook.schema.Scalar;
import org.ragbook.schema.SchemaException;
import org.ragbook.schema.SchemaLoader;

/**
 * Ragbook's settings from four layers, each overriding the one before: the defaults, then
 * {@code ragbook.yaml}, then the environment ({@code RAGBOOK_} and the key in upper snake case:
 * {@code maxUploadMb} is {@code RAGBOOK_MAX_UPLOAD_MB}), then the command's own options
 * ({@code --port}, {@code --data}). The environment comes after the file so that a container can
 * change one setting without a file; the command line comes last because it is what was typed now. Anything it cannot use — an unknown key, a
 * word where a number belongs, a port out of range — stops the start with a {@link ConfigException}
 * naming the file, line and key or the environment variable, rather than running on a default the
 * operator did not choose.
 */
public final class ConfigLoader {

    /** Read from the working directory when no file is named. */
    public static final String FILE_NAME = "ragbook.yaml";

    /**
     * The embedded database: H2 speaking PostgreSQL, so the same SQL runs on both. Background
     * compaction is off: under the service benchmark's load H2 2.5's compaction made concurrent reads
     * fail ("Reading from file … failed", "Illegal page length") in every run; without it, in none.
     * WRITE_DELAY=0 writes every commit to the file before the commit returns: by default H2 keeps
     * committed changes in memory for up to a second, so a process killed in that second lost
     * uploads already answered 201 and mail already moved to Processed (MailKillAndRestartTest
     * found 7 submissions for 8 messages).
     */
    private static final String H2_URL = "jdbc:h2:file:%s/ragbook;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;AUTO_COMPACT_FILL_RATE=0;WRITE_DELAY=0;AUTO_SERVER=TRUE";

    private final String fileName;
    private final ConfigDocument yaml;
    private final Map<String, String> env;
    private final Map<String, String> options;
    private final Path workingDirectory;

    private ConfigLoader(String fileName, ConfigDocument yaml, Map<String, String> env, Map<String, String> options,
            Path workingDirectory) {
        this.fileName = fileName;
        this.yaml = yaml;
        this.env = env;
        this.options = options;
        this.workingDirectory = workingDirectory;
    }

    /** The settings from the file and the environment only. */
    public static RagbookConfig load(Path yamlOrNull, Path workingDirectory, Map<String, String> env) {
        return load(yamlOrNull, workingDirectory, env, Map.of());
    }

    /**
     * The settings from {@code yamlOrNull} (which must exist), or from {@code ragbook.yaml} in
     * {@code workingDirectory} when there is one, and from {@code env}. Relative paths — the yaml
     * file, {@code data}, {@code schemas} — are taken from {@code workingDirectory}, and made
     * absolute now so that the startup line says exactly where data goes. {@code options} are the
     * command line's, by settings key ({@code port} for {@code --port}), above every other layer.
     */
    public static RagbookConfig load(Path yamlOrNull, Path workingDirectory, Map<String, String> env,
            Map<String, String> options) {
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path file = yamlOrNull != null ? base.resolve(yamlOrNull) : base.resolve(FILE_NAME);
        if (yamlOrNull != null && !Files.isRegularFile(file)) {
            throw new ConfigException(yamlOrNull + ": the configuration file does not exist");
        }
        String fileName = yamlOrNull != null ? yamlOrNull.toString() : FILE_NAME;
        ConfigDocument yaml = Files.isRegularFile(file) ? read(fileName, file) : null;
        return new ConfigLoader(fileName, yaml, env, options, base).settings();
    }

    private static ConfigDocument read(String fileName, Path file) {
        try {
            return SchemaLoader.readYaml(fileName, Files.readString(file, StandardCharsets.UTF_8),
                    ConfigDocument.class);
        } catch (IOException e) {
            throw new ConfigException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (SchemaException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** The embedded H2 database in a data folder, as the service opens it with no setup. */
    public static String embeddedDatabaseUrl(Path data) {
        return String.format(Locale.ROOT, H2_URL, data.toAbsolutePath());
    }

    private RagbookConfig settings() {
        Path data = find("data", d -> d.data).map(this::path).orElse(workingDirectory.resolve("data"));
        String dbUrl = find("dbUrl", d -> d.dbUrl).map(ConfigLoader::jdbcUrl)
                .orElse(embeddedDatabaseUrl(data));
        Optional<Path> schemas = find("schemas", d -> d.schemas).map(this::folder);
        int maxUploadMb = number("maxUploadMb", d -> d.maxUploadMb, 25, 1, Integer.MAX_VALUE);
        return new RagbookConfig(
                number("port", d -> d.port, 7070, 0, 65535),
                data,
                maxUploadMb,
                dbUrl,
                find("dbUser", d -> d.dbUser).map(Written::text).orElse("sa"),
                find("dbPassword", d -> d.dbPassword).map(Written::text).orElse(""),
                number("dbPoolSize", d -> d.dbPoolSize, 10, 1, Integer.MAX_VALUE),
                number("workers", d -> d.workers, 2, 1, Integer.MAX_VALUE),
                number("leaseSeconds", d -> d.leaseSeconds, 30, 1, Integer.MAX_VALUE),
                number("syncRowLimit", d -> d.syncRowLimit, 5000, 1, Integer.MAX_VALUE),
                schemas,
                find("adminName", d -> d.adminName).map(Written::nonEmpty).orElse("admin"),
                find("adminOrganisation", d -> d.adminOrganisation).map(Written::nonEmpty).orElse("Ragbook"),
                find("publicUrl", d -> d.publicUrl).map(Written::webAddress),
                find("mailImapHost", d -> d.mailImapHost).map(Written::nonEmpty)
                        .map(host -> mail(host, maxUploadMb)));
    }

    /** Mail is on once there is an IMAP host; everything else has a default or follows from it. */
    private MailConfig mail(String imapHost, int maxUploadMb) {
        MailSecurity security = find("mailSecurity", d -> d.mailSecurity).map(w -> MailSecurity.parse(w.text())
                .orElseThrow(() -> w.problem("'" + w.text() + "' is not tls, starttls or none"))).orElse(MailSecurity.TLS);
        String user = find("mailUser", d -> d.mailUser).map(Written::nonEmpty).orElseThrow(() -> new ConfigException(
                "mailImapHost is set, so mailUser (" + envName("mailUser") + ") must be too: the mailbox's sign-in"));
        return new MailConfig(imapHost,
                number("mailImapPort", d -> d.mailImapPort, security == MailSecurity.TLS ? 993 : 143, 1, 65535),
                find("mailSmtpHost", d -> d.mailSmtpHost).map(Written::nonEmpty).orElse(imapHost),
                number("mailSmtpPort", d -> d.mailSmtpPort, 587, 1, 65535),
                security,
                user,
                find("mailPassword", d -> d.mailPassword).map(Written::text).orElse(""),
                find("mailAddress", d -> d.mailAddress).map(Written::nonEmpty).orElse(user),
                find("mailFolder", d -> d.mailFolder).map(Written::nonEmpty).orElse("INBOX"),
                number("mailPollSeconds", d -> d.mailPollSeconds, 60, 1, 86_400),
                number("mailMaxAttachments", d -> d.mailMaxAttachments, 10, 1, 1000),
                number("mailMaxAttachmentMb", d -> d.mailMaxAttachmentMb, maxUploadMb, 1, Integer.MAX_VALUE));
    }

    /** {@code maxUploadMb} → {@code RAGBOOK_MAX_UPLOAD_MB}. */
    static String envName(String key) {
        return "RAGBOOK_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /**
     * The value of {@code key} from the highest layer that sets it. An empty environment variable
     * counts as unset, as a blank line in an env file usually means "leave it".
     */
    private Optional<Written> find(String key, Function<ConfigDocument, Scalar> field) {
        String typed = options.get(key);
        if (typed != null) {
            return Optional.of(new Written(typed, "option " + optionName(key)));
        }
        String name = envName(key);
        String fromEnv = env.get(name);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(new Written(fromEnv, "environment variable " + name));
        }
        Scalar fromYaml = yaml == null ? null : field.apply(yaml);
        return fromYaml == null ? Optional.empty()
                : Optional.of(new Written(fromYaml.text(), fileName + ", line " + fromYaml.line() + ": " + key));
    }

    /** {@code maxUploadMb} → {@code --max-upload-mb}, as picocli's options are written. */
    static String optionName(String key) {
        return "--" + key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private int number(String key, Function<ConfigDocument, Scalar> field, int fallback, int min, int max) {
        return find(key, field).map(w -> w.wholeNumber(min, max)).orElse(fallback);
    }

    private Path path(Written written) {
        try {
            return workingDirectory.resolve(written.nonEmpty()).normalize();
        } catch (InvalidPathException e) {
            throw written.problem("'" + written.text() + "' is not a path (" + e.getReason() + ")");
        }
    }

    private Path folder(Written written) {
        Path folder = path(written);
        if (!Files.isDirectory(folder)) {
            throw written.problem("the folder " + folder + " does not exist");
        }
        return folder;
    }

    private static String jdbcUrl(Written written) {
        if (!written.text().startsWith("jdbc:")) {
            throw written.problem("'" + written.text() + "' is not a JDBC URL (one starts with jdbc:, such as"
                    + " jdbc:postgresql://db:5432/ragbook)");
        }
        return written.text();
    }
}
