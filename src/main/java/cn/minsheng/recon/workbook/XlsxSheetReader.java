package cn.minsheng.recon.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads every sheet of an .xlsx into the same {@link SheetGrid}s as POI's usermodel, in one streaming StAX
 * pass over each part it needs (the workbook and its relationships, the styles, the shared strings, each sheet)
 * instead of building POI's object model: close to the cost of inflating and parsing the XML at all, and no heap per
 * cell beyond the grid itself.
 *
 * <p>The parts come from an {@link XlsxPackage}, which holds every inflated byte to the limits; the cells are held to
 * the cell budget as they are read, and the shared strings, kept on the heap, to a size.
 *
 * <p>Where it keeps less than POI sees: a cell without a style of its own takes the workbook's default style (POI
 * would look at the column's style first); a shared formula is rebuilt by moving its references as text, not by
 * POI's formula parser.
 */
final class XlsxSheetReader {

    private final long maxCells;
    private final long maxSharedStringsBytes;

    /**
     * @param maxCells              the most grid slots per workbook, as the reading through POI's usermodel counts them
     * @param maxSharedStringsBytes the most the shared strings part may inflate to
     */
    XlsxSheetReader(long maxCells, long maxSharedStringsBytes) {
        this.maxCells = maxCells;
        this.maxSharedStringsBytes = maxSharedStringsBytes;
    }

    List<SheetGrid> read(String file, XlsxPackage pkg) throws UnreadableWorkbookException {
        try {
            WorkbookXml secure = new WorkbookXml();
            XlsxParts parts = XlsxParts.of(pkg, secure);
            Optional<String> sharedStrings = parts.sharedStrings().filter(pkg::has);
            if (sharedStrings.isPresent() && pkg.declaredSize(sharedStrings.get()) > maxSharedStringsBytes) {
                // the package makes sure no part inflates beyond the size its directory declares
                throw new UnreadableWorkbookException("共享字符串表解压后 "
                        + WorkbookReader.megabytes(pkg.declaredSize(sharedStrings.get())) + " MB，超过上限 "
                        + WorkbookReader.megabytes(maxSharedStringsBytes) + " MB", null);
            }
            CellFormats formats = CellFormats.none();
            Optional<String> styles = parts.styles().filter(pkg::has);
            if (styles.isPresent()) {
                try (InputStream in = pkg.open(styles.get())) {
                    formats = CellFormats.read(in, secure);
                }
            }
            SharedStrings strings = SharedStrings.none();
            if (sharedStrings.isPresent()) {
                try (InputStream in = pkg.open(sharedStrings.get())) {
                    strings = SharedStrings.read(in, secure);
                }
            }
            GridBudget budget = new GridBudget(maxCells);
            List<SheetGrid> grids = new ArrayList<>();
            for (XlsxParts.Sheet sheet : parts.sheets()) {
                if (!pkg.has(sheet.part())) {
                    continue; // POI skips a sheet whose part is missing
                }
                try (InputStream in = pkg.open(sheet.part())) {
                    XMLStreamReader xml = secure.root(in);
                    grids.add(new XlsxWorksheet(strings, formats, budget).read(file, sheet.name(), sheet.hidden(), xml));
                    xml.close();
                }
            }
            return grids;
        } catch (XlsxPackage.Refused e) {
            throw e.reason;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof XlsxPackage.Refused refused) {
                    throw refused.reason; // a parser that wrapped what the package said
                }
            }
            throw new UnreadableWorkbookException("不是可读取的 Excel 文件（" + e.getClass().getSimpleName() + "）", e);
        }
    }
}
