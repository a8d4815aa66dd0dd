package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The submission ledger (报送情况, SPEC §5): every file received in the reconciliation's order, then every file
 * passed over unread (已忽略), then every expected unit that sent nothing (未报送) with its one finding.
 */
class LedgerTests {

    private static final FileOutcome RECEIVED = new FileOutcome("县卫健局报送.xlsx", "县卫健局", FileStatus.SUBMITTED,
            8, 7, 1, 1);
    private static final FileOutcome UNREADABLE = new FileOutcome("损坏.xlsx", "", FileStatus.UNREADABLE, 0, 0, 0, 1);

    @Test
    void listsTheFilesReceivedThenTheFilesIgnoredThenTheUnitsThatSentNothing() {
        Reconciliation result = new Reconciliation(List.of(), List.of(RECEIVED, UNREADABLE), List.of("县妇联", "县残联"),
                List.of(), List.of());

        List<FileOutcome> ledger = Ledger.of(result, List.of("~$县卫健局报送.xlsx"));

        assertThat(ledger).containsExactly(RECEIVED, UNREADABLE,
                new FileOutcome("~$县卫健局报送.xlsx", "", FileStatus.IGNORED, 0, 0, 0, 0),
                new FileOutcome("", "县妇联", FileStatus.NOT_SUBMITTED, 0, 0, 0, 1),
                new FileOutcome("", "县残联", FileStatus.NOT_SUBMITTED, 0, 0, 0, 1));
    }

    @Test
    void anEmptyPeriodHasAnEmptyLedger() {
        assertThat(Ledger.of(new Reconciliation(List.of(), List.of(), List.of(), List.of(), List.of()), List.of())).isEmpty();
    }

    @Test
    void statusesReadAsTheLedgerPrintsThem() {
        assertThat(List.of(FileStatus.values())).extracting(FileStatus::label)
                .containsExactly("已报送", "无法读取", "已被替代", "已忽略", "已忽略（隐藏工作表）", "未报送");
    }
}
