package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Decimals;

/**
 * What a unit does about a finding, in a plain Chinese sentence: the 怎么改 of each line of 问题说明. The message
 * says what is wrong; this says what to change, or that nothing needs changing.
 */
final class FindingAdvice {

    private FindingAdvice() {
    }

    static String of(Finding finding) {
        String official = finding.officialValue() == null ? "" : Decimals.plain(finding.officialValue());
        return switch (finding.rule()) {
            case SUB_VALUE_MISMATCH -> official.isEmpty() ? "请按指标任务分解表核对后改正"
                    : "请改为官方分解数" + official + "；如确需调整，请另附书面说明";
            case SUB_MISSING_TOWNSHIP -> "请补填该乡镇（街道）的数值" + (official.isEmpty() ? "" : "（官方分解数" + official + "）");
            case SUB_EXTRA_TOWNSHIP -> "官方未给该乡镇（街道）分配任务：请删去该数值，或另附书面说明";
            case SUB_UNKNOWN_TOWNSHIP -> "请改用指标任务分解表中的乡镇（街道）名称";
            case SUB_UNKNOWN_INDICATOR -> "请改用指标任务分解表中的指标序号和名称；不属于本期民生实事的行请删去";
            case SUB_SUM_MISMATCH -> "请核对各乡镇（街道）的数值，使其合计等于目标";
            case SUB_TOTAL_ROW_MISMATCH -> "请核对合计（小计）与各项明细，改正后保存";
            case SUB_UNIT_MISMATCH -> "请按指标任务分解表的计量单位填报";
            case SUB_UNIT_CONVERTED -> "已按官方单位换算，本次无需修改；今后请按官方单位填报";
            case SUB_INVALID_VALUE -> "请填写数字（不要填文字或负数）";
            case SUB_FORMULA_NO_VALUE -> "请在 Excel 或 WPS 中打开文件，重新计算后保存";
            case SUB_DUPLICATE -> "请删去重复的一行：每个指标、每个乡镇（街道）只填一次";
            case SUB_BELOW_STANDARD -> "请核实：数值不得低于标准";
            case SUB_NOT_LEAD_UNIT -> finding.severity() == Severity.INFO ? "本单位为相关责任单位，仅作提示，无需修改"
                    : "该指标由其牵头单位报送：请删去，或转交牵头单位";
            case SUB_UPPER_LEVEL_REPORTED -> "仅作记录，无需修改";
            case SUB_MISSING_SUBMISSION -> "请按报送提醒所列的指标和乡镇（街道）报送";
            case FILE_UNKNOWN_DEPARTMENT -> "请在文件名中写明单位名称，或在表头写明“填报单位：单位名称”";
            case SUB_TEMPLATE_MISMATCH -> "请按指标任务分解表的格式（指标、乡镇（街道）、数值）填报后重新报送";
            case LAYOUT_AMBIGUOUS_COLUMN -> "请删去多余的一列，或在表头写清各列的含义";
            case FILE_UNREADABLE -> "请检查文件后重新报送（不要加密，使用 .xlsx 或 .xls 格式）";
            case FILE_SUPERSEDED -> "以本期较新的文件为准，无需处理";
            case PRG_LAGGING -> "请加快进度，按序时进度完成";
            case PRG_REGRESSION -> "累计完成数不应低于上期：请核实后改正";
            case PRG_OVER_TARGET -> "仅作提示：请确认数值无误";
            case PRG_MISSING_PROGRESS -> "请补填该乡镇（街道）的累计完成数（未开展请填 0）";
            case PRG_INVALID_PROGRESS -> "请填写累计完成的数量（数字，与目标同一单位，不填文字、负数或百分比）";
            case PRG_SUPERVISED -> "进度连续滞后：请说明原因并报送整改措施";
            case OFF_MISSING_TOWNSHIP, OFF_SUM_MISMATCH, OFF_CROSS_TABLE_MISMATCH, OFF_NO_LEAD_UNIT,
                    OFF_UNMATCHED_RESPONSIBILITY -> "官方表的问题，由专班办公室核实，无需处理";
        };
    }
}
