package cn.minsheng.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.configuration.UnwritableOutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: a failure before the job starts is one Chinese line; a database another launch is opening is retried. */
class StartupFailureTests {

    @TempDir
    Path temp;

    @Test
    void aDatabaseAnotherLaunchIsCreatingIsBusyDeepInTheChainAndNothingElseIs() {
        RuntimeException race = new IllegalStateException("Failed to instantiate flyway",
                new RuntimeException("Could not get Connection",
                        new SQLException("Error opening database: \"Lock file recently modified\" [8000-240]")));

        assertThat(StartupFailure.databaseBusy(race)).isTrue();
        assertThat(StartupFailure.databaseBusy(new IllegalStateException("Could not get Connection",
                new SQLException("Wrong user name or password")))).isFalse();
    }

    @Test
    void ourOwnMessageIsTheLineAndTheTraceGoesToATempFileTheLineNames() throws Exception {
        RuntimeException failure = new IllegalStateException("context failed",
                new UnwritableOutputException("输出目录无法写入：/x（没有写入权限）", new IOException("denied")));

        String line = StartupFailure.report(failure, temp);

        assertThat(line).startsWith("错误：输出目录无法写入：/x（没有写入权限）").doesNotContain("\n");
        Path log = Path.of(line.replaceAll(".*详细信息见 (.*)）$", "$1"));
        assertThat(log.getParent()).isEqualTo(temp);
        assertThat(Files.readString(log)).contains("UnwritableOutputException", "\tat ");
    }

    @Test
    void anyOtherFailureIsItsInnermostCausesFirstLine() {
        RuntimeException failure = new IllegalStateException("outer", new RuntimeException("第一行\n第二行"));

        assertThat(StartupFailure.what(failure)).isEqualTo("错误：程序启动失败：第一行");
    }
}
