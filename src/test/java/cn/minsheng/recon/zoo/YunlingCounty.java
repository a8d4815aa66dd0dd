package cn.minsheng.recon.zoo;

import static cn.minsheng.recon.zoo.Clerk.ERROR;
import static cn.minsheng.recon.zoo.Clerk.WARNING;

import cn.minsheng.recon.zoo.Book.Format;
import cn.minsheng.recon.zoo.Entry.Any;
import cn.minsheng.recon.zoo.LongSheet.Role;
import java.nio.file.Path;

/**
 * 云岭县: a mountain county of thirteen townships (镇, 乡, a 瑶族乡 and a 国营林场), 22 indicators under category
 * rows 一、省级 / 二、市级 / 三、县级; both official tables in one .xls (Sheet1, Sheet2), the responsibility table
 * headed 县级联系领导 / 牵头部门 / 协同单位. Its official tables carry five defects of their own. See
 * {@link ZooWriter}.
 */
final class YunlingCounty {

    private YunlingCounty() {
    }

    static County plan() {
        County c = new County("云岭县");
        c.town("云阳镇", "云阳");
        c.town("茶园镇", "茶园");
        c.town("九龙镇", "九龙");
        c.town("高坪镇", "高坪");
        c.town("石桥乡", "石桥");
        c.town("枫林乡", "枫林");
        c.town("大坪乡", "大坪");
        c.town("白云瑶族乡", "白云瑶族乡");
        c.town("龙溪乡", "龙溪");
        c.town("黄柏乡", "黄柏");
        c.town("竹山乡", "竹山");
        c.town("金鸡乡", "金鸡");
        c.town("国营云岭林场", "国营云岭林场");
        String towns = "各乡镇、云岭林场";
        c.ind(1, "幼有所育", null, 1, "产前筛查率、新生儿疾病筛查率达90%以上", "%").rate("90")
                .lead("县卫健局", "彭志远", "县财政局，" + towns);
        c.ind(1, "幼有所育", null, 2, "开展心理健康和家庭教育指导“向阳花”活动65场", "场").each("5")
                .lead("县妇联", "彭志远", "县教育局、县民政局、团县委，" + towns);
        c.ind(2, "学有所教", null, 3, "提质升级中小学校食堂6所", "所").alloc(",1,1,,1,,1,,1,,1,,")
                .lead("县教育局", "彭志远", "县发改局、县财政局、县市场监管局，" + towns);
        c.ind(3, "劳有所得", null, 4, "城镇新增就业2800人以上", "人").directive(Kind.CENTRAL, "由县人社局统筹安排")
                .headline("2800").lead("县人社局", "杨春林", "县财政局、县教育局，" + towns);
        c.ind(3, "劳有所得", null, 5, "开展“技兴三湘一人一技”职业技能培训1300人次", "人次")
                .alloc("220,120,110,100,90,90,90,80,90,80,80,80,70").lead("县人社局", "杨春林", "县财政局、县农业农村局，" + towns);
        c.ind(4, "病有所医", null, 6, "家庭医生签约服务目标人群数不少于16.5万人", "万人")
                .alloc("3.8,1.5,1.4,1.3,1.1,1.0,1.1,0.9,1.2,1.0,1.1,0.9,0.2").lead("县卫健局", "彭志远", "县医保局，" + towns);
        c.ind(4, "病有所医", null, 7, "培训乡村医生26人", "人").each("2").lead("县卫健局", "彭志远", "县财政局，" + towns);
        c.ind(5, "住有所居", null, 8, "建设“和美湘村”2个", "个").alloc(",1,,,,,,,1,,,,")
                .lead("县农业农村局", "唐建军", "县发改局、县财政局，" + towns);
        c.ind(5, "住有所居", null, 9, "实施切坡建房地质灾害隐患治理860户", "户")
                .alloc("40,80,90,70,60,70,80,90,70,60,70,60,20").lead("县自然资源局", "唐建军", "县财政局，" + towns);
        c.ind(6, "弱有所扶", null, 10, "城乡低保指导标准分别不低于770元/月和520元/月", "元/月")
                .directive(Kind.STANDARD, "分别不低于770元/月和520元/月").lead("县民政局", "杨春林", "县财政局，" + towns);
        c.ind(6, "弱有所扶", null, 11, "康复救助残疾儿童96人", "人").directive(Kind.CENTRAL, "由县残联统筹安排")
                .headline("96").lead("县残联", "杨春林", "县财政局、县教育局、县卫健局，" + towns);
        c.ind(7, "难有所帮", null, 12, "建设流动供销服务乡村网点不少于12个", "个").alloc(",1,1,1,1,1,1,1,1,1,1,1,1")
                .lead("县供销合作社", "唐建军", "县财政局、县交通运输局、县邮政管理局，" + towns);
        c.ind(8, "愁有所解", null, 13, "新建农村4G、5G基站72个", "个").directive(Kind.OTHER, "县本级完成72个")
                .lead("县科工信局", "唐建军", "电信公司、移动公司、联通公司、铁塔公司");
        c.ind(8, "愁有所解", null, 14, "恢复和改善灌溉面积0.6万亩", "万亩")
                .directive(Kind.UPPER, "具体目标任务按省水利厅实施文件为准").lead("县水利局", "唐建军", towns);
        c.ind(9, "提高粮食产能", null, 15, "高标准农田建设2.6万亩", "万亩")
                .directive(Kind.CENTRAL, "由县农业农村局统筹安排").headline("2.6")
                .lead("县农业农村局", "唐建军", "县发改局、县财政局、县自然资源局、县水利局，" + towns);
        c.ind(9, "提高粮食产能", null, 16, "水稻机插机抛作业9万亩", "万亩")
                .alloc("0.5,0.9,1.0,0.9,0.8,0.7,0.8,0.5,0.8,0.6,0.7,0.8,")
                .lead("县农业农村局", "唐建军", "县财政局，" + towns);
        c.ind(10, null, null, 17, "开展农村村民自建桥梁安全隐患排查整治行动，共96座", "座")
                .alloc("2,8,9,7,8,6,9,10,8,7,9,8,3")
                .lead("县农业农村局", "唐建军", "县财政局、县交通运输局、县水利局、县应急管理局，" + towns);
        c.ind(11, null, null, 18, "农村自来水普及率达到90%以上", "%").alloc("90,90,90,90,90,90,90,90,90,90,90,,90")
                .lead("县水利局", "唐建军", "县卫健局、县生态环境分局，" + towns);
        c.ind(12, null, null, 19, "更新住宅老旧电梯6台", "台").alloc("6,,,,,,,,,,,,")
                .responsibilityName("更新住宅老旧电梯8台")
                .lead("县住建局", "唐建军", "县市场监管局、县财政局");
        c.ind(13, null, null, 20, "实施农村户厕改造370座", "座").alloc(",50,50,30,30,30,30,30,30,30,30,30,")
                .lead("县农业农村局", "唐建军", "县卫健局、县财政局，" + towns);
        c.ind(14, null, null, 21, "开展送戏下乡文化惠民演出120场", "场").alloc("10,10,10,10,10,10,10,10,10,10,10,10,")
                .noResponsibility();
        c.ind(15, null, null, 22, "城区新增公共停车泊位600个", "个").citywide("600")
                .lead("县住建局", "唐建军", "县公安局交警大队、县城管局、县自然资源局");
        c.strayResponsibility("实施城区线路入地工程", "唐建军", "县科工信局",
                "县城管局、县公安局、国网云岭县供电公司、电信公司、移动公司、联通公司");
        return c;
    }

