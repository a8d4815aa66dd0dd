package cn.minsheng.recon.domain.official;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingBuilder;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.Headline;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the official tables against themselves and each other (OFF_ rules of SPEC §4): rate rows that skip a
 * township, township values or totals that miss the headline, a responsibility table stating another target,
 * indicators nobody leads, responsibility rows that name no indicator.
 */
public final class OfficialConsistencyChecks {

    private final HeadlineParser headlines;

    public OfficialConsistencyChecks(HeadlineParser headlines) {
        this.headlines = headlines;
    }

    public List<Finding> check(OfficialTables tables) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator indicator : tables.breakdown().indicators()) {
            Optional<ResponsibilityRow> lead = tables.responsibility(indicator);
            List<Finding> own = new ArrayList<>();
            missingTownships(indicator, own);
            sums(indicator, own);
            if (lead.isEmpty() || lead.get().leadUnit().isBlank()) {
                own.add(about(RuleCode.OFF_NO_LEAD_UNIT, indicator)
                        .source(indicator.nameRef())
                        .message("责任分解表中没有覆盖指标“" + indicator.label() + "”并写明牵头单位的行，无法确定牵头单位")
                        .build());
            }
            lead.ifPresent(row -> own.replaceAll(f -> routed(f, row)));
            findings.addAll(own);
        }
        crossTable(tables, findings);
        return findings;
    }

    /** A rate row allocated by township must give every township its value. */
    private static void missingTownships(Indicator indicator, List<Finding> findings) {
        boolean perTownship = indicator.townships().values().stream().anyMatch(v -> !(v instanceof CellValue.Blank));
        if (!indicator.rate() || !perTownship) {
            return;
        }
        indicator.townships().forEach((township, value) -> {
            if (value instanceof CellValue.Blank) {
                findings.add(about(RuleCode.OFF_MISSING_TOWNSHIP, indicator)
                        .township(township)
                        .source(indicator.townshipRefs().get(township))
                        .message("指标“" + indicator.label() + "”按乡镇下达" + indicator.unitText() + "目标，"
                                + township + "未填写目标值")
                        .build());
            }
        });
    }

    private void sums(Indicator indicator, List<Finding> findings) {
        Optional<Unit> unit = indicator.workingUnit();
        if (unit.isEmpty()) {
            return;
        }
        Optional<Headline> headline = indicator.headline();
        Optional<BigDecimal> target = headline.flatMap(h -> h.quantity().in(unit.get()));
        if (indicator.rate()) {
            // 分别不低于770元/月和520元/月: a township value unlabelled as urban or rural is held to the lower
            headlines.parseAll(indicator.name(), unit).stream()
                    .map(h -> h.quantity().in(unit.get()))
                    .flatMap(Optional::stream)
                    .min(BigDecimal::compareTo)
                    .ifPresent(floor -> ratesBelowHeadline(indicator, headline.get(), floor, findings));
            return;
        }
        if (indicator.allocatedByTownship()) {
            // the township values are the allocation: the total column and the headline must match their sum
            BigDecimal sum = indicator.townshipSum();
            indicator.total().filter(total -> total.compareTo(sum) != 0).ifPresent(total -> findings.add(
                    sumMismatch(indicator, total, sum, "各乡镇目标合计", indicator.totalRef(),
                            "各乡镇目标合计" + plain(sum, unit.get()) + "，与合计栏" + plain(total, unit.get()) + "不符")));
            target.ifPresent(t -> statedAgainstHeadline(indicator, headline.get(), t, Optional.of(sum),
                    indicator.nameRef(), "各乡镇目标合计", findings));
            return;
        }
        target.ifPresent(t -> {
            statedAgainstHeadline(indicator, headline.get(), t, indicator.total(), indicator.totalRef(), "合计栏",
                    findings);
            // a city-wide number written both across the townships and in the total column is one statement
            statedAgainstHeadline(indicator, headline.get(), t, indicator.spanningNumber()
                            .filter(n -> indicator.total().map(total -> total.compareTo(n) != 0).orElse(true)),
                    indicator.spanningRef(), "跨乡镇合并填写的数", findings);
            statedAgainstHeadline(indicator, headline.get(), t,
                    indicator.directive().flatMap(CellValue.Directive::stated).flatMap(q -> q.in(unit.get())),
                    indicator.spanningRef(), "目标栏文字", findings);
        });
    }

    private static void statedAgainstHeadline(Indicator indicator, Headline headline, BigDecimal target,
            Optional<BigDecimal> stated, SourceRef where, String what, List<Finding> findings) {
        Unit unit = indicator.workingUnit().orElseThrow();
        stated.filter(value -> !headline.comparison().accepts(value, target)).ifPresent(value -> findings.add(
                sumMismatch(indicator, target, value, what, where, what + "为" + plain(value, unit) + "，与指标名称中的目标“"
                        + headline.phrase() + "”（" + plain(target, unit) + "）不符")));
    }

    /** Township rates are each held to the headline rate (达90%以上 means every township reaches 90). */
    private static void ratesBelowHeadline(Indicator indicator, Headline headline, BigDecimal target,
            List<Finding> findings) {
        indicator.townships().forEach((township, value) -> {
            if (value instanceof CellValue.Number number && number.value().compareTo(target) < 0) {
                Unit unit = indicator.workingUnit().orElseThrow();
                findings.add(about(RuleCode.OFF_SUM_MISMATCH, indicator)
                        .township(township)
                        .values(target, null)
                        .compared(number.value(), "乡镇目标")
                        .source(indicator.townshipRefs().get(township))
                        .message(township + "的目标" + plain(number.value(), unit) + "低于指标名称中的目标“"
                                + headline.phrase() + "”")
                        .build());
            }
        });
    }

    /**
     * Two figures of the breakdown table that disagree: {@code official}, the target it sets, and {@code stated},
     * another figure it writes, which is {@code what} (neither is a submitted figure).
     */
    private static Finding sumMismatch(Indicator indicator, BigDecimal official, BigDecimal stated, String what,
            SourceRef where, String detail) {
        return about(RuleCode.OFF_SUM_MISMATCH, indicator)
                .values(official, null)
                .compared(stated, what)
                .source(where)
                .message("指标“" + indicator.label() + "”" + detail)
                .build();
    }

    /** A responsibility row that covers one indicator and states a number must state the breakdown's. */
    private void crossTable(OfficialTables tables, List<Finding> findings) {
        for (Map.Entry<ResponsibilityRow, List<Indicator>> entry : tables.coverage().entrySet()) {
            ResponsibilityRow row = entry.getKey();
            List<Indicator> covered = entry.getValue();
            if (covered.isEmpty()) {
                findings.add(Finding.of(RuleCode.OFF_UNMATCHED_RESPONSIBILITY)
                        .source(row.source())
                        .routing(row.leader(), row.leadUnit())
                        .message("责任分解表中的“" + row.text() + "”在指标任务分解表中找不到对应指标")
                        .build());
                continue;
            }
            if (covered.size() != 1) {
                continue;
            }
            Indicator indicator = covered.get(0);
            Optional<Unit> unit = indicator.workingUnit();
            Optional<BigDecimal> official = unit.flatMap(u -> statedTarget(indicator, u));
            Optional<Headline> stated = unit.flatMap(u -> headlines.parse(row.text(), Optional.of(u)));
            if (official.isEmpty() || stated.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> value = stated.get().quantity().in(unit.get());
            // 「135场以上」 in the responsibility table holds for a breakdown of 140: a minimum is met, not matched
            if (value.isPresent() && !stated.get().comparison().accepts(official.get(), value.get())) {
                findings.add(routed(about(RuleCode.OFF_CROSS_TABLE_MISMATCH, indicator)
                        .values(official.get(), null)
                        .compared(value.get(), "责任分解表")
                        .source(indicator.nameRef())
                        .message("责任分解表（" + row.source().describe() + "）写“" + stated.get().phrase()
                                + "”，指标任务分解表为" + plain(official.get(), unit.get()))
                        .build(), row));
            }
        }
    }

    /** What the breakdown table says the target is: the headline, else the total, the city-wide number, the sum. */
    private static Optional<BigDecimal> statedTarget(Indicator indicator, Unit unit) {
        return indicator.headline().flatMap(h -> h.quantity().in(unit))
                .or(indicator::total)
                .or(indicator::spanningNumber)
                .or(() -> indicator.allocatedByTownship() && !indicator.rate()
                        ? Optional.of(indicator.townshipSum()) : Optional.empty());
    }

    private static FindingBuilder about(RuleCode rule, Indicator indicator) {
        return Finding.of(rule).indicator(indicator.no(), indicator.name())
                .unit(indicator.workingUnit().map(Unit::symbol).orElse(indicator.unitText()));
    }

    private static Finding routed(Finding finding, ResponsibilityRow row) {
        return finding.withRouting(row.leader(), row.leadUnit());
    }

    private static String plain(BigDecimal value, Unit unit) {
        return Decimals.plain(value) + unit.symbol();
    }
}
