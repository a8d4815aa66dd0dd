package cn.minsheng.recon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shipped sample (input/official, input/submissions/2026-03 and 2026-02) copied into a test's folder, so that a test may
 * change a submission without touching the repository's; modification times are kept (the newest file of a
 * department wins by them). Also reads a period's job repository as a finished run left it.
 */
public final class SampleCopy {

    public static final String PERIOD = "2026-03";

    private SampleCopy() {
    }

    public static Path official(Path work) {
        return copy(Path.of("input/official"), work.resolve("official"));
    }

    public static Path submissions(Path work) {
        return copy(Path.of("input/submissions/" + PERIOD), work.resolve("submissions"));
    }

    /** The sample's submissions of {@code period} (2026-02 or 2026-03), copied to {@code work/submissions/<period>}. */
    public static Path submissions(Path work, String period) {
        return copy(Path.of("input/submissions/" + period), work.resolve("submissions").resolve(period));
    }

    /**
     * The sample's March, copied to {@code work/submissions/2026-03}, without the three files that report completion
     * beside their targets: a month of targets only.
     */
    public static Path withoutCompletion(Path work) {
        Path submissions = submissions(work, PERIOD);
        try {
            for (String file : List.of("农业农村局2026年3月民生实事任务分解.xlsx", "自然资源局切坡建房任务分解.xls", "人社局3月报表.xls")) {
                Files.delete(submissions.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return submissions;
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many job instances of the period the database under {@code output} holds. */
    public static long jobInstances(Path output, String period) throws SQLException {
        String url = "jdbc:h2:file:" + output.toAbsolutePath().resolve(".recon").resolve("recon-db")
                + ";IFEXISTS=TRUE;AUTO_SERVER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(DISTINCT e.JOB_INSTANCE_ID) "
                        + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p "
                        + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "WHERE p.PARAMETER_NAME = 'period' AND p.PARAMETER_VALUE = '" + period + "'")) {
            count.next();
            return count.getLong(1);
        }
    }
}
