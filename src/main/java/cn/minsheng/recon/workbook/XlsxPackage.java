package cn.minsheng.recon.workbook;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zip package of an .xlsx that anybody may have sent, opened once and held to the limits: its central directory
 * is checked when it is opened (costs nothing, and rejects a declared bomb before one byte is inflated), and every
 * part read from it is counted as it really inflates — the sizes in a zip's directory are only what its writer
 * claims. Only the parts a reader asks for are ever inflated.
 */
final class XlsxPackage implements Closeable {

    /** Entries of a real workbook: a few dozen, a few hundred with many images. */
    static final int MAX_ZIP_ENTRIES = 10_000;

    /** Small entries (styles, shared strings) compress far better than 100:1 without being bombs. */
    private static final long RATIO_GRACE_BYTES = 1L << 20;

    private final ZipFile zip;
    private final ReadLimits limits;
    /** By lower-case part name: OPC part names are case-insensitive. */
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Inflated inflated = new Inflated();

    private XlsxPackage(ZipFile zip, ReadLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens the package and checks its central directory, or says why it is no workbook to read. */
    static XlsxPackage open(Path file, ReadLimits limits) throws UnreadableWorkbookException {
        ZipFile zip;
        try {
            // entry names read as Latin-1 always decode: a zip tool that wrote GBK names must not look corrupt here
            zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw corrupt(e);
        }
        XlsxPackage opened = new XlsxPackage(zip, limits);
        try {
            opened.checkDirectory();
            return opened;
        } catch (UnreadableWorkbookException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void checkDirectory() throws UnreadableWorkbookException {
        if (zip.size() > MAX_ZIP_ENTRIES) {
            throw new UnreadableWorkbookException("压缩包内有 " + zip.size() + " 个文件，超过上限 " + MAX_ZIP_ENTRIES, null);
        }
        long declared = 0;
        boolean contentTypes = false;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            declared += Math.max(0, entry.getSize());
            if (declared > limits.maxUncompressedBytes()) {
                throw bomb();
            }
            if (entry.getSize() > RATIO_GRACE_BYTES
                    && entry.getSize() > limits.maxCompressionRatio() * Math.max(1, entry.getCompressedSize())) {
                throw ratioBomb(entry);
            }
            contentTypes |= entry.getName().equals("[Content_Types].xml");
            if (entry.getName().equalsIgnoreCase("xl/workbook.bin")) {
                throw new UnreadableWorkbookException("是 Excel 二进制工作簿（.xlsb），请另存为 .xlsx", null);
            }
            // names were read as Latin-1 to always decode; the workbook names its parts in UTF-8
            String name = new String(entry.getName().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            entries.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
            entries.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
        }
        if (!contentTypes) {
            throw new UnreadableWorkbookException("是普通的 ZIP 压缩包，不是 Excel 文件", null);
        }
    }

    boolean has(String part) {
        return entry(part).isPresent();
    }

    /** What the directory says the part inflates to; reading it never yields more. */
    long declaredSize(String part) {
        return entry(part).map(ZipEntry::getSize).orElse(0L);
    }

    /**
     * The part's bytes as they inflate; a limit hit or a corrupt stream while reading them throws {@link Refused}.
     */
    InputStream open(String part) throws IOException {
        Optional<ZipEntry> entry = entry(part);
        if (entry.isEmpty()) {
            throw new IOException("missing part " + part);
        }
        return inflated.of(entry.get());
    }

    /**
     * Inflates every entry afresh, counting only: a reader that gave up on a package says why only after this, so
     * a bomb or a lying directory is named as such even where the parts read so far did not show it.
     */
    void checkEveryEntry() throws UnreadableWorkbookException {
        Inflated all = new Inflated();
        try {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                try (InputStream in = all.of(e.nextElement())) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (Refused e) {
            throw e.reason;
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost
        }
    }

    private Optional<ZipEntry> entry(String part) {
        return Optional.ofNullable(entries.get(part.toLowerCase(Locale.ROOT)));
    }

    private static UnreadableWorkbookException corrupt(IOException e) {
        // ZipException "zip END header not found", EOFException "Unexpected end of ZLIB input stream", CRC …
        return new UnreadableWorkbookException("文件已损坏（压缩包不完整）", e);
    }

    private UnreadableWorkbookException bomb() {
        return new UnreadableWorkbookException(
                "解压后超过 " + WorkbookReader.megabytes(limits.maxUncompressedBytes()) + " MB，疑似压缩炸弹", null);
    }

    private UnreadableWorkbookException ratioBomb(ZipEntry entry) {
        return new UnreadableWorkbookException("压缩比超过 " + WorkbookReader.plain(limits.maxCompressionRatio()) + ":1（"
                + entry.getName() + "），疑似压缩炸弹", null);
    }

    /** The bytes of entries as they really inflate, held to the limits whatever the directory claims. */
    private final class Inflated {
        private long total;

        InputStream of(ZipEntry entry) throws IOException {
            return new FilterInputStream(zip.getInputStream(entry)) {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = inflate(() -> super.read());
                    if (b >= 0) {
                        counted(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = inflate(() -> super.read(buffer, offset, length));
                    if (n > 0) {
                        counted(n);
                    }
                    return n;
                }

                private void counted(int n) {
                    count += n;
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw new Refused(bomb());
                    }
                    if (entry.getSize() >= 0 && count > entry.getSize()) {
                        throw new Refused(new UnreadableWorkbookException(
                                "压缩包内文件的实际大小超过声明（" + entry.getName() + "），疑似压缩炸弹", null));
                    }
                    if (count > RATIO_GRACE_BYTES
                            && count > limits.maxCompressionRatio() * Math.max(1, entry.getCompressedSize())) {
                        throw new Refused(ratioBomb(entry));
                    }
                }
            };
        }
    }

    private interface Read {
        int read() throws IOException;
    }

    /** A corrupt stream is the package's fault, not the XML's: it reaches the reader as such through any parser. */
    private static int inflate(Read read) {
        try {
            return read.read();
        } catch (IOException e) {
            throw new Refused(corrupt(e));
        }
    }

    /**
     * Why the package is refused, found deep inside a stream or parser and carried out unchanged (StAX would wrap a
     * checked exception).
     */
    static final class Refused extends RuntimeException {
        final UnreadableWorkbookException reason;

        Refused(UnreadableWorkbookException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }
}
