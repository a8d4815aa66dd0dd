package cn.minsheng.recon.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.layout.SubmissionGridFixture;
import org.junit.jupiter.api.Test;

class SheetGridTests {

    @Test
    void showsARegionsTopLeftValueInEveryCellItSpans() {
        SheetGrid grid = SubmissionGridFixture.sheet("表").row("乡镇", "指标", null).row("城关镇", 3, 4)
                .row(null, 5, 6).merge("A2:A3").merge("B1:C1").grid();

        assertThat(grid.text(2, 0)).isEqualTo("城关镇");
        assertThat(grid.raw(2, 0).isBlank()).isTrue();
        assertThat(grid.ref(2, 0).cell()).isEqualTo("A2");
        assertThat(grid.text(0, 2)).isEqualTo("指标");
        assertThat(grid.region(0, 2)).contains(new MergedRegion(0, 0, 1, 2));
        assertThat(grid.region(0, 0)).isEmpty();
        assertThat(grid.text(2, 1)).isEqualTo("5");
        assertThat(grid.ref(2, 1).cell()).isEqualTo("B3");
    }

    @Test
    void answersForCellsOutsideTheSheetWithoutARegion() {
        SheetGrid grid = SubmissionGridFixture.sheet("表").row("a", "b").merge("A1:B1").grid();

        assertThat(grid.region(-1, 0)).isEmpty();
        assertThat(grid.region(0, -1)).isEmpty();
        assertThat(grid.region(5, 0)).isEmpty();
        assertThat(grid.region(0, 7)).isEmpty();
        assertThat(grid.value(0, 1).text()).isEqualTo("a");
    }

    @Test
    void takesTheLastOfOverlappingRegions() {
        // invalid in Excel, yet written by some exporters: the region read last decides, as it always did
        SheetGrid grid = SubmissionGridFixture.sheet("表").row("a", "b", "c").merge("A1:B1").merge("B1:C1").grid();

        assertThat(grid.text(0, 1)).isEqualTo("b");
        assertThat(grid.text(0, 0)).isEqualTo("a");
        assertThat(grid.region(0, 1)).contains(new MergedRegion(0, 0, 1, 2));
    }
}
