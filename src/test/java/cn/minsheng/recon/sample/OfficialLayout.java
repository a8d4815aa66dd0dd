package cn.minsheng.recon.sample;

import java.util.Arrays;
import java.util.List;

/**
 * How a county prints its two official tables. Column geometry of the breakdown table (0-based):
 * 序号 in column 0, the name columns from 1, then 单位, then (one-row layout only) the 全县/全市目标
 * column, then the townships — both layouts put the first township in column 5 (F).
 */
public enum OfficialLayout {

    /**
     * As seed 004 prints it: an {@code 附件2} line and the title, a two-row header (序号 | 项目名称及指标任务
     * over project, group and indicator | 单位 | 目标任务 over the townships, whose names are on the
     * second row), {@code 13.} before each indicator name, the header repeated at each printed page.
     */
    PRINTED(true, 2, true, false, true, true,
            "重点民生实事项目指标任务分解表", "重点民生实事项目责任分解表",
            Arrays.asList("序号", "项目名称", null, "牵头领导", "牵头责任单位", "相关责任单位")),

    /**
     * Another county's style: the title only, a one-row header with a 全县目标 (全市目标) column before
     * the townships and a 备注 column after them, no group column, names without their number,
     * no repeated header; its responsibility table numbers its items instead ({@code 1.…}).
     */
    ONE_ROW_WITH_TOTAL(false, 1, false, true, false, false,
            "重点民生实事指标任务分解表", "重点民生实事项目责任分工表",
            List.of("序号", "项目名称", "指标任务", "责任领导", "牵头单位", "配合单位"));

    private final boolean attachmentLine;
    private final int headerRows;
    private final boolean groupColumn;
    private final boolean totalColumn;
    private final boolean numberedIndicatorNames;
    private final boolean pagedLikePrint;
    private final String breakdownTitle;
    private final String responsibilityTitle;
    private final List<String> responsibilityHeader;

    OfficialLayout(boolean attachmentLine, int headerRows, boolean groupColumn, boolean totalColumn,
                   boolean numberedIndicatorNames, boolean pagedLikePrint, String breakdownTitle,
                   String responsibilityTitle, List<String> responsibilityHeader) {
        this.attachmentLine = attachmentLine;
        this.headerRows = headerRows;
        this.groupColumn = groupColumn;
        this.totalColumn = totalColumn;
        this.numberedIndicatorNames = numberedIndicatorNames;
        this.pagedLikePrint = pagedLikePrint;
        this.breakdownTitle = breakdownTitle;
        this.responsibilityTitle = responsibilityTitle;
        this.responsibilityHeader = responsibilityHeader;
    }

    /** An {@code 附件1}/{@code 附件2} line above the title. */
    public boolean hasAttachmentLine() {
        return attachmentLine;
    }

    /** Rows above the first header: the optional 附件 line and the title. */
    public int titleRows() {
        return attachmentLine ? 2 : 1;
    }

    /** Rows of the breakdown header (the responsibility header is always one row). */
    public int headerRows() {
        return headerRows;
    }

    /** The header is printed again on every page, and rows are paged as the printed document pages them. */
    public boolean repeatsHeader() {
        return pagedLikePrint;
    }

    /** Breakdown names carry their number ({@code 13.提升…}). */
    public boolean numbersIndicatorNames() {
        return numberedIndicatorNames;
    }

    /** Responsibility items carry the number of their indicator ({@code 2.开展…}): the layouts number one table or the other. */
    public boolean numbersResponsibilityItems() {
        return !numberedIndicatorNames;
    }

    public int noColumn() {
        return 0;
    }

    public int projectColumn() {
        return 1;
    }

    /** The sub-heading column between project and indicator, or -1. */
    public int groupColumn() {
        return groupColumn ? 2 : -1;
    }

    public int indicatorColumn() {
        return groupColumn ? 3 : 2;
    }

    public int unitColumn() {
        return indicatorColumn() + 1;
    }

    /** The 全县目标/全市目标 column, or -1. */
    public int totalColumn() {
        return totalColumn ? unitColumn() + 1 : -1;
    }

    public int firstTownshipColumn() {
        return unitColumn() + (totalColumn ? 2 : 1);
    }

    /** The 备注 column after the townships, or -1. */
    public int remarkColumn(int townshipCount) {
        return totalColumn ? firstTownshipColumn() + townshipCount : -1;
    }

    public String breakdownTitle(PlanFixture plan) {
        return plan.titleYear() + "年" + breakdownTitle;
    }

    public String responsibilityTitle(PlanFixture plan) {
        return plan.titleYear() + "年" + responsibilityTitle;
    }

    /**
     * The responsibility header, one word per column (序号, project, item, leader, lead unit, related
     * units); a null continues the word to its left over a merged cell.
     */
    public List<String> responsibilityHeader() {
        return responsibilityHeader;
    }
}
