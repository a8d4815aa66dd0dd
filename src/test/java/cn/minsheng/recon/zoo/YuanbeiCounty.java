package cn.minsheng.recon.zoo;

import static cn.minsheng.recon.zoo.Clerk.ERROR;

import cn.minsheng.recon.zoo.Book.Format;
import cn.minsheng.recon.zoo.LongSheet.Role;
import java.nio.file.Path;

/**
 * 沅北县: nine townships (街道, 镇, 乡, two 管理区 and a 回族乡), 16 indicators in a flat numbered list; both official
 * tables in one .xlsx, the responsibility table first (责任领导 / 责任单位 / 配合部门), the breakdown with a
 * one-row header and its total column last under 「2026年全县任务量」. See {@link ZooWriter}.
 */
final class YuanbeiCounty {

    private YuanbeiCounty() {
    }

    static County plan() {
        County c = new County("沅北县");
        c.town("沅北街道", "沅北");
        c.town("河洑镇", "河洑");
        c.town("太平铺乡", "太平铺");
        c.town("芦荻山乡", "芦荻山");
        c.town("丹洲乡", "丹洲");
        c.town("北洲管理区", "北洲");
        c.town("西湖管理区", "西湖");
        c.town("青林回族乡", "青林回族乡");
        c.town("木塘垸镇", "木塘垸");
        String towns = "各乡镇（街道、管理区）";
        c.ind(1, null, null, 1, "城镇新增就业3600人", "人").alloc("900,520,380,360,300,280,300,260,300")
                .lead("县人社局", "王志强", "县财政局、县发改局，" + towns);
        c.ind(2, null, null, 2, "开展“技兴三湘一人一技”职业技能培训1350人次", "人次")
                .alloc("270,150,140,140,130,130,130,120,140").lead("县人社局", "王志强", "县财政局、县教育局，" + towns);
        c.ind(3, null, null, 3, "发放创业担保贷款6000万元", "万元").directive(Kind.CENTRAL, "由县人社局统筹安排")
                .headline("6000").lead("县人社局", "王志强", "县财政局、人民银行沅北县支行");
        c.ind(4, null, null, 4, "家庭医生签约服务目标人群数不少于12.6万人", "万人")
                .alloc("2.8,1.6,1.3,1.2,1.1,1.0,1.2,1.1,1.3").lead("县卫健局", "李红梅", "县医保局，" + towns);
        c.ind(5, null, null, 5, "培训乡村医生27人", "人").each("3").lead("县卫健局", "李红梅", "县财政局，" + towns);
        c.ind(6, null, null, 6, "定点医院分娩医保政策范围内费用个人“零自付”100%", "%").rate("100").total("100%")
                .lead("县医保局", "李红梅", "县财政局、县卫健局，" + towns);
        c.ind(7, null, null, 7, "建设老年助餐服务点8个", "个").alloc("2,1,1,,1,1,1,,1")
                .lead("县民政局", "王志强", "县财政局、县市场监管局，" + towns);
        c.ind(8, null, null, 8, "实施特殊困难老年人家庭适老化改造339户", "户").alloc("60,45,35,35,30,30,34,30,40")
                .lead("县民政局", "王志强", "县财政局、县残联，" + towns);
        c.ind(9, null, null, 9, "提供法律援助案件248件", "件").directive(Kind.CENTRAL, "由县司法局统筹安排")
                .headline("248").lead("县司法局", "赵国平", towns);
        c.ind(10, null, null, 10, "建立乡镇综合应急救援队伍9支以上", "支").each("1")
                .lead("县应急管理局", "赵国平", "县消防救援大队，" + towns);
        c.ind(11, null, null, 11, "开工改造城镇老旧小区10个", "个").alloc("6,2,,,,,,,2")
                .lead("县住建局", "周敏", "县发改局、县财政局，" + towns);
        c.ind(12, null, null, 12, "农村公路提质改造12公里", "公里").alloc(",,3,2.5,2,2,,2.5,")
                .lead("县交通运输局", "周敏", "县财政局，" + towns);
        c.ind(13, null, null, 13, "建设农村公路安防设施48.464公里", "公里").directive(Kind.CENTRAL, "由县交通运输局统筹安排")
                .headline("48.464").lead("县交通运输局", "周敏", "县公安局交警大队，" + towns);
        c.ind(14, null, null, 14, "完成新增蓄水能力18万方", "万立方米")
                .directive(Kind.UPPER, "具体目标任务按省水利厅实施文件为准").lead("县水利局", "周敏", towns);
        c.ind(15, null, null, 15, "农村适龄及城镇低保适龄妇女“两癌”免费检查4800人", "人")
                .alloc("900,620,480,460,420,400,500,420,600").lead("县妇联", "李红梅", "县卫健局、县民政局，" + towns);
        c.ind(16, null, null, 16, "新增普惠性托位120个", "个").directive(Kind.OTHER, "县本级完成120个")
                .lead("县卫健局", "李红梅", "县教育局、县住建局");
        return c;
    }

