package org.ragbook.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * What an upload's bytes say it is, whatever its name claims. Deciding this before POI sees the
 * file lets every refusal name the real problem instead of POI's.
 */
enum FileKind {
    EMPTY,
    /** A zip archive whose end-of-central-directory record is present, so it was not cut short. */
    ZIP,
    /** Starts like a zip archive but its end is missing: truncated in transfer or saved incompletely. */
    TRUNCATED_ZIP,
    /** An OLE2 compound file: an Excel 97-2003 workbook, or an encrypted .xlsx. */
    OLE2,
    TEXT,
    BINARY;

    private static final int HEAD_BYTES = 8192;
    /** The end record is 22 bytes plus a comment of up to 65,535 bytes. */
    private static final int ZIP_END_SEARCH_BYTES = 22 + 65_535;
    private static final byte[] ZIP_LOCAL_HEADER = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] ZIP_EMPTY_ARCHIVE = {0x50, 0x4B, 0x05, 0x06};
    private static final byte[] OLE2_HEADER =
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    static FileKind sniff(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0) {
                return EMPTY;
            }
            byte[] head = readAt(channel, 0, (int) Math.min(size, HEAD_BYTES));
            if (startsWith(head, ZIP_LOCAL_HEADER) || startsWith(head, ZIP_EMPTY_ARCHIVE)) {
                int tail = (int) Math.min(size, ZIP_END_SEARCH_BYTES);
                return hasZipEnd(readAt(channel, size - tail, tail)) ? ZIP : TRUNCATED_ZIP;
            }
            if (startsWith(head, OLE2_HEADER)) {
                return OLE2;
            }
            return looksLikeText(head) ? TEXT : BINARY;
        }
    }

    private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        // a channel may return fewer bytes than asked for, so read until full or at the end
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.array();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasZipEnd(byte[] tail) {
        for (int i = tail.length - ZIP_EMPTY_ARCHIVE.length; i >= 0; i--) {
            if (tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text in UTF-8 or Windows-1252 never holds control bytes other than tab, line breaks and form
     * feed; binary formats almost always do within their first few kilobytes.
     */
    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
