package org.ragbook.mail;

/** An attachment left unread, and why: the reply lists these so nothing is silently ignored. */
public record NotRead(String fileName, String why) {
}
