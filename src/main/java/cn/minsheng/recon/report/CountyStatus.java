package cn.minsheng.recon.report;

import java.util.Optional;

/** How a county's reconciliation ended, as the summary workbook (汇总) shows it, with its colour. */
public enum CountyStatus {
    COMPLETED("已完成", Optional.of(CellMark.AGREES)),
    OFFICIAL_UNREADABLE("官方表无法读取", Optional.of(CellMark.ERROR)),
    FAILED("对账失败", Optional.of(CellMark.ERROR)),
    IN_PROGRESS("另一程序正在对账", Optional.of(CellMark.WARNING));

    private final String label;
    private final Optional<CellMark> mark;

    CountyStatus(String label, Optional<CellMark> mark) {
        this.label = label;
        this.mark = mark;
    }

    public String label() {
        return label;
    }

    Optional<CellMark> mark() {
        return mark;
    }
}
