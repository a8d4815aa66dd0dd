package cn.minsheng.recon.zoo;

import static cn.minsheng.recon.zoo.Clerk.ERROR;
import static cn.minsheng.recon.zoo.Clerk.WARNING;

import cn.minsheng.recon.zoo.Book.Format;
import cn.minsheng.recon.zoo.Entry.Any;
import cn.minsheng.recon.zoo.LongSheet.Role;
import java.nio.file.Path;

/**
 * 桃溪县: ten townships (one 街道, 镇 and 乡), 17 indicators; the official tables as two .xls files, the
 * breakdown with a one-row header, a 全县任务 column before the townships (stating 「135场以上」 and 「不少于20个」
 * where the townships add up to more), zeros in unallocated cells and a 备注 column; the responsibility table
 * headed 分管县领导 / 主责单位 / 协办单位 with leader and unit merged down. See {@link ZooWriter}.
 */
final class TaoxiCounty {

    private TaoxiCounty() {
    }

    static County plan() {
        County c = new County("桃溪县");
        c.town("桃花街道", "桃花");
        c.town("溪口镇", "溪口");
        c.town("马坪镇", "马坪");
        c.town("官渡镇", "官渡");
        c.town("长岭镇", "长岭");
        c.town("杨林乡", "杨林");
        c.town("三溪乡", "三溪");
        c.town("枫树乡", "枫树");
        c.town("龙门镇", "龙门");
        c.town("梅仙镇", "梅仙");
        String towns = "各乡镇（街道）";
        String education = "县发改局、县财政局、县住建局、县自然资源局、县市场监管局，" + towns;
        String labour = "县财政局、县教育局、县科工信局、县农业农村局，" + towns;
        String health = "县财政局、县医保局，" + towns;
        c.ind(1, "幼有所育", null, 1, "实现产前筛查率、新生儿疾病筛查率达90%以上", "%").rate("90").total("90%以上")
                .lead("县卫健局", "刘卫东", "县财政局，" + towns);
        c.ind(1, "幼有所育", null, 2, "开展心理健康和家庭教育指导“向阳花”活动", "场")
                .alloc("20,15,14,14,13,12,12,12,14,14").total("135场以上")
                .responsibilityName("线上线下开展心理健康和家庭教育指导“向阳花”活动135场以上")
                .lead("县妇联", "刘卫东", "县教育局、县民政局、团县委，" + towns);
        c.ind(1, "幼有所育", null, 3, "培育职工子女托育托管服务点1个以上", "个").alloc("1,,,,,,,,,")
                .lead("县总工会", "陈志刚", "县发改局、县财政局、县教育局、县卫健局、县市场监管局、团县委，" + towns);
        c.ind(2, "学有所教", null, 4, "扩充优质普通高中公办学位430个以上", "个").citywide("430")
                .lead("县教育局", "刘卫东", education);
        c.ind(2, "学有所教", null, 5, "提质升级中小学校食堂8所", "所").alloc(",1,1,1,1,1,1,,1,1")
                .lead("县教育局", "刘卫东", education);
        c.ind(3, "劳有所得", null, 6, "新增城镇就业6100人以上", "人")
                .directive(Kind.CENTRAL, "由县人社局统筹安排").headline("6100").lead("县人社局", "陈志刚", labour);
        c.ind(3, "劳有所得", null, 7, "开展“技兴三湘一人一技”职业技能培训2120人次", "人次")
                .alloc("400,220,200,200,190,170,180,160,200,200").lead("县人社局", "陈志刚", labour);
        c.ind(4, "病有所医", null, 8, "提升城乡居民基本医疗卫生服务水平，家庭医生签约服务目标人群数不少于30.04万人", "万人")
                .alloc("5.12,3.46,2.98,3.05,2.74,2.21,2.36,2.18,2.96,2.98").lead("县卫健局", "刘卫东", health);
        c.ind(4, "病有所医", null, 9, "提升基层医疗卫生服务能力，培训乡村医生98人以上", "人")
                .alloc("8,10,10,10,10,10,10,10,10,10").lead("县卫健局", "刘卫东", health);
        c.ind(5, "住有所居", null, 10, "实施切坡建房地质灾害隐患治理1478户以上", "户")
                .directive(Kind.PENDING, "全县完成1478户以上，待摸底完成后确定各乡镇（街道）任务数").headline("1478")
                .lead("县自然资源局", "黄海波", "县财政局、县住建局，" + towns);
        c.ind(5, "住有所居", null, 11, "建设“和美湘村”2个以上", "个").alloc(",,,,1,,,1,,")
                .lead("县农业农村局", "黄海波", "县发改局、县财政局，" + towns);
        c.ind(6, "弱有所扶", null, 12, "残疾人两项补贴标准均提高到110元/月·人", "元/月·人")
                .directive(Kind.STANDARD, "不低于110元/月·人").lead("县民政局", "陈志刚", "县财政局、县残联，" + towns);
        c.ind(6, "弱有所扶", null, 13, "康复救助残疾儿童330人以上", "人")
                .directive(Kind.CENTRAL, "由县残联统筹安排").headline("330")
                .lead("县残联", "陈志刚", "县财政局、县教育局、县民政局、县卫健局、县医保局，" + towns);
        c.ind(7, "急有所助", null, 14, "提升全县公共安全智慧安防水平，开展高速公路等安防建设9处以上", "处")
                .directive(Kind.UPPER, "具体任务按省公安厅下达文件为准").lead("县公安局", "黄海波", "县交通运输局");
        c.ind(8, "难有所帮", null, 15, "建设流动供销服务乡村网点", "个").alloc(",3,2,3,2,3,2,2,3,2").total("不少于20个")
                .responsibilityName("开展流动供销便民服务，建设流动供销服务乡村网点不少于20个")
                .lead("县供销合作联社", "黄海波", "县财政局、县交通运输局、县农业农村局、县邮政管理局，" + towns);
        c.ind(8, "难有所帮", null, 16, "为外卖骑手等户外劳动者新建“爱心驿站”9家以上", "家").citywide("9")
                .lead("县人社局", "陈志刚", "县委社会工作部、县财政局、县总工会，" + towns);
        c.ind(9, null, null, 17, "更新住宅老旧电梯7台", "台").alloc("5,2,,,,,,,,").tier("县级")
                .lead("县住建局", "黄海波", "县发改局、县财政局、县市场监管局，" + towns);
        return c;
    }

