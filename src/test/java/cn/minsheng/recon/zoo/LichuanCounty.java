package cn.minsheng.recon.zoo;

import static cn.minsheng.recon.zoo.Clerk.ERROR;
import static cn.minsheng.recon.zoo.Clerk.WARNING;

import cn.minsheng.recon.zoo.Book.Format;
import cn.minsheng.recon.zoo.Entry.Any;
import cn.minsheng.recon.zoo.LongSheet.Role;
import java.nio.file.Path;
import java.util.List;

/**
 * 澧川县: twelve townships (街道, 镇, 乡, an 经济开发区 and a 农场), 21 indicators; both official tables as two
 * sheets of one .xlsx in the Miluo style (three name columns, two-row header, header repeated after page breaks).
 * See {@link ZooWriter} for its files and what each plants.
 */
final class LichuanCounty {

    private LichuanCounty() {
    }

    static County plan() {
        County c = new County("澧川县");
        c.town("澧阳街道", "澧阳");
        c.town("东湖街道", "东湖");
        c.town("白沙镇", "白沙");
        c.town("石门桥镇", "石门桥");
        c.town("龙潭镇", "龙潭");
        c.town("黄土铺镇", "黄土铺");
        c.town("双港镇", "双港");
        c.town("清水乡", "清水");
        c.town("桐木乡", "桐木");
        c.town("金盆乡", "金盆");
        c.town("澧川经济开发区", "澧川经济开发区");
        c.town("青山农场", "青山农场");
        String towns = "各乡镇（街道）";
        c.ind(1, "幼有所育", "提高优生优育服务水平", 1, "产前筛查率、新生儿疾病筛查率达90%以上", "%").rate("90")
                .lead("县卫健局", "邓晓梅", "县财政局，" + towns);
        c.ind(1, "幼有所育", "关爱未成年人成长", 2, "开展48场心理健康和家庭教育指导“向阳花”活动", "场").each("4")
                .lead("县妇联", "邓晓梅", "县财政局、县教育局、县民政局、县卫健局、团县委，" + towns);
        c.ind(2, "学有所教", null, 3, "扩充优质普通高中公办学位300个", "个").citywide("300")
                .lead("县教育局", "邓晓梅", "县发改局、县财政局、县住建局、县自然资源局，" + towns);
        c.ind(2, "学有所教", null, 4, "提质升级5所中小学校食堂", "所").alloc(",,1,,1,1,,1,,1,,")
                .lead("县教育局", "邓晓梅", "县发改局、县财政局、县市场监管局，" + towns);
        c.ind(3, "劳有所得", "促进高质量充分就业", 5, "城镇新增就业5200人以上", "人")
                .directive(Kind.CENTRAL, "由县人社局统筹安排").headline("5200")
                .lead("县人社局", "周建华", "县财政局、县教育局、县科工信局，" + towns);
        c.ind(3, "劳有所得", "促进高质量充分就业", 6, "发放创业担保贷款8000万元", "万元")
                .directive(Kind.CENTRAL, "由县人社局统筹安排").headline("8000")
                .lead("县人社局", "周建华", "县财政局、人民银行澧川县支行，" + towns);
        c.ind(3, "劳有所得", null, 7, "开展“技兴三湘一人一技”职业技能培训1800人次", "人次")
                .alloc("260,240,160,140,150,140,150,120,110,120,130,80")
                .lead("县人社局", "周建华", "县财政局、县教育局、县农业农村局，" + towns);
        c.ind(4, "病有所医", null, 8, "提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于21.36万人）", "万人")
                .alloc("3.1250,2.4810,1.8624,1.6032,1.9518,1.7406,1.5540,1.2087,1.0935,1.3326,2.0480,1.3592")
                .lead("县卫健局", "邓晓梅", "县财政局、县医保局，" + towns);
        c.ind(4, "病有所医", null, 9, "提升基层医疗卫生服务能力，培训乡村医生36人", "人").each("3")
                .lead("县卫健局", "邓晓梅", "县财政局，" + towns);
        c.ind(5, "老有所养", null, 10, "开展“三湘怡养”提升行动，建设80张“时光守护”床位", "张")
                .alloc("30,20,10,,10,,10,,,,,").lead("县民政局", "周建华", "县财政局，" + towns);
        c.ind(6, "住有所居", null, 11, "建设“和美湘村”2个", "个").alloc(",,,1,,,,,1,,,")
                .lead("县农业农村局", "谭立新", "县发改局、县财政局，" + towns);
        c.ind(6, "住有所居", null, 12, "开展切坡建房地质灾害隐患治理620户", "户")
                .directive(Kind.PENDING, "全县完成620户，待摸底完成后确定各乡镇（街道）任务数").headline("620")
                .lead("县自然资源局", "谭立新", "县财政局，" + towns);
        c.ind(7, "弱有所扶", "提高困难群体救助标准", 13, "城乡低保指导标准分别不低于770元/月和520元/月", "元/月")
                .directive(Kind.STANDARD, "分别不低于770元/月和520元/月").lead("县民政局", "周建华", "县财政局、县残联，" + towns);
        c.ind(7, "弱有所扶", "实施残疾人关爱行动", 14, "康复救助残疾儿童150人", "人")
                .directive(Kind.CENTRAL, "残疾儿童康复救助应救尽救，由县残联统筹安排").headline("150")
                .lead("县残联", "周建华", "县财政局、县教育局、县民政局、县卫健局、县医保局，" + towns);
        c.ind(8, "急有所助", "持续推进数字便民", 15, "全县新增上线应用“高效办成一件事”重点事项", "个")
                .directive(Kind.UPPER, "省级统筹，省数据局牵头").lead("县数据局", "黎国庆", "县财政局，" + towns);
        c.ind(8, "急有所助", "提升全县公共安全智慧安防水平", 16, "农村地区道路智慧安防建设9处", "处")
                .directive(Kind.CENTRAL, "由县公安局统筹安排").headline("9").lead("县公安局", "黎国庆", "县交通运输局，" + towns);
        c.ind(9, "难有所帮", null, 17, "开展流动供销便民服务（流动供销服务乡村网点不少于14个）", "个")
                .alloc(",,2,1,2,2,1,2,2,2,,1")
                .lead("县供销联社", "黎国庆", "县财政局、县交通运输局、县农业农村局、县商务局，" + towns);
        c.ind(9, "难有所帮", null, 18, "为外卖骑手等户外劳动者新建“爱心驿站”6家", "家").citywide("6")
                .lead("县人社局", "周建华", "县委社会工作部、县财政局、县总工会，" + towns);
        c.ind(10, "愁有所解", null, 19, "开展农村村民自建桥梁安全隐患排查整治行动，共126座", "座")
                .alloc(",,14,18,16,15,12,17,13,11,4,6")
                .lead("县农业农村局", "谭立新", "县财政局、县交通运输局、县水利局、县应急管理局，" + towns);
        c.ind(10, "愁有所解", null, 20, "高标准农田建设3.2万亩", "万亩")
                .directive(Kind.CENTRAL, "由县农业农村局统筹安排").headline("3.2")
                .lead("县农业农村局", "谭立新", "县发改局、县财政局、县自然资源局，" + towns);
        c.ind(11, null, null, 21, "免费为农村适龄妇女开展“两癌”筛查6000人", "人")
                .alloc("700,600,560,500,540,500,480,420,380,400,500,420")
                .lead("县卫健局", "邓晓梅", "县妇联、县财政局，" + towns);
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
        civil(c, clerk);
        agriculture(c, clerk);
        disabled(c, clerk);
        police(c, clerk);
        supply(c, clerk);
        clerk.finish();
    }

