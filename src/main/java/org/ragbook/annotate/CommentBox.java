package org.ragbook.annotate;

/** The size of a comment's box, in cells, so that both writers show a comment the same way. */
final class CommentBox {

    static final int COLUMNS = 3;
    private static final int CHARACTERS_PER_LINE = 45;
    private static final int MIN_ROWS = 3;
    private static final int MAX_ROWS = 15;

    private CommentBox() {
    }

    /** Enough rows for the text's lines as they wrap in a box three columns wide. */
    static int rows(String text) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += 1 + line.length() / CHARACTERS_PER_LINE;
        }
        return Math.max(MIN_ROWS, Math.min(MAX_ROWS, lines + 1));
    }
}
