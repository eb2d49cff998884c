package org.ragbook.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.ragbook.store.Submissions;

/**
 * Writes a reply as the MIME message that goes into the outbox and, unchanged, to the SMTP server:
 * threaded on the original (In-Reply-To, References), marked as an automatic reply (RFC 3834) so that
 * other robots do not answer it, and with a Message-ID of its own made from the original's, so that a
 * reply sent again after a crash is the same message to every mail client.
 */
public final class ReplyMessage {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Session SESSION = Session.getInstance(new Properties());

    private ReplyMessage() {
    }

    /**
     * @param key the original's key: its Message-ID or, lacking one, a hash of it
     */
    public static byte[] write(String from, String to, IncomingHeaders original, String key, Reply reply) {
        try {
            String domain = from.substring(from.indexOf('@') + 1);
            String id = "<ragbook-reply-" + Submissions.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32)
                    + "@" + domain + ">";
            MimeMessage message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", id);
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject(original.subject()), "UTF-8");
            if (original.messageId() != null) {
                message.setHeader("In-Reply-To", original.messageId());
                List<String> references = new ArrayList<>(original.references());
                references.add(original.messageId());
                message.setHeader("References", String.join(" ", references));
            }
            message.setHeader("Auto-Submitted", "auto-replied");
            message.setContent(content(reply));
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("could not write the reply to " + to, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Re: March return", never "Re: Re: March return". */
    static String subject(String original) {
        String subject = original == null ? "" : original.strip();
        return subject.toLowerCase(Locale.ROOT).startsWith("re:") ? subject : "Re: " + subject;
    }

    private static MimeMultipart content(Reply reply) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(reply.text(), "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(reply.html(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (reply.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart words = new MimeBodyPart();
        words.setContent(alternative);
        mixed.addBodyPart(words);
        for (Attachment attachment : reply.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), XLSX)));
            file.setFileName(attachment.fileName());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }
}
