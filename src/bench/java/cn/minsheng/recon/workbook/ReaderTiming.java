package cn.minsheng.recon.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A throwaway measurement, not a test: times the POI and the streaming .xlsx readers (and the bare inflate + StAX
 * floor) on one large generated workbook, and samples the heap while each reads. Run from the project folder:
 * {@code java -cp target/classes:target/test-classes:<dependencies> cn.minsheng.recon.workbook.ReaderTiming [rows
 * [without-poi]]}; the 300 000 cells of the default size do not fit POI into a 256 MB heap.
 */
final class ReaderTiming {

    private static final int COLUMNS = 20;
    private static final int WARM_UPS = 5;
    private static final int ROUNDS = 7;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 15_000;
        Path file = Files.createTempFile("reader-timing", ".xlsx");
        write(file, rows);
        System.out.printf("%s: %d rows x %d columns = %d cells, %d KB%n", file, rows + 1, COLUMNS,
                (rows + 1L) * COLUMNS, Files.size(file) >> 10);

        ReadLimits limits = new ReadLimits(50L << 20, 500L << 20, 100, 10_000_000,
                ReadLimits.defaults().timeout());
        PoiSheetReader poi = new PoiSheetReader(limits.maxFileBytes(), limits.maxCells());
        WorkbookReader safe = new WorkbookReader(limits);
        XlsxSheetReader streaming = new XlsxSheetReader(limits.maxCells(), limits.maxFileBytes());

        List<Measure> measures = new ArrayList<>(List.of(
                new Measure("floor: inflate + StAX", () -> floor(file)),
                new Measure("PoiSheetReader", () -> poi.read(file)),
                new Measure("XlsxSheetReader alone", () -> {
                    try (XlsxPackage pkg = XlsxPackage.open(file, limits)) {
                        return streaming.read(file.getFileName().toString(), pkg);
                    }
                }),
                new Measure("WorkbookReader (one pass)", () -> safe.read(file))));
        if (args.length > 1 && args[1].equals("without-poi")) {
            measures.removeIf(m -> m.name.equals("PoiSheetReader"));
        }
        for (int round = 0; round < WARM_UPS; round++) {
            for (Measure m : measures) {
                m.run(); // warm-up
            }
        }
        for (Measure m : measures) {
            m.millis.clear();
            m.peaks.clear();
            m.retained.clear();
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Measure m : measures) {
                m.run();
            }
        }
        double floor = median(measures.get(0).millis);
        for (Measure m : measures) {
            System.out.printf("%-36s median %6.0f ms (%4.1f x floor), heap above baseline: peak %4d MB, "
                    + "result %4d MB%n", m.name, median(m.millis), median(m.millis) / floor, (long) median(m.peaks) >> 20,
                    (long) median(m.retained) >> 20);
        }
        Files.delete(file);
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static final class Measure {
        final String name;
        final Work work;
        final List<Double> millis = new ArrayList<>();
        final List<Double> peaks = new ArrayList<>();
        final List<Double> retained = new ArrayList<>();

        Measure(String name, Work work) {
            this.name = name;
            this.work = work;
        }

        void run() throws Exception {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            Object result = work.run();
            long elapsed = System.nanoTime() - start;
            sampler.interrupt();
            sampler.join();
            millis.add(elapsed / 1e6);
            peaks.add((double) (peak.get() - baseline));
            System.gc();
            retained.add((double) (memory.getHeapMemoryUsage().getUsed() - baseline));
            if (result == null) {
                throw new IllegalStateException(name);
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The least any reader must do: inflate every worksheet and shared strings part and walk its XML events. */
    private static Long floor(Path file) throws IOException, XMLStreamException {
        long events = 0;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().endsWith("sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        XMLStreamReader xml = factory.createXMLStreamReader(in);
                        while (xml.hasNext()) {
                            xml.next();
                            events++;
                        }
                        xml.close();
                    }
                }
            }
        }
        return events;
    }

    /** A long submission: a merged title, a header, then rows of a township name, a label and numbers. */
    private static void write(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "minsheng-recon", "1.0");
            Worksheet sheet = workbook.newWorksheet("报送");
            sheet.value(0, 0, "2026年3月民生实事报送表");
            sheet.range(0, 0, 0, COLUMNS - 1).merge();
            for (int r = 1; r <= rows; r++) {
                sheet.value(r, 0, "乡镇" + (r % 120) + "村" + (r % 37));
                sheet.value(r, 1, "指标" + (r % 60));
                for (int c = 2; c < COLUMNS; c++) {
                    sheet.value(r, c, BigDecimal.valueOf((long) r * c % 100_000, c % 3));
                }
            }
            workbook.finish();
        }
    }
}
