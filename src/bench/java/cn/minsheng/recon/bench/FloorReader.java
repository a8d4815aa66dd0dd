package cn.minsheng.recon.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * F, the floor: the least any reader must do to see every cell. For an .xlsx, inflate every worksheet and the shared
 * strings and pass them through StAX, counting {@code <c>} elements; for an .xls, a plain POIFS + HSSF event read
 * counting number and string records. Nothing is kept. Files are read side by side on {@code threads} threads, as
 * the job's ingest step reads them.
 */
final class FloorReader {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    }

    private FloorReader() {
    }

    /** Cells seen in {@code files}; an unreadable file counts none. */
    static long read(List<Path> files, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = files.stream().map(file -> pool.submit(() -> read(file))).toList();
            long cells = 0;
            for (Future<Long> count : counts) {
                cells += count.get();
            }
            return cells;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static long read(Path file) {
        try {
            return file.toString().endsWith(".xls") ? xls(file) : xlsx(file);
        } catch (ZipException | XMLStreamException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long xlsx(Path file) throws IOException, XMLStreamException {
        long cells = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith("xl/worksheets/sheet") || name.equals("xl/sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        XMLStreamReader xml = XML.createXMLStreamReader(in);
                        while (xml.hasNext()) {
                            if (xml.next() == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                                cells++;
                            }
                        }
                        xml.close();
                    }
                }
            }
        }
        return cells;
    }

    private static long xls(Path file) throws IOException {
        long[] cells = {0};
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords((Record record) -> {
                if (record instanceof NumberRecord || record instanceof LabelSSTRecord) {
                    cells[0]++;
                }
            });
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
        return cells[0];
    }
}
