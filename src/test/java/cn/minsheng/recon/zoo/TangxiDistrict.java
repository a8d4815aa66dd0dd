package cn.minsheng.recon.zoo;

import static cn.minsheng.recon.zoo.Clerk.ERROR;

import cn.minsheng.recon.zoo.Book.Format;
import cn.minsheng.recon.zoo.Entry.Any;
import cn.minsheng.recon.zoo.LongSheet.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;

/**
 * 棠溪区: a district of eight townships (three 办事处, three 镇, a 乡 and a 高新技术产业园区), 15 indicators; the
 * official tables as two .xlsx files, the breakdown with a one-row header, separate 民生实事项目 / 具体指标 columns
 * and its total under 「任务总量」 before the townships; the responsibility table headed 区级责任领导 / 牵头单位 /
 * 配合单位. See {@link ZooWriter}.
 */
final class TangxiDistrict {

    private TangxiDistrict() {
    }

    static County plan() {
        County c = new County("棠溪区");
        c.town("城东办事处", "城东");
        c.town("城西办事处", "城西");
        c.town("江北办事处", "江北");
        c.town("棠溪镇", "棠溪");
        c.town("白鹭湖镇", "白鹭湖");
        c.town("双河口镇", "双河口");
        c.town("桂花乡", "桂花");
        c.town("棠溪高新技术产业园区", "棠溪高新技术产业园区");
        String towns = "各镇（乡、办事处）、高新区";
        c.ind(1, "幼有所育", null, 1, "新生儿疾病免费筛查与诊断服务1260人", "人").alloc("260,240,200,150,120,110,100,80")
                .lead("区卫健局", "胡晓燕", "区财政局，" + towns);
        c.ind(1, "幼有所育", null, 2, "新增普惠性托位", "个").alloc("40,35,25,15,10,5,5,5").total("150")
                .responsibilityName("发展普惠托育服务，新增普惠性托位150个")
                .lead("区卫健局", "胡晓燕", "区教育局、区住建局、区市场监管局，" + towns);
        c.ind(2, "弱有所扶", null, 3, "城市低保标准不低于700元/月", "元/月").directive(Kind.STANDARD, "不低于700元/月")
                .lead("区民政局", "邹建新", "区财政局");
        c.ind(2, "弱有所扶", null, 4, "实施困难重度残疾人家庭无障碍改造340户", "户").alloc("30,30,40,60,55,50,60,15")
                .lead("区残联", "邹建新", "区财政局、区住建局，" + towns);
        c.ind(3, "劳有所得", null, 5, "城镇新增就业4500人", "人").directive(Kind.CENTRAL, "由区人社局统筹安排")
                .headline("4500").lead("区人社局", "邹建新", "区财政局、区教育局，" + towns);
        c.ind(3, "劳有所得", null, 6, "就业用工社保“三合一”数字服务覆盖率达到100%", "%").rate("100").total("100%")
                .lead("区人社局", "邹建新", "区数据局，" + towns);
        c.ind(4, "提高社会治理水平", null, 7, "提供法律援助案件160件", "件").alloc("30,30,25,20,15,15,15,10")
                .lead("区司法局", "罗海", towns);
        c.ind(5, "老有所养", null, 8, "建设老年助餐服务点8个", "个").each("1")
                .lead("区民政局", "邹建新", "区财政局、区市场监管局，" + towns);
        c.ind(6, "住有所居", null, 9, "开工改造城镇老旧小区10个", "个").alloc("4,3,3,,,,,")
                .lead("区住房保障服务中心", "罗海", "区发改局、区财政局、区住建局，" + towns);
        c.ind(6, "住有所居", null, 10, "开工建设保障性租赁住房264套", "套").citywide("264")
                .lead("区住房保障服务中心", "罗海", "区发改局、区财政局、区自然资源局");
        c.ind(7, "改善农村基础设施", null, 11, "农村公路提质改造12公里", "公里").alloc(",,,3,3.5,2.5,3,")
                .lead("区交通运输局", "罗海", "区财政局，" + towns);
        c.ind(7, "改善农村基础设施", null, 12, "建设农村公路安防设施48公里", "公里")
                .directive(Kind.PENDING, "待路网安全隐患排查后确定各镇（乡）任务").headline("48")
                .lead("区交通运输局", "罗海", "区公安分局交警大队，" + towns);
        c.ind(8, "提升数字服务能力", null, 13, "完成应急广播体系建设1个", "个").directive(Kind.OTHER, "区本级完成")
                .lead("区文旅广体局", "胡晓燕", "区财政局、区应急管理局");
        c.ind(8, "提升数字服务能力", null, 14, "加载交通出行功能的社保卡持卡人数达1.6万人", "万人")
                .alloc("0.35,0.3,0.25,0.2,0.15,0.12,0.13,0.1").lead("区人社局", "邹建新", "区交通运输局，" + towns);
        c.ind(8, "提升数字服务能力", null, 15, "政务服务统一受理办结率提升至90%以上", "%")
                .directive(Kind.UPPER, "按省数据局下达任务为准").lead("区行政审批服务局", "胡晓燕", "区数据局");
        return c;
    }

