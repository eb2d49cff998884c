package org.ragbook.config;

import java.util.Locale;
import java.util.Optional;

/** How the connections to the mailbox are protected. */
public enum MailSecurity {
    /** IMAP over implicit TLS (993) and SMTP upgraded with STARTTLS (587): what Exchange Online and nhs.net offer. */
    TLS,
    /** Both upgraded with STARTTLS, for servers that take plain IMAP on 143 first. */
    STARTTLS,
    /** No encryption at all: only for a test server on the same machine. */
    NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<MailSecurity> parse(String text) {
        for (MailSecurity security : values()) {
            if (security.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(security);
            }
        }
        return Optional.empty();
    }
}
