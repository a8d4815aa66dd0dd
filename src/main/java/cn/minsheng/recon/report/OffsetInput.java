package cn.minsheng.recon.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An input stream read forward by byte offset: up to an offset its bytes are passed on unchanged, let go, or taken.
 * What copies a worksheet's untouched rows as the bytes they were, by the offsets a parser found in an earlier pass.
 */
final class OffsetInput {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private long position;

    OffsetInput(InputStream in) {
        this.in = in;
    }

    /** Writes the bytes up to {@code offset} (not included) to {@code out}. */
    void passOn(long offset, OutputStream out) throws IOException {
        move(offset, out);
    }

    /** Lets the bytes up to {@code offset} (not included) go. */
    void letGo(long offset) throws IOException {
        move(offset, OutputStream.nullOutputStream());
    }

    /** The bytes up to {@code offset} (not included). */
    byte[] take(long offset) throws IOException {
        int count = Math.toIntExact(offset - position);
        byte[] taken = in.readNBytes(Math.max(count, 0));
        if (count < 0 || taken.length < count) {
            throw new IOException("工作表在字节位置 " + offset + " 之前结束，或该位置已读过");
        }
        position = offset;
        return taken;
    }

    private void move(long offset, OutputStream out) throws IOException {
        if (offset < position) {
            throw new IOException("字节位置 " + offset + " 已读过（当前 " + position + "）");
        }
        while (position < offset) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, offset - position));
            if (read < 0) {
                throw new IOException("工作表在字节位置 " + offset + " 之前结束");
            }
            out.write(buffer, 0, read);
            position += read;
        }
    }
}
