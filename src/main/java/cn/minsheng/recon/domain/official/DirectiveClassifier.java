package cn.minsheng.recon.domain.official;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.model.Headline;
import cn.minsheng.recon.domain.model.Quantity;
import cn.minsheng.recon.domain.model.Standard;
import cn.minsheng.recon.domain.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Classifies the text written where a target number could stand ({@code 由市人社局统筹安排},
 * {@code 省级统筹，省教育厅牵头}, {@code 分别不低于770元/月和520元/月}) into a {@link DirectiveKind} (SPEC §3.1).
 */
public final class DirectiveClassifier {

    /** The split is still to be decided: 待摸底完成后确定, 待定, 另行下达. */
    private static final Pattern PENDING = Pattern.compile(
            "待定|待[^,;。]{0,30}?(确定|明确|下达|分解)|另行(下达|确定|明确|分解|通知)|暂未(下达|确定|明确)");

    /**
     * Arranged above this government. 省 is a level word wherever it stands (省级, 全省, 按省…为准, X省…, 省X厅),
     * once the road and everyday words that merely contain the character are taken out.
     */
    private static final Pattern UPPER_LEVEL = Pattern.compile("中央|国家|国务院|全国|省|(按|以|由)上级");

    /** Words with 省 in them that name no province: 国省道 (national and provincial roads), 节省 (to save). */
    private static final Pattern NOT_A_PROVINCE = Pattern.compile("国省(道|干线|干道)|节省|省内");

    /**
     * 全 + a named city, prefecture or province ({@code 全某某市}): a whole jurisdiction that is not ours. 全市, 全县 and
     * 全区 are this government, and 全面/全部/全力… are not places at all.
     */
    private static final Pattern OTHER_JURISDICTION = Pattern.compile(
            "全(?!面|部|体|力|年|程|额|新|覆盖|过程|天|员|民)[\\p{IsHan}&&[^市县区乡镇街村省州]]{2,4}?(市|州|盟|地区)");

    /** Arranged by a unit of this government: 由市人社局统筹安排, 市级统筹. */
    private static final Pattern CENTRAL = Pattern.compile("统筹|统一安排|统一调配");

    /** Words of a minimum: with a rate unit they make a STANDARD. */
    private static final Pattern MINIMUM = Pattern.compile("不低于|不少于|不得低于|不得少于|最低");

    private final HeadlineParser headlines;

    public DirectiveClassifier(HeadlineParser headlines) {
        this.headlines = headlines;
    }

    /**
     * The directive {@code text} means for an indicator named {@code indicatorName} counted in {@code unitColumn}.
     * Earlier rules win: a text that is still to be decided is PENDING even when it states a total
     * ({@code 全市完成550户，待摸底完成后确定…}); one arranged by a provincial body is UPPER_LEVEL even when it says
     * 统筹安排 ({@code 由某省电力有限公司统筹安排}).
     */
    public CellValue.Directive classify(String text, String indicatorName, Optional<Unit> unitColumn) {
        String written = text == null ? "" : text;
        String s = TextNormalizer.normalize(written);
        if (PENDING.matcher(s).find()) {
            return directive(written, DirectiveKind.PENDING, Optional.empty(), stated(s, unitColumn));
        }
        if (isUpperLevel(s)) {
            return directive(written, DirectiveKind.UPPER_LEVEL, Optional.empty(), Optional.empty());
        }
        Optional<Standard> standard = standard(s, TextNormalizer.normalize(indicatorName), unitColumn);
        if (standard.isPresent()) {
            return directive(written, DirectiveKind.STANDARD, standard, Optional.empty());
        }
        DirectiveKind kind = CENTRAL.matcher(s).find() ? DirectiveKind.CENTRAL : DirectiveKind.OTHER;
        return directive(written, kind, Optional.empty(), stated(s, unitColumn));
    }

    private static boolean isUpperLevel(String s) {
        String levelWords = NOT_A_PROVINCE.matcher(s).replaceAll("");
        return UPPER_LEVEL.matcher(levelWords).find() || OTHER_JURISDICTION.matcher(s).find();
    }

    /** 不低于/不少于 X in a rate unit ({@code %}, anything with {@code /}): the minimums, in the column's unit when given. */
    private Optional<Standard> standard(String s, String indicatorName, Optional<Unit> unitColumn) {
        if (!MINIMUM.matcher(s).find() || unitColumn.isPresent() && !unitColumn.get().rate()) {
            return Optional.empty();
        }
        List<Headline> minimums = headlines.parseAll(s, unitColumn).stream()
                .filter(h -> h.quantity().unit().rate())
                .toList();
        if (minimums.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = unitColumn.orElse(minimums.get(0).quantity().unit());
        List<BigDecimal> values = minimums.stream()
                .map(h -> h.quantity().in(unit).orElse(h.quantity().value()))
                .toList();
        String words = indicatorName + s;
        boolean urbanRural = values.size() >= 2
                && (words.contains("城乡") || (words.contains("城市") || words.contains("城镇")) && words.contains("农村"));
        return Optional.of(new Standard(values, unit, urbanRural));
    }

    /** A quantity the text states in the column's family ({@code 全市完成550户} → 550 户). */
    private Optional<Quantity> stated(String text, Optional<Unit> unitColumn) {
        return headlines.parse(text, unitColumn).map(Headline::quantity);
    }

    private static CellValue.Directive directive(
            String text, DirectiveKind kind, Optional<Standard> standard, Optional<Quantity> stated) {
        return new CellValue.Directive(text, kind, standard, stated);
    }
}
