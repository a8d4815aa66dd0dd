package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Who gets a feedback file (SPEC §5): one per unit on the ledger. A unit that sent files gets its file in use marked —
 * one submitted before one superseded, a readable one before an unreadable one, then the newest — with the findings
 * about that file and its own findings about no file; a unit that sent nothing gets a notice.
 */
class FeedbackPlanTests {

    private static final Instant EARLY = Instant.parse("2026-03-20T01:00:00Z");
    private static final Instant LATE = Instant.parse("2026-03-28T01:00:00Z");

    private static FileOutcome line(String file, String department, FileStatus status) {
        return new FileOutcome(file, department, status, 0, 0, 0, 0);
    }

    private static Finding about(String file, String department) {
        return Finding.of(RuleCode.SUB_VALUE_MISMATCH).department(department).source(new SourceRef(file, "Sheet1",
                file.isEmpty() ? "" : "D4")).build();
    }

    private static Function<String, Optional<Instant>> modified(Map<String, Instant> times) {
        return name -> Optional.ofNullable(times.get(name));
    }

    private static List<FeedbackPlan.Entry> plan(List<FileOutcome> ledger, Map<String, Instant> times,
            Finding... findings) {
        return FeedbackPlan.of(ledger, modified(times), List.of(findings));
    }

    @Test
    void aUnitsSubmittedFileIsMarkedBeforeItsSupersededOneWhateverTheirTimes() {
        List<FeedbackPlan.Entry> entries = plan(List.of(line("旧.xlsx", "县卫健局", FileStatus.SUPERSEDED),
                line("新.xlsx", "县卫健局", FileStatus.SUBMITTED)), Map.of("旧.xlsx", LATE, "新.xlsx", EARLY));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.department()).isEqualTo("县卫健局");
            assertThat(entry.file()).contains("新.xlsx");
        });
    }

    @Test
    void aReadableFileIsMarkedBeforeAnUnreadableOne() {
        List<FeedbackPlan.Entry> entries = plan(List.of(line("新.xlsx", "县卫健局", FileStatus.UNREADABLE),
                line("旧.xlsx", "县卫健局", FileStatus.SUPERSEDED)), Map.of("旧.xlsx", EARLY, "新.xlsx", LATE));

        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.file()).contains("旧.xlsx"));
    }

    @Test
    void everyFileThatStandsIsMarkedTheNewestUnderTheUnitsNameAndTheOtherUnderTheUnitsAndItsOwn() {
        Finding onTargets = about("任务分解表.xlsx", "县农业农村局");
        Finding onCompletion = about("6月完成情况.xlsx", "县农业农村局");
        Finding ownNoFile = about("", "县农业农村局");

        List<FeedbackPlan.Entry> entries = plan(List.of(line("任务分解表.xlsx", "县农业农村局", FileStatus.SUBMITTED),
                line("6月完成情况.xlsx", "县农业农村局", FileStatus.SUBMITTED)),
                Map.of("任务分解表.xlsx", EARLY, "6月完成情况.xlsx", LATE), onTargets, onCompletion, ownNoFile);

        assertThat(entries).extracting(FeedbackPlan.Entry::name, e -> e.file().orElseThrow(),
                FeedbackPlan.Entry::findings).containsExactly(
                        tuple("县农业农村局", "6月完成情况.xlsx", List.of(onCompletion, ownNoFile)),
                        tuple("县农业农村局（任务分解表）", "任务分解表.xlsx", List.of(onTargets)));
    }

    @Test
    void amongFilesOfTheSameStandingTheNewestComesFirst() {
        List<FeedbackPlan.Entry> later = plan(List.of(line("一.xlsx", "县卫健局", FileStatus.SUBMITTED),
                line("二.xlsx", "县卫健局", FileStatus.SUBMITTED)), Map.of("一.xlsx", EARLY, "二.xlsx", LATE));
        List<FeedbackPlan.Entry> earlier = plan(List.of(line("一.xlsx", "县卫健局", FileStatus.SUBMITTED),
                line("二.xlsx", "县卫健局", FileStatus.SUBMITTED)), Map.of("一.xlsx", LATE));

        assertThat(later).extracting(e -> e.file().orElseThrow()).containsExactly("二.xlsx", "一.xlsx");
        assertThat(earlier).extracting(e -> e.file().orElseThrow()).containsExactly("一.xlsx", "二.xlsx");
    }

    @Test
    void betweenFilesAlikeInEveryWayTheOneListedFirstComesFirst() {
        List<FeedbackPlan.Entry> entries = plan(List.of(line("一.xlsx", "县卫健局", FileStatus.SUBMITTED),
                line("二.xlsx", "县卫健局", FileStatus.SUBMITTED)), Map.of("一.xlsx", LATE, "二.xlsx", LATE));

        assertThat(entries).extracting(FeedbackPlan.Entry::name).containsExactly("县卫健局", "县卫健局（二）");
    }

    @Test
    void theFileGetsItsOwnFindingsAndTheUnitsFindingsAboutNoFile() {
        Finding onFile = about("新.xlsx", "县卫健局");
        Finding onOtherFile = about("旧.xlsx", "县卫健局");
        Finding ownNoFile = about("", "县卫健局");
        Finding othersNoFile = about("", "县人社局");

        List<FeedbackPlan.Entry> entries = plan(List.of(line("新.xlsx", "县卫健局", FileStatus.SUBMITTED),
                line("旧.xlsx", "县卫健局", FileStatus.SUPERSEDED)), Map.of(), onFile, onOtherFile, ownNoFile,
                othersNoFile);

        assertThat(entries).singleElement()
                .satisfies(entry -> assertThat(entry.findings()).containsExactly(onFile, ownNoFile));
    }

    @Test
    void aUnitThatSentNothingGetsANoticeWithItsOwnFindings() {
        Finding missing = Finding.of(RuleCode.SUB_MISSING_SUBMISSION).department("县妇联").build();

        List<FeedbackPlan.Entry> entries = plan(List.of(line("", "县妇联", FileStatus.NOT_SUBMITTED)), Map.of(),
                missing, about("", "县人社局"));

        assertThat(entries).containsExactly(new FeedbackPlan.Entry("县妇联", Optional.empty(), List.of(missing),
                "县妇联"));
    }

    @Test
    void filesOfNoKnownUnitAndIgnoredFilesGetNothing() {
        List<FeedbackPlan.Entry> entries = plan(List.of(line("新建.xlsx", "", FileStatus.SUBMITTED),
                line("未知.xlsx", null, FileStatus.UNREADABLE), line("~$县卫健局.xlsx", "县卫健局", FileStatus.IGNORED),
                line("", "县残联", FileStatus.SUBMITTED)), Map.of());

        assertThat(entries).isEmpty();
    }

    @Test
    void aUnitWithAFileIsGivenTheFileThoughItIsAlsoListedAsSendingNothing() {
        List<FeedbackPlan.Entry> noticeFirst = plan(List.of(line("", "县卫健局", FileStatus.NOT_SUBMITTED),
                line("新.xlsx", "县卫健局", FileStatus.SUBMITTED)), Map.of());
        List<FeedbackPlan.Entry> fileFirst = plan(List.of(line("新.xlsx", "县卫健局", FileStatus.SUBMITTED),
                line("", "县卫健局", FileStatus.NOT_SUBMITTED)), Map.of());

        assertThat(noticeFirst).singleElement().satisfies(entry -> assertThat(entry.file()).contains("新.xlsx"));
        assertThat(fileFirst).singleElement().satisfies(entry -> assertThat(entry.file()).contains("新.xlsx"));
    }

    @Test
    void unitsComeInTheOrderOfTheLedger() {
        List<FeedbackPlan.Entry> entries = plan(List.of(line("人社.xlsx", "县人社局", FileStatus.SUBMITTED),
                line("", "县妇联", FileStatus.NOT_SUBMITTED), line("卫健.xlsx", "县卫健局", FileStatus.UNREADABLE)),
                Map.of());

        assertThat(entries).extracting(FeedbackPlan.Entry::department).containsExactly("县人社局", "县妇联", "县卫健局");
    }
}
