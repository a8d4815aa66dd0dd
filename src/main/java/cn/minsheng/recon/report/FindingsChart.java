package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.reconcile.Severity;
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
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
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

    /** As {@link #draw(Sheet, int, int, int, int)}, under the given title. */
    void draw(Sheet sheet, String title, int header, int last, int counts, int top) {
        XSSFSheet xssf = (XSSFSheet) sheet;
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
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(xssf,
                new CellRangeAddress(header + 1, last, 0, 0));
        Severity[] severities = Severity.values();
        for (int s = 0; s < severities.length; s++) {
            int col = counts + s;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(xssf,
                    new CellRangeAddress(header + 1, last, col, col));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, values);
            series.setTitle(severities[s].label(), new CellReference(sheet.getSheetName(), header, col, true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[s])));
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }
}
