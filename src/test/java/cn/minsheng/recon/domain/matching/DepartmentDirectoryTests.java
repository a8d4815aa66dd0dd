package cn.minsheng.recon.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentDirectoryTests {

    private static final List<String> UNITS = List.of(
            "市人社局", "市卫健局", "市教体局", "市民政局", "市农业农村局", "市自然资源局", "市商务粮食局", "市供销联社",
            "市市场监管局", "市交通运输局", "市残联", "市妇联", "市总工会", "市数据局", "市医保局", "市公安局",
            "国网汨罗供电公司", "团市委");

    private final DepartmentDirectory directory = new DepartmentDirectory(UNITS,
            Map.of("社保中心", "市人社局", "电力公司", "国网汨罗供电公司"));

    @Nested
    class FilledInUnit {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                市人社局                         | 市人社局
                人社局                           | 市人社局
                市人社局（盖章）                  | 市人社局
                汨罗市人力资源和社会保障局         | 市人社局
                填报单位：汨罗市卫生健康局          | 市卫健局
                汨罗市卫生健康委员会               | 市卫健局
                汨罗市教育体育局（公章）            | 市教体局
                市民政局                         | 市民政局
                农业局                           | 市农业农村局
                汨罗市农业农村局                  | 市农业农村局
                汨罗市自然资源和规划局             | 市自然资源局
                汨罗市商务局                      | 市商务粮食局
                汨罗市供销合作社联合社             | 市供销联社
                供销社                           | 市供销联社
                汨罗市市场监督管理局               | 市市场监管局
                市场监管局                        | 市市场监管局
                交通局                           | 市交通运输局
                汨罗市残疾人联合会                 | 市残联
                汨罗市妇女联合会                   | 市妇联
                汨罗市总工会                      | 市总工会
                汨罗市数据资源局                  | 市数据局
                医疗保障局                        | 市医保局
                湖南省汨罗市公安局                 | 市公安局
                国网汨罗供电公司                  | 国网汨罗供电公司
                国网汨罗市供电公司                 | 国网汨罗供电公司
                共青团汨罗市委员会                 | 团市委
                共青团汨罗市委                    | 团市委
                市总工会（盖章）  填报日期：2026年3月31日 | 市总工会
                """)
        void resolvesToTheResponsibilityTablesSpelling(String text, String official) {
            assertThat(directory.resolve(text)).contains(official);
        }
    }

    @Nested
    class FileName {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                2026年3月 人社局 民生实事报送                                  | 市人社局
                卫健局-3月报送表                                               | 市卫健局
                市教体局报送2026-03                                            | 市教体局
                民生实事报送（自然资源局）-终稿                                  | 市自然资源局
                附件2：国网汨罗供电公司2026年3月报送                             | 国网汨罗供电公司
                汨罗市民政局关于报送2026年一季度重点民生实事进展情况的报告          | 市民政局
                2026年度重点民生实事任务分解表（市残联）(1)                      | 市残联
                市场监管局_2026.03_填报                                        | 市市场监管局
                """)
        void resolvesFromTheNameWithoutExtension(String fileName, String official) {
            assertThat(directory.resolve(fileName)).contains(official);
        }

        @Test
        void aTwoCharacterUnitIsFoundInsideAFileName() {
            assertThat(directory.resolve("关于报送残联3月进度")).contains("市残联");
        }

        @Test
        void theLongestUnitContainedWins() {
            DepartmentDirectory nested = new DepartmentDirectory(List.of("市农业农村局", "市农村局"), Map.of());

            assertThat(nested.resolve("关于报送汨罗市农业农村局3月进度")).contains("市农业农村局");
        }
    }

    @Nested
    class Aliases {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                汨罗市社保中心              | 市人社局
                2026年3月电力公司报送        | 国网汨罗供电公司
                """)
        void countyAliasResolves(String text, String official) {
            assertThat(directory.resolve(text)).contains(official);
        }
    }

    @Nested
    class Spellings {

        /** Lead units come first in the responsibility table: their spelling is the one reported. */
        @Test
        void theFirstSpellingOfAUnitWins() {
            DepartmentDirectory spelled = new DepartmentDirectory(List.of("市人社局", "人社局"), Map.of());

            assertThat(spelled.resolve("汨罗市人力资源和社会保障局")).contains("市人社局");
        }

        @Test
        void anAliasTakesTheTablesSpellingOfItsUnit() {
            DepartmentDirectory aliased = new DepartmentDirectory(List.of("市人社局"), Map.of("社保中心", "人社局"));

            assertThat(aliased.resolve("社保中心")).contains("市人社局");
        }

        @Test
        void anAliasOfAUnitTheTableDoesNotNameKeepsItsOwnSpelling() {
            DepartmentDirectory aliased = new DepartmentDirectory(List.of("市人社局"), Map.of("电力公司", " 国网供电公司 "));

            assertThat(aliased.resolve("电力公司")).contains("国网供电公司");
        }
    }

    @Nested
    class OtherCounties {

        private final DepartmentDirectory county = new DepartmentDirectory(
                List.of("县人社局", "县卫健局", "团县委", "国网平江县供电公司"), Map.of());
        private final DepartmentDirectory district = new DepartmentDirectory(List.of("区卫健局", "区教育局"), Map.of());

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                平江县人力资源和社会保障局   | 县人社局
                人社局                     | 县人社局
                县卫健局（盖章）            | 县卫健局
                共青团平江县委员会          | 团县委
                国网平江县供电公司          | 国网平江县供电公司
                """)
        void countyLevelUnits(String text, String official) {
            assertThat(county.resolve(text)).contains(official);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                岳阳楼区卫生健康局          | 区卫健局
                卫健局3月报送               | 区卫健局
                区教育局                   | 区教育局
                """)
        void districtLevelUnits(String text, String official) {
            assertThat(district.resolve(text)).contains(official);
        }
    }

    @Nested
    class Unresolved {

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "财政局", "民生实事报送表", "2026年3月报送", "汨罗", "人社局、卫健局联合报送", "管理局"})
        void resolvesToNothing(String text) {
            assertThat(directory.resolve(text)).isEmpty();
        }

        @Test
        void nullResolvesToNothing() {
            assertThat(directory.resolve(null)).isEmpty();
        }
    }

    @Nested
    class Units {

        @Test
        void eachUnitOnceInTheOrderGiven() {
            DepartmentDirectory cells = new DepartmentDirectory(
                    List.of("市人社局", "市财政局、市教体局", " 市人社局 ", "市卫健局"), Map.of());

            assertThat(cells.units()).containsExactly("市人社局", "市财政局", "市教体局", "市卫健局");
        }

        @Test
        void aJointCellResolvesEachOfItsUnits() {
            DepartmentDirectory joint = new DepartmentDirectory(List.of("市财政局、市教体局"), Map.of());

            assertThat(joint.resolve("财政局")).contains("市财政局");
            assertThat(joint.resolve("教体局")).contains("市教体局");
        }
    }

    /** One case per word of the directory's lists: each core is right only while the word is in its list. */
    @Nested
    class Core {

        /** The national vocabulary (SPEC §3.3): a full name becomes its short form, whatever the place. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                平江县人力资源和社会保障局           | 人社局
                平江县人力资源社会保障局             | 人社局
                平江县人力资源与社会保障局           | 人社局
                平江县卫生健康委员会                 | 卫健局
                平江县卫生健康局                     | 卫健局
                平江县卫健委                         | 卫健局
                平江县教育体育局                     | 教体局
                平江县教育和体育局                   | 教体局
                平江县自然资源和规划局               | 自然资源局
                平江县自然资源规划局                 | 自然资源局
                平江县住房和城乡建设局               | 住建局
                平江县住房城乡建设局                 | 住建局
                平江县农业局                         | 农业农村局
                平江县交通运输局                     | 交通局
                平江县工业和信息化局                 | 工信局
                平江县商务粮食局                     | 商务局
                平江县医疗保障局                     | 医保局
                平江县数据资源管理局                 | 数据局
                平江县数据资源局                     | 数据局
                平江县残疾人联合会                   | 残联
                平江县妇女联合会                     | 妇联
                平江县供销合作社联合社               | 供销社
                平江县供销合作联社                   | 供销社
                平江县供销合作社                     | 供销社
                平江县供销联社                       | 供销社
                平江县市场监督管理局                 | 市场监管局
                平江县应急管理局                     | 应急局
                平江县文化旅游广电体育局             | 文旅广体局
                平江县文化广电旅游体育局             | 文旅广体局
                平江县文化旅游广电局                 | 文旅广电局
                平江县文化广电和旅游局               | 文旅局
                平江县文化和旅游局                   | 文旅局
                平江县文化旅游局                     | 文旅局
                平江县发展和改革委员会               | 发改局
                平江县发展和改革局                   | 发改局
                平江县发改委                         | 发改局
                平江县科学技术局                     | 科技局
                科学技术协会                         | 科协
                平江县退役军人事务局                 | 退役军人局
                平江县城市管理和综合执法局           | 城管局
                平江县城市管理综合执法局             | 城管局
                平江县城市管理局                     | 城管局
                平江县人民政府国有资产监督管理委员会 | 国资委
                平江县国有资产监督管理委员会         | 国资委
                平江县住房公积金管理中心             | 公积金中心
                平江县机关事务服务中心               | 机关事务中心
                平江县行政审批服务局                 | 审批局
                国家电网                             | 国网
                共青团平江县委员会                   | 团县委
                共青团岳阳楼区委                     | 团区委
                共青团汨罗市委                       | 团市委
                """)
        void aNationalFullNameBecomesItsShortForm(String name, String core) {
            assertThat(DepartmentDirectory.core(name)).isEqualTo(core);
        }

        /** A leading place name ends in one of these and is taken off when a unit name is left. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"湖南省", "汨罗市", "平江县", "岳阳楼区", "鄂托克旗", "市", "县", "区", "湖南省汨罗市"})
        void aLeadingPlaceNameIsTakenOff(String place) {
            assertThat(DepartmentDirectory.core(place + "财政局")).isEqualTo("财政局");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"财政局", "政法委", "信访办", "总工会", "残联", "供销社", "统战部", "人民医院", "司法所",
                "消防救援大队", "水文站", "档案室", "城建处", "疾控中心", "供电公司", "城投集团", "农商行", "图书馆", "歌舞团",
                "政务大厅", "税务署", "水务司", "电视台", "党校"})
        void whatIsLeftEndsLikeAUnit(String unit) {
            assertThat(DepartmentDirectory.core("平江县" + unit)).isEqualTo(unit);
        }

        /** 县委 and 市委 are units of their own: a level word before a single character is no prefix. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                县委          | 县委
                市委          | 市委
                市城市建设局  | 城市建设局
                县人社局      | 人社局
                """)
        void aLevelWordIsTakenOffOnlyBeforeAUnitName(String name, String core) {
            assertThat(DepartmentDirectory.core(name)).isEqualTo(core);
        }

        @Test
        void aPlaceNameIsKeptWhenNoUnitNameWouldBeLeft() {
            assertThat(DepartmentDirectory.core("平江县城关")).isEqualTo("平江县城关");
        }

        /** Filing words put around a unit name in 填报单位 cells and file names. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"重点民生实事", "任务分解表", "民生实事", "填报单位", "报送单位", "进展情况", "完成情况", "报送表",
                "填报表", "汇总表", "进度表", "统计表", "分解表", "最终版", "修改版", "修订版", "报送", "填报", "上报", "盖章",
                "公章", "汇总", "情况", "项目", "附件", "终稿", "终版", "定稿", "副本", "新版", "备份", "年度", "月度", "月报",
                "季报", "本月", "当月"})
        void filingWordsAreNotTheUnit(String noise) {
            assertThat(DepartmentDirectory.core(noise + "人社局")).isEqualTo("人社局");
        }

        @ParameterizedTest(name = "人社局{0}")
        @ValueSource(strings = {"表", "版", "稿", "报送表版", "（定稿）"})
        void aFilingEndingIsNotTheUnit(String tail) {
            assertThat(DepartmentDirectory.core("人社局" + tail)).isEqualTo("人社局");
        }

        /** 图表, 出版, 文稿: an ending is only filing noise after a name of two characters or more. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"图表", "出版", "文稿"})
        void aFilingEndingIsKeptWhenOneCharacterWouldBeLeft(String name) {
            assertThat(DepartmentDirectory.core(name)).isEqualTo(name);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2026年度人社局", "2026年3月份人社局", "2026年3月31日人社局", "3月份人社局", "3月31日人社局",
                "三月人社局", "十二月份人社局", "第一季度人社局", "一季度人社局", "第2季度人社局", "上半年人社局", "下半年人社局",
                "人社局填报日期：2026年3月31日", "人社局报送日期2026-03-31", "人社局日期：3月"})
        void datesAreNotTheUnit(String text) {
            assertThat(DepartmentDirectory.core(text)).isEqualTo("人社局");
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"、", "，", ",", "；", ";"})
        void aCellNamingSeveralUnitsIsSplit(String separator) {
            assertThat(new DepartmentDirectory(List.of("市财政局" + separator + "市教体局"), Map.of()).units())
                    .containsExactly("市财政局", "市教体局");
        }
    }
}
