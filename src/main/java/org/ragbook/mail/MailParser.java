package org.ragbook.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads a raw message into an {@link IncomingMail}, applying the attachment limits as it goes: an
 * attachment over the size limit is not read past it, so a hostile message cannot fill the heap.
 * Nothing of the message's HTML is ever kept, let alone rendered.
 */
public final class MailParser {

    /** Nested multiparts deeper than this are not followed: real mail nests three or four deep. */
    private static final int MAX_DEPTH = 10;
    private static final Session SESSION = Session.getInstance(new Properties());

    private final int maxReturns;
    private final long maxBytes;

    public MailParser(int maxReturns, long maxBytes) {
        this.maxReturns = maxReturns;
        this.maxBytes = maxBytes;
    }

    public ParsedMail parse(byte[] raw) {
        MimeMessage message;
        String sender = null;
        String subject = null;
        String messageId = null;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            sender = sender(message);
            subject = message.getSubject();
            messageId = message.getMessageID();
            List<Attachment> returns = new ArrayList<>();
            List<NotRead> notRead = new ArrayList<>();
            walk(message, 0, returns, notRead);
            return new ParsedMail.Readable(new IncomingMail(messageId, sender, subject == null ? "" : subject,
                    references(message), automatic(message, sender), List.copyOf(returns), List.copyOf(notRead)));
        } catch (MessagingException | IOException | RuntimeException e) {
            // Angus throws unchecked exceptions on some broken structures (a boundary that never closes);
            // whatever the cause, the message is failed with its reason and the poller goes on.
            return new ParsedMail.Malformed(sender, subject, messageId, "the message's MIME structure cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private void walk(Part part, int depth, List<Attachment> returns, List<NotRead> notRead)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            if (depth >= MAX_DEPTH) {
                notRead.add(new NotRead("(nested parts)", "nested more than " + MAX_DEPTH + " deep"));
                return;
            }
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, depth + 1, returns, notRead);
            }
            return;
        }
        String fileName = fileName(part);
        if (fileName == null) {
            return; // the message's own text, not an attachment
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            notRead.add(new NotRead(fileName, lower.endsWith(".xls") || lower.endsWith(".xlsm")
                    ? "only .xlsx and .csv returns are read: save it as an Excel Workbook (.xlsx)"
                    : "not a return: only .xlsx and .csv attachments are read"));
        } else if (returns.size() >= maxReturns) {
            notRead.add(new NotRead(fileName, "a message may carry at most " + maxReturns + " returns"));
        } else {
            byte[] content = bounded(part.getInputStream());
            if (content == null) {
                notRead.add(new NotRead(fileName, "larger than the " + (maxBytes / (1024 * 1024)) + " MB limit"));
            } else {
                returns.add(new Attachment(fileName, content));
            }
        }
    }

    /** The content, or null when it is over the limit; never more than the limit and one byte is read. */
    private byte[] bounded(InputStream in) throws IOException {
        try (in) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return content.length > maxBytes ? null : content;
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            // an unknown charset: the name as written is still a name
        }
        // The name is only ever a label in a reply and the store; no path of the sender's is kept.
        String base = name.replaceAll(".*[/\\\\]", "").strip();
        return base.isEmpty() ? "attachment" : base;
    }

    private static String sender(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null) {
            return null;
        }
        return address.getAddress().trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> references(MimeMessage message) throws MessagingException {
        String references = message.getHeader("References", " ");
        return references == null ? List.of()
                : Arrays.stream(references.trim().split("\\s+")).filter(r -> !r.isEmpty()).toList();
    }

    /** RFC 3834's Auto-Submitted, the older Precedence, and the addresses bounces come from. */
    private static boolean automatic(MimeMessage message, String sender) throws MessagingException {
        String autoSubmitted = message.getHeader("Auto-Submitted", null);
        String precedence = message.getHeader("Precedence", null);
        return (autoSubmitted != null && !autoSubmitted.trim().equalsIgnoreCase("no"))
                || (precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list"))
                || (sender != null && sender.matches("(mailer-daemon|postmaster|no-?reply)@.*"));
    }
}
