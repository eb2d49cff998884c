package org.ragbook.read;

/** Counts the rows of every sheet of one read as they arrive and passes the count on now and then. */
final class RowTally {

    private static final int REPORT_EVERY = 1_000;

    private final ReadProgress progress;
    private long rows;

    RowTally(ReadProgress progress) {
        this.progress = progress;
    }

    void row() {
        if (++rows % REPORT_EVERY == 0) {
            progress.rowsRead(rows);
        }
    }

    void finished() {
        progress.rowsRead(rows);
    }
}
