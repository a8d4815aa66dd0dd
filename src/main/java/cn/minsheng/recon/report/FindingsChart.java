package cn.minsheng.recon.report;

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
 * A chart of problems per unit (首页) or per county (汇总): horizontal bars, one series per count column, drawn from
 * a table's own cells (names in one column, counts in the columns after it), the first line at the top, on an axis
 * of whole numbers.
 */
final class FindingsChart {

    private static final byte[][] COLOURS = {{(byte) 0xE0, 0x50, 0x50}, {(byte) 0xF0, (byte) 0xC0, 0x30},
        {0x50, (byte) 0xA0, (byte) 0xD0}};
    /** The most gridlines the value axis is divided into. */
    private static final int STEPS = 10;

    /**
     * Draws the chart over the cells {@code area} (columns and rows of its corners).
     *
     * @param header the table's header row, whose cells above the counts name the series; its lines follow, down
     *               to {@code last}
     * @param names  the column of the lines' names
     * @param counts the columns of the counts, a series each, in the order of {@link #COLOURS}
     */
    void draw(Sheet sheet, String title, int header, int last, int names, int[] counts, CellRangeAddress area) {
        XSSFSheet xssf = sheet instanceof SXSSFSheet streamed
                ? streamed.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName())
                : (XSSFSheet) sheet;
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, area.getFirstColumn(),
                area.getFirstRow(), area.getLastColumn() + 1, area.getLastRow() + 1));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (counts.length > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.LEFT);
        units.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis numbers = chart.createValueAxis(AxisPosition.BOTTOM);
        numbers.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, numbers);
        data.setBarDirection(BarDirection.BAR);
        // clustered: a stacked bar needs c:overlap, which poi-ooxml-lite's schemas do not carry
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        String[] labels = new String[last - header];
        for (int i = 0; i < labels.length; i++) {
            Cell cell = cell(sheet, header + 1 + i, names);
            labels[i] = cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
        }
        XDDFDataSource<String> categories = new Labels(labels, range(sheet, header, last, names));
        double most = 0;
        for (int s = 0; s < counts.length; s++) {
            Double[] counted = new Double[last - header];
            for (int i = 0; i < counted.length; i++) {
                Cell cell = cell(sheet, header + 1 + i, counts[s]);
                counted[i] = cell != null && cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
                most = Math.max(most, counted[i] == null ? 0 : counted[i]);
            }
            XDDFNumericalDataSource<Double> values = new Counts(counted, range(sheet, header, last, counts[s]));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
            series.setTitle(text(sheet, header, counts[s]), new CellReference(sheet.getSheetName(), header, counts[s],
                    true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[s % COLOURS.length])));
            series.setShapeProperties(shape);
        }
        wholeNumbers(numbers, most);
        chart.plot(data);
    }

    /** An axis from 0 in whole steps, at most {@link #STEPS} of them, to the first step at or above {@code most}. */
    static void wholeNumbers(XDDFValueAxis axis, double most) {
        long step = Math.max(1, (long) Math.ceil(most / STEPS));
        axis.setMinimum(0);
        axis.setMajorUnit(step);
        axis.setMaximum(Math.max(step, (long) Math.ceil(most / step) * step));
        axis.setNumberFormat("0");
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = cell(sheet, row, column);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
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
