package cn.minsheng.recon.domain.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a function of text already computed. A sheet repeats a few hundred labels (townships, villages,
 * indicators, units) over thousands of rows, and normalising or matching each again was the largest cost of
 * reading a long one. Emptied when full, so that it never holds more than its size; safe across threads.
 */
final class Memo<V> {

    private final int size;
    private final Function<String, V> function;
    private final Map<String, V> known = new ConcurrentHashMap<>();

    Memo(int size, Function<String, V> function) {
        this.size = size;
        this.function = function;
    }

    V get(String text) {
        V value = known.get(text);
        if (value != null) {
            return value;
        }
        if (known.size() >= size) {
            known.clear();
        }
        value = function.apply(text);
        known.put(text, value);
        return value;
    }
}