    static void write(Path dir) {
        County c = plan();
        Clerk clerk = new Clerk(c, dir);
        official(c, clerk);
        labour(c, clerk);
        health(c, clerk);
        insurance(c, clerk);
        civil(c, clerk);
        justice(c, clerk);
        housing(c, clerk);
        transport(c, clerk);
        women(c, clerk);
        unnamed(c, clerk);
        water(c, clerk);
        clerk.finish();
    }

    private static void official(County c, Clerk clerk) {
        Book book = new Book(Format.XLSX).author("沅北县民生办");
        ResponsibilitySheet r = new ResponsibilitySheet(c);
        r.title = "沅北县2026年重点民生实事责任分解表";
        r.nameHeader = "民生实事";
        r.leaderHeader = "责任领导";
        r.leadHeader = "责任单位";
        r.relatedHeader = "配合部门";
        r.numbered = true;
        r.write(book.page("责任分解"));
        BreakdownSheet b = new BreakdownSheet(c);
        b.title = "沅北县2026年重点民生实事任务分解表";
        b.seqHeader = "编号";
        b.nameHeader = "实事名称";
        b.nameCols = 1;
        b.unitHeader = "计量单位";
        b.groupHeader = null;
        b.totalHeader = "2026年全县任务量";
        b.totalBefore = false;
        b.noteHeader = "备注";
        b.note = ind -> ind.no <= 10 ? "省级实事" : ind.no <= 14 ? "市级实事" : "县级实事";
        b.notesBelow.add("注：任务量以各乡镇（街道、管理区）为单位分解，县本级任务由责任单位直接组织实施。");
        b.write(book.page("任务分解"));
        book.save(clerk.officialDir.resolve("沅北县2026年民生实事“两表”.xlsx"), Clerk.at("03-10T11:20"));
    }

