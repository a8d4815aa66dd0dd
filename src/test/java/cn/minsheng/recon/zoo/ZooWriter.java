package cn.minsheng.recon.zoo;

import java.nio.file.Path;

/**
 * The layout zoo of issue 15: five invented counties whose offices and clerks made their workbooks without
 * knowing how minsheng-recon reads them. Each county is a folder {@code dir/<county>/} holding {@code official/}
 * (its 指标任务分解表 and 责任分解表), {@code submissions/2026-03/} (the department files of March 2026),
 * {@code expected-findings.csv} (every ERROR and WARNING the SPEC says the run must raise; a blank column means
 * any) and {@code expected-values.csv} (per submission file, how many number cells it holds at indicator ×
 * township or indicator × village positions on its visible sheets: values read, whether they end reconciled or
 * under a finding — unknown township or indicator, unit mismatch, not the lead unit —, never totals, 序号, hidden
 * sheets, text such as 「待定」 or a formula saved without its result; where two columns hold the same figures,
 * one column's worth). Everything is fixed in code: no randomness, fixed file times.
 *
 * <h2>澧川县 ({@link LichuanCounty}) — 12 townships (街道, 镇, 乡, 经济开发区, 农场), 21 indicators</h2>
 * <ul>
 * <li>official/附件：2026年澧川县重点民生实事责任分解表和指标任务分解表.xlsx — both tables as sheets 附件1, 附件2;
 * Miluo-style words, three name columns, two-row header repeated after page breaks, directives merged across,
 * county-wide numbers merged across the townships, notes below. No defect.</li>
 * <li>县卫健局2026年3月民生实事报送.xlsx — a hidden sheet 2025年 of last year's figures first, then two visible data
 * sheets (two-row header, 小计 formulas). Correct.</li>
 * <li>妇联-向阳花活动安排表.xlsx — long sheet, townships merged over their village rows, headers 所属乡镇 / 村（社区）
 * / 活动内容 / 计量 / 场次安排 / 备注, department only in the file name. Correct.</li>
 * <li>县教育局.xls — wide, short township names, 合计 column, a county-wide 300 split over three townships. Correct.</li>
 * <li>人社局3月报送.xlsx — transposed, units only in the headers' parentheses, 合计 row, 填报单位 in the full name.
 * Plants SUB_VALUE_MISMATCH (黄土铺镇 150 of 140).</li>
 * <li>民政局/澧川县民政局关于民生实事任务分解的报送.xlsx — in a sub-folder, 报送单位 line, total before the
 * townships, 备注. Correct.</li>
 * <li>县农业农村局民生实事分解（3月）.xlsx — long, indicator merged down, header 2026年任务数, a split in 亩 of a
 * 万亩 target. Plants SUB_MISSING_TOWNSHIP (清水乡's bridge row left out).</li>
 * <li>县残联.xlsx — total column headed 全县 before the townships. Plants SUB_SUM_MISMATCH (central 150, split 146).</li>
 * <li>公安局智慧安防分解.xls — long .xls with a column of sites. Correct.</li>
 * <li>供销社网点.xlsx — short names, a typed 合计 of 14 over townships adding up to 15. Plants SUB_TOTAL_ROW_MISMATCH.</li>
 * <li>县自然资源局 sends nothing (a pending target): SUB_MISSING_SUBMISSION. 县数据局 (upper-level only) is not
 * expected.</li>
 * </ul>
 *
 * <h2>桃溪县 ({@link TaoxiCounty}) — 10 townships, 17 indicators</h2>
 * <ul>
 * <li>official/附件1：桃溪县2026年重点民生实事责任分工表.xls — headed 民生实事项目 / 具体任务 / 分管县领导 / 主责单位 /
 * 协办单位, leader and unit merged down. No defect.</li>
 * <li>official/附件2：桃溪县2026年重点民生实事任务分解表.xls — one-row header, a 全县任务 column before the townships
 * stating 「135场以上」 and 「不少于20个」 where the townships add up to 140 and 22 (not an error), zeros in
 * unallocated cells, 备注 column, header repeated. No defect.</li>
 * <li>县卫健局民生实事任务分解报送表.xlsx — two visible data sheets, category rows 一、二、. Correct.</li>
 * <li>妇联.xls — short names; 「待定」 in one cell and a row of the 总工会's indicator. Plants SUB_INVALID_VALUE and
 * SUB_NOT_LEAD_UNIT.</li>
 * <li>总工会.xlsx — a single row under 乡镇 / 项目 / 数量, no unit column. Correct.</li>
 * <li>县教育局3月报送.xlsx — category rows as section headings, names with a full-width space (桃　花). Plants
 * SUB_EXTRA_TOWNSHIP (a canteen where the table has 0).</li>
 * <li>人社局.xlsx — long by indicator, 「1,200」 and figures typed as text. Correct.</li>
 * <li>自然资源局切坡建房.xls — transposed with one indicator column, 合计 row, a pending target split above its floor.
 * Correct.</li>
 * <li>农业农村局.xlsx — long with villages; one row under 沙田乡, a township merged away. Plants
 * SUB_UNKNOWN_TOWNSHIP.</li>
 * <li>残联康复救助.xlsx — long with a 合计 row. Correct.</li>
 * <li>县供销合作联社.xlsx — two-row header grouping the townships, total before them. Correct.</li>
 * <li>民政局-两项补贴.xlsx — a standard per township from a unit not expected to submit. Plants SUB_BELOW_STANDARD.</li>
 * <li>县住建局 sends nothing: SUB_MISSING_SUBMISSION.</li>
 * </ul>
 *
 * <h2>沅北县 ({@link YuanbeiCounty}) — 9 townships (two 管理区, a 回族乡), 16 indicators</h2>
 * <ul>
 * <li>official/沅北县2026年民生实事“两表”.xlsx — the responsibility table first (责任领导 / 责任单位 / 配合部门,
 * numbered tasks), then the breakdown with a flat numbered list, one-row header, the total last under
 * 「2026年全县任务量」 and a 备注 column. No defect.</li>
 * <li>人社局2026年3月报送.xls — transposed .xls, 「城镇新增就业（万人）」 over values the table has in 人, short
 * names, a 合计 row whose cached sum is binary (0.3600000000000001). Correct.</li>
 * <li>县卫健局.xlsx — two-row header 工作任务 / 计量 / 各乡镇（街道、管理区）任务分配, total 汇总 before. Correct.</li>
 * <li>医保局.xlsx — a rate per township typed as text. Correct.</li>
 * <li>县民政局报送表.xlsx — long, each township merged over its indicator rows. Plants SUB_VALUE_MISMATCH (西湖管理区
 * 43 for 34).</li>
 * <li>司法局.xlsx — transposed, the township column headed 单位名称. Correct.</li>
 * <li>住建局老旧小区.xlsx — short names, a notes column of estates. Correct.</li>
 * <li>交通运输局.xls — one value entered as =1.5+1 with its result. Correct.</li>
 * <li>妇联两癌检查.xlsx — a formula saved without its result. Plants SUB_FORMULA_NO_VALUE.</li>
 * <li>工作簿1.xlsx — no unit named in file or sheet. Plants FILE_UNKNOWN_DEPARTMENT (its figures are the official
 * ones).</li>
 * <li>水利局蓄水能力.xlsx — an upper-level indicator reported in 万方 (INFO only, not listed).</li>
 * <li>县应急管理局 sends nothing: SUB_MISSING_SUBMISSION.</li>
 * </ul>
 *
 * <h2>云岭县 ({@link YunlingCounty}) — 13 townships (乡, 镇, 瑶族乡, 国营林场), 22 indicators</h2>
 * <ul>
 * <li>official/云岭县2026年重点民生实事两表（定稿）.xls — Sheet1 the breakdown under category rows 一、二、三、, two-row
 * header repeated; Sheet2 the responsibility table (县级联系领导 / 牵头部门 / 协同单位). Plants OFF_SUM_MISMATCH
 * (bridges 共96座, townships 94), OFF_MISSING_TOWNSHIP (金鸡乡 blank in a % row), OFF_CROSS_TABLE_MISMATCH (电梯 6台
 * vs 8台), OFF_NO_LEAD_UNIT (送戏下乡) and OFF_UNMATCHED_RESPONSIBILITY (城区线路入地工程).</li>
 * <li>卫健局.xls — figures typed as text and in full-width digits. Correct.</li>
 * <li>县妇联“向阳花”活动分解.xlsx — long, 片区 merged over 行政村 rows (the 林场 over its 工区), a 联络人 column.
 * Correct.</li>
 * <li>教育局3月报送.xlsx — two-row header over short names. Correct.</li>
 * <li>人社局.xlsx — two number columns 计划数 and 任务数 with the same figures. Plants LAYOUT_AMBIGUOUS_COLUMN.</li>
 * <li>农业农村局民生实事任务分解.xlsx — category rows 一、二、三、 between indicators, full-width digits. Correct.</li>
 * <li>县自然资源局.xls — transposed .xls with notes. Plants SUB_MISSING_TOWNSHIP (国营云岭林场 left blank).</li>
 * <li>残联.xlsx, 供销社.xlsx, 水利局.xlsx — plain wide sheets (the last leaves 金鸡乡 blank as the table does).
 * Correct.</li>
 * <li>住建局.xlsx — long; the elevators given in 万元. Plants SUB_UNIT_MISMATCH.</li>
 * </ul>
 *
 * <h2>棠溪区 ({@link TangxiDistrict}) — 8 townships (办事处, 镇, 乡, 高新技术产业园区), 15 indicators</h2>
 * <ul>
 * <li>official/棠溪区2026年民生实事指标任务分解表.xlsx — 民生实事项目 / 具体指标 columns, total 任务总量 before the
 * townships. Plants OFF_SUM_MISMATCH (托位 任务总量 150, townships 140).</li>
 * <li>official/棠溪区2026年民生实事责任分解表.xlsx — 区级责任领导 / 牵头单位 / 配合单位. No defect.</li>
 * <li>区卫健局/卫健局3月报送.xlsx — an instructions sheet 填报说明 before the data sheet. Correct.</li>
 * <li>区残联/残联3月份报表.xls — long .xls, every figure typed as text. Correct.</li>
 * <li>人社局3月报送.xlsx — two-row header, total column headed 全区, 万人 given in 人; an Excel owner file
 * ~$人社局3月报送.xlsx beside it (ignored, no finding). Correct.</li>
 * <li>司法局.xlsx — transposed with notes. Plants SUB_VALUE_MISMATCH (白鹭湖镇 18 for 15).</li>
 * <li>民政局.xlsx — long; a task of its own (银龄关爱走访). Plants SUB_UNKNOWN_INDICATOR.</li>
 * <li>住房保障服务中心 3月报送.xlsx and 住房保障服务中心 3月报送（更正）.xlsx — the first (填报日期 4月3日) has a slip
 * that the correction (4月8日) supersedes: no error (FILE_SUPERSEDED is INFO, not listed).</li>
 * <li>交通运输局.xls — one value as =3+0.5 with its result, a pending target split exactly. Correct.</li>
 * <li>文旅广体局应急广播建设进展.xlsx — a progress narrative with no table. Plants SUB_TEMPLATE_MISMATCH.</li>
 * </ul>
 */
public final class ZooWriter {

    private ZooWriter() {
    }

    /** Writes every county of the zoo under {@code dir}. */
    public static void writeAll(Path dir) {
        LichuanCounty.write(dir);
        TaoxiCounty.write(dir);
        YuanbeiCounty.write(dir);
        YunlingCounty.write(dir);
        TangxiDistrict.write(dir);
    }

    /** Writes the zoo to the folder given as the only argument, to look at the workbooks by hand. */
    public static void main(String[] args) {
        writeAll(Path.of(args[0]));
    }
}