    static void write(Path dir) {
        County c = plan();
        Clerk clerk = new Clerk(c, dir);
        official(c, clerk);
        health(c, clerk);
        women(c, clerk);
        education(c, clerk);
        labour(c, clerk);
        agriculture(c, clerk);
        land(c, clerk);
        disabled(c, clerk);
        supply(c, clerk);
        water(c, clerk);
        housing(c, clerk);
        clerk.finish();
    }

    /** Sheet1 the breakdown, Sheet2 the responsibility table; five defects of the office's own. */
    private static void official(County c, Clerk clerk) {
        Book book = new Book(Format.XLS).author("yl-rsj");
        BreakdownSheet b = new BreakdownSheet(c);
        b.attachment = "附件2";
        b.title = "云岭县2026年重点民生实事任务分解表";
        b.nameHeader = "实事项目及具体任务";
        b.nameCols = 2;
        b.unitHeader = "计量单位";
        b.groupHeader = "任务分解（乡镇、林场）";
        b.categories.put(1, "一、省级重点民生实事（14项）");
        b.categories.put(15, "二、市级重点民生实事（5项）");
        b.categories.put(20, "三、县级重点民生实事（3项）");
        b.repeatHeaderBefore.add(11);
        b.notesBelow.add("注：1.省、市级重点民生实事以省、市实施文件下达的目标任务为准；");
        b.notesBelow.add("2.各乡镇、云岭林场为属地责任主体，牵头部门负责业务指导和进度调度。");
        b.write(book.page("Sheet1"));
        ResponsibilitySheet r = new ResponsibilitySheet(c);
        r.attachment = "附件1";
        r.title = "云岭县2026年重点民生实事责任分解表";
        r.nameHeader = "实事项目";
        r.leaderHeader = "县级联系领导";
        r.leadHeader = "牵头部门";
        r.relatedHeader = "协同单位";
        r.repeatHeaderBefore.add(12);
        r.write(book.page("Sheet2"));
        book.save(clerk.officialDir.resolve("云岭县2026年重点民生实事两表（定稿）.xls"), Clerk.at("03-18T10:05"));
        clerk.officialFinding("OFF_SUM_MISMATCH", ERROR, 17, null, null, null);
        clerk.officialFinding("OFF_MISSING_TOWNSHIP", WARNING, 18, "金鸡乡", null, null);
        clerk.officialFinding("OFF_CROSS_TABLE_MISMATCH", ERROR, 19, null, null, null);
        clerk.officialFinding("OFF_NO_LEAD_UNIT", WARNING, 21, null, null, null);
        clerk.officialFinding("OFF_UNMATCHED_RESPONSIBILITY", WARNING, null, null, null, null);
    }

