package cn.minsheng.recon.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a parser can see of a workbook's grids — sheets, every cell as stored, every cell's region — or why
 * the workbook cannot be read, as one text: two readers agree on a workbook when their texts are equal.
 */
final class GridOutcome {

    /** A read of one workbook by one reader. */
    interface Read {
        List<SheetGrid> read() throws UnreadableWorkbookException;
    }

    private GridOutcome() {
    }

    /**
     * The safe reader reads {@code file} as POI's usermodel does, or refuses it where POI does: it may say sooner
     * and better why (what the file really is), so only both must refuse it.
     */
    static void assertReadAlike(Path file, PoiSheetReader poi, WorkbookReader safe) {
        String expected = of(() -> poi.read(file));
        String actual = of(() -> safe.read(file));
        if (expected.startsWith("不可读：")) {
            assertThat(actual).as(file.getFileName().toString()).startsWith("不可读：");
        } else {
            assertThat(actual).as(file.getFileName().toString()).isEqualTo(expected);
        }
    }

    /** The files of {@code folder} whose name ends with {@code extension} (any case), by name. */
    static List<Path> filesIn(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                    .endsWith(extension)).sorted().toList());
        }
    }

    static String of(Read read) {
        List<SheetGrid> grids;
        try {
            grids = read.read();
        } catch (UnreadableWorkbookException e) {
            return "不可读：" + e.getMessage();
        }
        StringBuilder out = new StringBuilder();
        for (SheetGrid grid : grids) {
            out.append("== ").append(grid.file()).append(" / ").append(grid.sheet()).append(' ')
                    .append(grid.rowCount()).append('×').append(grid.width()).append('\n');
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c <= grid.width(); c++) {
                    SheetCell cell = grid.raw(r, c);
                    Optional<MergedRegion> region = grid.region(r, c);
                    if (!cell.isBlank() || region.isPresent()) {
                        out.append(r).append(',').append(c).append(' ').append(cell)
                                .append(region.map(m -> " in " + m).orElse("")).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
