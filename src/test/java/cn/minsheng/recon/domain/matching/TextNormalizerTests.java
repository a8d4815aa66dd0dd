package cn.minsheng.recon.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTests {

    @Nested
    class Normalize {

        @Test
        void nullIsEmpty() {
            assertThat(TextNormalizer.normalize(null)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                １２３４５                         | 12345
                ＡＢＣｄｅ                          | ABCde
                １７．１４万人                      | 17.14万人
                城　镇 新增\u00A0就业 6000 人         | 城镇新增就业6000人
                 共 391 座                         | 共391座
                散居孤儿　　从 950 元/月             | 散居孤儿从950元/月
                家庭医生（签约）                     | 家庭医生(签约)
                【重点】                            | [重点]
                “向阳花”活动                       | "向阳花"活动
                ‘零自付’                           | '零自付'
                「湘易办」                          | "湘易办"
                35—110千伏                         | 35-110千伏
                35–110千伏                         | 35-110千伏
                35－110千伏                         | 35-110千伏
                ９０％以上                          | 90%以上
                ２７２３万元，投入                   | 2723万元,投入
                110元/月・人                        | 110元/月·人
                """)
        void foldsWidthSpacesAndPunctuation(String raw, String expected) {
            assertThat(TextNormalizer.normalize(raw)).isEqualTo(expected);
        }

        /** Every typographic form of a quote, bracket, dash, middle dot and space folds to one. */
        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                “ | `"`
                ” | `"`
                „ | `"`
                「 | `"`
                」 | `"`
                『 | `"`
                』 | `"`
                ‘ | '
                ’ | '
                ‚ | '
                【 | [
                〔 | [
                ［ | [
                】 | ]
                〕 | ]
                ］ | ]
                — | -
                – | -
                ― | -
                ‐ | -
                ‑ | -
                ‒ | -
                − | -
                ─ | -
                • | ·
                ・ | ·
                ‧ | ·
                ∙ | ·
                ⋅ | ·
                `\u200B` | ``
                `\uFEFF` | ``
                `\u3000` | ``
                `\u00A0` | ``
                `\u2009` | ``
                `\u202F` | ``
                """)
        void foldsEachTypographicForm(String typed, String folded) {
            assertThat(TextNormalizer.normalize("残疾人" + typed + "补贴")).isEqualTo("残疾人" + folded + "补贴");
        }

        @Test
        void unitSymbolsBecomeLetters() {
            assertThat(TextNormalizer.normalize("㎡")).isEqualTo("m2");
            assertThat(TextNormalizer.normalize("m³")).isEqualTo("m3");
            assertThat(TextNormalizer.normalize("㎞")).isEqualTo("km");
        }

        @Test
        void isIdempotent() {
            String once = TextNormalizer.normalize("（13）提升城乡居民基本医疗服务水平（不少于１７．１４万人）");
            assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
        }
    }

    @Nested
    class Key {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                完成100个“湘易办”高频事项体验优化   | 完成100个湘易办高频事项体验优化
                完成 100 个「湘易办」高频事项体验优化 | 完成100个湘易办高频事项体验优化
                城市快速路（高架）、国省道公路       | 城市快速路高架国省道公路
                电子社保卡签发率提升至69％           | 电子社保卡签发率提升至69%
                新建34个农村4G、5G基站              | 新建34个农村4g5g基站
                残疾人·两项补贴                     | 残疾人两项补贴
                """)
        void keepsOnlyWordsDigitsAndPercent(String raw, String expected) {
            assertThat(TextNormalizer.key(raw)).isEqualTo(expected);
        }

        @Test
        void nullIsEmpty() {
            assertThat(TextNormalizer.key(null)).isEmpty();
        }
    }

    @Nested
    class Numbering {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                13.提升城乡居民基本医疗服务水平       | 13 | 提升城乡居民基本医疗服务水平
                13．提升城乡居民基本医疗服务水平      | 13 | 提升城乡居民基本医疗服务水平
                １３．提升城乡居民基本医疗服务水平     | 13 | 提升城乡居民基本医疗服务水平
                13、提升城乡居民基本医疗服务水平      | 13 | 提升城乡居民基本医疗服务水平
                (13)提升城乡居民基本医疗服务水平      | 13 | 提升城乡居民基本医疗服务水平
                （13）提升城乡居民基本医疗服务水平     | 13 | 提升城乡居民基本医疗服务水平
                ' 43. 开展农村村民自建桥梁安全隐患排查整治行动，共80座' | 43 | 开展农村村民自建桥梁安全隐患排查整治行动，共80座
                """)
        void leadingNumberIsRemoved(String raw, String number, String rest) {
            assertThat(TextNormalizer.stripNumbering(raw)).isEqualTo(rest);
            assertThat(TextNormalizer.numbering(raw)).contains(number);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                1.5万亩高标准农田建设
                2024年新增就业
                县域普通高中办学条件提质改造1所
                60场心理健康和家庭教育指导
                """)
        void anythingElseIsKept(String raw) {
            assertThat(TextNormalizer.stripNumbering(raw)).isEqualTo(raw);
            assertThat(TextNormalizer.numbering(raw)).isEmpty();
        }

        @Test
        void nullHasNoNumbering() {
            assertThat(TextNormalizer.stripNumbering(null)).isEmpty();
            assertThat(TextNormalizer.numbering(null)).isEmpty();
        }
    }

    @Nested
    class PlainText {

        /** ASCII, CJK (with an unassigned code point at the block's end), and what NFKC or the folding changes. */
        private static final String POOL = "aZz09%-. \t\u001Fn城关镇新市社区户\u9FFF\uF900１Ａ（）：“”\u3000\u00A0e\u0301\u200B";

        @Test
        void isNormalisedAndKeyedAsTheFullFoldingDoes() {
            java.util.Random random = new java.util.Random(2026);
            for (int i = 0; i < 20_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(6); n > 0; n--) {
                    text.append(POOL.charAt(random.nextInt(POOL.length())));
                }
                String s = text.toString();
                assertThat(TextNormalizer.normalize(s)).as("normalize(%s)", s).isEqualTo(TextNormalizer.fold(s));
                assertThat(TextNormalizer.key(s)).as("key(%s)", s).isEqualTo(TextNormalizer.reduce(s));
            }
        }

        /** Every ASCII character, and those just past it, on its own and between kept ones: the edges of each kept range. */
        @Test
        void eachAsciiCharacterIsNormalisedAndKeyedAsTheFullFoldingDoes() {
            for (char c = 0; c <= 0xA0; c++) {
                for (String s : List.of(String.valueOf(c), "a" + c + "1", "城" + c + "%")) {
                    assertThat(TextNormalizer.normalize(s)).as("normalize(U+%04X)", (int) c).isEqualTo(TextNormalizer.fold(s));
                    assertThat(TextNormalizer.key(s)).as("key(U+%04X)", (int) c).isEqualTo(TextNormalizer.reduce(s));
                }
            }
        }

        @Test
        void takesOnlyTextThatFoldingLeavesAlone() {
            assertThat(TextNormalizer.key("城关镇")).isEqualTo("城关镇");
            assertThat(TextNormalizer.key("Town 1")).isEqualTo("town1");
            assertThat(TextNormalizer.normalize("城关镇 ")).isEqualTo("城关镇");
            assertThat(TextNormalizer.normalize("e\u0301")).isEqualTo("\u00E9");
        }
    }
}
