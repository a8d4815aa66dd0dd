package cn.minsheng.recon.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a workbook that anybody may have sent — a department's submission — so that no file can stop or hang the
 * run: every way it fails (empty, not a workbook at all, encrypted, corrupt, a zip bomb, an XXE or entity-expansion
 * payload, too many cells, too slow) becomes an {@link UnreadableWorkbookException} whose message says why in
 * Chinese (the FILE_UNREADABLE finding), within bounded time and memory.
 *
 * <p>Order of the checks: the file's size; its first bytes (what the file really is, whatever its name says); for
 * a zip package, its central directory and then its actually inflated bytes, before any library opens it, and
 * then {@link FastexcelSheetReader} streams its rows; for an OLE2 file (.xls), whether it is an encrypted package,
 * then {@link PoiSheetReader} (read-only). Both build grids under the same cell budget. All but the first two
 * checks run on a worker thread bounded by the timeout.
 */
public final class SafeWorkbookReader {

    /**
     * @param maxFileBytes         the largest file read at all
     * @param maxUncompressedBytes the most a zip package may inflate to, all entries together
     * @param maxCompressionRatio  the most an entry larger than 1 MB may inflate per compressed byte
     * @param maxCells             the most cells (grid slots: rows, cell positions, merged cells) read per workbook
     * @param timeout              the longest one file may take
     */
    public record Limits(long maxFileBytes, long maxUncompressedBytes, double maxCompressionRatio, long maxCells,
                         Duration timeout) {

        /**
         * Generous for a county's submissions (a few thousand cells), well inside a default heap: POI's usermodel
         * needs about 1 KB per cell, so one million cells is about 1 GB.
         */
        public static Limits defaults() {
            return new Limits(50L << 20, 500L << 20, 100, 1_000_000, Duration.ofSeconds(60));
        }
    }

    /** Entries of a real workbook: a few dozen, a few hundred with many images. */
    static final int MAX_ZIP_ENTRIES = 10_000;

    /** Small entries (styles, shared strings) compress far better than 100:1 without being bombs. */
    private static final long RATIO_GRACE_BYTES = 1L << 20;

    private static final String SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String STRICT_SPREADSHEET_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    static {
        // POI's own zip-bomb guard (ZipSecureFile) is a set of JVM-wide statics, so it cannot carry each reader's
        // limits; the scan below does that. What POI checks while it inflates is the second line, against a package
        // changed between the scan and the parse: keep its ratio at 1:100 and cap an entry at 1 GB (POI allows 4 GB),
        // only ever tightening what someone else in this JVM may have set.
        if (ZipSecureFile.getMinInflateRatio() < 0.01) {
            ZipSecureFile.setMinInflateRatio(0.01);
        }
        if (ZipSecureFile.getMaxEntrySize() > (1L << 30)) {
            ZipSecureFile.setMaxEntrySize(1L << 30);
        }
    }

    private final Limits limits;
    private final PoiSheetReader poi;
    private final FastexcelSheetReader streaming;

    public SafeWorkbookReader(Limits limits) {
        this.limits = limits;
        this.poi = new PoiSheetReader(limits.maxFileBytes(), limits.maxCells());
        // shared strings stay on the heap: their part may inflate to no more than the largest file read at all
        this.streaming = new FastexcelSheetReader(limits.maxCells(), limits.maxFileBytes());
    }

