package org.ragbook.read;

/**
 * Told how many rows have been read so far, every thousand rows and once at the end, so that a
 * long read (a 100,000-row return takes seconds) can show its progress.
 */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = rows -> {
    };

    void rowsRead(long rows);
}