    static void write(Path dir) {
        County c = plan();
        Clerk clerk = new Clerk(c, dir);
        official(c, clerk);
        health(c, clerk);
        women(c, clerk);
        unions(c, clerk);
        education(c, clerk);
        labour(c, clerk);
        land(c, clerk);
        agriculture(c, clerk);
        disabled(c, clerk);
        supply(c, clerk);
        civil(c, clerk);
        clerk.finish();
    }

    private static void official(County c, Clerk clerk) {
        Book resp = new Book(Format.XLS).author("tx-zhuanban");
        ResponsibilitySheet r = new ResponsibilitySheet(c);
        r.attachment = "附件1";
        r.title = "桃溪县2026年重点民生实事责任分工表";
        r.nameHeader = "民生实事项目";
        r.taskHeader = "具体任务";
        r.leaderHeader = "分管县领导";
        r.leadHeader = "主责单位";
        r.relatedHeader = "协办单位";
        r.notesBelow.add("注：主责单位为第一责任单位，负责牵头制定实施方案、分解任务、调度进度；协办单位按职责配合。");
        r.write(resp.page("责任分工"));
        resp.save(clerk.officialDir.resolve("附件1：桃溪县2026年重点民生实事责任分工表.xls"), Clerk.at("03-16T15:00"));

        Book table = new Book(Format.XLS).author("tx-zhuanban");
        BreakdownSheet b = new BreakdownSheet(c);
        b.attachment = "附件2";
        b.title = "桃溪县2026年重点民生实事任务分解表";
        b.nameHeader = "项目及指标任务";
        b.nameCols = 2;
        b.unitHeader = "计量单位";
        b.groupHeader = null;
        b.totalHeader = "全县任务";
        b.totalBefore = true;
        b.noteHeader = "备注";
        b.note = ind -> ind.tier != null ? "县级民生实事" : "省级民生实事";
        b.zeros = true;
        b.repeatHeaderBefore.add(10);
        b.notesBelow.add("注：1.1—8项为省级重点民生实事，9项为县级重点民生实事；");
        b.notesBelow.add("2.各乡镇（街道）任务数为2026年度目标任务，由主责单位负责调度，每月5日前报县民生实事工作专班办公室。");
        b.write(table.page("任务分解"));
        table.save(clerk.officialDir.resolve("附件2：桃溪县2026年重点民生实事任务分解表.xls"), Clerk.at("03-16T15:02"));
    }

