package org.ragbook.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What a mail client shows of a message that arrived: its text in one form, and its attached files. */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    public record Attached(String name, byte[] content) {
    }

    public static String text(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && part.getFileName() == null) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static List<Attached> attachments(Part part) throws MessagingException, IOException {
        List<Attached> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(attachments(multipart.getBodyPart(i)));
            }
        } else if (part.getFileName() != null) {
            try (InputStream in = part.getInputStream()) {
                found.add(new Attached(part.getFileName(), in.readAllBytes()));
            }
        }
        return found;
    }
}