    /** .xls; figures typed as text and in full-width digits; correct. */
    private static void health(County c, Clerk clerk) {
        Submission sub = clerk.file("卫健局.xls", "县卫健局", Format.XLS, "04-02T11:18");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "云岭县卫生健康局2026年民生实事任务分解表", "填报单位：云岭县卫生健康局", 15);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "指标";
        table.add(Line.official(c.ind(1)).label("产前筛查率、新生儿疾病筛查率"),
                Line.official(c.ind(6)).label("家庭医生签约服务目标人群数").form(Entry.Form.TEXT),
                Line.official(c.ind(7)).label("培训乡村医生").form(Entry.Form.FULL_WIDTH));
        table.write(sub, page);
        page.widths(5, 26, 6, 7, 7, 7, 7, 7, 7, 7, 10, 7, 7, 7, 7, 12);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet: townships merged over villages (a 林场 over its 工区), header words of its own; correct. */
    private static void women(County c, Clerk clerk) {
        Submission sub = clerk.file("县妇联“向阳花”活动分解.xlsx", "县妇联", Format.XLSX, "04-03T09:58");
        Page page = sub.page("活动分解");
        Clerk.titled(page, "2026年“向阳花”家庭教育指导活动分解表", null, 4);
        Line line = Line.official(c.ind(2)).label("心理健康和家庭教育指导“向阳花”活动");
        line.villages(c.town("云阳"), "城南社区:2", "城北社区:2", "新街村:1");
        line.villages(c.town("茶园"), "茶园村:3", "岩门村:2");
        line.villages(c.town("九龙"), "九龙村:2", "双溪村:3");
        line.villages(c.town("高坪"), "高坪村:3", "塘坊村:2");
        line.villages(c.town("石桥"), "石桥村:2", "杉林村:3");
        line.villages(c.town("枫林"), "枫林村:3", "坳头村:2");
        line.villages(c.town("大坪"), "大坪村:2", "沙湾村:3");
        line.villages(c.town("白云瑶族乡"), "白云村:3", "瑶山村:2");
        line.villages(c.town("龙溪"), "龙溪村:2", "水口村:3");
        line.villages(c.town("黄柏"), "黄柏村:3", "桐子村:2");
        line.villages(c.town("竹山"), "竹山村:2", "竹园村:3");
        line.villages(c.town("金鸡"), "金鸡村:3", "凤形村:2");
        line.villages(c.town("国营云岭林场"), "一工区:3", "二工区:2");
        LongSheet table = new LongSheet()
                .col(Role.TOWN, "片区")
                .col(Role.VILLAGE, "行政村")
                .col(Role.IND, "活动")
                .col(Role.VALUE, "场次")
                .col(Role.NOTE, "联络人");
        String[] people = {"刘芳", "王春燕", "谢丽", "邓小红", "蒋敏", "唐玉梅", "周燕", "盘秀英", "胡艳", "杨柳", "陈红霞",
            "彭丽君", "何静"};
        for (int i = 0; i < people.length; i++) {
            line.note(c.towns().get(i), people[i]);
        }
        table.add(line);
        table.write(sub, page);
        page.widths(14, 12, 30, 8, 10);
        sub.save(clerk.submissionsDir);
    }

