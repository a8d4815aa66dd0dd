package cn.minsheng.recon.domain.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.Comparison;
import cn.minsheng.recon.domain.model.Headline;
import cn.minsheng.recon.domain.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every target phrase of the five seed plans. Columns: the text, the unit column (empty: none), then the expected
 * number, the unit it is written in and the comparator.
 */
class HeadlineParserTests {

    private final UnitDirectory units = UnitDirectory.defaults();
    private final HeadlineParser parser = new HeadlineParser(units);

    private Optional<Unit> column(String unit) {
        return unit == null ? Optional.empty() : units.parse(unit);
    }

    private void assertHeadline(String text, String unitColumn, String value, String unit, Comparison comparison) {
        Optional<Headline> headline = parser.parse(text, column(unitColumn));
        assertThat(headline).as(text).isPresent();
        assertThat(headline.get().quantity().value()).as(text).isEqualByComparingTo(value);
        assertThat(headline.get().quantity().unit().symbol()).as(text).isEqualTo(unit);
        assertThat(headline.get().comparison()).as(text).isEqualTo(comparison);
    }

    @Nested
    class Seed004BreakdownTable {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                1.产前筛查率、新生儿疾病筛查率达90%以上 | % | 90 | % | AT_LEAST
                2.定点医院分娩医保政策范围内费用个人“零自付”100% | % | 100 | % | EXACT
                3.开展60场心理健康和家庭教育指导“向阳花”活动 | 场(次) | 60 | 场 | EXACT
                4.培育1个省级职工子女托育托管服务点 | 个 | 1 | 个 | EXACT
                5.扩充优质普通高中公办学位210个 | 个 | 210 | 个 | EXACT
                6.提质升级6所中小学校食堂 | 所 | 6 | 所 | EXACT
                8.城镇新增就业6000人 | 人 | 6000 | 人 | EXACT
                10.发放创业担保贷款9500万元 | 万元 | 9500 | 万元 | EXACT
                12.开展“技兴三湘一人一技”职业技能培训1650万人次 | 人次 | 1650 | 万人次 | EXACT
                13.提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于17.14万人） | 万人 | 17.14 | 万人 | AT_LEAST
                14.提升基层医疗卫生服务能力，培训乡村医生30人 | 人 | 30 | 人 | EXACT
                15.开展“三湘怡养”提升行动，建设100张“时光守护”床位 | 张 | 100 | 张 | EXACT
                17.建设“和美湘村”2个 | 个 | 2 | 个 | EXACT
                18.开展切坡建房地质灾害隐患治理550户 | 户 | 550 | 户 | EXACT
                19.城乡低保指导标准分别不低于770元/月和520元/月 | 元/月 | 770 | 元/月 | AT_LEAST
                20.残疾人“两项补贴”标准均提高到不低于110元/月 | 元/月 | 110 | 元/月 | AT_LEAST
                21.散居和集中供养孤儿分别提高到不低于1250元/月和1800元/月 | 元/月 | 1250 | 元/月 | AT_LEAST
                22.康复救助残疾儿童200人 | 人 | 200 | 人 | EXACT
                23.残疾人提供托养服务168人 | 人 | 168 | 人 | EXACT
                24.提供残疾人就业服务350人次 | 人次 | 350 | 人次 | EXACT
                26.城市快速路（高架）、国省道公路、农村地区道路智慧安防建设7处 | 处 | 7 | 处 | EXACT
                27.全市新增上线应用15个“高效办成一件事”重点事项 | 个 | 15 | 个 | EXACT
                28.完成100个“湘易办”高频事项体验优化 | 个 | 100 | 个 | EXACT
                29.拓展完善社保卡“一卡通”应用场景。推动实现通过社保卡发放公积金；推动社保卡与残疾人证“卡证合一”；全市电子社保卡签发率提升至69% | % | 69 | % | AT_LEAST
                31.开展流动供销便民服务（流动供销服务乡村网点不少于11个） | 个 | 11 | 个 | AT_LEAST
                32.为外卖骑手等户外劳动者新建“爱心驿站”5家 | 家 | 5 | 家 | EXACT
                35.巩固提升城乡电网（巩固提升10千伏及以下农村配电网、35—110千伏及以下农村主电网、10千伏及以下城配网，投入资金2723万元） | 万元 | 2723 | 万元 | EXACT
                36.推进农村网络通信提质升级（新建34个农村4G、5G基站） | 个 | 34 | 个 | EXACT
                37.县域普通高中办学条件提质改造1所 | 所 | 1 | 所 | EXACT
                39.致畸基因筛查2270人 | 人 | 2270 | 人 | EXACT
                40.产前诊断服务90人 | 人 | 90 | 人 | EXACT
                41.高致死性新生儿遗传病筛查1700人 | 人 | 1700 | 人 | EXACT
                42.更新住宅老旧电梯7台 | 台 | 7 | 台 | EXACT
                43.开展农村村民自建桥梁安全隐患排查整治行动，共80座 | 座 | 80 | 座 | EXACT
                44.高标准农田建设5万亩 | 万亩 | 5 | 万亩 | EXACT
                45.水稻机插机抛作业16.5万亩 | 万亩 | 16.5 | 万亩 | EXACT
                46.提质改造全市城乡电网，投入资金9534万元 | 万元 | 9534 | 万元 | EXACT
                47.实施街道综合性养老服务中心建设1个 | 个 | 1 | 个 | EXACT
                """)
        void indicatorNamesWithTheirUnitColumn(String text, String unitColumn, String value, String unit, Comparison comparison) {
            assertHeadline(text, unitColumn, value, unit, comparison);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                7.新增省属高校校舍面积 | 平方米
                9.建设培育大学生创业孵化基地 | 个
                11.稳岗扩岗专项贷款 | 亿元
                16.建立城乡居民养老保险参保群体中低保户等困难群体丧葬补助金制度 | 元/人
                25.高速公路智慧安防建设 | 套
                30.开展“以旧换新”提振消费行动 | 万元
                33.新增蓄水能力 | 万立方米
                34.恢复和改善灌溉面积 | 万亩
                38.推行全市职工和城乡居民生育住院医疗费用定额包干政策 | %
                提高优生优育服务水平 | %
                推行孕前、孕期、产后出生缺陷免费筛查及诊断服务 | 人
                """)
        void namesWithoutATarget(String text, String unitColumn) {
            assertThat(parser.parse(text, column(unitColumn))).isEmpty();
        }
    }

    @Nested
    class Seed004ResponsibilityTable {

        /** 附件1 has no unit column: the unit is the one of the matching 附件2 row, or none. */
        @ParameterizedTest(name = "{0} [{1}]")
        @CsvSource(delimiter = '|', textBlock = """
                产前筛查率、新生儿疾病筛查率达90%以上 | | 90 | % | AT_LEAST
                定点医院分娩医保政策范围内费用个人“零自付”100% | | 100 | % | EXACT
                开展60场心理健康和家庭教育指导“向阳花”活动 | | 60 | 场 | EXACT
                培育1个省级职工子女托育托管服务点 | | 1 | 个 | EXACT
                扩充优质普通高中公办学位210个 | | 210 | 个 | EXACT
                提质升级6所中小学校食堂 | | 6 | 所 | EXACT
                城镇新增就业6000人 | | 6000 | 人 | EXACT
                发放创业担保贷款9500万元 | | 9500 | 万元 | EXACT
                开展“技兴三湘一人一技”职业技能培训1650万人次 | | 1650 | 万人次 | EXACT
                提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于17.14万人） | | 17.14 | 万人 | AT_LEAST
                培训乡村医生30人 | | 30 | 人 | EXACT
                建设100张“时光守护”床位 | | 100 | 张 | EXACT
                建设“和美湘村”2个 | | 2 | 个 | EXACT
                开展切坡建房地质灾害隐患治理（550户） | 户 | 550 | 户 | EXACT
                开展切坡建房地质灾害隐患治理（550户） | | 550 | 户 | EXACT
                城乡低保指导标准分别不低于770元/月和520元/月 | | 770 | 元/月 | AT_LEAST
                残疾人“两项补贴”标准均提高到不低于110元/月 | | 110 | 元/月 | AT_LEAST
                散居和集中供养孤儿分别提高到不低于1250元/月和1800元/月 | | 1250 | 元/月 | AT_LEAST
                康复救助残疾儿童200人 | | 200 | 人 | EXACT
                残疾人提供托养服务168人 | | 168 | 人 | EXACT
                提供残疾人就业服务350人次 | | 350 | 人次 | EXACT
                城市快速路（高架）、国省道公路、农村地区道路智慧安防建设7处 | | 7 | 处 | EXACT
                全市新增上线应用15个“高效办成一件事”重点事项 | | 15 | 个 | EXACT
                完成100个“湘易办”高频事项体验优化 | | 100 | 个 | EXACT
                拓展完善社保卡“一卡通”应用场景。推动实现通过社保卡发放公积金；推动社保卡与残疾人证“卡证合一”；全市电子社保卡签发率提升至69% | | 69 | % | AT_LEAST
                开展流动供销便民服务（流动供销服务乡村网点不少于11个） | | 11 | 个 | AT_LEAST
                为外卖骑手等户外劳动者新建“爱心驿站”5家 | | 5 | 家 | EXACT
                巩固提升城乡电网（巩固提升10千伏及以下农村配电网、35—110千伏及以下农村主电网、10千伏及以下城配网，投入资金2723万元） | | 2723 | 万元 | EXACT
                市推进农村网络通信提质升级（新建34个农村4G、5G基站） | | 34 | 个 | EXACT
                县域普通高中办学条件提质改造1所 | | 1 | 所 | EXACT
                更新住宅老旧电梯7台 | | 7 | 台 | EXACT
                开展农村村民自建桥梁安全隐患排查整治行动，共90座 | 座 | 90 | 座 | EXACT
                开展农村村民自建桥梁安全隐患排查整治行动，共90座 | | 90 | 座 | EXACT
                高标准农田建设5万亩 | 万亩 | 5 | 万亩 | EXACT
                水稻机插机抛作业16.5万亩 | | 16.5 | 万亩 | EXACT
                实施街道综合性养老服务中心建设1个 | | 1 | 个 | EXACT
                """)
        void itemsWithOrWithoutAUnit(String text, String unitColumn, String value, String unit, Comparison comparison) {
            assertHeadline(text, unitColumn, value, unit, comparison);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                新增省属高校校舍面积
                建设培育大学生创业孵化基地
                稳岗扩岗专项贷款
                建立城乡居民养老保险参保群体中低保户等困难群体丧葬补助金制度
                高速公路智慧安防建设
                开展“以旧换新”提振消费行动
                新增蓄水能力
                恢复和改善灌溉面积
                推行全市职工和城乡居民生育住院医疗费用定额包干政策
                推行孕前、孕期、产后出生缺陷免费筛查及诊断服务
                提质改造全市城乡电网
                """)
        void itemsWithoutATarget(String text) {
            assertThat(parser.parse(text, Optional.empty())).isEmpty();
        }
    }

    @Nested
    class Seed000Pingjiang2026 {

        @ParameterizedTest(name = "{0} [{1}]")
        @CsvSource(delimiter = '|', textBlock = """
                实现产前筛查率、新生儿疾病筛查率达 90%以上 | % | 90 | % | AT_LEAST
                线上线下开展心理健康和家庭教育指导“向阳花”活动135场以上 | 场(次) | 135 | 场 | AT_LEAST
                培育职工子女托育托管服务点1个以上 | 个 | 1 | 个 | AT_LEAST
                （3）扩充优质普通高中公办学位430个以上。 | 个 | 430 | 个 | AT_LEAST
                （4）提质升级中小学校食堂8所。 | 所 | 8 | 所 | EXACT
                新增城镇就业6100人以上 | 人 | 6100 | 人 | AT_LEAST
                发放创业担保贷款9500万元以上 | 万元 | 9500 | 万元 | AT_LEAST
                （6）开展“技兴三湘一人一技”职业技能培训2120人次。 | 人次 | 2120 | 人次 | EXACT
                家庭医生签约服务目标人群数不少于30.04万人。 | 万人 | 30.04 | 万人 | AT_LEAST
                培训乡村医生98人以上。 | 人 | 98 | 人 | AT_LEAST
                （10）建设“和美湘村”2个以上。 | 个 | 2 | 个 | AT_LEAST
                (11) 实施切坡建房地质灾害隐患治理 1478 户以上。 | 户 | 1478 | 户 | AT_LEAST
                城乡低保标准提高至分别不低于 770 元/月和 520 元/月 | 元/月 | 770 | 元/月 | AT_LEAST
                残疾人两项补贴标准均提高到 110 元/月·人 | 元/月 | 110 | 元/月·人 | AT_LEAST
                残疾人两项补贴标准均提高到 110 元/月·人 | 元/月·人 | 110 | 元/月·人 | AT_LEAST
                散居孤儿和集中供养孤儿基本生活最低保障标准分别提高到不低于 1250 元/月和 1800 元/月 | 元/月 | 1250 | 元/月 | AT_LEAST
                康复救助残疾儿童 330 人以上 | 人 | 330 | 人 | AT_LEAST
                为 373 名残疾人提供托养服务 | 人 | 373 | 人 | EXACT
                提供 422 人次残疾人就业服务 | 人次 | 422 | 人次 | EXACT
                开展高速公路等安防建设 9 处以上 | 处 | 9 | 处 | AT_LEAST
                建设流动供销服务乡村网点不少于 20 个 | 个 | 20 | 个 | AT_LEAST
                (18) 为外卖骑手等户外劳动者新建“爱心驿站”9家以上。 | 家 | 9 | 家 | AT_LEAST
                新增蓄水能力76万立方米 | 万立方米 | 76 | 万立方米 | EXACT
                恢复和改善灌溉面积0.0125万亩 | 万亩 | 0.0125 | 万亩 | EXACT
                新建农村4G、5G基站72个 | 个 | 72 | 个 | EXACT
                新建农村4G、5G基站72个 | | 72 | 个 | EXACT
                1. 提质改造1所县域普通高中办学条件 | 所 | 1 | 所 | EXACT
                由医保统筹基金分别按顺产4000元、难产6000元、生育多胞胎的每多一个婴儿包干费用增加1000元包干支付 | 元 | 4000 | 元 | EXACT
                为 5840 名备孕、孕期妇女提供单基因病免费筛查及诊断 | 人 | 5840 | 人 | EXACT
                为产前筛查高风险孕妇 220 人提供免费羊水产前诊断服务 | 人 | 220 | 人 | EXACT
                为 4380 名新生儿提供免费高致死致残性遗传疾病（脊髓型肌萎缩症筛查）筛查、诊断及 0-6 岁治疗救助服务 | 人 | 4380 | 人 | EXACT
                4. 更新住宅老旧电梯 7 台。 | 台 | 7 | 台 | EXACT
                开展农村村民自建桥梁安全隐患排查整治行动，共 391 座。 | 座 | 391 | 座 | EXACT
                中等缺损桥梁维修加固完成率达到 80% 以上 | % | 80 | % | AT_LEAST
                纳入重建计划的桥梁完成率达 50% 以上 | % | 50 | % | AT_LEAST
                提高粮食产能，实施高标准农田建设 4.14 万亩、开展机插机抛作业 24 万亩。 | 万亩 | 4.14 | 万亩 | EXACT
                （2）机插机抛作业 24 万亩。 | 万亩 | 24 | 万亩 | EXACT
                统筹 16138 万元用于全县城乡电网提质改造建设 | 万元 | 16138 | 万元 | EXACT
                计划在居住集中、交通便利的中心区位布点建设街道综合养老服务中心1个 | 个 | 1 | 个 | EXACT
                """)
        void targets(String text, String unitColumn, String value, String unit, Comparison comparison) {
            assertHeadline(text, unitColumn, value, unit, comparison);
        }
    }

    @Nested
    class Seed001Pingjiang2023 {

        @ParameterizedTest(name = "{0} [{1}]")
        @CsvSource(delimiter = '|', textBlock = """
                争取撤并农村小规模学校 16 所 | 所 | 16 | 所 | EXACT
                实施义务教育学校改造项目 40 个，整体新建项目 2 个 | 个 | 40 | 个 | EXACT
                同时完成 2022 年启动的续建项目 26 个（其中改造项目 22 个，新建项目 4 个） | 个 | 26 | 个 | EXACT
                瓮江镇平江八中等7所乡镇寄宿制学校建设 | 所 | 7 | 所 | EXACT
                加紧推进板江、岑川、向家3所乡镇公办幼儿园建设 | 所 | 3 | 所 | EXACT
                城镇新增就业6100人 | 人 | 6100 | 人 | EXACT
                开展补贴性职业技能培训3500人次，其中创业培训400人次 | 人次 | 3500 | 人次 | EXACT
                农村适龄及城镇低保适龄妇女“两癌”免费检查 18000 人 | 人 | 18000 | 人 | EXACT
                实现全部 43 个门诊慢特病治疗费用省内异地直接结算 | 个 | 43 | 个 | EXACT
                养老机构新增 60 张护理型床位 | 张 | 60 | 张 | EXACT
                完成 475 户困难老年人居家适老化改造 | 户 | 475 | 户 | EXACT
                城市低保标准从不低于 600 元/月提高到不低于 650 元/月,农村低保标准从不低于 4600 元/年提高到不低于 5000 元/年 | 元/月 | 650 | 元/月 | AT_LEAST
                城市低保标准从不低于 600 元/月提高到不低于 650 元/月,农村低保标准从不低于 4600 元/年提高到不低于 5000 元/年 | 元/年 | 5000 | 元/年 | AT_LEAST
                困难残疾人生活补贴和重度残疾人护理补贴标准分别从不低于 75 元/月·人提高到不低于 80 元/月·人 | 元/月·人 | 80 | 元/月·人 | AT_LEAST
                散居孤儿从 950 元/月提高到 1100 元/月 | 元/月 | 1100 | 元/月 | AT_LEAST
                散居孤儿从 950 元/月提高到 1100 元/月 | | 1100 | 元/月 | AT_LEAST
                康复救助残疾儿童 300 人 | 人 | 300 | 人 | EXACT
                完成 200 户困难残疾人家庭无障碍改造 | 户 | 200 | 户 | EXACT
                按照户均 5000 元标准 | 元 | 5000 | 元 | EXACT
                2023 老旧小区总计 22 个项目 54 个小区，5157 户，171 栋、总建筑面积 43.2 万平方米，预计总投资 8677.17 万元 | 个 | 22 | 个 | EXACT
                2023 老旧小区总计 22 个项目 54 个小区，5157 户，171 栋、总建筑面积 43.2 万平方米，预计总投资 8677.17 万元 | 户 | 5157 | 户 | EXACT
                2023 老旧小区总计 22 个项目 54 个小区，5157 户，171 栋、总建筑面积 43.2 万平方米，预计总投资 8677.17 万元 | 栋 | 171 | 栋 | EXACT
                2023 老旧小区总计 22 个项目 54 个小区，5157 户，171 栋、总建筑面积 43.2 万平方米，预计总投资 8677.17 万元 | 万平方米 | 43.2 | 万平方米 | EXACT
                2023 老旧小区总计 22 个项目 54 个小区，5157 户，171 栋、总建筑面积 43.2 万平方米，预计总投资 8677.17 万元 | 万元 | 8677.17 | 万元 | EXACT
                完成农村公路提质改造 213 公里 | 公里 | 213 | 公里 | EXACT
                建设农村公路安防设施 41 公里 | 公里 | 41 | 公里 | EXACT
                普通国省道安防精细化提升 41 公里 | 公里 | 41 | 公里 | EXACT
                项目总投资 7000 万元，2023 年预计完成投资 3000 万元 | 万元 | 7000 | 万元 | EXACT
                2023 年预计完成投资 3000 万元 | 万元 | 3000 | 万元 | EXACT
                总投资 2000 万元，2023 年预计完成投资 1351 万元，新建平江县疾控中心实验综合大楼 | 万元 | 2000 | 万元 | EXACT
                亚行项目子项目，总投资 5498 万元 | 万元 | 5498 | 万元 | EXACT
                2023 年基本养老、工伤和失业保险参保人数分别达到 72 万人、9 万人和 5.45 万人 | 万人 | 72 | 万人 | AT_LEAST
                县内三级综合医院 ICU 床位和可转换 ICU 床位均不低于总床位的 4% | % | 4 | % | AT_LEAST
                """)
        void targets(String text, String unitColumn, String value, String unit, Comparison comparison) {
            assertHeadline(text, unitColumn, value, unit, comparison);
        }
    }

    @Nested
    class Seed002Nanxian2024 {

        @ParameterizedTest(name = "{0} [{1}]")
        @CsvSource(delimiter = '|', textBlock = """
                1.建成县域普通高中“徐特立项目”1所。 | 所 | 1 | 所 | EXACT
                县妇联在全县线下开展家庭教育指导服务和实践活动60场，服务不少于2400人次 | 场(次) | 60 | 场 | EXACT
                县妇联在全县线下开展家庭教育指导服务和实践活动60场，服务不少于2400人次 | 人次 | 2400 | 人次 | AT_LEAST
                面对面指导服务家庭不少于150人次 | 人次 | 150 | 人次 | AT_LEAST
                线上家长参与学习人数不少于15500人次 | 人次 | 15500 | 人次 | AT_LEAST
                为全县新生儿免费提供听力障碍、致盲性眼病、遗传代谢病、先天性心脏病免费筛查与诊断服务1260人。 | 人 | 1260 | 人 | EXACT
                新增普惠性托位400个 | 个 | 400 | 个 | EXACT
                城市低保标准从不低于650元/月提高到不低于700元/月，农村低保标准从不低于5000元/年提高到不低于5400元/年。 | 元/月 | 700 | 元/月 | AT_LEAST
                城市低保标准从不低于650元/月提高到不低于700元/月，农村低保标准从不低于5000元/年提高到不低于5400元/年。 | 元/年 | 5400 | 元/年 | AT_LEAST
                残疾人“两项补贴”均从80元/月·人提高到90元/月·人 | 元/月·人 | 90 | 元/月·人 | AT_LEAST
                散居孤儿从1100元/月提高到1150元/月 | 元/月 | 1150 | 元/月 | AT_LEAST
                集中养育孤儿从1500元/月提高到1600元/月 | 元/月 | 1600 | 元/月 | AT_LEAST
                1.农村适龄及城镇低保适龄妇女“两癌”免费检查12000人。 | 人 | 12000 | 人 | EXACT
                2.实施困难重度残疾人家庭无障碍改造340户。 | 户 | 340 | 户 | EXACT
                3.康复救助残疾儿童128人。 | 人 | 128 | 人 | EXACT
                为128名视力、听力、言语、肢体、智力残疾儿童和孤独症儿童提供包括听觉语言功能训练 | 人 | 128 | 人 | EXACT
                城镇新增就业4500人 | 人 | 4500 | 人 | EXACT
                就业用工社保“三合一”数字服务覆盖率达到100% | % | 100 | % | AT_LEAST
                各级人社政务服务“三合一”事项不少于20项 | 项 | 20 | 项 | AT_LEAST
                1.建设老年助餐服务点8个。 | 个 | 8 | 个 | EXACT
                2.实施特殊困难老年人家庭适老化改造339户。 | 户 | 339 | 户 | EXACT
                3.提质改造“爱晚”老年学校1所。 | 所 | 1 | 所 | EXACT
                1.提供法律援助案件248件。 | 件 | 248 | 件 | EXACT
                建立县乡（镇）两级综合应急救援队伍13支以上 | 支 | 13 | 支 | AT_LEAST
                完成未受中央补助的县应急广播体系建设和验收数量1个 | 个 | 1 | 个 | EXACT
                实施“湘易办”超级服务端增效惠民项目，其中新增上线17个“高效办成一件事” | 个 | 17 | 个 | EXACT
                新增惠民便企示范应用场景和高频特色服务事项超过7个 | 个 | 7 | 个 | AT_LEAST
                企业和群众办事纸质证照免提交率提升至60%以上 | % | 60 | % | AT_LEAST
                政务服务统一受理办结率提升至90%以上 | % | 90 | % | AT_LEAST
                加载交通出行功能的社保卡持卡人数达1.6万人 | 万人 | 1.6 | 万人 | AT_LEAST
                加载交通出行功能的社保卡持卡人数达1.6万人 | 人 | 1.6 | 万人 | AT_LEAST
                1.开工改造城镇老旧小区10个。 | 个 | 10 | 个 | EXACT
                2.开工建设保障性租赁住房264套。 | 套 | 264 | 套 | EXACT
                农村公路提质改造12公里（乡镇通三级以上公路、旅游资源产业路、新村与撤并村间便捷连通路） | 公里 | 12 | 公里 | EXACT
                建设农村公路安防设施48.464公里（含标志标牌） | 公里 | 48.464 | 公里 | EXACT
                普通国省干线精细化提升6.5公里 | 公里 | 6.5 | 公里 | EXACT
                完成新增蓄水能力18万方 | 万立方米 | 18 | 万立方米 | EXACT
                完成新增蓄水能力18万方 | | 18 | 万立方米 | EXACT
                """)
        void targets(String text, String unitColumn, String value, String unit, Comparison comparison) {
            assertHeadline(text, unitColumn, value, unit, comparison);
        }
    }

    @Nested
    class Seed003Quyuan2024 {

        @ParameterizedTest(name = "{0} [{1}]")
        @CsvSource(delimiter = '|', textBlock = """
                在全区线上线下开展家庭教育指导服务和实践活动 25 场 | 场(次) | 25 | 场 | EXACT
                （2）新生儿疾病免费筛查与诊断服务 180 人 | 人 | 180 | 人 | EXACT
                加大托育从业人员培养，新增托位 50 个 | 个 | 50 | 个 | EXACT
                2024 年，城市低保标准不低于 700 元/月，农村低保标准不低于 8400 元/年 | 元/月 | 700 | 元/月 | AT_LEAST
                2024 年，城市低保标准不低于 700 元/月，农村低保标准不低于 8400 元/年 | 元/年 | 8400 | 元/年 | AT_LEAST
                全区困难残疾人生活补贴和重度残疾人护理补贴标准均不低于 90 元/月·人 | 元/月 | 90 | 元/月·人 | AT_LEAST
                全区散居孤儿基本生活最低保障标准提高到 1150 元/月 | 元/月 | 1150 | 元/月 | AT_LEAST
                （7）农村适龄及城镇低保适龄妇女“两癌”免费检查 1000 人 | 人 | 1000 | 人 | EXACT
                （8）实施困难重度残疾人家庭无障碍改造 160 户 | 户 | 160 | 户 | EXACT
                （9）康复救助残疾儿童 13 人（91 月） | 人 | 13 | 人 | EXACT
                （9）康复救助残疾儿童 13 人（91 月） | | 13 | 人 | EXACT
                （10）城镇新增就业 1500 人；就业用工社保“三合一”数字服务 | 人 | 1500 | 人 | EXACT
                就业用工社保“三合一”数字服务区、乡镇（街道）覆盖率达到 100% | % | 100 | % | AT_LEAST
                人社政务服务“三合一”事项不少于 20 项 | 项 | 20 | 项 | AT_LEAST
                高频事项在规定时限基础上提速 50%以上 | % | 50 | % | AT_LEAST
                （11）提供法律援助案件 60 件 | 件 | 60 | 件 | EXACT
                新增社会保障卡居民服务、“退休一件事”等8个“高效办成一件事” | 个 | 8 | 个 | EXACT
                政务服务统一受理办结率提升至90%以上 | % | 90 | % | AT_LEAST
                加载交通出行功能的社保卡持卡人数达2000人 | 人 | 2000 | 人 | AT_LEAST
                （15）开工改造城镇老旧小区11个 | 个 | 11 | 个 | EXACT
                （16）开工建设保障性租赁住房192套 | 套 | 192 | 套 | EXACT
                建设农村公路安防设施102公里（含标志标牌） | 公里 | 102 | 公里 | EXACT
                新增蓄水能力 1.5 万方，恢复和改善灌溉面积 3.94 万亩 | 万立方米 | 1.5 | 万立方米 | EXACT
                新增蓄水能力 1.5 万方，恢复和改善灌溉面积 3.94 万亩 | 万亩 | 3.94 | 万亩 | EXACT
                1.完成医保参保资助、住院救助、门诊救助、再救助 4050 人次 | 人次 | 4050 | 人次 | EXACT
                2.实行孕产妇 13 种致畸基因免费筛查 250 人 | 人 | 250 | 人 | EXACT
                2.实行孕产妇 13 种致畸基因免费筛查 250 人 | | 250 | 人 | EXACT
                2024 年，预计全区计生特殊家庭（父母数）184 人，需发放资金约 251.82 万元 | 人 | 184 | 人 | EXACT
                2024 年，预计全区计生特殊家庭（父母数）184 人，需发放资金约 251.82 万元 | 万元 | 251.82 | 万元 | EXACT
                一是应发放特别扶助金约 194.69 万元 | 万元 | 194.69 | 万元 | EXACT
                二是年满 60 岁特殊家庭应发放老龄护理补贴约 41.13 万元 | 万元 | 41.13 | 万元 | EXACT
                二是年满 60 岁特殊家庭应发放老龄护理补贴约 41.13 万元 | | 41.13 | 万元 | EXACT
                三是传统节日走访慰问约 16 万元 | 万元 | 16 | 万元 | EXACT
                2024年，创建1个以上市级美丽乡村 | 个 | 1 | 个 | AT_LEAST
                5.建设高标准农田1.3万亩。 | 万亩 | 1.3 | 万亩 | EXACT
                建设田间灌溉渠道50.4km | 公里 | 50.4 | 公里 | EXACT
                建设排渍、抗旱引水渠5.86km | km | 5.86 | 公里 | EXACT
                新建抗旱、排渍机埠3座 | 座 | 3 | 座 | EXACT
                建设田间道路10.68km | | 10.68 | 公里 | EXACT
                2024年计划投入552万元，用于全区电网巩固提升工程建设 | 万元 | 552 | 万元 | EXACT
                2.推进370座户厕改造。 | 座 | 370 | 座 | EXACT
                全区2024年实施农村户厕改造370座 | 座 | 370 | 座 | EXACT
                在完成 9 件省级、6 件市级重点民生实事基础上，全力办好 3 件区级重点民生实事 | 件 | 9 | 件 | EXACT
                """)
        void targets(String text, String unitColumn, String value, String unit, Comparison comparison) {
            assertHeadline(text, unitColumn, value, unit, comparison);
        }
    }

    /**
     * Every comparator word of SPEC §3.1 and the parser's lists: each case reads AT_LEAST, and the phrase starts at
     * the word, only when the word is known.
     */
    @Nested
    class ComparatorWords {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"不少于", "不低于", "不得低于", "不得少于", "至少", "超过", "多于", "高于", "大于", "达",
                "达到", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "增至", "≥", ">=",
                "＞＝"})
        void aWordBeforeTheNumberMakesItAMinimum(String word) {
            Headline headline = parser.parse("流动供销服务网点" + word + "30个", column("个")).orElseThrow();

            assertThat(headline.comparison()).isEqualTo(Comparison.AT_LEAST);
            assertThat(headline.phrase()).isEqualTo(TextNormalizer.normalize(word) + "30个");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"以上", "及以上", "或以上"})
        void aWordAfterTheNumberMakesItAMinimum(String word) {
            Headline headline = parser.parse("新建爱心驿站30个" + word, column("个")).orElseThrow();

            assertThat(headline.comparison()).isEqualTo(Comparison.AT_LEAST);
            assertThat(headline.phrase()).isEqualTo("30个" + word);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                省里下达我市任务30个 | 30个
                任务下达到各镇30个 | 30个
                送达到户30个 | 30个
                创建达标村30个 | 30个
                """)
        void reachesInsideAnotherWordIsNoComparator(String text, String phrase) {
            Headline headline = parser.parse(text, column("个")).orElseThrow();

            assertThat(headline.comparison()).isEqualTo(Comparison.EXACT);
            assertThat(headline.phrase()).isEqualTo(phrase);
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {",", "，", ";", "；", "。", ":", "：", "(", "（", ")", "）", "[", "【", "]", "】", "\"",
                "“", "”", "'", "‘", "’", "!", "！", "?", "？"})
        void aWordBeforeAClauseBreakDoesNotReachTheNumber(String clauseBreak) {
            Headline headline = parser.parse("网点不少于标准" + clauseBreak + "新建30个", column("个")).orElseThrow();

            assertThat(headline.comparison()).isEqualTo(Comparison.EXACT);
            assertThat(headline.phrase()).isEqualTo("30个");
        }

        /** A comparator word reaches a number at most twelve characters on. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                不少于标准的网点共新建了30个 | AT_LEAST
                不少于标准的网点今年共新建30个 | EXACT
                """)
        void aWordTooFarBeforeTheNumberDoesNotReachIt(String text, Comparison comparison) {
            assertThat(parser.parse(text, column("个")).orElseThrow().comparison()).isEqualTo(comparison);
        }

        /** 分别不低于770元/月和520元/月: the second number of a list is bound like the first. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"、", "和", "及", "与", "或"})
        void theNextNumberOfAListIsBoundLikeTheFirst(String gap) {
            assertThat(parser.parseAll("分别不低于770元/月" + gap + "520元/月", column("元/月")))
                    .extracting(Headline::comparison, Headline::phrase)
                    .containsExactly(tuple(Comparison.AT_LEAST, "不低于770元/月"), tuple(Comparison.AT_LEAST, "520元/月"));
        }

        @Test
        void aNumberAfterOtherWordsIsNotPartOfTheList() {
            assertThat(parser.parseAll("城市不低于770元/月，农村按520元/月执行", column("元/月")))
                    .extracting(Headline::comparison)
                    .containsExactly(Comparison.AT_LEAST, Comparison.EXACT);
        }
    }

    /** 从X提高到Y: X is where the value comes from, Y the target (seeds 001, 002). */
    @Nested
    class FromTo {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                覆盖率从60%提高至65% | % | 65 | 提高至65%
                覆盖率从60%提升至65% | % | 65 | 提升至65%
                覆盖率从60%提高到65% | % | 65 | 提高到65%
                覆盖率从60%至65% | % | 65 | 65%
                散居孤儿从1100元/月提高到1150元/月 | | 1150 | 提高到1150元/月
                """)
        void theTargetIsTheSecondNumber(String text, String unitColumn, String value, String phrase) {
            List<Headline> headlines = parser.parseAll(text, column(unitColumn));

            assertThat(headlines).hasSize(1);
            assertThat(headlines.get(0).quantity().value()).isEqualByComparingTo(value);
            assertThat(headlines.get(0).phrase()).isEqualTo(phrase);
            assertThat(parser.parse(text, column(unitColumn)).orElseThrow().quantity().value())
                    .isEqualByComparingTo(value);
        }

        @Test
        void withoutFromBothNumbersAreTargets() {
            assertThat(parser.parseAll("覆盖率60%，签发率提高至65%", column("%")))
                    .extracting(h -> h.quantity().value().toPlainString(), Headline::comparison)
                    .containsExactly(tuple("60", Comparison.EXACT), tuple("65", Comparison.AT_LEAST));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                从今年起覆盖率60%，签发率65% | 60,65
                从今年起签发率提高至65% | 65
                """)
        void fromWithoutASecondNumberIsNoStartingValue(String text, String values) {
            assertThat(parser.parseAll(text, column("%")))
                    .extracting(h -> h.quantity().value().toPlainString())
                    .containsExactly(values.split(","));
        }
    }

    @Nested
    class NotTargets {

        @ParameterizedTest(name = "{0} [{1}]")
        @CsvSource(delimiter = '|', textBlock = """
                升级改造 G106 湖北界至县城路面 | 公里
                升级改造 G106 湖北界至县城路面 |
                推进新、老城区跨街 220V 线路入地和管道建设 |
                卸载 X009 甲更线 K16+000 处山体，完成 G536 线 K12+396 至 K12+456 段边坡防治 |
                卸载 X009 甲更线 K16+000 处山体 | 处
                提升农村地区 110 千伏、35 千伏、10 千伏及以下电网供电能力 |
                推动行政村 5G 网络和千兆光纤网络覆盖 |
                全县国省考断面水质优良率达到 III 类以上 | %
                提供人均不低于 8 个月的机构康复训练服务 |
                根据《湖南省农村厕所建设与管理规范DB43/T 2755.1—2023》要求 |
                确保2023年9月1日前竣工投入使用 |
                年满 60 岁特殊家庭 |
                城乡低保指导标准分别不低于770元/月和520元/月 | 人
                开展“技兴三湘一人一技”职业技能培训1650万人次 | 人
                '' |
                """)
        void noTarget(String text, String unitColumn) {
            assertThat(parser.parse(text, column(unitColumn))).isEmpty();
        }

        @Test
        void nullTextHasNoTarget() {
            assertThat(parser.parse(null, Optional.empty())).isEmpty();
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                培训乡村医生３０人 | 人 | 30
                培训乡村医生　30　人 | 人 | 30
                发放创业担保贷款9,500万元 | 万元 | 9500
                发放创业担保贷款1,234,567.5元 | 元 | 1234567.5
                恢复和改善灌溉面积０．０１２５万亩 | 万亩 | 0.0125
                13.提升城乡居民基本医疗服务水平（不少于17.14万人） | 万人 | 17.14
                """)
        void writtenInManyWays(String text, String unitColumn, String value) {
            assertThat(parser.parse(text, column(unitColumn)).orElseThrow().quantity().value()).isEqualByComparingTo(value);
        }

        @Test
        void theIndicatorNumberIsNeverATarget() {
            assertThat(parser.parse("13.提升城乡居民基本医疗服务水平", Optional.empty())).isEmpty();
            assertThat(parser.parse("（13）培训乡村医生", units.parse("人"))).isEmpty();
        }

        @Test
        void valuesAreExactDecimals() {
            Headline headline = parser.parse("目标人群数不少于17.14万人", units.parse("万人")).orElseThrow();
            assertThat(headline.quantity().value()).isEqualTo(new BigDecimal("17.14"));
            assertThat(headline.quantity().in(units.parse("人").orElseThrow())).contains(new BigDecimal("171400"));
        }
    }

    @Nested
    class Phrase {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                13.提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于17.14万人） | 万人 | 不少于17.14万人 | AT_LEAST
                新增城镇就业6100人以上 | 人 | 6100人以上 | AT_LEAST
                开展农村村民自建桥梁安全隐患排查整治行动，共 391 座 | 座 | 391座 | EXACT
                为 373 名残疾人提供托养服务 | 人 | 373名 | EXACT
                城市低保标准从不低于650元/月提高到不低于700元/月 | 元/月 | 提高到不低于700元/月 | AT_LEAST
                全市电子社保卡签发率提升至69% | % | 提升至69% | AT_LEAST
                加载交通出行功能的社保卡持卡人数达1.6万人 | 万人 | 达1.6万人 | AT_LEAST
                按省级下达30个任务完成 | 个 | 30个 | EXACT
                网点建设，不少于30个 | 个 | 不少于30个 | AT_LEAST
                签发率逐年提高，至少提升至65% | % | 至少提升至65% | AT_LEAST
                覆盖率逐步提升，至少达到90% | % | 至少达到90% | AT_LEAST
                覆盖率目标达到不低于90% | % | 达到不低于90% | AT_LEAST
                创建达标村5个 | 个 | 5个 | EXACT
                （新建爱心驿站30个） | 个 | 30个 | EXACT
                （不少于30个） | 个 | 不少于30个 | AT_LEAST
                """)
        void holdsTheWordsItWasReadFrom(String text, String unitColumn, String phrase, Comparison comparison) {
            Headline headline = parser.parse(text, column(unitColumn)).orElseThrow();
            assertThat(headline.phrase()).isEqualTo(phrase);
            assertThat(headline.comparison()).isEqualTo(comparison);
        }
    }

    @Nested
    class UnitColumn {

        @Test
        void picksTheNumberInTheColumnsFamily() {
            Headline headline = parser.parse("35.巩固提升城乡电网（巩固提升10千伏及以下农村配电网、35—110千伏及以下农村主电网、"
                    + "10千伏及以下城配网，投入资金2723万元）", units.parse("万元")).orElseThrow();
            assertThat(headline.quantity().toString()).isEqualTo("2723万元");
        }

        @Test
        void aScaledTargetKeepsItsOwnUnit() {
            Headline headline = parser.parse("开展“技兴三湘一人一技”职业技能培训1650万人次", units.parse("人次")).orElseThrow();
            assertThat(headline.quantity().unit().scale()).isEqualByComparingTo("10000");
            assertThat(headline.quantity().in(units.parse("人次").orElseThrow())).contains(new BigDecimal("16500000"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                开展60场心理健康和家庭教育指导活动 | 60 | 场
                开展60次心理健康和家庭教育指导活动 | 60 | 场(次)
                开展60场次心理健康和家庭教育指导活动 | 60 | 场(次)
                """)
        void anAlternativeColumnAcceptsEitherWord(String text, String value, String unit) {
            Headline headline = parser.parse(text, units.parse("场(次)")).orElseThrow();
            assertThat(headline.quantity().value()).isEqualByComparingTo(value);
            assertThat(headline.quantity().unit().symbol()).isEqualTo(unit);
            assertThat(headline.quantity().in(units.parse("场(次)").orElseThrow())).isPresent();
        }

        @Test
        void anOfficesOwnUnitIsFound() {
            assertThat(parser.parse("实行孕产妇13种致畸基因免费筛查", units.parse("种")).orElseThrow().quantity().value())
                    .isEqualByComparingTo("13");
        }
    }

    @Nested
    class ParseAll {

        private List<String> all(String text, String unitColumn) {
            return parser.parseAll(text, column(unitColumn)).stream()
                    .map(h -> h.quantity() + " " + h.comparison())
                    .toList();
        }

        @Test
        void bothNumbersOfARespectively() {
            assertThat(all("分别不低于770元/月和520元/月", "元/月"))
                    .containsExactly("770元/月 AT_LEAST", "520元/月 AT_LEAST");
            assertThat(all("散居和集中供养孤儿分别提高到不低于1250元/月和1800元/月", null))
                    .containsExactly("1250元/月 AT_LEAST", "1800元/月 AT_LEAST");
            assertThat(all("参保人数分别达到 72 万人、9 万人和 5.45 万人", "万人"))
                    .containsExactly("72万人 AT_LEAST", "9万人 AT_LEAST", "5.45万人 AT_LEAST");
        }

        @Test
        void startingValuesAreLeftOut() {
            assertThat(all("城市低保标准从不低于650元/月提高到不低于700元/月，农村低保标准从不低于5000元/年提高到不低于5400元/年", "元/月"))
                    .containsExactly("700元/月 AT_LEAST");
            assertThat(all("散居孤儿从1100元/月提高到1150元/月，集中养育孤儿从1500元/月提高到1600元/月", "元/月"))
                    .containsExactly("1150元/月 AT_LEAST", "1600元/月 AT_LEAST");
        }

        @Test
        void withoutAUnitColumnTheFirstNumbersFamilyCounts() {
            assertThat(all("实施高标准农田建设 4.14 万亩、开展机插机抛作业 24 万亩，投入 300 万元", null))
                    .containsExactly("4.14万亩 EXACT", "24万亩 EXACT");
        }

        @Test
        void noneWhenNothingMatches() {
            assertThat(all("由市人社局统筹安排", "人")).isEmpty();
        }
    }
}
