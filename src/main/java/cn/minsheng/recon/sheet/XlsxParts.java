package cn.minsheng.recon.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where an .xlsx keeps what the streaming reader needs to know about: the shared strings part (found as
 * fastexcel-reader finds it, by content type) and each sheet's part by the relationship id the workbook gives it.
 * Read from a package {@link SafeWorkbookReader} has already scanned, so the parts are small and DOCTYPE-free;
 * the parser is still the secure one.
 *
 * @param sharedStrings the shared strings part's zip entry name, if any
 * @param sheets        a sheet's part (zip entry name) and relationship type, by relationship id
 */
record XlsxParts(Optional<String> sharedStrings, Map<String, Sheet> sheets) {

    /** A sheet part, and whether POI would read it (worksheets, chart sheets and dialog sheets). */
    record Sheet(String part, boolean read) {
    }

    private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    static XlsxParts of(ZipFile zip) throws IOException, XMLStreamException {
        String workbook = "xl/workbook.xml";
        String sharedStrings = null;
        XMLStreamReader xml = parser(zip, "[Content_Types].xml");
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Override")) {
                    String type = xml.getAttributeValue(null, "ContentType");
                    String part = entryName(xml.getAttributeValue(null, "PartName"));
                    if (MAIN.equals(type) || MACRO_MAIN.equals(type)) {
                        workbook = part;
                    } else if (SHARED_STRINGS.equals(type)) {
                        sharedStrings = part;
                    }
                }
            }
        } finally {
            xml.close();
        }
        return new XlsxParts(Optional.ofNullable(sharedStrings), sheets(zip, workbook));
    }

    private static Map<String, Sheet> sheets(ZipFile zip, String workbook) throws IOException, XMLStreamException {
        int slash = workbook.lastIndexOf('/');
        String folder = workbook.substring(0, slash + 1);
        String rels = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
        Map<String, Sheet> sheets = new HashMap<>();
        if (zip.getEntry(rels) == null) {
            return sheets;
        }
        XMLStreamReader xml = parser(zip, rels);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String type = String.valueOf(xml.getAttributeValue(null, "Type"));
                    String target = xml.getAttributeValue(null, "Target");
                    String id = xml.getAttributeValue(null, "Id");
                    if (id != null && target != null) {
                        boolean read = type.endsWith("/worksheet") || type.endsWith("/chartsheet")
                                || type.endsWith("/dialogsheet");
                        sheets.put(id, new Sheet(resolve(folder, target), read));
                    }
                }
            }
        } finally {
            xml.close();
        }
        return sheets;
    }

    /** A relationship's target, relative to the workbook's folder unless absolute, as a zip entry name. */
    private static String resolve(String folder, String target) {
        try {
            return entryName(URI.create("/" + folder).resolve(new URI(target)).getPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return entryName(target.startsWith("/") ? target : folder + target);
        }
    }

    private static String entryName(String partName) {
        return partName == null ? null : partName.startsWith("/") ? partName.substring(1) : partName;
    }

    private static XMLStreamReader parser(ZipFile zip, String name) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("missing part " + name);
        }
        InputStream in = zip.getInputStream(entry);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }
}
