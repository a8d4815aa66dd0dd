package cn.minsheng.recon.domain.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a function of text already computed. A sheet repeats a few hundred labels (townships, villages,
 * indicators, units) over thousands of rows, and normalising or matching each again was the largest cost of
 * reading a long one. Holds at most twice its size, in two generations: when the newer is full it becomes the older
 * and the older is let go, and a text found in the older is carried into the newer. So the texts asked for again and
 * again stay while a stream of texts seen once passes through (emptying it all when full had thrown the labels out
 * with the villages of a long sheet, over and over). Safe across threads.
 */
final class Memo<V> {

    private final int size;
    private final Function<String, V> function;
    private volatile Map<String, V> newer;
    private volatile Map<String, V> older = Map.of();

    Memo(int size, Function<String, V> function) {
        this.size = size;
        this.function = function;
        this.newer = generation();
    }

    V get(String text) {
        Map<String, V> known = newer;
        V value = known.get(text);
        if (value != null) {
            return value;
        }
        value = older.get(text);
        if (value == null) {
            value = function.apply(text);
        }
        if (known.size() >= size) {
            known = nextGeneration(known);
        }
        known.put(text, value);
        return value;
    }

    /** Makes the full generation the older one, unless another thread has already; the generation to add to. */
    private synchronized Map<String, V> nextGeneration(Map<String, V> full) {
        if (newer == full) {
            older = full;
            newer = generation();
        }
        return newer;
    }

    /** Sized for a full generation: growing a concurrent map as it fills had cost as much as what it saved. */
    private ConcurrentHashMap<String, V> generation() {
        return new ConcurrentHashMap<>(size);
    }
}