    /** Both tables as sheets 附件1 and 附件2 of one workbook, standard words. */
    private static void official(County c, Clerk clerk) {
        Book book = new Book(Format.XLSX).author("县人社局-就业股");
        ResponsibilitySheet resp = new ResponsibilitySheet(c);
        resp.attachment = "附件1";
        resp.title = "2026年省、澧州市重点民生实事项目责任分解表";
        resp.repeatHeaderBefore.add(10);
        resp.notesBelow.add("注：1—10项为省级重点民生实事，11项为县级重点民生实事。");
        resp.write(book.page("附件1"));
        BreakdownSheet table = new BreakdownSheet(c);
        table.attachment = "附件2";
        table.title = "2026年省、澧州市重点民生实事项目指标任务分解表";
        table.repeatHeaderBefore.add(8);
        table.repeatHeaderBefore.add(15);
        table.notesBelow.add("注：1—10项为省级重点民生实事，11项为县级重点民生实事；各乡镇（街道）任务数为年度目标任务。");
        table.write(book.page("附件2"));
        book.save(clerk.officialDir.resolve("附件：2026年澧川县重点民生实事责任分解表和指标任务分解表.xlsx"),
                Clerk.at("03-12T09:30"));
    }

    /** A hidden sheet of last year's figures first, then two visible data sheets; correct. */
    private static void health(County c, Clerk clerk) {
        Submission sub = clerk.file("县卫健局2026年3月民生实事报送.xlsx", "县卫健局", Format.XLSX, "04-02T17:05");
        List<Town> towns = c.towns();
        Page old = sub.page("2025年");
        sub.book.hide(old);
        Clerk.titled(old, "澧川县卫健局2025年民生实事任务分解表", "填报单位：澧川县卫生健康局", 15);
        WideSheet lastYear = new WideSheet(towns);
        lastYear.totalHeader = "小计";
        lastYear.add(Line.split(c.ind(8), "3.02,2.40,1.80,1.55,1.89,1.69,1.50,1.17,1.06,1.29,1.98,1.32")
                        .label("家庭医生签约服务目标人群数"),
                Line.split(c.ind(9), "2,2,2,2,2,2,2,2,2,2,2,2").label("培训乡村医生"));
        lastYear.write(sub, old);

        Page provincial = sub.page("省级实事");
        Clerk.titled(provincial, "澧川县卫生健康局2026年省级重点民生实事任务分解表",
                "填报单位：澧川县卫生健康局（盖章）                    填报时间：2026年4月2日", 16);
        WideSheet table = new WideSheet(towns);
        table.nameHeader = "指标名称";
        table.unitHeader = "计量单位";
        table.groupHeader = "各乡镇（街道）分解任务";
        table.totalHeader = "小计";
        table.add(Line.official(c.ind(1)).label("产前筛查率、新生儿疾病筛查率"),
                Line.official(c.ind(8)).label("家庭医生签约服务目标人群数"),
                Line.official(c.ind(9)).label("培训乡村医生"));
        int header = table.write(sub, provincial);
        provincial.print(header, header + 1);
        provincial.widths(5, 28, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 8, 8);

        Page county = sub.page("县级实事");
        Clerk.titled(county, "澧川县卫生健康局2026年县级重点民生实事任务分解表", "填报单位：澧川县卫生健康局（盖章）", 15);
        WideSheet second = new WideSheet(towns);
        second.nameHeader = "指标名称";
        second.unitHeader = "计量单位";
        second.totalHeader = "小计";
        second.add(Line.official(c.ind(21)).label("免费为农村适龄妇女开展“两癌”筛查"));
        second.write(sub, county);
        county.widths(5, 30, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 8, 8);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet: townships merged over their village rows, header words of its own; correct. */
    private static void women(County c, Clerk clerk) {
        Submission sub = clerk.file("妇联-向阳花活动安排表.xlsx", "县妇联", Format.XLSX, "04-03T10:12");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "澧川县2026年“向阳花”家庭教育指导活动安排表", null, 5);
        Line line = Line.official(c.ind(2)).label("心理健康和家庭教育指导“向阳花”活动");
        line.villages(c.town("澧阳"), "桂花社区:2", "文昌社区:2");
        line.villages(c.town("东湖"), "东湖社区:3", "荷花村:1");
        line.villages(c.town("白沙"), "白沙村:2", "柳树湾村:2");
        line.villages(c.town("石门桥"), "石门桥社区:2", "栗山村:2");
        line.villages(c.town("龙潭"), "龙潭村:2", "青龙村:2");
        line.villages(c.town("黄土铺"), "黄土铺社区:1", "枣子坪村:3");
        line.villages(c.town("双港"), "双港村:2", "新河村:2");
        line.villages(c.town("清水"), "清水村:2", "杉木村:2");
        line.villages(c.town("桐木"), "桐木村:2", "大垭村:2");
        line.villages(c.town("金盆"), "金盆村:2", "响水村:2");
        line.villages(c.town("澧川经济开发区"), "工业园社区:2", "兴园社区:2");
        line.villages(c.town("青山农场"), "一分场:2", "二分场:2");
        LongSheet table = new LongSheet()
                .col(Role.TOWN, "所属乡镇")
                .col(Role.VILLAGE, "村（社区）")
                .col(Role.IND, "活动内容")
                .col(Role.UNIT, "计量")
                .col(Role.VALUE, "场次安排")
                .col(Role.NOTE, "备注");
        line.note("线上线下结合，每场不少于30人");
        table.add(line);
        table.write(sub, page);
        page.widths(14, 14, 30, 6, 10, 24);
        sub.save(clerk.submissionsDir);
    }

