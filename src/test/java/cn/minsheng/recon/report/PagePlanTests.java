package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.testing.PrintedText;
import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The paper a sheet goes on: the smallest on which, fit to the page's width, its text prints at 9 points or more;
 * column blocks that repeat the row labels when no paper is wide enough.
 */
class PagePlanTests {

    @Test
    void aNarrowSheetPrintsOnA4PortraitAtFullSize() {
        PagePlan plan = PagePlan.of(columns(8, 10), 11, 1, true);

        assertThat(plan.paper()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(plan.landscape()).isFalse();
        assertThat(plan.fitToWidth()).isTrue();
        assertThat(plan.scalePercent()).isEqualTo(100);
    }

    @Test
    void eachWiderSheetTakesTheNextPaperWhileTheTextStaysAtNinePoints() {
        // 11-point text may shrink to 81 %: A4 portrait holds 523 / 0.82 = 638 points of columns (121 units)
        assertThat(PagePlan.of(columns(12, 10), 11, 1, true).landscape()).isFalse();
        PagePlan landscape = PagePlan.of(columns(13, 10), 11, 1, true);
        assertThat(landscape.paper()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(landscape.landscape()).isTrue();
        PagePlan a3 = PagePlan.of(columns(20, 10), 11, 1, true);
        assertThat(a3.paper()).isEqualTo(PrintSetup.A3_PAPERSIZE);
        assertThat(a3.fitToWidth()).isTrue();
        assertThat(11 * a3.scalePercent() / 100.0).isGreaterThanOrEqualTo(9);
    }

    @Test
    void aSheetTooWideForA3IsPrintedInColumnBlocksThatEachFitTheA3Page() {
        int[] widths = columns(40, 10);
        widths[0] = 30;
        PagePlan plan = PagePlan.of(widths, 11, 2, false);

        assertThat(plan.paper()).isEqualTo(PrintSetup.A3_PAPERSIZE);
        assertThat(plan.fitToWidth()).isFalse();
        assertThat(plan.scalePercent()).isEqualTo(100);
        assertThat(plan.columnBreaks()).isNotEmpty();
        double labels = (widths[0] + widths[1]) * PagePlan.POINTS_PER_UNIT;
        double printable = new PagePlan.Paper(PrintSetup.A3_PAPERSIZE, true).printableWidth();
        int start = 2;
        for (int end : plan.columnBreaks()) {
            double block = Arrays.stream(widths, start, end + 1).sum() * PagePlan.POINTS_PER_UNIT;
            assertThat(labels + block).isLessThanOrEqualTo(printable);
            start = end + 1;
        }
    }

    @Test
    void theScaleAPrinterAppliesToAFitToWidthSheetIsWorkedOutFromItsColumnsNotItsStoredScale() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("表");
            SheetWriter writer = new SheetWriter(sheet, new WorkbookStyles(workbook));
            writer.widths(columns(16, 10));
            Row row = writer.row(0);
            for (int c = 0; c < 16; c++) {
                writer.text(row, c, "数值", writer.styles().plain());
            }
            writer.print(0);
            sheet.getPrintSetup().setScale((short) 100);

            // 160 units are 840 points: A4 landscape's 770 hold them at 91 %, whatever the file's stored scale says
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(PrintedText.scale(sheet)).isEqualTo(0.91);
            assertThat(PrintedText.smallest(sheet)).isCloseTo(11 * 0.91, Offset.offset(1e-9));
        }
    }

    private static int[] columns(int count, int width) {
        int[] widths = new int[count];
        Arrays.fill(widths, width);
        return widths;
    }
}
