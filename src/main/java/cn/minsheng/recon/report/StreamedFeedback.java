package cn.minsheng.recon.report;

import cn.minsheng.recon.xml.SecureXml;
import cn.minsheng.recon.xml.UnsafeXmlException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The feedback copy of an {@code .xlsx} submission, written without holding its sheets in POI's usermodel, whose
 * object per cell makes a long village-level sheet cost seconds and hundreds of megabytes. POI opens a copy of the
 * package whose worksheets keep only the flagged cells ({@link FlaggedCellsSheet}, which notes where each sheet's
 * rows lie: {@link SheetLayout}); what marks the workbook colours and comments them, adds its sheets and writes; then
 * every part of POI's package is written out, each worksheet with the department's rows put back from the submission
 * by those offsets ({@link SheetDataMerge}). Parts are read through POI's {@link ZipSecureFile}, which refuses a zip
 * bomb as POI's own opening of the file would.
 */
final class StreamedFeedback {

    private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private StreamedFeedback() {
    }

    /**
     * Writes the marked copy of {@code submission} to {@code out}.
     *
     * @param flagged the addresses findings name, on any sheet
     * @param mark    what colours, comments and adds sheets, given the workbook of flagged cells
     */
    static void write(Path submission, Set<CellAddress> flagged, Consumer<Workbook> mark, OutputStream out)
            throws IOException {
        try (ZipSecureFile zip = new ZipSecureFile(submission.toFile())) {
            Set<String> worksheets = worksheets(zip);
            Map<String, SheetLayout> layouts = new HashMap<>();
            byte[] marked = marked(zip, worksheets, flagged, mark, layouts);
            merged(zip, layouts, marked, out);
        } catch (XMLStreamException | UnsafeXmlException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The zip entries of the package's worksheets, as its content types name them. */
    private static Set<String> worksheets(ZipSecureFile zip)
            throws IOException, XMLStreamException, UnsafeXmlException {
        ZipArchiveEntry types = zip.getEntry(CONTENT_TYPES);
        if (types == null) {
            throw new IOException("不是 .xlsx 文件：没有 " + CONTENT_TYPES);
        }
        Set<String> worksheets = new HashSet<>();
        try (InputStream in = zip.getInputStream(types)) {
            XMLStreamReader xml = new SecureXml().root(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Override")
                        && WORKSHEET.equals(xml.getAttributeValue(null, "ContentType"))) {
                    String part = xml.getAttributeValue(null, "PartName");
                    String entry = part.startsWith("/") ? part.substring(1) : part;
                    if (zip.getEntry(entry) == null) {
                        throw new IOException("工作表 " + part + " 不在文件中");
                    }
                    worksheets.add(entry);
                }
            }
            xml.close();
        }
        if (worksheets.isEmpty()) {
            throw new IOException("文件中没有工作表");
        }
        return worksheets;
    }

    /**
     * POI's package after marking: the submission's worksheets cut down to their flagged cells, marked, written; where
     * each worksheet's rows lie is put in {@code layouts}.
     */
    private static byte[] marked(ZipSecureFile zip, Set<String> worksheets, Set<CellAddress> flagged,
            Consumer<Workbook> mark, Map<String, SheetLayout> layouts)
            throws IOException, XMLStreamException, UnsafeXmlException {
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(cut)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (worksheets.contains(entry.getName())) {
                        XMLStreamReader xml = new SecureXml().root(in);
                        FlaggedCellsSheet.write(xml, flagged, XmlEvents.writer(out))
                                .ifPresent(layout -> layouts.put(entry.getName(), layout));
                        xml.close();
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(cut.toByteArray()))) {
            mark.accept(workbook);
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            workbook.write(written);
            return written.toByteArray();
        }
    }

    /** Every part of POI's package, each worksheet with the submission's rows put back. */
    private static void merged(ZipSecureFile zip, Map<String, SheetLayout> layouts, byte[] marked, OutputStream target)
            throws IOException, XMLStreamException, UnsafeXmlException {
        ZipOutputStream out = new ZipOutputStream(target);
        out.setLevel(Deflater.BEST_SPEED);
        try (ZipInputStream poi = new ZipInputStream(new ByteArrayInputStream(marked))) {
            for (ZipEntry entry = poi.getNextEntry(); entry != null; entry = poi.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                SheetLayout layout = layouts.get(entry.getName());
                if (layout != null) {
                    try (InputStream original = zip.getInputStream(zip.getEntry(entry.getName()))) {
                        SheetDataMerge.write(poi.readAllBytes(), original, layout, out);
                    }
                } else {
                    poi.transferTo(out);
                }
                out.closeEntry();
            }
        }
        out.finish();
    }
}
