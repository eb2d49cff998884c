package org.ragbook.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import org.ragbook.config.MailConfig;

/** Hands stored replies to the SMTP server exactly as they were written. */
final class Outgoing {

    private final MailConfig config;
    private final Session session;

    Outgoing(MailConfig config) {
        this.config = config;
        this.session = MailSessions.smtp(config);
    }

    /** Returns once the server has accepted the message; throws when it did not. */
    void send(byte[] raw, String recipient) throws MessagingException {
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(config.smtpHost(), config.smtpPort(), config.user(),
                    config.password().isEmpty() ? null : config.password());
            // sendMessage, not Transport.send: that would save the message again and give it a new Message-ID.
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(recipient)});
        }
    }
}
