package cn.minsheng.recon.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTests {

    private final List<String> computed = new ArrayList<>();
    private final Memo<String> memo = new Memo<>(4, text -> {
        computed.add(text);
        return text.toUpperCase();
    });

    @Test
    void computesATextOnceWhileItFits() {
        assertThat(memo.get("a")).isEqualTo("A");
        assertThat(memo.get("a")).isEqualTo("A");
        assertThat(memo.get("b")).isEqualTo("B");

        assertThat(computed).containsExactly("a", "b");
    }

    @Test
    void holdsAsManyTextsAsItsSize() {
        for (String text : new String[] {"a", "b", "c", "d", "a", "b", "c", "d"}) {
            memo.get(text);
        }

        assertThat(computed).containsExactly("a", "b", "c", "d");
    }

    @Test
    void keepsATextAskedForAgainAndAgainWhileOthersPassThrough() {
        for (int i = 0; i < 100; i++) {
            assertThat(memo.get("label")).isEqualTo("LABEL");
            memo.get("village" + i);
        }

        assertThat(computed).filteredOn("label"::equals).hasSize(1);
        assertThat(computed).hasSize(101);
    }

    @Test
    void forgetsWhatWasNotAskedForInTwoGenerations() {
        memo.get("once");
        for (int i = 0; i < 8; i++) {
            memo.get("other" + i);
        }
        computed.clear();

        assertThat(memo.get("once")).isEqualTo("ONCE");
        assertThat(computed).containsExactly("once");
    }
}
