package cn.minsheng.recon.domain.official;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.model.Standard;
import cn.minsheng.recon.domain.model.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Columns: the directive text, the unit column (empty: none), then the expected kind and stated quantity. */
class DirectiveClassifierTests {

    private final UnitDirectory units = UnitDirectory.defaults();
    private final DirectiveClassifier classifier = new DirectiveClassifier(new HeadlineParser(units));

    private Optional<Unit> column(String unit) {
        return unit == null ? Optional.empty() : units.parse(unit);
    }

    private CellValue.Directive classify(String text, String unitColumn) {
        return classifier.classify(text, "", column(unitColumn));
    }

    private static String stated(CellValue.Directive directive) {
        return directive.stated().map(Object::toString).orElse(null);
    }

    /** Every directive of seed 004 (附件2), with the unit column of its row. */
    @Nested
    class Seed004 {

        @ParameterizedTest(name = "{0} [{1}]")
        @CsvSource(delimiter = '|', textBlock = """
                省级统筹，省教育厅牵头 | 平方米 | UPPER_LEVEL |
                由市人社局统筹安排 | 人 | CENTRAL |
                省级统筹，省人社厅牵头 | 个 | UPPER_LEVEL |
                由市人社局统筹安排 | 万元 | CENTRAL |
                省级统筹，省人社厅牵头 | 亿元 | UPPER_LEVEL |
                全市完成550户，待摸底完成后确定各镇（街道）任务数 | 户 | PENDING | 550户
                残疾儿童康复救助应救尽救，由市残联统筹安排 | 人 | CENTRAL |
                残疾人托养服务由市残联统筹安排 | 人 | CENTRAL |
                省级统筹，省公安厅牵头 | 套 | UPPER_LEVEL |
                由市公安局统筹安排 | 处 | CENTRAL |
                省级统筹，省数据局牵头 | 个 | UPPER_LEVEL |
                全市电子社保卡签发率提升至69% | % | OTHER | 69%
                全岳阳市发放补贴资金67300万元 | 万元 | UPPER_LEVEL |
                具体目标任务按省水利厅实施文件为准 | 万立方米 | UPPER_LEVEL |
                具体目标任务按省水利厅实施文件为准 | 万亩 | UPPER_LEVEL |
                由湖南省电力有限公司统筹安排 | 万元 | UPPER_LEVEL |
                市本级完成34个 | 个 | OTHER | 34个
                由市卫健局统筹安排 | 人 | CENTRAL |
                由市农业农村局统筹安排 | 万亩 | CENTRAL |
                全市投入资金9534万元 | 万元 | OTHER | 9534万元
                市级统筹、公安局牵头 | 套 | CENTRAL |
                """)
        void kindAndStatedQuantity(String text, String unitColumn, DirectiveKind kind, String stated) {
            CellValue.Directive directive = classify(text, unitColumn);
            assertThat(directive.kind()).isEqualTo(kind);
            assertThat(stated(directive)).isEqualTo(stated);
            assertThat(directive.standard()).isEmpty();
            assertThat(directive.text()).isEqualTo(text);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', textBlock = """
                19.城乡低保指导标准分别不低于770元/月和520元/月 | 分别不低于770元/月和520元/月 | 元/月 | 770,520 | true
                20.残疾人“两项补贴”标准均提高到不低于110元/月 | 不低于110元/月 | 元/月 | 110 | false
                21.散居和集中供养孤儿分别提高到不低于1250元/月和1800元/月 | 分别不低于1250元/月和1800元/月 | 元/月 | 1250,1800 | false
                16.建立城乡居民养老保险参保群体中低保户等困难群体丧葬补助金制度 | 为参加城乡居民养老保险的重度残疾、特困人员、低保对象、返贫人员建立丧葬补助金制度，标准不低于1200元/人 | 元/人 | 1200 | false
                38.推行全市职工和城乡居民生育住院医疗费用定额包干政策 | 在落实定点医院分娩医保政策范围内费用个人“零自付”政策的同时，符合包干条件的女职工、居民人数不低于75%进行包干结算 | % | 75 | false
                """)
        void standards(String indicator, String text, String unitColumn, String minimums, boolean urbanRural) {
            CellValue.Directive directive = classifier.classify(text, indicator, column(unitColumn));
            assertThat(directive.kind()).isEqualTo(DirectiveKind.STANDARD);
            assertThat(directive.stated()).isEmpty();
            Standard standard = directive.standard().orElseThrow();
            assertThat(standard.minimums()).map(BigDecimal::toPlainString).containsExactly(minimums.split(","));
            assertThat(standard.unit().symbol()).isEqualTo(unitColumn);
            assertThat(standard.urbanRural()).isEqualTo(urbanRural);
        }

        @Test
        void anUrbanRuralStandardHoldsEachLabelToItsOwnMinimum() {
            Standard standard = classifier.classify("分别不低于770元/月和520元/月", "城乡低保指导标准分别不低于770元/月和520元/月",
                    units.parse("元/月")).standard().orElseThrow();
            assertThat(standard.minimumFor("城市低保")).isEqualByComparingTo("770");
            assertThat(standard.minimumFor("农村低保")).isEqualByComparingTo("520");
            assertThat(standard.minimumFor("归义街道")).isEqualByComparingTo("520");
        }
    }

    /** The same rules for any county or province: nothing of Miluo or Hunan is built in. */
    @Nested
    class AnyCounty {

        @ParameterizedTest(name = "{0} [{1}]")
        @CsvSource(delimiter = '|', textBlock = """
                由广东省电力有限公司统筹安排 | 万元 | UPPER_LEVEL |
                具体任务按四川省教育厅实施文件为准 | 所 | UPPER_LEVEL |
                省级统筹 | 个 | UPPER_LEVEL |
                全省统一实施 | 个 | UPPER_LEVEL |
                以上级下达任务为准 | 人 | UPPER_LEVEL |
                中央财政统筹安排 | 万元 | UPPER_LEVEL |
                国家统一部署 | 个 | UPPER_LEVEL |
                全长沙市完成1200户 | 户 | UPPER_LEVEL |
                全黔东南州投入资金5000万元 | 万元 | UPPER_LEVEL |
                由县卫健局统筹安排 | 人 | CENTRAL |
                由区民政局统筹 | 人 | CENTRAL |
                国省道安防设施由县公安局统筹安排 | 处 | CENTRAL |
                由国网某县供电公司统筹安排 | 万元 | CENTRAL |
                待定 | 人 | PENDING |
                任务数另行下达 | 个 | PENDING |
                全县完成300户，待调查后确定各乡镇任务 | 户 | PENDING | 300户
                待上级下达后确定 | 个 | PENDING |
                全县完成300户 | 户 | OTHER | 300户
                全区投入资金120万元 | 万元 | OTHER | 120万元
                县本级完成5个 | 个 | OTHER | 5个
                全面推进城市社区建设 | 个 | OTHER |
                全部由市本级实施 | 个 | OTHER |
                节省资金30万元 | 万元 | OTHER | 30万元
                县本级完成5个 | 人 | OTHER |
                全县完成300户 | | OTHER | 300户
                """)
        void kindAndStatedQuantity(String text, String unitColumn, DirectiveKind kind, String stated) {
            CellValue.Directive directive = classify(text, unitColumn);
            assertThat(directive.kind()).isEqualTo(kind);
            assertThat(stated(directive)).isEqualTo(stated);
        }

        @Test
        void aStandardNeedsARateUnit() {
            assertThat(classify("不少于20个", "个").kind()).isEqualTo(DirectiveKind.OTHER);
            assertThat(classify("不低于90%", "%").kind()).isEqualTo(DirectiveKind.STANDARD);
        }

        @Test
        void withoutAUnitColumnAMinimumInACountIsNoStandard() {
            CellValue.Directive directive = classify("不少于20个", null);

            assertThat(directive.kind()).isEqualTo(DirectiveKind.OTHER);
            assertThat(directive.standard()).isEmpty();
            assertThat(stated(directive)).isEqualTo("20个");
        }

        @Test
        void aStandardWithoutAUnitColumnTakesTheWrittenUnit() {
            Standard standard = classifier.classify("城市不低于700元/月，农村不低于600元/月", "低保标准", Optional.empty())
                    .standard().orElseThrow();
            assertThat(standard.unit().symbol()).isEqualTo("元/月");
            assertThat(standard.minimums()).map(BigDecimal::toPlainString).containsExactly("700", "600");
            assertThat(standard.urbanRural()).isTrue();
        }

        @Test
        void minimumsAreConvertedToTheColumnsUnit() {
            Standard standard = classify("标准不低于80元/月·人", "元/月").standard().orElseThrow();
            assertThat(standard.unit().symbol()).isEqualTo("元/月");
            assertThat(standard.minimums()).map(BigDecimal::toPlainString).containsExactly("80");
        }

        @Test
        void noTextIsOther() {
            CellValue.Directive directive = classifier.classify(null, null, Optional.empty());
            assertThat(directive.kind()).isEqualTo(DirectiveKind.OTHER);
            assertThat(directive.text()).isEmpty();
        }

        @Test
        void fullWidthTextIsClassifiedLikeItsAsciiForm() {
            CellValue.Directive directive = classify("市本级完成３４个", "个");
            assertThat(directive.kind()).isEqualTo(DirectiveKind.OTHER);
            assertThat(stated(directive)).isEqualTo("34个");
            assertThat(directive.text()).isEqualTo("市本级完成３４个");
        }
    }

    /**
     * One case per word of the classifier's lists: each text gets its kind only when the word is known (without it,
     * the text would fall to the next rule, usually OTHER or CENTRAL).
     */
    @Nested
    class Words {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                待定 | PENDING
                待摸底后确定 | PENDING
                待调查后明确 | PENDING
                待市里下达 | PENDING
                待摸底后分解 | PENDING
                任务数另行下达 | PENDING
                任务数另行确定 | PENDING
                任务数另行明确 | PENDING
                任务数另行分解 | PENDING
                任务数另行通知 | PENDING
                任务数暂未下达 | PENDING
                任务数暂未确定 | PENDING
                任务数暂未明确 | PENDING
                中央财政统筹安排 | UPPER_LEVEL
                国家统一部署 | UPPER_LEVEL
                按国务院部署实施 | UPPER_LEVEL
                全国统一实施 | UPPER_LEVEL
                省里统一实施 | UPPER_LEVEL
                按上级下达任务实施 | UPPER_LEVEL
                以上级下达任务为准 | UPPER_LEVEL
                由上级统筹安排 | UPPER_LEVEL
                全长沙市统一实施 | UPPER_LEVEL
                全黔东南州统一实施 | UPPER_LEVEL
                全锡林郭勒盟统一实施 | UPPER_LEVEL
                全大兴安岭地区统一实施 | UPPER_LEVEL
                由县民政局统筹 | CENTRAL
                由县民政局统一安排 | CENTRAL
                由县民政局统一调配 | CENTRAL
                """)
        void aWordDecidesTheKind(String text, DirectiveKind kind) {
            assertThat(classify(text, "个").kind()).isEqualTo(kind);
        }

