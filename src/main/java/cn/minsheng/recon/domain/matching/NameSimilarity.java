package cn.minsheng.recon.domain.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two names are, from 0 to 1: 1 when equal after normalisation, 0.9 when one contains the other,
 * else the Dice coefficient of their character bigrams. Digits are ignored so that a name whose target
 * number differs ({@code 共80座} / {@code 共90座}) still matches its twin.
 */
public final class NameSimilarity {

    /** Below this score two names are not taken for the same thing. */
    public static final double THRESHOLD = 0.5;

    private NameSimilarity() {
    }

    public static double score(String a, String b) {
        String x = TextNormalizer.key(TextNormalizer.stripNumbering(a)).replaceAll("[0-9.]", "");
        String y = TextNormalizer.key(TextNormalizer.stripNumbering(b)).replaceAll("[0-9.]", "");
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        if (x.contains(y) || y.contains(x)) {
            return 0.9;
        }
        return dice(x, y);
    }

    private static double dice(String x, String y) {
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i < x.length() - 1; i++) {
            bigrams.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i < y.length() - 1; i++) {
            String bigram = y.substring(i, i + 2);
            Integer count = bigrams.get(bigram);
            if (count != null && count > 0) {
                bigrams.put(bigram, count - 1);
                shared++;
            }
        }
        return 2.0 * shared / (x.length() - 1 + y.length() - 1);
    }
}
