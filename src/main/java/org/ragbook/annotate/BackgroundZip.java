package org.ragbook.annotate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip deflated on a second thread, so that the caller builds the next chunk of XML while the last
 * is compressed: deflating is half the work of a streamed workbook. Entries and chunks are written
 * in the order they are given; a bounded number of chunks wait, so memory stays small.
 */
final class BackgroundZip implements Closeable {

    private static final int CHUNKS_WAITING = 16;

    private interface ZipWork {
        void run() throws IOException;
    }

    private final ZipOutputStream zip;
    private final ExecutorService deflater = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "ragbook-deflate");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore room = new Semaphore(CHUNKS_WAITING);
    private volatile IOException failure;

    BackgroundZip(OutputStream out, int level) {
        zip = new ZipOutputStream(out);
        zip.setLevel(level);
    }

    void putNextEntry(String name) throws IOException {
        submit(() -> zip.putNextEntry(new ZipEntry(name)));
    }

    void closeEntry() throws IOException {
        submit(zip::closeEntry);
    }

    /** The current entry as a stream; each write is copied, since the caller reuses its buffer. */
    OutputStream entry() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                submit(() -> zip.write(b));
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                byte[] copy = Arrays.copyOfRange(bytes, offset, offset + length);
                submit(() -> zip.write(copy));
            }
        };
    }

    /** Waits for every chunk to be written, then closes the zip. */
    @Override
    public void close() throws IOException {
        deflater.shutdown();
        try {
            if (!deflater.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("deflating the workbook did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deflating the workbook", e);
        }
        zip.close();
        if (failure != null) {
            throw failure;
        }
    }

    private void submit(ZipWork work) throws IOException {
        if (failure != null) {
            throw failure;
        }
        room.acquireUninterruptibly();
        deflater.execute(() -> {
            try {
                if (failure == null) {
                    work.run();
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }
}
