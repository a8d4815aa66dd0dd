package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The chart of findings per department (总览) or per county (汇总): horizontal bars, one per severity, drawn from
 * the section's own cells (names in its first column, the counts per severity in three adjacent columns).
 */
final class FindingsChart {

    static final String TITLE = "各单位问题数";

    private static final byte[][] COLOURS = {{(byte) 0xE0, 0x50, 0x50}, {(byte) 0xF0, (byte) 0xC0, 0x30},
        {0x50, (byte) 0xA0, (byte) 0xD0}};

    /**
     * @param header the section's header row; its lines follow, down to {@code last}
     * @param counts the column of the first count (错误)
     * @param top    the row the chart starts at; it spans the section's width, a row per department and more
     */
    void draw(Sheet sheet, int header, int last, int counts, int top) {
        draw(sheet, TITLE, header, last, counts, top);
    }

    /**
     * As {@link #draw(Sheet, int, int, int, int)}, under the given title. The series carry the section's values as
     * well as their cells' references: a streamed sheet's rows are not in its XSSF sheet, which draws the chart.
     */
    void draw(Sheet sheet, String title, int header, int last, int counts, int top) {
        XSSFSheet xssf = sheet instanceof SXSSFSheet streamed
                ? streamed.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName())
                : (XSSFSheet) sheet;
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        int height = Math.max(2 * (last - header) + 6, 16);
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, counts + 4, top + height));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis departments = chart.createCategoryAxis(AxisPosition.LEFT);
        departments.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis numbers = chart.createValueAxis(AxisPosition.BOTTOM);
        numbers.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, departments, numbers);
        data.setBarDirection(BarDirection.BAR);
        // clustered: a stacked bar needs c:overlap, which poi-ooxml-lite's schemas do not carry
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        String[] labels = new String[last - header];
        for (int i = 0; i < labels.length; i++) {
            Cell cell = cell(sheet, header + 1 + i, 0);
            labels[i] = cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
        }
        XDDFDataSource<String> names = new Labels(labels, range(sheet, header, last, 0));
        Severity[] severities = Severity.values();
        for (int s = 0; s < severities.length; s++) {
            int col = counts + s;
            Double[] counted = new Double[last - header];
            for (int i = 0; i < counted.length; i++) {
                Cell cell = cell(sheet, header + 1 + i, col);
                counted[i] = cell != null && cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
            }
            XDDFNumericalDataSource<Double> values = new Counts(counted, range(sheet, header, last, col));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, values);
            series.setTitle(severities[s].label(), new CellReference(sheet.getSheetName(), header, col, true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[s])));
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    /**
     * The department (or county) names of the section: the values written, for the chart's cache, and the range of
     * cells that holds them, for its formula. A cell range as POI sees it, so that it does not copy the values into
     * an embedded workbook of its own (a workbook made for every chart).
     */
    private record Labels(String[] names, String range) implements XDDFCategoryDataSource {

        @Override
        public int getPointCount() {
            return names.length;
        }

        @Override
        public String getPointAt(int index) {
            return names[index];
        }

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public String getDataRangeReference() {
            return range;
        }

        @Override
        public String getFormatCode() {
            return null;
        }
    }

    /** The counts of one severity over the section, as {@link Labels}; null for a line without counts. */
    private static final class Counts implements XDDFNumericalDataSource<Double> {

        private final Double[] counts;
        private final String range;
        private String formatCode;

        Counts(Double[] counts, String range) {
            this.counts = counts;
            this.range = range;
        }

        @Override
        public int getPointCount() {
            return counts.length;
        }

        @Override
        public Double getPointAt(int index) {
            return counts[index];
        }

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public boolean isReference() {
            return true;
        }

        @Override
        public boolean isNumeric() {
            return true;
        }

        @Override
        public int getColIndex() {
            return 0;
        }

        @Override
        public String getDataRangeReference() {
            return range;
        }

        @Override
        public String getFormatCode() {
            return formatCode;
        }

        @Override
        public void setFormatCode(String formatCode) {
            this.formatCode = formatCode;
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row line = sheet.getRow(row);
        return line == null ? null : line.getCell(column);
    }

    /** The cells of a column's lines under the header, as a chart's formula names them. */
    private static String range(Sheet sheet, int header, int last, int column) {
        return new CellRangeAddress(header + 1, last, column, column).formatAsString(sheet.getSheetName(), true);
    }
}