    static void write(Path dir) {
        County c = plan();
        Clerk clerk = new Clerk(c, dir);
        official(c, clerk);
        health(c, clerk);
        disabled(c, clerk);
        labour(c, clerk);
        justice(c, clerk);
        civil(c, clerk);
        housing(c, clerk, "住房保障服务中心 3月报送.xlsx", "2026年4月3日", "04-03T10:02", true);
        housing(c, clerk, "住房保障服务中心 3月报送（更正）.xlsx", "2026年4月8日", "04-08T09:15", false);
        transport(c, clerk);
        culture(c, clerk);
        clerk.finish();
    }

    private static void official(County c, Clerk clerk) {
        Book table = new Book(Format.XLSX).author("TX-RSJ");
        BreakdownSheet b = new BreakdownSheet(c);
        b.attachment = "附件2";
        b.title = "棠溪区2026年省、市、区重点民生实事指标任务分解表";
        b.nameHeader = "民生实事项目";
        b.taskHeader = "具体指标";
        b.nameCols = 2;
        b.groupHeader = null;
        b.totalHeader = "任务总量";
        b.totalBefore = true;
        b.noteHeader = "备注";
        b.note = ind -> ind.no == 10 ? "全区统筹建设，不分解到镇（办事处）" : null;
        b.repeatHeaderBefore.add(9);
        b.notesBelow.add("注：本表所列任务为年度目标任务；“任务总量”为全区目标，各镇（乡、办事处）、高新区任务数之和不得低于任务总量。");
        b.write(table.page("分解表"));
        table.save(clerk.officialDir.resolve("棠溪区2026年民生实事指标任务分解表.xlsx"), Clerk.at("03-09T16:40"));
        clerk.officialFinding("OFF_SUM_MISMATCH", ERROR, 2, null, null, null);

        Book resp = new Book(Format.XLSX).author("TX-RSJ");
        ResponsibilitySheet r = new ResponsibilitySheet(c);
        r.attachment = "附件1";
        r.title = "棠溪区2026年省、市、区重点民生实事责任分解表";
        r.nameHeader = "实事项目";
        r.taskHeader = "具体任务";
        r.leaderHeader = "区级责任领导";
        r.leadHeader = "牵头单位";
        r.relatedHeader = "配合单位";
        r.write(resp.page("责任分解"));
        resp.save(clerk.officialDir.resolve("棠溪区2026年民生实事责任分解表.xlsx"), Clerk.at("03-09T16:42"));
    }

