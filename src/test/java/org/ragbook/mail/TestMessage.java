package org.ragbook.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A message as a submitter's mail client would send it to the shared mailbox, written to raw MIME. */
public final class TestMessage {

    private final String from;
    private String subject = "March return";
    private String messageId;
    private String replyTo;
    private String cc;
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<String[]> headers = new ArrayList<>();

    private TestMessage(String from, String messageId) {
        this.from = from;
        this.messageId = messageId;
    }

    public static TestMessage from(String from, String messageId) {
        return new TestMessage(from, messageId);
    }

    public TestMessage subject(String text) {
        subject = text;
        return this;
    }

    public TestMessage replyTo(String address) {
        replyTo = address;
        return this;
    }

    public TestMessage cc(String address) {
        cc = address;
        return this;
    }

    /** A header as a mail system adds it, such as an out-of-office reply's Auto-Submitted. */
    public TestMessage header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    /** No Message-ID header at all, as some scripts and old gateways send. */
    public TestMessage withoutMessageId() {
        messageId = null;
        return this;
    }

    public TestMessage attach(Path file) {
        try {
            attachments.add(new Attachment(file.getFileName().toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestMessage attach(String name, byte[] content) {
        attachments.add(new Attachment(name, content));
        return this;
    }

    public byte[] raw() {
        try {
            String id = messageId;
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    if (id == null) {
                        removeHeader("Message-ID");
                    } else {
                        setHeader("Message-ID", id);
                    }
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(TestMailServer.MAILBOX));
            if (cc != null) {
                message.setRecipient(MimeMessage.RecipientType.CC, new InternetAddress(cc));
            }
            if (replyTo != null) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo)});
            }
            message.setSubject(subject);
            for (String[] header : headers) {
                message.setHeader(header[0], header[1]);
            }
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Please find this month's return attached.\n", "UTF-8");
            parts.addBodyPart(text);
            for (Attachment attachment : attachments) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        "application/octet-stream")));
                file.setFileName(attachment.fileName());
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(file);
            }
            message.setContent(parts);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
