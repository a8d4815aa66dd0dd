package cn.minsheng.recon.domain.official;

import cn.minsheng.recon.domain.model.SourceRef;

/**
 * One row of the 责任分解表, with merged cells already applied to every row they span.
 *
 * @param projectNo    the project's 序号
 * @param project      the project name
 * @param item         the indicator text, empty for a row that covers the whole project
 * @param leader       牵头领导
 * @param leadUnit     牵头(责任)单位
 * @param relatedUnits 相关/配合单位
 * @param source       where the row's item (or project) text stands
 */
public record ResponsibilityRow(
        String projectNo,
        String project,
        String item,
        String leader,
        String leadUnit,
        String relatedUnits,
        SourceRef source) {

    /** The words that name what the row covers. */
    public String text() {
        return item.isEmpty() ? project : item;
    }

    public boolean coversProject() {
        return item.isEmpty();
    }
}
