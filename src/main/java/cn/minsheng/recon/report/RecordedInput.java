package cn.minsheng.recon.report;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An input stream that keeps the bytes it has handed out until told to pass them on unchanged or to let them go, by
 * their offset in the stream: what lets a parser find where a sheet's rows start and end while the rows nobody
 * touches are copied as bytes instead of being written again event by event. Holds what lies between the last offset
 * passed on and what the parser has read ahead, a row or a buffer's worth.
 */
final class RecordedInput extends FilterInputStream {

    private byte[] kept = new byte[1 << 16];
    private int length;
    private long start;

    RecordedInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            keep(new byte[] {(byte) next}, 0, 1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        if (read > 0) {
            keep(buffer, offset, read);
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        byte[] skipped = new byte[(int) Math.min(count, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The byte at {@code offset}, which must be kept still. */
    byte at(long offset) throws IOException {
        int index = index(offset);
        if (index == length) {
            throw new IOException("字节位置 " + offset + " 还没有读到");
        }
        return kept[index];
    }

    /**
     * Writes the kept bytes up to {@code offset} (not included) to {@code out} and lets them go; nothing when they
     * are gone already (an empty element's end is where its start was).
     */
    void passOn(long offset, OutputStream out) throws IOException {
        if (offset <= start) {
            return;
        }
        int count = index(offset);
        out.write(kept, 0, count);
        drop(count);
    }

    /** Lets the kept bytes up to {@code offset} (not included) go. */
    void letGo(long offset) throws IOException {
        drop(index(offset));
    }

    private int index(long offset) throws IOException {
        long index = offset - start;
        if (index < 0 || index > length) {
            throw new IOException("字节位置 " + offset + " 不在保留的范围内（" + start + "–" + (start + length) + "）");
        }
        return (int) index;
    }

    private void drop(int count) {
        System.arraycopy(kept, count, kept, 0, length - count);
        length -= count;
        start += count;
    }

    private void keep(byte[] buffer, int offset, int count) {
        if (length + count > kept.length) {
            byte[] larger = new byte[Math.max(kept.length * 2, length + count)];
            System.arraycopy(kept, 0, larger, 0, length);
            kept = larger;
        }
        System.arraycopy(buffer, offset, kept, length, count);
        length += count;
    }
}
