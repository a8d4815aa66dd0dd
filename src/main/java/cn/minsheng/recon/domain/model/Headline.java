package cn.minsheng.recon.domain.model;

/**
 * An indicator's stated target: {@code 培训乡村医生30人} is 30 人 EXACT,
 * {@code 不少于17.14万人} is 17.14 万人 AT_LEAST.
 *
 * @param quantity   the number with the unit it was written in
 * @param comparison EXACT or AT_LEAST
 * @param phrase     the words it was read from ({@code 不少于17.14万人})
 */
public record Headline(Quantity quantity, Comparison comparison, String phrase) {
}
