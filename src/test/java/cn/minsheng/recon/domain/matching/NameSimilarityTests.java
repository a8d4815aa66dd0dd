package cn.minsheng.recon.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 1 for names equal after normalisation, 0.9 when one contains the other, else the Dice coefficient of character
 * bigrams (twice the shared bigrams over all bigrams); digits never count.
 */
class NameSimilarityTests {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            开展农村自建桥梁排查，共80座     | 开展农村自建桥梁排查，共90座   | 1
            13.培训乡村医生30人             | （14）培训乡村医生 30 人       | 1
            培训乡村医生                    | 培训乡村医生30人              | 0.9
            培训乡村医生30人                | 乡村医生                      | 0.9
            新增就业人数                    | 新增就业岗位                  | 0.6
            哈哈啊                          | 哈哈呀哈哈                    | 0.3333333333
            城镇新增就业                    | 建设爱心驿站                  | 0
            镇                              | 乡                            | 0
            镇                              | 乡村街道                      | 0
            ``                              | 培训乡村医生                  | 0
            培训乡村医生                    | 2026                          | 0
            """)
    void scores(String a, String b, double score) {
        assertThat(NameSimilarity.score(a, b)).isCloseTo(score, within(1e-9));
        assertThat(NameSimilarity.score(b, a)).isCloseTo(score, within(1e-9));
    }
}
