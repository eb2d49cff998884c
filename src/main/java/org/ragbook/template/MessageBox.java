package org.ragbook.template;

/**
 * A message Excel shows for a checked cell: the input message when the cell is selected, or the
 * alert refusing an entry. Excel refuses to open a workbook whose messages are longer than its
 * dialog allows, so the limits are checked as each message is made.
 */
record MessageBox(String title, String text) {

    private static final int TITLE_LIMIT = 32;
    private static final int PROMPT_LIMIT = 255;
    private static final int ALERT_LIMIT = 225;

    static MessageBox prompt(String title, String text) {
        return checked(title, text, PROMPT_LIMIT);
    }

    static MessageBox alert(String title, String text) {
        return checked(title, text, ALERT_LIMIT);
    }

    private static MessageBox checked(String title, String text, int limit) {
        if (title.length() > TITLE_LIMIT || text.length() > limit) {
            throw new IllegalArgumentException("Excel allows a title of " + TITLE_LIMIT + " characters and a message"
                    + " of " + limit + ": '" + title + "': '" + text + "'");
        }
        return new MessageBox(title, text);
    }
}
