package org.ragbook.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Builds XML as UTF-8 bytes in a buffer and hands it to a stream in large chunks. The streaming
 * writer appends tens of millions of small pieces, which a locking Writer, or text built as a
 * String and encoded afterwards, would make several times slower.
 */
final class XmlOut {

    private static final int CHUNK = 1 << 16;
    /** The longest a character becomes: an escape such as {@code _x005F_}. */
    private static final int MAX_BYTES_PER_CHAR = 7;

    private final OutputStream out;
    private byte[] buffer = new byte[CHUNK * 2];
    private int length;

    XmlOut(OutputStream out) {
        this.out = out;
    }

    /** Markup the writer itself made: ASCII, written as it is. */
    XmlOut raw(String markup) {
        int n = markup.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buffer[length++] = (byte) markup.charAt(i);
        }
        return this;
    }

    /** The first {@code count} bytes of ASCII markup prepared beforehand. */
    XmlOut raw(byte[] ascii, int count) {
        ensure(count);
        System.arraycopy(ascii, 0, buffer, length, count);
        length += count;
        return this;
    }

    XmlOut raw(char ascii) {
        ensure(1);
        buffer[length++] = (byte) ascii;
        return this;
    }

    XmlOut raw(int n) {
        if (n < 0) {
            return raw(Integer.toString(n));
        }
        ensure(10);
        int digits = 1;
        for (int rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length += digits;
        return this;
    }

    /** Text from outside, escaped (see {@link XmlText}) and encoded as UTF-8. */
    XmlOut text(String text) {
        int n = text.length();
        ensure(n * MAX_BYTES_PER_CHAR);
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0x80 && XmlText.isSafeAscii(ch)) {
                buffer[length++] = (byte) ch;
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint(Character.toCodePoint(ch, text.charAt(++i)));
            } else {
                String escape = XmlText.escapeOf(text, i);
                if (escape != null) {
                    raw(escape);
                } else {
                    codePoint(ch);
                }
            }
        }
        return this;
    }

    /** A number as an xsd:double, whole numbers without a decimal point. */
    XmlOut number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE) {
            return raw((int) v);
        }
        return raw(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
    }

    /** Passes the buffer on once it is large; call between complete pieces, such as rows. */
    void flushIfFull() throws IOException {
        if (length >= CHUNK) {
            flush();
        }
    }

    void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    private void codePoint(int cp) {
        if (cp < 0x80) {
            buffer[length++] = (byte) cp;
        } else if (cp < 0x800) {
            buffer[length++] = (byte) (0xC0 | cp >> 6);
            buffer[length++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            buffer[length++] = (byte) (0xE0 | cp >> 12);
            buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | cp & 0x3F);
        } else {
            buffer[length++] = (byte) (0xF0 | cp >> 18);
            buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | cp & 0x3F);
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
