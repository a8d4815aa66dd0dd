package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.testing.PrintedText;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The printed checks of a sheet we add to a feedback file, by {@link PrintedText}'s reckoning. */
final class A4Print {

    private A4Print() {
    }

    /**
     * The sheet prints on A4 with page numbers and {@code headerRow} (only it) repeated on every page; its columns fit
     * the paper's width, so nothing is shrunk, and no text prints under 9 pt.
     */
    static void assertLegible(Sheet sheet, int headerRow) {
        assertThat(sheet.getPrintSetup().getPaperSize()).as("paper").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getRepeatingRows()).as("repeated rows")
                .isEqualTo(new CellRangeAddress(headerRow, headerRow, -1, -1));
        assertThat(sheet.getFooter().getCenter()).as("footer").contains("&P", "&N");
        assertThat(PrintedText.scale(sheet)).as("printed scale").isEqualTo(1.0);
        assertThat(PrintedText.smallest(sheet)).as("smallest printed text, pt").isGreaterThanOrEqualTo(9);
    }
}