    /** In a sub-folder; an instructions sheet (填报说明) before the data sheet; correct. */
    private static void health(County c, Clerk clerk) {
        Submission sub = clerk.file("区卫健局/卫健局3月报送.xlsx", "区卫健局", Format.XLSX, "04-02T15:55");
        Page help = sub.page("填报说明");
        help.title("填报说明", 0);
        help.line("1.本表由各牵头单位填报，数据口径为2026年度目标任务分解数。", 0);
        help.line("2.各镇（乡、办事处）、高新区任务数须与区下达的任务分解表一致，如有调整请在备注栏说明。", 0);
        help.line("3.请于4月5日前报区民生实事工作专班办公室（区人社局就业股），电话：0739-5212036。", 0);
        help.widths(90);
        Page page = sub.page("报送表");
        Clerk.titled(page, "棠溪区卫健局2026年民生实事任务分解报送表", "填报单位：棠溪区卫生健康局", 11);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "指标";
        table.totalHeader = "合计";
        table.add(Line.official(c.ind(1)).label("新生儿疾病免费筛查与诊断服务"),
                Line.official(c.ind(2)).label("新增普惠性托位"));
        table.write(sub, page);
        page.widths(5, 26, 6, 9, 9, 9, 8, 8, 8, 8, 12, 8);
        sub.save(clerk.submissionsDir);
    }

