package org.ragbook.config;

import java.util.Objects;

/**
 * The shared mailbox returns are emailed to: read over IMAP, answered over SMTP. Present only when
 * {@code mailImapHost} is set; mail is off otherwise.
 *
 * @param address           the From of every reply
 * @param folder            the folder new mail arrives in; Processed, Rejected and Failed are made beside it
 * @param maxAttachments    a message with more return attachments than this has the rest listed as not read
 * @param maxAttachmentMb   an attachment larger than this is not read, as an upload over maxUploadMb is refused
 */
public record MailConfig(String imapHost, int imapPort, String smtpHost, int smtpPort, MailSecurity security,
        String user, String password, String address, String folder, int pollSeconds, int maxAttachments,
        int maxAttachmentMb) {

    public MailConfig {
        Objects.requireNonNull(imapHost, "imapHost");
        Objects.requireNonNull(smtpHost, "smtpHost");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(folder, "folder");
    }

    public long maxAttachmentBytes() {
        return maxAttachmentMb * 1024L * 1024L;
    }

    /** The settings for the startup line; the password is never in it. */
    public String describe() {
        return "mailImapHost=" + imapHost + " mailImapPort=" + imapPort + " mailSmtpHost=" + smtpHost
                + " mailSmtpPort=" + smtpPort + " mailSecurity=" + security.label() + " mailUser=" + user
                + " mailPassword=" + (password.isEmpty() ? "(none)" : "****") + " mailAddress=" + address
                + " mailFolder=" + folder + " mailPollSeconds=" + pollSeconds + " mailMaxAttachments="
                + maxAttachments + " mailMaxAttachmentMb=" + maxAttachmentMb;
    }

    @Override
    public String toString() {
        return "MailConfig[" + describe() + "]";
    }
}
