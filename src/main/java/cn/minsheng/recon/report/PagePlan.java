package cn.minsheng.recon.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How a sheet goes onto paper so that its text stays legible: the smallest paper and orientation on which the
 * sheet, shrunk to the page's width, still prints its smallest text at {@link #MIN_POINTS} or more; else A3
 * landscape at full size, its columns in blocks that each repeat the row labels.
 *
 * <p>A printer shrinks a fit-to-width sheet by the ratio of the printable width to the sheet's width, whatever
 * scale the file stores: that ratio, from the column widths, is what is checked. A column of {@code n} character
 * units is {@code n × 7} pixels of the default font at 96 dpi, {@link #POINTS_PER_UNIT} points.
 */
record PagePlan(short paper, boolean landscape, boolean fitToWidth, int scalePercent, List<Integer> columnBreaks) {

    /** The smallest printed text allowed on any sheet, in points. */
    static final double MIN_POINTS = 9;
    /** Printed points per character unit of column width. */
    static final double POINTS_PER_UNIT = 7 * 0.75;
    /** Left and right margins, in inches. */
    static final double SIDE_MARGIN = 0.5;

    /** The top and bottom margins together, in inches. */
    static final double TOP_BOTTOM_MARGINS = 1.2;
    static final double A4_LONG = 841.9;

    private static final double A4_SHORT = 595.3;
    private static final double A3_LONG = 1190.6;

    /** A sheet's paper, from its stored setup. */
    record Paper(short size, boolean landscape) {

        /** The printable width in points: the paper's width across, less the side margins. */
        double printableWidth() {
            double across = size == PrintSetup.A3_PAPERSIZE ? (landscape ? A3_LONG : A4_LONG)
                    : landscape ? A4_LONG : A4_SHORT;
            return across - 2 * SIDE_MARGIN * 72;
        }

        /** The printable height in points: the paper's length down, less the top and bottom margins. */
        double printableHeight() {
            double down = size == PrintSetup.A3_PAPERSIZE ? (landscape ? A4_LONG : A3_LONG)
                    : landscape ? A4_SHORT : A4_LONG;
            return down - TOP_BOTTOM_MARGINS * 72;
        }
    }

    private static final List<Paper> PAPERS = List.of(new Paper(PrintSetup.A4_PAPERSIZE, false),
            new Paper(PrintSetup.A4_PAPERSIZE, true), new Paper(PrintSetup.A3_PAPERSIZE, true));

    /**
     * The plan for a sheet whose columns are {@code widths} character units wide and whose smallest text is
     * {@code smallestPoints}: the first paper of A4 portrait, A4 landscape, A3 landscape on which it fits at a
     * legible scale ({@code portraitFirst} false starts at A4 landscape), else A3 landscape in blocks of columns
     * after the {@code labels} first columns, which every block repeats.
     */
    static PagePlan of(int[] widths, double smallestPoints, int labels, boolean portraitFirst) {
        double width = 0;
        for (int w : widths) {
            width += w * POINTS_PER_UNIT;
        }
        for (Paper paper : PAPERS) {
            if (!portraitFirst && !paper.landscape()) {
                continue;
            }
            int scale = scale(paper.printableWidth(), width);
            if (smallestPoints * scale / 100 >= MIN_POINTS) {
                return new PagePlan(paper.size(), paper.landscape(), true, scale, List.of());
            }
        }
        return blocks(widths, labels, new Paper(PrintSetup.A3_PAPERSIZE, true));
    }

    /** The percentage a printer shrinks a sheet {@code width} points wide to fit {@code printable}: at most 100. */
    static int scale(double printable, double width) {
        return width <= printable ? 100 : (int) Math.floor(100 * printable / width);
    }

    private static PagePlan blocks(int[] widths, int labels, Paper paper) {
        double labelWidth = 0;
        for (int c = 0; c < labels && c < widths.length; c++) {
            labelWidth += widths[c] * POINTS_PER_UNIT;
        }
        List<Integer> breaks = new ArrayList<>();
        double used = labelWidth;
        for (int c = labels; c < widths.length; c++) {
            double w = widths[c] * POINTS_PER_UNIT;
            if (used + w > paper.printableWidth() && used > labelWidth) {
                breaks.add(c - 1);
                used = labelWidth;
            }
            used += w;
        }
        return new PagePlan(paper.size(), paper.landscape(), false, 100, List.copyOf(breaks));
    }

    /** How many points of the sheet's rows a page holds, at the plan's scale. */
    double rowsPerPage() {
        return new Paper(paper, landscape).printableHeight() * 100 / scalePercent;
    }

    /** Applies the plan to the sheet: paper, orientation, margins, scale or fit, column breaks. */
    void apply(Sheet sheet) {
        sheet.setAutobreaks(fitToWidth);
        sheet.setFitToPage(fitToWidth);
        sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN);
        sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN);
        sheet.setMargin(Sheet.TopMargin, TOP_BOTTOM_MARGINS / 2);
        sheet.setMargin(Sheet.BottomMargin, TOP_BOTTOM_MARGINS / 2);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(paper);
        setup.setLandscape(landscape);
        if (fitToWidth) {
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
        } else {
            setup.setScale((short) scalePercent);
            columnBreaks.forEach(sheet::setColumnBreak);
        }
    }
}