    /** .xls in a sub-folder, long, every figure typed as text; correct. */
    private static void disabled(County c, Clerk clerk) {
        Submission sub = clerk.file("区残联/残联3月份报表.xls", "区残联", Format.XLS, "04-01T16:48");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "棠溪区2026年困难重度残疾人家庭无障碍改造任务分解", "填报单位：棠溪区残联", 2);
        LongSheet table = new LongSheet()
                .col(Role.TOWN, "办事处/镇")
                .col(Role.IND, "项目")
                .col(Role.VALUE, "户数");
        table.add(Line.official(c.ind(4)).label("困难重度残疾人家庭无障碍改造").form(Entry.Form.TEXT));
        table.write(sub, page);
        page.widths(22, 30, 8);
        sub.save(clerk.submissionsDir);
    }

    /** Two-row header, the total column headed 全区 before the townships, 万人 given in 人; correct. */
    private static void labour(County c, Clerk clerk) {
        Submission sub = clerk.file("人社局3月报送.xlsx", "区人社局", Format.XLSX, "04-03T18:20");
        Page page = sub.page("人社");
        Clerk.titled(page, "棠溪区人社局2026年民生实事任务分解表", "填报单位：棠溪区人力资源和社会保障局", 11);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "指标";
        table.totalHeader = "全区";
        table.totalBefore = true;
        table.groupHeader = "各镇（乡、办事处）、高新区任务";
        table.add(Line.split(c.ind(5), "1000,900,800,500,400,300,300,300").label("城镇新增就业"),
                Line.official(c.ind(6)).label("就业用工社保“三合一”数字服务覆盖率"),
                Line.official(c.ind(14)).label("加载交通出行功能的社保卡持卡人数").scale("10000", "人"));
        table.write(sub, page);
        page.widths(5, 30, 6, 9, 9, 9, 9, 8, 8, 8, 8, 14);
        writeLockFile(clerk.submissionsDir.resolve("~$人社局3月报送.xlsx"));
        sub.save(clerk.submissionsDir);
    }

    /** Transposed with notes; one township's figure differs (18 where 15 are due). */
    private static void justice(County c, Clerk clerk) {
        Submission sub = clerk.file("司法局.xlsx", "区司法局", Format.XLSX, "04-02T10:10");
        Page page = sub.page("法律援助");
        Clerk.titled(page, "棠溪区2026年法律援助案件任务分解", "填报单位：棠溪区司法局", 3);
        TransposedSheet table = new TransposedSheet(c.towns());
        table.seqHeader = "序号";
        table.townHeader = "镇（办事处）";
        table.noteHeader = "备注";
        table.add(Line.official(c.ind(7)).label("法律援助案件")
                .set(c.town("白鹭湖"), Entry.of("18").plant("SUB_VALUE_MISMATCH", ERROR))
                .note(c.town("白鹭湖"), "含白鹭湖渔场"));
        table.write(sub, page);
        page.widths(6, 22, 20, 20);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet; a task of the bureau's own that is in no official table. */
    private static void civil(County c, Clerk clerk) {
        Submission sub = clerk.file("民政局.xlsx", "区民政局", Format.XLSX, "04-03T11:05");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "棠溪区民政局2026年民生实事任务分解", "填报单位：棠溪区民政局", 3);
        LongSheet table = new LongSheet()
                .col(Role.TOWN, "乡镇")
                .col(Role.IND, "工作任务")
                .col(Role.UNIT, "单位")
                .col(Role.VALUE, "数量");
        Line visits = Line.unknown("开展“银龄关爱”走访慰问", "次");
        visits.set(c.town("城东"), Entry.of("200").plant("SUB_UNKNOWN_INDICATOR", ERROR, Any.TOWNSHIP, Any.CELL));
        table.add(Line.official(c.ind(8)).label("老年助餐服务点"), visits);
        table.write(sub, page);
        page.widths(22, 26, 6, 8);
        sub.save(clerk.submissionsDir);
    }

    /** The same unit twice: the first file (填报日期 4月3日) has a slip, the correction (4月8日) supersedes it. */
    private static void housing(County c, Clerk clerk, String file, String date, String when, boolean slip) {
        Submission sub = clerk.file(file, "区住房保障服务中心", Format.XLSX, when);
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "棠溪区2026年城镇老旧小区改造和保障性租赁住房任务分解",
                "填报单位：棠溪区住房保障服务中心                填报日期：" + date, 11);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "项目";
        table.totalHeader = "合计";
        Line estates = Line.official(c.ind(9)).label("开工改造城镇老旧小区");
        if (slip) {
            estates.set(c.town("城西"), Entry.of("4"));
        }
        table.add(estates, Line.split(c.ind(10), "80,64,60,60,,,,").label("开工建设保障性租赁住房"));
        table.write(sub, page);
        page.widths(5, 24, 6, 9, 9, 9, 8, 8, 8, 8, 12, 8);
        sub.save(clerk.submissionsDir);
    }

    /** .xls; one value written as a formula (=3+0.5) with its result saved; a pending target split exactly. */
    private static void transport(County c, Clerk clerk) {
        Submission sub = clerk.file("交通运输局.xls", "区交通运输局", Format.XLS, "04-02T17:36");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "棠溪区交通运输局2026年民生实事任务分解表", "填报单位：棠溪区交通运输局", 11);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "建设任务";
        table.totalHeader = "合计";
        table.add(Line.official(c.ind(11)).label("农村公路提质改造").set(c.town("白鹭湖"), Entry.formula("3+0.5", "3.5")),
                Line.split(c.ind(12), ",,,12,14,10,12,").label("农村公路安防设施"));
        table.write(sub, page);
        sub.save(clerk.submissionsDir);
    }

    /** A progress narrative with no table: readable, nothing recognisable. */
    private static void culture(County c, Clerk clerk) {
        Submission sub = clerk.file("文旅广体局应急广播建设进展.xlsx", "区文旅广体局", Format.XLSX, "04-01T09:30");
        Page page = sub.page("Sheet1");
        page.title("棠溪区应急广播体系建设工作进展情况", 0);
        page.line("报送单位：棠溪区文旅广体局", 0);
        page.line("一、工作进展。区级应急广播平台建设项目已完成招标，中标单位于3月中旬进场施工，前端终端点位勘察基本完成。", 0);
        page.line("二、存在问题。部分村（社区）终端安装点位供电线路老化，需协调供电部门配合改造。", 0);
        page.line("三、下步计划。4月底前完成平台主体设备安装调试，6月底前完成全部终端安装并申请省级验收。", 0);
        page.widths(110);
        sub.finding("SUB_TEMPLATE_MISMATCH", ERROR, null, null, null, null);
        sub.save(clerk.submissionsDir);
    }

    /** Excel's owner file for an open workbook: the user's name padded, then again in UTF-16. */
    private static void writeLockFile(Path file) {
        byte[] lock = new byte[165];
        String user = "Administrator";
        lock[0] = (byte) user.length();
        byte[] ascii = user.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, lock, 1, ascii.length);
        for (int i = 1 + ascii.length; i < 55; i++) {
            lock[i] = ' ';
        }
        lock[55] = (byte) user.length();
        byte[] utf16 = user.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, lock, 57, utf16.length);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lock);
            Files.setLastModifiedTime(file,
                    FileTime.from(Clerk.at("04-03T18:21").atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