    /** Two-row header over short names; correct. */
    private static void education(County c, Clerk clerk) {
        Submission sub = clerk.file("教育局3月报送.xlsx", "县教育局", Format.XLSX, "04-01T10:45");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "云岭县教育局2026年民生实事任务分解表", "填报单位：云岭县教育局", 15);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "项目";
        table.groupHeader = "分解到乡镇（林场）";
        table.townLabel = Town::shortName;
        table.add(Line.official(c.ind(3)).label("中小学校食堂"));
        table.write(sub, page);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet with two number columns (计划数, 任务数) holding the same figures: ambiguous, values agree. */
    private static void labour(County c, Clerk clerk) {
        Submission sub = clerk.file("人社局.xlsx", "县人社局", Format.XLSX, "04-02T16:32");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "云岭县人社局2026年民生实事任务分解", "填报单位：云岭县人社局", 5);
        LongSheet table = new LongSheet()
                .col(Role.TOWN, "乡镇")
                .col(Role.IND, "指标")
                .col(Role.UNIT, "单位")
                .col(Role.VALUE, "计划数")
                .col(Role.COPY, "任务数")
                .col(Role.NOTE, "备注");
        table.add(Line.split(c.ind(4), "560,240,220,210,200,190,200,180,200,180,200,190,40").label("城镇新增就业")
                        .note("全县2800人以上"),
                Line.official(c.ind(5)).label("职业技能培训"));
        table.write(sub, page);
        sub.finding("LAYOUT_AMBIGUOUS_COLUMN", WARNING, null, null, page.name(), null);
        page.widths(14, 22, 6, 10, 10, 18);
        sub.save(clerk.submissionsDir);
    }

    /** Category rows 一、二、三、 between indicators, two-row header, full-width digits; correct. */
    private static void agriculture(County c, Clerk clerk) {
        Submission sub = clerk.file("农业农村局民生实事任务分解.xlsx", "县农业农村局", Format.XLSX, "04-03T14:26");
        Page page = sub.page("任务分解");
        Clerk.titled(page, "云岭县农业农村局2026年重点民生实事任务分解表",
                "填报单位：云岭县农业农村局                    填报日期：2026年4月3日", 15);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "实事内容";
        table.unitHeader = "计量单位";
        table.groupHeader = "乡镇（林场）任务";
        table.add(Line.category("一、省级民生实事"),
                Line.official(c.ind(8)).label("建设“和美湘村”"),
                Line.category("二、市级民生实事"),
                Line.split(c.ind(15), "0.2,0.3,0.3,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,").label("高标准农田建设"),
                Line.official(c.ind(16)).label("水稻机插机抛作业"),
                Line.official(c.ind(17)).label("农村村民自建桥梁安全隐患排查整治").form(Entry.Form.FULL_WIDTH),
                Line.category("三、县级民生实事"),
                Line.official(c.ind(20)).label("农村户厕改造"));
        int header = table.write(sub, page);
        page.print(header, header + 1);
        page.widths(5, 28, 8, 7, 7, 7, 7, 7, 7, 7, 10, 7, 7, 7, 7, 12);
        sub.save(clerk.submissionsDir);
    }

    /** .xls transposed with notes; the 林场's value left blank where 20 户 are due. */
    private static void land(County c, Clerk clerk) {
        Submission sub = clerk.file("县自然资源局.xls", "县自然资源局", Format.XLS, "04-02T09:12");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "云岭县2026年切坡建房地质灾害隐患治理任务分解", "填报单位：云岭县自然资源局", 3);
        TransposedSheet table = new TransposedSheet(c.towns());
        table.seqHeader = "序号";
        table.townHeader = "乡镇（林场）";
        table.noteHeader = "备注";
        Town forest = c.town("国营云岭林场");
        table.add(Line.official(c.ind(9)).label("切坡建房地质灾害隐患治理").drop(forest)
                .note(c.town("白云瑶族乡"), "瑶山片区集中治理").note(forest, "待林场核实后报送"));
        table.write(sub, page);
        sub.finding("SUB_MISSING_TOWNSHIP", ERROR, 9, forest.name(), page.name(), null);
        page.widths(6, 16, 24, 22);
        sub.save(clerk.submissionsDir);
    }

    /** A central target split exactly (96 人), 合计 after the townships; correct. */
    private static void disabled(County c, Clerk clerk) {
        Submission sub = clerk.file("残联.xlsx", "县残联", Format.XLSX, "04-01T15:30");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "2026年康复救助残疾儿童任务分解", "填报单位：云岭县残联", 16);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "项目";
        table.totalHeader = "合计";
        table.add(Line.split(c.ind(11), "12,8,8,8,7,7,7,6,8,7,7,7,4").label("康复救助残疾儿童"));
        table.write(sub, page);
        sub.save(clerk.submissionsDir);
    }

    private static void supply(County c, Clerk clerk) {
        Submission sub = clerk.file("供销社.xlsx", "县供销合作社", Format.XLSX, "04-03T10:40");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "云岭县2026年流动供销服务乡村网点建设任务", "填报单位：云岭县供销合作社", 15);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "任务";
        table.add(Line.official(c.ind(12)).label("流动供销服务乡村网点"));
        table.write(sub, page);
        sub.save(clerk.submissionsDir);
    }

    /** The rate the office left blank for 金鸡乡 is left blank here too; correct. */
    private static void water(County c, Clerk clerk) {
        Submission sub = clerk.file("水利局.xlsx", "县水利局", Format.XLSX, "04-02T14:50");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "云岭县2026年农村自来水普及率目标", "填报单位：云岭县水利局", 15);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "指标";
        table.add(Line.official(c.ind(18)).label("农村自来水普及率"));
        table.write(sub, page);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet; the elevators reported in 万元 (the investment) where 台 are due. */
    private static void housing(County c, Clerk clerk) {
        Submission sub = clerk.file("住建局.xlsx", "县住建局", Format.XLSX, "04-03T17:02");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "云岭县住建局2026年民生实事任务分解", "填报单位：云岭县住建局", 3);
        LongSheet table = new LongSheet()
                .col(Role.TOWN, "乡镇")
                .col(Role.IND, "项目")
                .col(Role.UNIT, "单位")
                .col(Role.VALUE, "数量");
        Town yunyang = c.town("云阳");
        table.add(Line.official(c.ind(19)).label("更新住宅老旧电梯").unit("万元")
                        .set(yunyang, Entry.of("150").plant("SUB_UNIT_MISMATCH", ERROR, Any.TOWNSHIP, Any.CELL)),
                Line.split(c.ind(22), "600,,,,,,,,,,,,").label("城区新增公共停车泊位"));
        table.write(sub, page);
        page.widths(12, 26, 8, 10);
        sub.save(clerk.submissionsDir);
    }
}
