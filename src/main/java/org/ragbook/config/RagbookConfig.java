package org.ragbook.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of a running Ragbook, read once at start by {@link ConfigLoader}; the README's
 * Configuration section says what each one means.
 *
 * @param data          absolute; the embedded database and anything else kept on disk go here
 * @param schemas       a folder of schema files used instead of the built-in ones; empty for those
 * @param adminName     the admin user created on first start, when there are no users yet
 * @param publicUrl     where people reach the service, for links written into files and mail (no trailing
 *                      slash); empty to link to the address each request came to, or in mail to
 *                      http://localhost:port
 * @param mail          the mailbox returns are emailed to; empty when mail is off
 */
public record RagbookConfig(int port, Path data, int maxUploadMb, String dbUrl, String dbUser, String dbPassword,
        int dbPoolSize, int workers, int leaseSeconds, int syncRowLimit, Optional<Path> schemas, String adminName,
        String adminOrganisation, Optional<URI> publicUrl, Optional<MailConfig> mail) {

    private static final String MASK = "****";

    public RagbookConfig {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(adminName, "adminName");
        Objects.requireNonNull(adminOrganisation, "adminOrganisation");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(mail, "mail");
    }

    /** The configured public URL, or this machine at the port the server took: mail has no request to go by. */
    public String publicUrl(int boundPort) {
        return publicUrl.map(URI::toString).orElse("http://localhost:" + boundPort);
    }

    public long maxUploadBytes() {
        return maxUploadMb * 1024L * 1024L;
    }

    /** How long a worker's claim on a submission lasts without renewal before another may take it over. */
    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    /**
     * The effective settings on one line, for the startup log, so an operator can see which layer
     * won. Passwords are masked, in {@code dbPassword} and in a {@code password=} of the URL, as
     * logs travel further than the configuration does.
     */
    public String describe() {
        return "port=" + port + " data=" + data + " maxUploadMb=" + maxUploadMb
                + " dbUrl=" + dbUrl.replaceAll("(?i)(password=)[^;&]*", "$1" + MASK)
                + " dbUser=" + dbUser + " dbPassword=" + (dbPassword.isEmpty() ? "(none)" : MASK)
                + " dbPoolSize=" + dbPoolSize + " workers=" + workers + " leaseSeconds=" + leaseSeconds
                + " syncRowLimit=" + syncRowLimit + " schemas=" + schemas.map(Path::toString).orElse("(built in)")
                + " adminName=" + adminName + " adminOrganisation=" + adminOrganisation
                + " publicUrl=" + publicUrl.map(URI::toString).orElse("(the address each request came to)")
                + " " + mail.map(MailConfig::describe).orElse("mail=off");
    }

    /** The record's own toString would print the password into any log or failed assertion. */
    @Override
    public String toString() {
        return "RagbookConfig[" + describe() + "]";
    }
}