    /** Every sheet of the workbook, or why it cannot be read. */
    public List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        long size;
        byte[] head;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4096);
            }
        } catch (IOException e) {
            throw new UnreadableWorkbookException("文件无法打开（" + e.getClass().getSimpleName() + "）", e);
        }
        if (size == 0) {
            throw new UnreadableWorkbookException("文件为空", null);
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableWorkbookException("文件大小 " + megabytes(size) + " MB，超过上限 "
                    + megabytes(limits.maxFileBytes()) + " MB", null);
        }
        if (startsWith(head, ZIP)) {
            return withinTimeout(() -> streaming.read(file, scanZip(file)));
        }
        if (startsWith(head, OLE2)) {
            return withinTimeout(() -> {
                checkOle2(file);
                return poi.read(file);
            });
        }
        throw new UnreadableWorkbookException(whatItIs(head), null);
    }

    // ---- what the file is --------------------------------------------------------------------------------------

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a file that is neither zip nor OLE2 looks like: offices often save a web page or a CSV export under
     * an .xls name, and the clerk can fix that once told.
     */
    static String whatItIs(byte[] head) {
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        String text = utf16 ? new String(head, StandardCharsets.UTF_16) : new String(head, StandardCharsets.ISO_8859_1);
        String lower = text.toLowerCase(Locale.ROOT).replace("\u0000", "").strip();
        if (lower.startsWith("%pdf")) {
            return "实际是 PDF 文件，不是 Excel 文件";
        }
        if (lower.contains("<html") || lower.startsWith("<!doctype html") || lower.contains("<table")
                || lower.startsWith("mime-version:")) {
            return "实际是 HTML 网页，不是 Excel 文件";
        }
        if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return "实际是 Excel 2003 XML 表格，不是 .xlsx/.xls 文件，请另存为 .xlsx";
        }
        if (lower.startsWith("<?xml") || lower.startsWith("\u00ef\u00bb\u00bf<?xml")) {
            return "实际是 XML 文件，不是 Excel 文件";
        }
        if (utf16 || looksLikeText(head)) {
            return "实际是 CSV/文本文件，不是 Excel 文件";
        }
        return "不是 Excel 文件（无法识别的文件格式）";
    }

    /** No control bytes but tab, line breaks and form feed: UTF-8 or GBK text, which a CSV export is. */
    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if ((b & 0xFF) < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    // ---- zip packages (.xlsx) ----------------------------------------------------------------------------------

    /**
     * Checks a zip package before a library opens it: first the central directory (costs nothing, and rejects a
     * declared bomb before one byte is inflated), then every entry actually inflated and counted — the sizes in a
     * zip's directory are only what its writer claims. XML parts are run through a StAX parser with DTDs off, to
     * count the cells and to refuse a DOCTYPE, which no spreadsheet program writes and every XXE payload needs.
     *
     * @return the merged ranges ({@code <mergeCell ref>}) of each part that has any, by entry name: the streaming
     *         reader does not see them, and this pass parses every part anyway
     */
    private Map<String, List<String>> scanZip(Path file) throws UnreadableWorkbookException {
        // entry names read as Latin-1 always decode: a zip tool that wrote GBK names must not look corrupt here
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw new UnreadableWorkbookException(
                        "压缩包内有 " + zip.size() + " 个文件，超过上限 " + MAX_ZIP_ENTRIES, null);
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
            }
            if (!contentTypes) {
                throw new UnreadableWorkbookException("是普通的 ZIP 压缩包，不是 Excel 文件", null);
            }
            Inflated inflated = new Inflated();
            long cells = 0;
            Map<String, List<String>> merged = new HashMap<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = inflated.of(zip, entry)) {
                    String name = entry.getName().toLowerCase(Locale.ROOT);
                    if (name.endsWith(".xml") || name.endsWith(".rels")) {
                        List<String> ranges = new ArrayList<>();
                        cells += cells(in, limits.maxCells() - cells, ranges);
                        if (!ranges.isEmpty()) {
                            // names were read as Latin-1 to always decode; the workbook names its parts in UTF-8
                            merged.put(new String(entry.getName().getBytes(StandardCharsets.ISO_8859_1),
                                    StandardCharsets.UTF_8), ranges);
                        }
                    }
                    in.transferTo(OutputStreamNull.INSTANCE);
                }
            }
            return merged;
        } catch (LimitExceeded e) {
            throw e.reason;
        } catch (IOException e) {
            // ZipException "zip END header not found", EOFException "Unexpected end of ZLIB input stream", CRC …
            throw new UnreadableWorkbookException("文件已损坏（压缩包不完整）", e);
        }
    }

    private UnreadableWorkbookException bomb() {
        return new UnreadableWorkbookException(
                "解压后超过 " + megabytes(limits.maxUncompressedBytes()) + " MB，疑似压缩炸弹", null);
    }

    private UnreadableWorkbookException ratioBomb(ZipEntry entry) {
        return new UnreadableWorkbookException("压缩比超过 " + plain(limits.maxCompressionRatio()) + ":1（"
                + entry.getName() + "），疑似压缩炸弹", null);
    }

    /** The bytes of entries as they really inflate, held to the limits whatever the directory claims. */
    private final class Inflated {
        private long total;

        InputStream of(ZipFile zip, ZipEntry entry) throws IOException {
            return new FilterInputStream(zip.getInputStream(entry)) {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        counted(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        counted(n);
                    }
                    return n;
                }

                private void counted(int n) {
                    count += n;
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw new LimitExceeded(bomb());
                    }
                    if (entry.getSize() >= 0 && count > entry.getSize()) {
                        throw new LimitExceeded(new UnreadableWorkbookException(
                                "压缩包内文件的实际大小超过声明（" + entry.getName() + "），疑似压缩炸弹", null));
                    }
                    if (count > RATIO_GRACE_BYTES
                            && count > limits.maxCompressionRatio() * Math.max(1, entry.getCompressedSize())) {
                        throw new LimitExceeded(ratioBomb(entry));
                    }
                }
            };
        }
    }

    /**
     * The cells ({@code <c>} elements of SpreadsheetML) in one XML part, refusing a DOCTYPE and stopping beyond
     * {@code budget}; the {@code ref} of each {@code <mergeCell>} is added to {@code merged}. A part StAX finds
     * malformed is left for the reader to judge: only the limits are decided here.
     */
    private long cells(InputStream in, long budget, List<String> merged) {
        long count = 0;
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new LimitExceeded(new UnreadableWorkbookException(
                            "文件含有 XML 实体声明（DOCTYPE），疑似 XXE 或实体扩展攻击", null));
                }
                if (event == XMLStreamConstants.START_ELEMENT && (SPREADSHEET_NS.equals(xml.getNamespaceURI())
                        || STRICT_SPREADSHEET_NS.equals(xml.getNamespaceURI()))) {
                    if (xml.getLocalName().equals("c") && ++count > budget) {
                        throw new LimitExceeded(new UnreadableWorkbookException(
                                "单元格数超过上限 " + limits.maxCells(), null));
                    }
                    if (xml.getLocalName().equals("mergeCell")) {
                        merged.add(xml.getAttributeValue(null, "ref"));
                    }
                }
            }
        } catch (XMLStreamException e) {
            // an IOException of the inflating stream arrives wrapped: the caller's drain meets it again
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing held but the stream, which the caller closes
                }
            }
        }
        return count;
    }

    /**
     * DTDs and external entities off: this parser is only ever pointed at untrusted parts. A new factory each
     * time, since the JDK's reuses one reader and is not safe to share between threads.
     */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** A limit hit deep inside a stream or parser, carried out unchanged (StAX would wrap a checked exception). */
    private static final class LimitExceeded extends RuntimeException {
        final UnreadableWorkbookException reason;

        LimitExceeded(UnreadableWorkbookException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    /** Where drained bytes go. */
    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    // ---- OLE2 files (.xls, and encrypted .xlsx) ----------------------------------------------------------------

    /**
     * An OLE2 file is an .xls, or an .xlsx with an open password (an encrypted package is an OLE2 container with
     * {@code EncryptionInfo} and {@code EncryptedPackage} streams), or some other Office document.
     */
    private static void checkOle2(Path file) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnreadableWorkbookException("文件已加密（设置了打开密码）", null);
            }
            boolean workbook = root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("BOOK")
                    || root.hasEntry("Book");
            if (!workbook && root.hasEntry("WordDocument")) {
                throw new UnreadableWorkbookException("实际是 Word 文档，不是 Excel 文件", null);
            }
            if (!workbook) {
                throw new UnreadableWorkbookException("不是 Excel 文件（OLE2 文件中没有工作簿）", null);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException("文件已损坏（OLE2 结构错误，" + e.getClass().getSimpleName() + "）", e);
        }
    }

    // ---- time and memory ---------------------------------------------------------------------------------------

    /**
     * Runs the work on its own daemon thread and waits at most the timeout. POI never looks at interrupts, so a
     * parse that overruns is abandoned, not stopped: it ends when POI does (the checks before it bound how long
     * that can be), and being a daemon it never keeps the JVM alive.
     */
    private List<SheetGrid> withinTimeout(Callable<List<SheetGrid>> work) throws UnreadableWorkbookException {
        FutureTask<List<SheetGrid>> task = new FutureTask<>(() -> {
            try {
                return work.call();
            } catch (OutOfMemoryError e) {
                // by now the workbook's objects are unreachable again: the JVM can go on with the next file
                throw new UnreadableWorkbookException("内存不足，文件过大或结构异常", null);
            } catch (StackOverflowError e) {
                throw new UnreadableWorkbookException("文件结构异常（嵌套过深）", null);
            }
        });
        Thread worker = new Thread(task, "safe-workbook-reader");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new UnreadableWorkbookException("读取超时（超过 " + seconds(limits.timeout()) + " 秒）", null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableWorkbookException("读取被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableWorkbookException reason) {
                throw reason;
            }
            if (cause instanceof Error error) {
                throw error; // a broken installation (LinkageError …), not a broken file
            }
            throw new UnreadableWorkbookException("不是可读取的 Excel 文件（" + cause.getClass().getSimpleName() + "）",
                    cause);
        }
    }

    static String megabytes(long bytes) {
        return plain(bytes / (double) (1L << 20));
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