    /** Two visible data sheets, category rows 一、二、 on the second; correct. */
    private static void health(County c, Clerk clerk) {
        Submission sub = clerk.file("县卫健局民生实事任务分解报送表.xlsx", "县卫健局", Format.XLSX, "04-03T16:10");
        Page first = sub.page("表一 优生优育");
        Clerk.titled(first, "表一：2026年优生优育服务任务分解表", "填报单位：桃溪县卫生健康局", 13);
        WideSheet one = new WideSheet(c.towns());
        one.nameHeader = "指标";
        one.noteHeader = "备注";
        one.add(Line.official(c.ind(1)).label("产前筛查率、新生儿疾病筛查率").note("达90%以上"));
        one.write(sub, first);
        first.widths(5, 28, 6, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 12);

        Page second = sub.page("表二 医疗服务");
        Clerk.titled(second, "表二：2026年基本医疗服务任务分解表", "填报单位：桃溪县卫生健康局", 13);
        WideSheet two = new WideSheet(c.towns());
        two.nameHeader = "指标";
        two.noteHeader = "备注";
        two.add(Line.category("一、家庭医生签约服务"),
                Line.official(c.ind(8)).label("家庭医生签约服务目标人群数").note("重点人群签约率不低于75%"),
                Line.category("二、乡村医生培训"),
                Line.official(c.ind(9)).label("培训乡村医生"));
        two.write(sub, second);
        second.widths(5, 28, 6, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 20);
        sub.save(clerk.submissionsDir);
    }

