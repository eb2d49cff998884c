package org.ragbook.mail;

import jakarta.mail.Session;
import java.util.Properties;
import org.ragbook.config.MailConfig;
import org.ragbook.config.MailSecurity;

/** The Jakarta Mail sessions for the mailbox's IMAP and SMTP sides, with the security the settings ask for. */
final class MailSessions {

    private static final String CONNECT_MILLIS = "20000";
    private static final String READ_MILLIS = "60000";
    /** Longer than the longest IDLE, which reads nothing until new mail or the end of its wait. */
    private static final String IDLE_READ_MILLIS = "300000";

    private MailSessions() {
    }

    static String imapProtocol(MailConfig config) {
        return config.security() == MailSecurity.TLS ? "imaps" : "imap";
    }

    static Session imap(MailConfig config) {
        String protocol = imapProtocol(config);
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", CONNECT_MILLIS);
        properties.put("mail." + protocol + ".timeout", IDLE_READ_MILLIS);
        properties.put("mail." + protocol + ".writetimeout", READ_MILLIS);
        if (config.security() == MailSecurity.STARTTLS) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", "true");
        }
        if (config.security() != MailSecurity.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return Session.getInstance(properties);
    }

    /** SMTP is upgraded with STARTTLS under both tls and starttls: submission on 587 is offered that way. */
    static Session smtp(MailConfig config) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", config.smtpHost());
        properties.put("mail.smtp.port", Integer.toString(config.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", CONNECT_MILLIS);
        properties.put("mail.smtp.timeout", READ_MILLIS);
        properties.put("mail.smtp.writetimeout", READ_MILLIS);
        properties.put("mail.smtp.auth", Boolean.toString(!config.password().isEmpty()));
        if (config.security() != MailSecurity.NONE) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(properties);
    }
}
