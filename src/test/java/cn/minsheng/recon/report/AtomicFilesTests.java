package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written whole or not at all, and never over a file someone has open. */
class AtomicFilesTests {

    @TempDir
    Path folder;

    @Test
    void replacesTheTargetWholeAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("findings.csv");
        Files.writeString(target, "old");

        Path written = AtomicFiles.writeBesideLocked(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(written).isEqualTo(target);
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names()).containsExactly("findings.csv");
    }

    @Test
    void theOutputGetsTheFoldersUsualPermissionsNotOwnerOnlyOnes() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        Path written = AtomicFiles.writeBesideLocked(folder.resolve("findings.csv"), out -> out.write('x'));

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("reconciliation-2026-03.xlsx");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.writeBesideLocked(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names()).containsExactly("reconciliation-2026-03.xlsx");
    }

    @Test
    void aWorkbookOpenInExcelOrWpsOrLibreOfficeIsLeftAlone() throws IOException {
        // Excel/WPS replace the first two characters of a long name with ~$; LibreOffice writes .~lock.name#
        for (String owner : new String[] {"~$conciliation-2026-03.xlsx", "~$reconciliation-2026-03.xlsx",
            ".~lock.reconciliation-2026-03.xlsx#"}) {
            Path target = folder.resolve("reconciliation-2026-03.xlsx");
            Files.writeString(target, "open");
            Files.writeString(folder.resolve(owner), "");

            Path written = AtomicFiles.writeBesideLocked(target, out -> out.write('x'));

            assertThat(written.getFileName().toString()).as(owner).isEqualTo("reconciliation-2026-03-2.xlsx");
            assertThat(Files.readString(target)).isEqualTo("open");
            Files.delete(folder.resolve(owner));
        }
    }

    @Test
    void aTargetThatCannotBeReplacedIsWrittenBesideAndSoIsTheNextOne() throws IOException {
        // a name the system refuses to replace, as Windows refuses a file in use: here, a non-empty folder
        Path target = folder.resolve("市卫健局.xlsx");
        Files.createDirectories(target.resolve("busy"));
        Files.createDirectories(folder.resolve("市卫健局-2.xlsx").resolve("busy"));

        Path written = AtomicFiles.writeBesideLocked(target, out -> out.write('x'));

        assertThat(written.getFileName().toString()).isEqualTo("市卫健局-3.xlsx");
        assertThat(names()).noneMatch(name -> name.endsWith(".tmp"));
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