    /** .xls: 「待定」 where a number is due, and a row of the 总工会's indicator. */
    private static void women(County c, Clerk clerk) {
        Submission sub = clerk.file("妇联.xls", "县妇联", Format.XLS, "04-02T11:45");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "桃溪县妇联2026年民生实事任务分解表", "填报单位：桃溪县妇联        填报人：李雪", 12);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "工作任务";
        table.townLabel = Town::shortName;
        Line activities = Line.official(c.ind(2)).label("心理健康和家庭教育指导“向阳花”活动")
                .set(c.town("枫树"), Entry.invalid("待定").plant("SUB_INVALID_VALUE", ERROR));
        Line childcare = Line.official(c.ind(3)).label("培育职工子女托育托管服务点");
        Town taohua = c.town("桃花");
        childcare.set(taohua, Entry.of("1").plant("SUB_NOT_LEAD_UNIT", WARNING, Any.DEPARTMENT, Any.TOWNSHIP, Any.CELL));
        table.add(activities, childcare);
        table.write(sub, page);
        page.widths(5, 30, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7);
        sub.save(clerk.submissionsDir);
    }

    /** One row, no unit column: the smallest long sheet a clerk sends; correct. */
    private static void unions(County c, Clerk clerk) {
        Submission sub = clerk.file("总工会.xlsx", "县总工会", Format.XLSX, "04-01T09:05");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "桃溪县总工会2026年职工子女托育托管服务点建设任务", null, 2);
        LongSheet table = new LongSheet().col(Role.TOWN, "乡镇").col(Role.IND, "项目").col(Role.VALUE, "数量");
        table.add(Line.official(c.ind(3)).label("职工子女托育托管服务点"));
        table.write(sub, page);
        page.widths(12, 30, 8);
        sub.save(clerk.submissionsDir);
    }

    /** Category rows as section headings, short names with a full-width space; a school canteen where none is due. */
    private static void education(County c, Clerk clerk) {
        Submission sub = clerk.file("县教育局3月报送.xlsx", "县教育局", Format.XLSX, "04-03T17:30");
        Page page = sub.page("教育");
        Clerk.titled(page, "桃溪县教育局2026年重点民生实事任务分解表",
                "填报单位（盖章）：桃溪县教育局                          2026年4月3日", 13);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "项目名称";
        table.townLabel = t -> t.shortName().length() == 2
                ? t.shortName().charAt(0) + "\u3000" + t.shortName().charAt(1) : t.shortName();
        table.totalHeader = "合计";
        Town taohua = c.town("桃花");
        table.add(Line.category("一、普通高中扩容"),
                Line.split(c.ind(4), "200,80,,50,,,,,100,").label("扩充优质普通高中公办学位"),
                Line.category("二、中小学校食堂提质升级"),
                Line.official(c.ind(5)).label("提质升级中小学校食堂")
                        .set(taohua, Entry.of("1").plant("SUB_EXTRA_TOWNSHIP", ERROR)));
        table.write(sub, page);
        page.widths(5, 26, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet by indicator; 「1,200」 and numbers typed as text; correct. */
    private static void labour(County c, Clerk clerk) {
        Submission sub = clerk.file("人社局.xlsx", "县人社局", Format.XLSX, "04-02T15:20");
        Page page = sub.page("任务分解");
        Clerk.titled(page, "2026年人社领域重点民生实事任务分解情况", "填报单位：桃溪县人力资源和社会保障局", 5);
        LongSheet table = new LongSheet()
                .col(Role.SEQ, "序号")
                .col(Role.IND, "指标名称")
                .col(Role.TOWN, "乡镇")
                .col(Role.UNIT, "单位")
                .col(Role.VALUE, "任务数")
                .col(Role.NOTE, "备注");
        table.add(Line.split(c.ind(6), "1200,700,550,600,520,450,480,400,620,630").label("新增城镇就业")
                        .form(c.town("桃花"), Entry.Form.THOUSANDS).note("全县目标6100人以上"),
                Line.official(c.ind(7)).label("“技兴三湘一人一技”职业技能培训").form(Entry.Form.TEXT),
                Line.split(c.ind(16), "5,2,,,,,,,2,").label("户外劳动者新建“爱心驿站”")
                        .note(c.town("桃花"), "含县城区4家"));
        table.write(sub, page);
        page.widths(5, 30, 12, 6, 10, 20);
        sub.save(clerk.submissionsDir);
    }

    /** .xls, transposed with a single indicator column and a 合计 row; a pending target split above its floor. */
    private static void land(County c, Clerk clerk) {
        Submission sub = clerk.file("自然资源局切坡建房.xls", "县自然资源局", Format.XLS, "04-03T09:15");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "2026年切坡建房地质灾害隐患治理任务分解表", "填报单位：桃溪县自然资源局", 2);
        TransposedSheet table = new TransposedSheet(c.towns());
        table.seqHeader = "序号";
        table.townHeader = "乡镇（街道）";
        table.totalLabel = "合计";
        table.add(Line.split(c.ind(10), "60,180,170,150,160,140,150,160,170,160").label("切坡建房地质灾害隐患治理"));
        table.write(sub, page);
        page.widths(6, 16, 26);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet with a village column; one row under a township merged away years ago (沙田乡). */
    private static void agriculture(County c, Clerk clerk) {
        Submission sub = clerk.file("农业农村局.xlsx", "县农业农村局", Format.XLSX, "04-02T10:00");
        Page page = sub.page("和美湘村");
        Clerk.titled(page, "桃溪县2026年“和美湘村”建设任务", "填报单位：桃溪县农业农村局", 4);
        Town shatian = new Town("沙田乡", "沙田");
        Line line = Line.official(c.ind(11)).label("建设“和美湘村”");
        line.entries.clear();
        line.villages(c.town("长岭"), "石桥村:1");
        line.villages(c.town("枫树"), "枫林村:1");
        line.village(shatian, "沙田村",
                Entry.of("1").plant("SUB_UNKNOWN_TOWNSHIP", ERROR, Any.INDICATOR, Any.CELL));
        LongSheet table = new LongSheet()
                .col(Role.TOWN, "乡镇")
                .col(Role.VILLAGE, "村")
                .col(Role.IND, "建设内容")
                .col(Role.UNIT, "单位")
                .col(Role.VALUE, "数量");
        table.add(line);
        table.write(sub, page);
        page.widths(12, 12, 24, 6, 8);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet with a 合计 row under the townships; a central target split above its floor. */
    private static void disabled(County c, Clerk clerk) {
        Submission sub = clerk.file("残联康复救助.xlsx", "县残联", Format.XLSX, "04-01T14:40");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "2026年康复救助残疾儿童任务分解表", "填报单位：桃溪县残联", 4);
        LongSheet table = new LongSheet()
                .col(Role.SEQ, "序号")
                .col(Role.TOWN, "乡镇（街道）")
                .col(Role.IND, "项目")
                .col(Role.UNIT, "计量单位")
                .col(Role.VALUE, "救助人数");
        table.subtotalLabel = "合计";
        table.add(Line.split(c.ind(13), "50,35,32,33,30,28,29,27,36,35").label("康复救助残疾儿童"));
        table.write(sub, page);
        page.widths(5, 14, 20, 8, 10);
        sub.save(clerk.submissionsDir);
    }

    /** Two-row header grouping the townships, the total before them; correct. */
    private static void supply(County c, Clerk clerk) {
        Submission sub = clerk.file("县供销合作联社.xlsx", "县供销合作联社", Format.XLSX, "04-02T16:55");
        Page page = sub.page("网点分布");
        Clerk.titled(page, "桃溪县2026年流动供销服务乡村网点分布表", "填报单位：桃溪县供销合作联社", 13);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "任务名称";
        table.totalHeader = "合计";
        table.totalBefore = true;
        table.groupHeader = "网点分布（个）";
        table.add(Line.official(c.ind(15)).label("流动供销服务乡村网点"));
        table.write(sub, page);
        page.widths(5, 22, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8);
        sub.save(clerk.submissionsDir);
    }

    /** A unit not expected to submit sends a standard per township; one township under the minimum. */
    private static void civil(County c, Clerk clerk) {
        Submission sub = clerk.file("民政局-两项补贴.xlsx", "县民政局", Format.XLSX, "04-03T10:20");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "桃溪县2026年残疾人两项补贴发放标准", "填报单位：桃溪县民政局", 12);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "补贴项目";
        table.unitHeader = "标准单位";
        table.add(Line.official(c.ind(12)).label("残疾人两项补贴标准")
                .set(c.town("桃花"), Entry.of("110")).set(c.town("溪口"), Entry.of("110"))
                .set(c.town("马坪"), Entry.of("110")).set(c.town("官渡"), Entry.of("115"))
                .set(c.town("长岭"), Entry.of("110")).set(c.town("杨林"), Entry.of("110"))
                .set(c.town("三溪"), Entry.of("100").plant("SUB_BELOW_STANDARD", ERROR))
                .set(c.town("枫树"), Entry.of("110")).set(c.town("龙门"), Entry.of("110"))
                .set(c.town("梅仙"), Entry.of("110")));
        table.write(sub, page);
        page.widths(5, 22, 10, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7);
        sub.save(clerk.submissionsDir);
    }
}
