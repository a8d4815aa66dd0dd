package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI's temporary files go to a folder of the process's own, and a launch deletes what processes that are gone
 * left (a run killed while writing a workbook), never what a running one or anything else keeps there.
 */
class PoiTempFolderTests {

    @TempDir
    Path base;

    @AfterEach
    void poiDefaults() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void deletesTheLeftoversOfProcessesThatAreGoneOnly() throws Exception {
        Path root = base.resolve(PoiTempFolder.NAME);
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path gone = Files.createDirectories(root.resolve(Long.toString(finished.pid())));
        Files.writeString(gone.resolve("poi-sxssf-sheet1.xml"), "<sheetData/>");
        Path running = Files.createDirectories(root.resolve(Long.toString(ProcessHandle.current().parent()
                .orElseThrow().pid())));
        Files.writeString(running.resolve("poi-sxssf-sheet2.xml"), "<sheetData/>");
        Path other = Files.createDirectories(root.resolve("notes"));

        Path mine = PoiTempFolder.install(base);
        File temporary = TempFile.createTempFile("poi-sxssf-sheet", ".xml");

        assertThat(gone).doesNotExist();
        assertThat(running.resolve("poi-sxssf-sheet2.xml")).exists();
        assertThat(other).exists();
        assertThat(mine).isEqualTo(root.resolve(Long.toString(ProcessHandle.current().pid())));
        assertThat(temporary.toPath().getParent()).isEqualTo(mine);
    }

    @Test
    void aBaseWithoutTheFolderIsFine() {
        assertThat(PoiTempFolder.install(base)).startsWithRaw(base.resolve(PoiTempFolder.NAME));
    }
}
