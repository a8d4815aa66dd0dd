package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.testing.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTests {

    @TempDir
    Path work;

    private ReconcileRequest request;
    private ReconProperties properties;

    @BeforeEach
    void inputs() throws Exception {
        Files.createDirectories(work.resolve("official"));
        Files.writeString(work.resolve("official").resolve("分解表.xlsx"), "official");
        Files.createDirectories(work.resolve("submissions"));
        Files.writeString(work.resolve("submissions").resolve("人社局.xlsx"), "values");
        Files.writeString(work.resolve("townships.csv"), "归义,归义街道\n");
        request = new ReconcileRequest(Period.parse("2026-03"), work.resolve("official"), work.resolve("submissions"),
                work.resolve("out"));
        properties = properties(Map.of(), 1_000_000);
    }

    @Test
    void isTheSameForTheSameFilesElsewhereAndWithOtherTimes() throws Exception {
        String before = InputFingerprint.of(request, properties);
        Path elsewhere = Files.createDirectories(work.resolve("copy"));
        Files.copy(work.resolve("submissions").resolve("人社局.xlsx"), elsewhere.resolve("人社局.xlsx"));
        Files.setLastModifiedTime(elsewhere.resolve("人社局.xlsx"), FileTime.fromMillis(0));

        String after = InputFingerprint.of(new ReconcileRequest(Period.parse("2026-03"), request.official(), elsewhere,
                work.resolve("other-output")), properties);

        assertThat(after).isEqualTo(before).hasSize(64);
    }

    @Test
    void ignoresEditorLockAndHiddenFiles() throws Exception {
        String before = InputFingerprint.of(request, properties);
        Files.writeString(work.resolve("submissions").resolve("~$人社局.xlsx"), "owner");
        Files.writeString(work.resolve("submissions").resolve(".~lock.人社局.xlsx#"), "owner");

        assertThat(InputFingerprint.of(request, properties)).isEqualTo(before);
    }

    @Test
    void changesWithAChangedNewOrRenamedSubmission() throws Exception {
        String before = InputFingerprint.of(request, properties);
        Path submission = work.resolve("submissions").resolve("人社局.xlsx");

        Files.writeString(submission, "other values");
        String changed = InputFingerprint.of(request, properties);
        Files.move(submission, submission.resolveSibling("人社局（更正）.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        String renamed = InputFingerprint.of(request, properties);
        Files.writeString(work.resolve("submissions").resolve("民政局.xls"), "new");
        String added = InputFingerprint.of(request, properties);

        assertThat(List.of(before, changed, renamed, added)).doesNotHaveDuplicates();
    }

    @Test
    void changesWithTheOfficialTablesAliasesScheduleThresholdsSeveritiesAndLimits() throws Exception {
        String before = InputFingerprint.of(request, properties);
        Files.writeString(work.resolve("schedule.csv"), "indicator_no,month,share\n12,6,90%\n");
        String schedule = InputFingerprint.of(request, properties);
        String thresholds = InputFingerprint.of(request, properties(Map.of(), 1_000_000, "progress.red=30"));
        Files.delete(work.resolve("schedule.csv"));

        String severity = InputFingerprint.of(request,
                properties(Map.of(RuleCode.SUB_MISSING_SUBMISSION, Severity.ERROR), 1_000_000));
        String limit = InputFingerprint.of(request, properties(Map.of(), 500));
        Files.writeString(work.resolve("townships.csv"), "归义,归义街道\n新市,新市镇\n");
        String alias = InputFingerprint.of(request, properties);
        Files.writeString(work.resolve("official").resolve("分解表.xlsx"), "corrected");
        String official = InputFingerprint.of(request, properties);

        assertThat(List.of(before, schedule, thresholds, severity, limit, alias, official)).doesNotHaveDuplicates();
    }

    private ReconProperties properties(Map<RuleCode, Severity> severities, long maxCells, String... more) {
        List<String> settings = new ArrayList<>(List.of("official=" + work.resolve("official"),
                "submissions=" + work.resolve("submissions"), "output=" + work.resolve("out"),
                "unit-aliases=" + work.resolve("units.csv"), "township-aliases=" + work.resolve("townships.csv"),
                "department-aliases=" + work.resolve("departments.csv"), "schedule-file=" + work.resolve("schedule.csv"),
                "max-cells=" + maxCells));
        settings.addAll(List.of(more));
        severities.forEach((rule, severity) -> settings.add("severities." + rule + "=" + severity));
        return Settings.of(settings.toArray(String[]::new));
    }
}
