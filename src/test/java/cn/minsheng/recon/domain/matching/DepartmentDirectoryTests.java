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
}
