package cn.minsheng.recon.domain.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a township label as departments type it ({@code 归义}, {@code 三 阳}, {@code 新市办事处}, {@code 其中：大荆})
 * into the township's spelling in the breakdown table's header, or nothing when the label names no township or
 * could name several.
 */
public final class TownshipDirectory {

    /**
     * National township suffixes, longest first so that {@code 街道办事处} is taken off whole. The value is the
     * suffix's family: {@code 新市办事处} and {@code 新市街道} are the same kind of place, {@code 三阳镇} and
     * {@code 三阳乡} are not.
     */
    private static final Map<String, String> SUFFIXES = suffixes();

    /** Words put before a sub-item in a sheet ({@code 其中：归义街道}); they never belong to the name. */
    private static final List<String> LEAD_WORDS = List.of("其中", "含");

    /** Words after a township's name that name its government or office, not another place. */
    private static final List<String> GOVERNMENT_WORDS = List.of("人民政府", "政府");

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, List<String>> byStem = new HashMap<>();
    private final Memo<Optional<String>> resolved = new Memo<>(4_096, this::match);

    /**
     * @param officialTownships the townships as spelled in the breakdown table's header
     * @param aliases           the county's own aliases, alias → official name
     */
    public TownshipDirectory(List<String> officialTownships, Map<String, String> aliases) {
        for (String township : officialTownships) {
            String key = TextNormalizer.key(township);
            if (key.isEmpty()) {
                continue;
            }
            byKey.putIfAbsent(key, township);
            byStem.computeIfAbsent(split(key).stem(), s -> new ArrayList<>()).add(township);
        }
        aliases.forEach((alias, official) -> {
            String key = TextNormalizer.key(alias);
            if (!key.isEmpty()) {
                // an alias may point at the official name in another spelling: keep the header's
                this.aliases.put(key, byKey.getOrDefault(TextNormalizer.key(official), official));
            }
        });
    }

    /** The official spelling of the township the label names; empty when it names none, or several. */
    public Optional<String> resolve(String label) {
        return label == null ? Optional.empty() : resolved.get(label);
    }

    private Optional<String> match(String label) {
        String key = withoutGovernment(withoutLeadWord(TextNormalizer.key(TextNormalizer.stripNumbering(label))));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String exact = byKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        // the county's own aliases come before any guess from the stem
        String alias = aliases.get(key);
        if (alias != null) {
            return Optional.of(alias);
        }
        Stemmed stemmed = split(key);
        List<String> candidates = byStem.getOrDefault(stemmed.stem(), List.of());
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        // 三阳镇 where both 三阳乡 and 三阳街道 exist tells nothing; 新市办事处 between 新市镇 and 新市街道 does
        List<String> sameFamily = stemmed.family().isEmpty() ? List.of() : candidates.stream()
                .filter(c -> split(TextNormalizer.key(c)).family().equals(stemmed.family()))
                .toList();
        return sameFamily.size() == 1 ? Optional.of(sameFamily.get(0)) : Optional.empty();
    }

    public boolean isTownship(String label) {
        return resolve(label).isPresent();
    }

    /**
     * Whether a label has the shape of a township's name, whatever the county: a stem and a national place suffix
     * ({@code 城东办事处}, {@code 北洲管理区}, {@code 国营云岭林场}, {@code 其中：大荆镇}, {@code 城关镇（含开发区）}). A total, a target, a year or a
     * note ({@code 任务总量}, {@code 2026年全县任务量}, {@code 备注}) has not.
     */
    public static boolean namesPlace(String label) {
        String name = TextNormalizer.stripNumbering(label).replaceFirst("[（(][^（()）]*[）)]\\s*$", "");
        String key = withoutGovernment(withoutLeadWord(TextNormalizer.key(name)));
        return !split(key).family().isEmpty();
    }

    /** {@code 城关镇人民政府} names the township by its government: the township is 城关镇. */
    private static String withoutGovernment(String key) {
        for (String word : GOVERNMENT_WORDS) {
            if (key.endsWith(word) && key.length() > word.length() + 1) {
                return key.substring(0, key.length() - word.length());
            }
        }
        return key;
    }

    private static String withoutLeadWord(String key) {
        for (String word : LEAD_WORDS) {
            if (key.startsWith(word) && key.length() > word.length()) {
                return key.substring(word.length());
            }
        }
        return key;
    }

    /** A name cut into stem and suffix family; a name without a known suffix is all stem. */
    private static Stemmed split(String key) {
        for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
            // keep at least one character of stem: 乡 alone is not a township called ""
            if (key.endsWith(suffix.getKey()) && key.length() > suffix.getKey().length()) {
                return new Stemmed(key.substring(0, key.length() - suffix.getKey().length()), suffix.getValue());
            }
        }
        return new Stemmed(key, "");
    }

    private static Map<String, String> suffixes() {
        Map<String, String> suffixes = new LinkedHashMap<>();
        suffixes.put("街道办事处", "街道");
        suffixes.put("街道办", "街道");
        suffixes.put("办事处", "街道");
        suffixes.put("民族乡", "乡");
        suffixes.put("管理区", "管理区");
        suffixes.put("开发区", "开发区");
        suffixes.put("园区", "园区");
        suffixes.put("农场", "农场");
        suffixes.put("林场", "林场");
        suffixes.put("街道", "街道");
        suffixes.put("社区", "社区");
        suffixes.put("镇", "镇");
        suffixes.put("乡", "乡");
        return suffixes;
    }

    private record Stemmed(String stem, String family) {
    }
}