        /** 省 in a word that names no province does not make the text UPPER_LEVEL. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"国省道安防由县公安局统筹安排", "国省干线安防由县公安局统筹安排", "国省干道安防由县公安局统筹安排",
                "节省资金由县财政局统筹安排", "省内异地结算由县医保局统筹安排"})
        void aWordWithTheCharacterOfAProvinceNamesNone(String text) {
            assertThat(classify(text, "个").kind()).isEqualTo(DirectiveKind.CENTRAL);
        }

        /** 全 before these words is "whole" or "all", not a jurisdiction: 全面城市 is not a city called 面城. */
        @ParameterizedTest(name = "全{0}")
        @ValueSource(strings = {"面", "部", "体", "力", "年", "程", "额", "新", "覆盖", "过程", "天", "员", "民"})
        void wholeBeforeTheseWordsNamesNoJurisdiction(String word) {
            assertThat(classify("全" + word + "城市统一实施", "个").kind()).isEqualTo(DirectiveKind.OTHER);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"不低于", "不少于", "不得低于", "不得少于", "最低"})
        void aMinimumWordWithARateUnitIsAStandard(String word) {
            CellValue.Directive directive = classify("标准" + word + "700元/月", "元/月");

            assertThat(directive.kind()).isEqualTo(DirectiveKind.STANDARD);
            assertThat(directive.standard().orElseThrow().minimums()).containsExactly(new BigDecimal("700"));
        }

        /** Two minimums are urban then rural when the words say so (SPEC §3.1). */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                城乡低保标准 | true
                城市和农村低保标准 | true
                城镇和农村低保标准 | true
                城市低保标准 | false
                农村低保标准 | false
                低保标准 | false
                """)
        void urbanAndRuralWords(String indicator, boolean urbanRural) {
            Standard standard = classifier.classify("分别不低于770元/月和520元/月", indicator, units.parse("元/月"))
                    .standard().orElseThrow();

            assertThat(standard.urbanRural()).isEqualTo(urbanRural);
        }

        @Test
        void urbanAndRuralWordsMayStandInTheDirective() {
            assertThat(classifier.classify("城乡分别不低于770元/月和520元/月", "低保标准", units.parse("元/月"))
                    .standard().orElseThrow().urbanRural()).isTrue();
        }

        @Test
        void oneMinimumIsNeverUrbanAndRural() {
            assertThat(classifier.classify("不低于770元/月", "城乡低保标准", units.parse("元/月"))
                    .standard().orElseThrow().urbanRural()).isFalse();
        }
    }
}
