package cn.minsheng.recon.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.minsheng.recon.testing.SmallWorkbook;
import cn.minsheng.recon.testing.SmallWorkbook.Formula;
import cn.minsheng.recon.testing.SmallWorkbook.Pct;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files, each built here with plain Java or POI: every one becomes an
 * {@link UnreadableWorkbookException} naming its reason, or — for the XML attacks that POI itself defuses — a
 * normal read without the payload, and always within a bound.
 */
class WorkbookReaderTests {

    /** Guards against a hang, not a performance claim. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path work;

    private final WorkbookReader reader = new WorkbookReader(ReadLimits.defaults());

    // ---- files that are fine --------------------------------------------------------------------------------

    @Test
    void readsASmallXlsx() throws Exception {
        List<SheetGrid> grids = reader.read(sample("ok.xlsx"));

        assertSample(grids);
    }

    @Test
    void readsASmallXls() throws Exception {
        List<SheetGrid> grids = reader.read(sample("ok.xls"));

        assertSample(grids);
    }

    @Test
    void readsTheCachedValueOfAnXlsFormula() throws Exception {
        SmallWorkbook workbook = new SmallWorkbook();
        workbook.sheet("表").row(2, 3, new Formula("A1+B1"));
        Path file = workbook.write(work.resolve("formula.xls"));

        assertThat(reader.read(file).get(0).raw(0, 2)).isEqualTo(SheetCell.number(new BigDecimal("5")));
    }

    @Test
    void marksAnXlsxFormulaWithoutCachedValue() throws Exception {
        Path file = withSheetXml("formula.xlsx", """
                <sheetData>
                <row r="1"><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c></row>
                <row r="2"><c r="A2"><f>SUM(A1:B1)</f></c><c r="B2"><f>A1*B1</f><v>6</v></c></row>
                </sheetData>""");

        SheetGrid grid = reader.read(file).get(0);

        assertThat(grid.raw(1, 0)).isEqualTo(new SheetCell(SheetCell.Kind.FORMULA_NO_VALUE, null, "SUM(A1:B1)"));
        assertThat(grid.raw(1, 1)).isEqualTo(SheetCell.number(new BigDecimal("6")));
    }

    // ---- not a workbook -------------------------------------------------------------------------------------

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path file = Files.write(work.resolve("空.xlsx"), new byte[0]);

        assertUnreadable(file, "文件为空");
    }

    @Test
    void rejectsAFileOverTheSizeLimit() throws Exception {
        Path file = sample("big.xlsx");
        WorkbookReader small = new WorkbookReader(new ReadLimits(1000, 1L << 20, 100, 1000,
                BOUND));

        assertThatThrownBy(() -> small.read(file)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("超过上限");
    }

    @Test
    void rejectsRandomBytes() throws Exception {
        byte[] bytes = new byte[10_000];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0x13; // never a zip or OLE2 signature by chance
        Path file = Files.write(work.resolve("random.xlsx"), bytes);

        assertUnreadable(file, "不是 Excel 文件");
    }

    @Test
    void saysAnHtmlPageNamedXlsIsAWebPage() throws Exception {
        Path file = Files.writeString(work.resolve("报表.xls"), """
                <html><head><meta charset="utf-8"></head>
                <body><table><tr><td>乡镇</td><td>目标</td></tr><tr><td>归义</td><td>12</td></tr></table></body></html>
                """);

        assertUnreadable(file, "实际是 HTML 网页，不是 Excel 文件");
    }

    @Test
    void saysACsvNamedXlsxIsText() throws Exception {
        Path file = Files.write(work.resolve("报表.xlsx"), "乡镇,目标\n归义,12\n三阳,8\n".getBytes("GBK"));

        assertUnreadable(file, "实际是 CSV/文本文件，不是 Excel 文件");
    }

    @Test
    void saysAPlainZipIsNoWorkbook() throws Exception {
        Path file = work.resolve("附件.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertUnreadable(file, "是普通的 ZIP 压缩包，不是 Excel 文件");
    }

    // ---- broken or locked -----------------------------------------------------------------------------------

    @Test
    void rejectsATruncatedXlsx() throws Exception {
        byte[] whole = Files.readAllBytes(sample("whole.xlsx"));
        Path file = Files.write(work.resolve("half.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertUnreadable(file, "文件已损坏（压缩包不完整）");
    }

    @Test
    void rejectsAnEncryptedXlsx() throws Exception {
        Path file = work.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("表").createRow(0).createCell(0).setCellValue("机密");
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                workbook.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertUnreadable(file, "文件已加密（设置了打开密码）");
    }

    @Test
    void rejectsAPasswordProtectedXls() throws Exception {
        SmallWorkbook workbook = new SmallWorkbook();
        workbook.sheet("表").row("机密");
        Path file = work.resolve("加密.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            workbook.write(file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertUnreadable(file, "文件已加密（设置了打开密码）");
    }

    // ---- over the limits ------------------------------------------------------------------------------------

    /** A real bomb: a 1 GB sheet part deflated to about a megabyte, refused from the zip directory alone. */
    @Test
    void rejectsAZipBombBeforeInflatingIt() throws Exception {
        Path file = work.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 1024; i++) {
                zip.write(spaces);
            }
        }
        assertThat(Files.size(file)).isLessThan(10L << 20);

        long start = System.nanoTime();
        assertUnreadable(file, "疑似压缩炸弹");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    /** Within the total, but 50 MB of spaces squeezed far past 100:1. */
    @Test
    void rejectsAnEntryOverTheCompressionRatio() throws Exception {
        Path file = work.resolve("ratio.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
        }

        assertUnreadable(file, "压缩比超过 100:1（xl/sharedStrings.xml），疑似压缩炸弹");
    }

    /**
     * The zip directory says the sheet part is 900 bytes; it inflates to 100 MB. Only counting the real bytes
     * catches it.
     */
    @Test
    void rejectsAnEntryThatInflatesBeyondItsDeclaredSize() throws Exception {
        Path file = work.resolve("lying.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        declareSize(file, "xl/worksheets/sheet1.xml", 900);

        assertTimeoutPreemptively(BOUND, () -> assertUnreadable(file, "疑似压缩炸弹"));
    }

    @Test
    void rejectsMoreCellsThanTheLimit() throws Exception {
        WorkbookReader small = new WorkbookReader(new ReadLimits(50L << 20, 500L << 20, 100,
                10, BOUND));
        Path xlsx = sample("cells.xlsx");
        Path xls = sample("cells.xls");

        assertThatThrownBy(() -> small.read(xlsx)).hasMessage("单元格数超过上限 10");
        assertThatThrownBy(() -> small.read(xls)).hasMessage("单元格数超过上限 10");
    }

    @Test
    void givesUpAfterTheTimeout() throws Exception {
        // large enough (200,000 cells) that no scheduling delay lets the read finish inside the millisecond
        Path file = work.resolve("slow.xlsx");
        try (Workbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("表");
            for (int r = 0; r < 10_000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 20; c++) {
                    row.createCell(c).setCellValue(r * c);
                }
            }
            write(workbook, file);
        }
        WorkbookReader hasty = new WorkbookReader(new ReadLimits(50L << 20, 500L << 20, 100,
                1_000_000, Duration.ofMillis(1)));

        assertThatThrownBy(() -> hasty.read(file)).hasMessage("读取超时（超过 0.001 秒）");
    }

    /** fastexcel-reader holds the shared strings on the heap: their part may not inflate beyond the file limit. */
    @Test
    void refusesSharedStringsLargerThanTheFileLimit() throws Exception {
        String strings = "<si><t>民生实事报送</t></si>".repeat(30_000);
        Path file = withPart("strings.xlsx", "xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="%s">%s</sst>""".formatted(MAIN_NS, strings));
        WorkbookReader small = new WorkbookReader(new ReadLimits(200L << 10, 500L << 20, 100,
                1_000_000, Duration.ofSeconds(60)));

        assertThat(Files.size(file)).isLessThan(200L << 10);
        assertThatThrownBy(() -> small.read(file)).hasMessage("共享字符串表解压后 1 MB，超过上限 0.2 MB");
    }

    /**
     * The dimension claims the whole grid and a region is merged over all of it; the one real row has cells at A1
     * and XFD1. The read is bounded by the cells present, not by what the sheet claims.
     */
    @Test
    void readsASheetThatClaimsTheWholeGrid() throws Exception {
        Path file = withSheetXml("grid.xlsx", """
                <dimension ref="A1:XFD1048576"/>
                <sheetData><row r="1" spans="1:16384"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row></sheetData>
                <mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>""");

        SheetGrid grid = assertTimeoutPreemptively(BOUND, () -> reader.read(file)).get(0);

        assertThat(grid.rowCount()).isEqualTo(1);
        assertThat(grid.width()).isEqualTo(16384);
        assertThat(grid.raw(0, 16383)).isEqualTo(SheetCell.number(new BigDecimal("2")));
        assertThat(grid.text(0, 9)).isEqualTo("1");
    }

    /** 500 rows that each reach XFD: 8 million grid slots from 1 000 cells, over the 1 million limit. */
    @Test
    void countsClaimedColumnsAgainstTheCellLimit() throws Exception {
        StringBuilder rows = new StringBuilder("<sheetData>");
        for (int r = 1; r <= 500; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c><c r=\"XFD")
                    .append(r).append("\"><v>2</v></c></row>");
        }
        Path file = withSheetXml("wide.xlsx", rows.append("</sheetData>").toString());

        assertTimeoutPreemptively(BOUND, () -> assertUnreadable(file, "单元格数超过上限 1000000"));
    }

    /** Columns past XFD and rows past 1048576, which POI takes from an .xlsx without complaint. */
    @Test
    void rejectsCellsBeyondTheGrid() throws Exception {
        Path column = withSheetXml("column.xlsx", """
                <dimension ref="A1:BDWGN1"/>
                <sheetData><row r="1"><c r="A1"><v>1</v></c><c r="BDWGN1"><v>2</v></c></row></sheetData>""");
        Path row = withSheetXml("row.xlsx", """
                <sheetData><row r="1"><c r="A1"><v>1</v></c></row>
                <row r="5000000"><c r="A5000000"><v>2</v></c></row></sheetData>""");

        assertTimeoutPreemptively(BOUND, () -> assertUnreadable(column, "单元格超出 Excel 的最大行列范围"));
        assertTimeoutPreemptively(BOUND, () -> assertUnreadable(row, "单元格超出 Excel 的最大行列范围"));
    }

    // ---- XML attacks ----------------------------------------------------------------------------------------

    private static final String XXE_SHARED_STRINGS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE sst [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <sst xmlns="%s" count="1" uniqueCount="1"><si><t>&e;</t></si></sst>""".formatted(MAIN_NS);

    @Test
    void refusesAnXxePayload() throws Exception {
        Path file = withPart("xxe.xlsx", "xl/sharedStrings.xml", XXE_SHARED_STRINGS);

        assertTimeoutPreemptively(BOUND, () -> assertUnreadable(file, "疑似 XXE 或实体扩展攻击"));
    }

    /** Without our scan, POI alone: it must refuse the DOCTYPE or read without /etc/passwd — never include it. */
    @Test
    void poiItselfNeverResolvesAnExternalEntity() throws Exception {
        Path file = withPart("xxe.xlsx", "xl/sharedStrings.xml", XXE_SHARED_STRINGS);

        Throwable thrown = catchThrowable(() -> assertTimeoutPreemptively(BOUND,
                () -> assertNoText(new WorkbookReader(ReadLimits.defaults()).read(file), "root:")));

        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(UnreadableWorkbookException.class));
    }

    private static final String BILLION_LAUGHS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE worksheet [
             <!ENTITY a "lollollollollollollollollollol">
             <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
             <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
             <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
             <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
             <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
             <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
             <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
             <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
            ]>
            <worksheet xmlns="%s"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row>
            </sheetData></worksheet>""".formatted(MAIN_NS);

    @Test
    void refusesAnEntityExpansion() throws Exception {
        Path file = withPart("laughs.xlsx", "xl/worksheets/sheet1.xml", BILLION_LAUGHS);

        assertTimeoutPreemptively(BOUND, () -> assertUnreadable(file, "疑似 XXE 或实体扩展攻击"));
    }

    @Test
    void poiItselfNeverExpandsTheEntities() throws Exception {
        Path file = withPart("laughs.xlsx", "xl/worksheets/sheet1.xml", BILLION_LAUGHS);

        Throwable thrown = catchThrowable(() -> assertTimeoutPreemptively(BOUND,
                () -> assertNoText(new WorkbookReader(ReadLimits.defaults()).read(file), "lollollol")));

        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(UnreadableWorkbookException.class));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void assertUnreadable(Path file, String reason) {
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining(reason);
    }

    private static void assertNoText(List<SheetGrid> grids, String text) {
        for (SheetGrid grid : grids) {
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c < grid.width(); c++) {
                    assertThat(grid.raw(r, c).text()).doesNotContain(text);
                }
            }
        }
    }

    /** A small table as departments send it: a merged title, townships, a count and a percent column. */
    private Path sample(String name) {
        SmallWorkbook workbook = new SmallWorkbook();
        workbook.sheet("报送")
                .row("2026年3月报送表").merge(0, 0, 0, 2)
                .row("乡镇", "目标", "完成率")
                .row("归义", 12, new Pct(0.9))
                .row("三阳", 8.5, new Pct(0.25));
        return workbook.write(work.resolve(name));
    }

    private static void assertSample(List<SheetGrid> grids) {
        assertThat(grids).hasSize(1);
        SheetGrid grid = grids.get(0);
        assertThat(grid.sheet()).isEqualTo("报送");
        assertThat(grid.text(0, 2)).isEqualTo("2026年3月报送表");
        assertThat(grid.text(2, 0)).isEqualTo("归义");
        assertThat(grid.raw(3, 1).number()).isEqualByComparingTo("8.5");
        assertThat(grid.raw(2, 2).number()).isEqualByComparingTo("90");
        assertThat(grid.raw(2, 2).percent()).as("a percent-formatted cell is known as one").isTrue();
        assertThat(grid.raw(3, 1).percent()).isFalse();
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** A POI-written xlsx whose first sheet's part is replaced by a worksheet with the given content. */
    private Path withSheetXml(String name, String content) throws IOException {
        return withPart(name, "xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="%s">%s</worksheet>""".formatted(MAIN_NS, content));
    }

    /** A POI-written xlsx (one sheet, one shared string) with one part rewritten. */
    private Path withPart(String name, String part, String xml) throws IOException {
        SmallWorkbook workbook = new SmallWorkbook();
        workbook.sheet("表").row("hello");
        Path base = workbook.write(work.resolve("base-" + name));
        Map<String, byte[]> replaced = Map.of(part, xml.strip().getBytes(StandardCharsets.UTF_8));
        Path file = work.resolve(name);
        try (ZipFile source = new ZipFile(base.toFile());
             ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Enumeration<? extends ZipEntry> e = source.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                target.putNextEntry(new ZipEntry(entry.getName()));
                if (replaced.containsKey(entry.getName())) {
                    target.write(replaced.get(entry.getName()));
                } else {
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(target);
                    }
                }
            }
        }
        return file;
    }

    /** Overwrites the uncompressed size the zip's central directory declares for one entry. */
    private static void declareSize(Path file, String entry, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(i + 24, size);
                found = true;
            }
        }
        assertThat(found).isTrue();
        Files.write(file, bytes);
    }
}
