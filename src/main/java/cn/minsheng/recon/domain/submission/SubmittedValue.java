package cn.minsheng.recon.domain.submission;

import cn.minsheng.recon.domain.model.SourceRef;

/**
 * One value as a submission states it, with the labels that place it, before any matching.
 *
 * @param source         the cell that holds the value
 * @param indicatorLabel the indicator text that heads its row or column, with any number prefix ({@code 13.提升…})
 * @param indicatorNo    the indicator number written in a 序号/编号 cell of its row or column, or empty
 * @param townshipLabel  the township as written ({@code 归义}, {@code 三 阳}); {@code 合计} for a total
 * @param village        the 村/社区 of a long layout's row, or empty
 * @param unitText       the unit the value is in: its unit cell, the sheet's {@code 单位：万元} line, or empty
 * @param reading        what the cell says
 * @param total          the cell is the sheet's own 合计 (row or column), not a township's value
 */
public record SubmittedValue(
        SourceRef source,
        String indicatorLabel,
        String indicatorNo,
        String townshipLabel,
        String village,
        String unitText,
        Reading reading,
        boolean total) {
}
