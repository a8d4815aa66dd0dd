package cn.minsheng.recon.domain.submission;

import cn.minsheng.recon.domain.model.SourceRef;

/**
 * One value as a submission states it, with the labels that place it, before any matching.
 *
 * @param source         the cell that holds the value
 * @param label          the cell of the indicator label that places it: its row's name cell (wide), its column's
 *                       header cell (transposed), its row's indicator cell (long); {@link SourceRef#none()} for a
 *                       stray cell no indicator heads. Findings about the whole row or column cite it, not a value.
 * @param unit           the cell where its unit is written: the row's unit cell, the unit row's cell of its
 *                       column, or the sheet's {@code 单位：万元} line; {@link SourceRef#none()} when no unit is
 *                       written. Unit findings cite it.
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
        SourceRef label,
        SourceRef unit,
        String indicatorLabel,
        String indicatorNo,
        String townshipLabel,
        String village,
        String unitText,
        Reading reading,
        boolean total) {
}