    /** .xls, short township names, a 合计 column; a county-wide target split by township; correct. */
    private static void education(County c, Clerk clerk) {
        Submission sub = clerk.file("县教育局.xls", "县教育局", Format.XLS, "04-01T15:48");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "澧川县教育局2026年重点民生实事任务分解表",
                "填报单位：澧川县教育局        联系人：向丽        联系电话：0736-3221568", 15);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "实事项目";
        table.townLabel = Town::shortName;
        table.totalHeader = "合计";
        table.add(Line.split(c.ind(3), "150,100,50,,,,,,,,,").label("扩充优质普通高中公办学位"),
                Line.official(c.ind(4)).label("中小学校食堂"));
        table.write(sub, page);
        page.widths(5, 26, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 14, 9, 7);
        sub.save(clerk.submissionsDir);
    }

    /** Transposed, units only in the headers' parentheses, a 合计 row; one township differs. */
    private static void labour(County c, Clerk clerk) {
        Submission sub = clerk.file("人社局3月报送.xlsx", "县人社局", Format.XLSX, "04-03T11:26");
        Page page = sub.page("3月");
        Clerk.titled(page, "2026年重点民生实事任务分解表（人社）",
                "填报单位：澧川县人力资源和社会保障局（盖章）            填报日期：2026年4月3日", 6);
        TransposedSheet table = new TransposedSheet(c.towns());
        table.seqHeader = "序号";
        table.townHeader = "乡镇（街道、开发区、农场）";
        table.noteHeader = "备注";
        table.totalLabel = "合计";
        Town huangtupu = c.town("黄土铺");
        table.add(Line.split(c.ind(5), "900,800,420,380,400,360,380,300,260,280,600,220").label("城镇新增就业")
                        .note(c.town("澧川经济开发区"), "含园区企业吸纳就业"),
                Line.split(c.ind(6), "1500,1200,600,500,600,500,500,400,400,400,1000,400").label("创业担保贷款"),
                Line.official(c.ind(7)).label("职业技能培训")
                        .set(huangtupu, Entry.of("150").plant("SUB_VALUE_MISMATCH", ERROR)),
                Line.split(c.ind(18), "2,2,,,,,,,,,2,").label("“爱心驿站”"));
        table.write(sub, page);
        page.widths(5, 22, 14, 14, 14, 12, 22);
        sub.save(clerk.submissionsDir);
    }

    /** In a sub-folder, 报送单位 instead of 填报单位, the total column before the townships, notes; correct. */
    private static void civil(County c, Clerk clerk) {
        Submission sub = clerk.file("民政局/澧川县民政局关于民生实事任务分解的报送.xlsx", "县民政局", Format.XLSX,
                "04-02T09:40");
        Page page = sub.page("床位分解");
        Clerk.titled(page, "澧川县2026年“时光守护”床位建设任务分解表", "报送单位：澧川县民政局", 16);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "建设内容";
        table.totalHeader = "合计";
        table.totalBefore = true;
        table.noteHeader = "备注";
        table.add(Line.official(c.ind(10)).label("“时光守护”床位").note("含公办养老机构改造床位"));
        table.write(sub, page);
        page.widths(5, 20, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 14, 8, 20);
        sub.save(clerk.submissionsDir);
    }

    /** Long sheet grouped by indicator; one township's row left out; a split given in 亩 (converts to 万亩). */
    private static void agriculture(County c, Clerk clerk) {
        Submission sub = clerk.file("县农业农村局民生实事分解（3月）.xlsx", "县农业农村局", Format.XLSX, "04-01T16:20");
        Page page = sub.page("分解表");
        Clerk.titled(page, "澧川县农业农村局2026年民生实事任务分解表",
                "填报单位：澧川县农业农村局                填报日期：2026年4月1日", 5);
        Town qingshui = c.town("清水");
        Line bridges = Line.official(c.ind(19)).label("农村村民自建桥梁安全隐患排查整治").drop(qingshui);
        sub.finding("SUB_MISSING_TOWNSHIP", ERROR, 19, qingshui.name(), page.name(), null);
        LongSheet table = new LongSheet()
                .col(Role.SEQ, "序号")
                .col(Role.IND, "任务名称")
                .col(Role.TOWN, "镇（乡、街道）")
                .col(Role.UNIT, "单位")
                .col(Role.VALUE, "2026年任务数")
                .col(Role.NOTE, "备注");
        table.add(Line.official(c.ind(11)).label("建设“和美湘村”")
                        .note(c.town("石门桥"), "栗山村").note(c.town("桐木"), "大垭村"),
                bridges,
                Line.split(c.ind(20), ",,5000,6000,4500,5500,4000,3000,4000,,,").label("高标准农田建设").unit("亩")
                        .note("项目区面积以批复为准"));
        table.write(sub, page);
        page.widths(5, 30, 16, 6, 12, 20);
        sub.save(clerk.submissionsDir);
    }

    /** A central target split by township whose sum misses the exact headline (146 of 150). */
    private static void disabled(County c, Clerk clerk) {
        Submission sub = clerk.file("县残联.xlsx", "县残联", Format.XLSX, "04-03T08:55");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "2026年康复救助残疾儿童任务分解表", "填报单位：澧川县残联", 15);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "项目";
        table.totalHeader = "全县";
        table.totalBefore = true;
        table.add(Line.split(c.ind(14), "20,16,13,12,12,11,12,10,9,10,12,9").label("康复救助残疾儿童"));
        table.write(sub, page);
        sub.finding("SUB_SUM_MISMATCH", ERROR, 14, null, null, null);
        page.widths(5, 18, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 14, 8);
        sub.save(clerk.submissionsDir);
    }

    /** .xls long sheet with a column of sites; a central target split exactly (9 处). */
    private static void police(County c, Clerk clerk) {
        Submission sub = clerk.file("公安局智慧安防分解.xls", "县公安局", Format.XLS, "04-02T14:03");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "澧川县2026年农村地区道路智慧安防建设任务分解表", "填报单位：澧川县公安局（科技信息化大队）", 5);
        LongSheet table = new LongSheet()
                .col(Role.SEQ, "序号")
                .col(Role.TOWN, "乡镇")
                .col(Role.IND, "建设项目")
                .col(Role.UNIT, "单位")
                .col(Role.VALUE, "数量")
                .col(Role.NOTE, "建设点位");
        table.add(Line.split(c.ind(16), ",,2,,2,,2,1,,2,,").label("农村地区道路智慧安防建设")
                .note(c.town("白沙"), "S302线白沙桥头、柳树湾路口")
                .note(c.town("龙潭"), "龙潭集镇、青龙村道口")
                .note(c.town("双港"), "双港码头路、新河桥")
                .note(c.town("清水"), "清水中学路口")
                .note(c.town("金盆"), "金盆水库路、响水村急弯"));
        table.write(sub, page);
        page.widths(5, 12, 26, 6, 8, 30);
        sub.save(clerk.submissionsDir);
    }

    /** Short names, a 合计 the clerk typed from the headline (14) where the townships add up to 15. */
    private static void supply(County c, Clerk clerk) {
        Submission sub = clerk.file("供销社网点.xlsx", "县供销联社", Format.XLSX, "04-02T10:30");
        Page page = sub.page("Sheet1");
        Clerk.titled(page, "澧川县2026年流动供销服务乡村网点建设任务表",
                "填报单位：澧川县供销联社                填报日期：2026年4月2日", 15);
        WideSheet table = new WideSheet(c.towns());
        table.nameHeader = "任务";
        table.townLabel = Town::shortName;
        table.totalHeader = "合计";
        table.add(Line.official(c.ind(17)).label("流动供销服务乡村网点")
                .total(Entry.of("14").plant("SUB_TOTAL_ROW_MISMATCH", WARNING, Any.TOWNSHIP)));
        table.write(sub, page);
        sub.save(clerk.submissionsDir);
    }
}