    /** .xls transposed; 城镇新增就业 given in 万人, the unit only in its header's parentheses; short names. */
    private static void labour(County c, Clerk clerk) {
        Submission sub = clerk.file("人社局2026年3月报送.xls", "县人社局", Format.XLS, "04-02T10:35");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "沅北县人社局2026年民生实事任务分解表",
                "填报单位：沅北县人社局            填报日期：2026年4月2日", 4);
        TransposedSheet table = new TransposedSheet(c.towns());
        table.seqHeader = "序号";
        table.townHeader = "乡镇（街道、管理区）";
        table.townLabel = Town::shortName;
        table.totalLabel = "合计";
        table.add(Line.official(c.ind(1)).label("城镇新增就业").scale("0.0001", "万人"),
                Line.official(c.ind(2)).label("职业技能培训"),
                Line.split(c.ind(3), "1500,800,600,500,500,500,600,400,600").label("创业担保贷款"));
        table.write(sub, page);
        page.widths(5, 18, 16, 16, 16);
        sub.save(clerk.submissionsDir);
    }

    /** Two-row header in words of its own, the total (汇总) before the townships, a notes column; correct. */
    private static void health(County c, Clerk clerk) {
        Submission sub = clerk.file("县卫健局.xlsx", "县卫健局", Format.XLSX, "04-03T15:12");
        Page page = sub.page("卫健");
        Clerk.titled(page, "沅北县卫生健康局2026年重点民生实事任务分配表", "填报单位：沅北县卫生健康局", 14);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "工作任务";
        table.unitHeader = "计量";
        table.groupHeader = "各乡镇（街道、管理区）任务分配";
        table.totalHeader = "汇总";
        table.totalBefore = true;
        table.noteHeader = "备注";
        table.add(Line.official(c.ind(4)).label("家庭医生签约服务目标人群数").note("以国家基本公共卫生服务系统数据为准"),
                Line.official(c.ind(5)).label("培训乡村医生").note("县人民医院、县中医院承训"));
        table.write(sub, page);
        page.widths(5, 26, 6, 8, 8, 8, 8, 8, 8, 8, 8, 10, 8, 24);
        sub.save(clerk.submissionsDir);
    }

    /** A rate per township, typed as text; correct. */
    private static void insurance(County c, Clerk clerk) {
        Submission sub = clerk.file("医保局.xlsx", "县医保局", Format.XLSX, "04-01T11:02");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "沅北县医疗保障局2026年民生实事任务分解表", "填报单位：沅北县医保局", 11);
        WideSheet table = new WideSheet(c.towns());
        table.add(Line.official(c.ind(6)).label("定点医院分娩医保政策范围内费用个人“零自付”").form(Entry.Form.TEXT));
        table.write(sub, page);
        page.widths(5, 34, 6, 9, 8, 8, 8, 8, 8, 8, 10, 8);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet grouped by township (merged over its indicator rows); two digits swapped in one value. */
    private static void civil(County c, Clerk clerk) {
        Submission sub = clerk.file("县民政局报送表.xlsx", "县民政局", Format.XLSX, "04-02T17:48");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "沅北县民政局2026年养老服务民生实事任务分解表", "填报单位：沅北县民政局", 3);
        LongSheet table = new LongSheet()
                .col(Role.TOWN, "乡镇")
                .col(Role.IND, "实事任务")
                .col(Role.UNIT, "单位")
                .col(Role.VALUE, "分解数");
        table.byTown = true;
        table.townOrder = c.towns();
        table.add(Line.official(c.ind(7)).label("老年助餐服务点"),
                Line.official(c.ind(8)).label("特殊困难老年人家庭适老化改造")
                        .set(c.town("西湖"), Entry.of("43").plant("SUB_VALUE_MISMATCH", ERROR)));
        table.write(sub, page);
        page.widths(14, 30, 6, 10);
        sub.save(clerk.submissionsDir);
    }

    /** Transposed, the township column headed 单位名称; a central target split exactly; correct. */
    private static void justice(County c, Clerk clerk) {
        Submission sub = clerk.file("司法局.xlsx", "县司法局", Format.XLSX, "04-03T09:30");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "2026年法律援助案件任务分解表", "填报单位：沅北县司法局", 3);
        TransposedSheet table = new TransposedSheet(c.towns());
        table.seqHeader = "序号";
        table.townHeader = "单位名称";
        table.noteHeader = "备注";
        table.add(Line.split(c.ind(9), "60,30,22,20,20,20,24,22,30").label("法律援助案件")
                .note(c.town("沅北"), "含县城区法律援助工作站"));
        table.write(sub, page);
        page.widths(6, 16, 22, 26);
        sub.save(clerk.submissionsDir);
    }

    /** Short names, a column of estate names; correct. */
    private static void housing(County c, Clerk clerk) {
        Submission sub = clerk.file("住建局老旧小区.xlsx", "县住建局", Format.XLSX, "04-02T08:50");
        Page page = sub.page("老旧小区");
        Clerk.titled(page, "沅北县2026年城镇老旧小区改造计划", "填报单位：沅北县住建局", 12);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "改造任务";
        table.townLabel = Town::shortName;
        table.noteHeader = "拟改造小区";
        table.add(Line.official(c.ind(11)).label("城镇老旧小区")
                .note("沅北：电机厂宿舍、粮站小区、农机公司宿舍、老县委大院、交通局宿舍、供销小区；河洑：河洑老街片区、"
                        + "轴承厂宿舍；木塘垸：木塘垸老街、食品站宿舍"));
        table.write(sub, page);
        page.widths(5, 16, 6, 7, 7, 7, 7, 7, 7, 7, 10, 7, 40);
        sub.save(clerk.submissionsDir);
    }

    /** .xls wide; one value entered as a formula (=1.5+1) with its result saved; a split of 48.464 公里. */
    private static void transport(County c, Clerk clerk) {
        Submission sub = clerk.file("交通运输局.xls", "县交通运输局", Format.XLS, "04-03T16:05");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "沅北县交通运输局2026年民生实事任务分解表", "填报单位：沅北县交通运输局", 12);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "建设任务";
        table.totalHeader = "合计";
        table.add(Line.official(c.ind(12)).label("农村公路提质改造")
                        .set(c.town("芦荻山"), Entry.formula("1.5+1", "2.5")),
                Line.split(c.ind(13), ",,8.2,6.5,7.164,5.6,6,7,8").label("农村公路安防设施"));
        table.write(sub, page);
        page.widths(5, 22, 6, 8, 8, 8, 8, 8, 9, 9, 10, 8, 10);
        sub.save(clerk.submissionsDir);
    }

    /** A formula saved without its result, as a reporting platform exports it. */
    private static void women(County c, Clerk clerk) {
        Submission sub = clerk.file("妇联两癌检查.xlsx", "县妇联", Format.XLSX, "04-01T17:25");
        Page page = sub.page("两癌检查");
        Clerk.titled(page, "沅北县2026年“两癌”免费检查任务分解表", "填报单位：沅北县妇联", 11);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "任务";
        table.add(Line.official(c.ind(15)).label("“两癌”免费检查")
                .set(c.town("芦荻山"), Entry.formulaWithoutValue("300+160").plant("SUB_FORMULA_NO_VALUE", ERROR)));
        table.write(sub, page);
        page.widths(5, 20, 6, 9, 8, 8, 8, 8, 10, 10, 10, 8);
        sub.save(clerk.submissionsDir);
    }

    /** 工作簿1: no unit named anywhere (a draft forwarded without a word); its figures are the official ones. */
    private static void unnamed(County c, Clerk clerk) {
        Submission sub = clerk.file("工作簿1.xlsx", null, Format.XLSX, "04-02T20:14");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "民生实事任务分解表", null, 11);
        WideSheet table = new WideSheet(c.towns());
        table.add(Line.official(c.ind(1)).label("城镇新增就业"));
        table.write(sub, page);
        sub.finding("FILE_UNKNOWN_DEPARTMENT", ERROR, null, null, null, null);
        sub.save(clerk.submissionsDir);
    }

    /** A unit not expected to submit reports an upper-level indicator (万方 = 万立方米); INFO only. */
    private static void water(County c, Clerk clerk) {
        Submission sub = clerk.file("水利局蓄水能力.xlsx", "县水利局", Format.XLSX, "04-03T11:40");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "沅北县2026年新增蓄水能力任务安排", "填报单位：沅北县水利局", 2);
        TransposedSheet table = new TransposedSheet(c.towns());
        table.townHeader = "乡镇（管理区）";
        table.noteHeader = "主要工程";
        table.add(Line.split(c.ind(14), ",3,2.5,2,3,2,2.5,1,2").label("新增蓄水能力").unit("万方")
                .note(c.town("河洑"), "山塘清淤扩容12口").note(c.town("北洲"), "北洲电排站配套"));
        table.write(sub, page);
        page.widths(16, 22, 24);
        sub.save(clerk.submissionsDir);
    }
}
