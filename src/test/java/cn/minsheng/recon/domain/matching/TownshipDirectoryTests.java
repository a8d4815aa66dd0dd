package cn.minsheng.recon.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TownshipDirectoryTests {

    private final TownshipDirectory directory = new TownshipDirectory(
            List.of("归义街道", "新市街道", "大荆镇", "三阳乡", "屈子祠镇", "龙山民族乡"),
            Map.of("老城区", "归义街道", "新 市", "新市街道"));

    @Nested
    class OfficialSpelling {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                归义街道     | 归义街道
                大荆镇       | 大荆镇
                屈子祠镇     | 屈子祠镇
                1.三阳乡     | 三阳乡
                """)
        void resolvesToItself(String label, String official) {
            assertThat(directory.resolve(label)).contains(official);
        }
    }

    @Nested
    class Spacing {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                三 阳          | 三阳乡
                大　荆　镇      | 大荆镇
                ' 归义街道 '    | 归义街道
                屈子祠\u00A0镇  | 屈子祠镇
                """)
        void spacesAndFullWidthDoNotCount(String label, String official) {
            assertThat(directory.resolve(label)).contains(official);
        }

        @Test
        void lineBreaksInsideACellDoNotCount() {
            assertThat(directory.resolve("归义\n街道")).contains("归义街道");
            assertThat(directory.resolve("归义\r\n街道")).contains("归义街道");
        }
    }

    @Nested
    class ShortNames {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                归义     | 归义街道
                三阳     | 三阳乡
                大荆     | 大荆镇
                屈子祠   | 屈子祠镇
                龙山     | 龙山民族乡
                """)
        void stemWithoutSuffixResolves(String label, String official) {
            assertThat(directory.resolve(label)).contains(official);
        }
    }

    @Nested
    class Prefixes {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                其中：归义     | 归义街道
                其中:大荆镇    | 大荆镇
                其中： 三阳乡   | 三阳乡
                """)
        void subItemPrefixIsDropped(String label, String official) {
            assertThat(directory.resolve(label)).contains(official);
        }
    }

    /** Every place suffix of SPEC §3.1: a township is found by its name without it ({@code 归义} for 归义街道). */
    @Nested
    class PlaceSuffixes {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"乡", "镇", "街道", "办事处", "街道办事处", "街道办", "民族乡", "管理区", "开发区", "园区", "农场",
                "林场", "社区"})
        void theStemNamesTheTownship(String suffix) {
            TownshipDirectory county = new TownshipDirectory(List.of("黄柏" + suffix, "大荆镇"), Map.of());

            assertThat(county.resolve("黄柏")).contains("黄柏" + suffix);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                新市街道办事处 | 新市街道
                新市街道办     | 新市街道
                新市办事处     | 新市街道
                """)
        void aSuffixIsTakenOffWhole(String label, String official) {
            TownshipDirectory county = new TownshipDirectory(List.of("新市镇", "新市街道", "屈原镇", "屈原管理区"), Map.of());

            assertThat(county.resolve(label)).contains(official);
        }
    }

    @Nested
    class LeadAndGovernmentWords {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                含归义        | 归义街道
                含：大荆镇     | 大荆镇
                其中三阳      | 三阳乡
                大荆镇人民政府 | 大荆镇
                大荆镇政府     | 大荆镇
                归义街道办事处人民政府 | 归义街道
                """)
        void areNotPartOfTheName(String label, String official) {
            assertThat(directory.resolve(label)).contains(official);
        }

        /** 新政府, 县政府: one character before 政府 is a word of its own, not the name of 新镇 or 县镇. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"新政府", "县政府", "新人民政府"})
        void aGovernmentAfterASingleCharacterNamesNoTownship(String label) {
            TownshipDirectory oneCharacterStems = new TownshipDirectory(List.of("新镇", "县镇", "大荆镇"), Map.of());

            assertThat(oneCharacterStems.resolve(label)).isEmpty();
        }
    }

    @Nested
    class SuffixVariants {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                新市街道办事处  | 新市街道
                新市办事处      | 新市街道
                新市街道办      | 新市街道
                三阳镇          | 三阳乡
                大荆乡          | 大荆镇
                龙山乡          | 龙山民族乡
                """)
        void anotherSuffixOfAUniqueStemResolves(String label, String official) {
            assertThat(directory.resolve(label)).contains(official);
        }

        @Test
        void aSuffixThatExistsIsNotBentToAnother() {
            TownshipDirectory both = new TownshipDirectory(List.of("三阳乡", "三阳镇"), Map.of());

            assertThat(both.resolve("三阳镇")).contains("三阳镇");
            assertThat(both.resolve("三阳乡")).contains("三阳乡");
        }

        @Test
        void theLabelsSuffixFamilyChoosesBetweenTwins() {
            TownshipDirectory twins = new TownshipDirectory(List.of("新市镇", "新市街道"), Map.of());

            assertThat(twins.resolve("新市办事处")).contains("新市街道");
        }
    }

    @Nested
    class Aliases {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                老城区     | 归义街道
                老 城 区   | 归义街道
                新市       | 新市街道
                """)
        void countyAliasResolves(String label, String official) {
            assertThat(directory.resolve(label)).contains(official);
        }

        @Test
        void aliasTargetTakesTheHeadersSpelling() {
            TownshipDirectory spaced = new TownshipDirectory(List.of("归义街道"), Map.of("城关", "归义 街道"));

            assertThat(spaced.resolve("城关")).contains("归义街道");
        }

        @Test
        void aliasComesBeforeAGuessFromTheStem() {
            TownshipDirectory twins = new TownshipDirectory(List.of("白水镇", "白水乡"), Map.of("白水", "白水镇"));

            assertThat(twins.resolve("白水")).contains("白水镇");
        }

        /** The stem alone would name 城关镇; the county says its 城关 is the old name of 归义街道. */
        @Test
        void aliasWinsOverAStemThatNamesAnotherTownship() {
            TownshipDirectory renamed = new TownshipDirectory(List.of("城关镇", "归义街道"), Map.of("城关", "归义街道"));

            assertThat(renamed.resolve("城关")).contains("归义街道");
            assertThat(renamed.resolve("城关镇")).contains("城关镇");
        }
    }

    @Nested
    class Ambiguity {

        private final TownshipDirectory twins = new TownshipDirectory(List.of("三阳乡", "三阳镇", "大荆镇"), Map.of());

        @ParameterizedTest
        @ValueSource(strings = {"三阳", "三 阳", "三阳街道", "三阳办事处"})
        void twoTownshipsSharingAStemResolveToNothing(String label) {
            assertThat(twins.resolve(label)).isEmpty();
        }
    }

    @Nested
    class NotATownship {

        @ParameterizedTest
        @ValueSource(strings = {"合计", "全市", "总计", "白塘镇", "其中：", "镇", "", "  "})
        void resolvesToNothing(String label) {
            assertThat(directory.resolve(label)).isEmpty();
            assertThat(directory.isTownship(label)).isFalse();
        }

        @Test
        void nullResolvesToNothing() {
            assertThat(directory.resolve(null)).isEmpty();
        }

        @Test
        void isTownshipAgreesWithResolve() {
            assertThat(directory.isTownship("归义")).isTrue();
            assertThat(directory.isTownship("三阳镇")).isTrue();
        }
    }
}
