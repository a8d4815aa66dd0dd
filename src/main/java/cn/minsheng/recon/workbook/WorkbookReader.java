package cn.minsheng.recon.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * a zip package, its central directory ({@link XlsxPackage}), and then {@link XlsxSheetReader} reads its parts in
 * one pass, every inflated byte counted against the limits as it is parsed (a read that fails inflates the rest of
 * the package too, so that a bomb is named as such); for an OLE2 file (.xls), whether it is an encrypted package,
 * then {@link XlsSheetReader} over its records (read-only). Both build the grids POI's usermodel builds, under
 * the same cell budget. All but the first two
 * checks run on a worker thread bounded by the timeout.
 */
public final class WorkbookReader {

    static {
        // POI's own zip-bomb guard (ZipSecureFile) is a set of JVM-wide statics, so it cannot carry each reader's
        // limits; XlsxPackage does that for what is read here. Where POI itself opens a submission's package (the
        // feedback files open it again) its guard is the line: keep its ratio at 1:100 and cap an entry at 1 GB (POI
        // allows 4 GB), only ever tightening what someone else in this JVM may have set.
        if (ZipSecureFile.getMinInflateRatio() < 0.01) {
            ZipSecureFile.setMinInflateRatio(0.01);
        }
        if (ZipSecureFile.getMaxEntrySize() > (1L << 30)) {
            ZipSecureFile.setMaxEntrySize(1L << 30);
        }
    }

    /**
     * The threads files are read on, kept for the next file: starting a thread per file cost more than reading a
     * small .xls. A file that overruns the timeout keeps its thread busy until it gives up; the next file gets
     * another, and threads idle for a minute end. Daemons: a stuck read never holds the JVM open.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread worker = new Thread(task, "safe-workbook-reader");
        worker.setDaemon(true);
        return worker;
    });

    private final ReadLimits limits;
    private final XlsSheetReader xls;
    private final XlsxSheetReader xlsx;

    public WorkbookReader(ReadLimits limits) {
        this.limits = limits;
        this.xls = new XlsSheetReader(limits.maxCells());
        // shared strings stay on the heap: their part may inflate to no more than the largest file read at all
        this.xlsx = new XlsxSheetReader(limits.maxCells(), limits.maxFileBytes());
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
            return withinTimeout(() -> readXlsx(file));
        }
        if (startsWith(head, OLE2)) {
            return withinTimeout(() -> {
                checkOle2(file);
                return xls.read(file);
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

    private List<SheetGrid> readXlsx(Path file) throws UnreadableWorkbookException {
        try (XlsxPackage pkg = XlsxPackage.open(file, limits)) {
            try {
                return xlsx.read(file.getFileName().toString(), pkg);
            } catch (UnreadableWorkbookException e) {
                // the package's limits speak first, whatever part the read stopped at
                pkg.checkEveryEntry();
                throw e;
            }
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
        WORKERS.execute(task);
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

    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
