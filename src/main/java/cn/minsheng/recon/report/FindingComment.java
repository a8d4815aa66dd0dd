package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The comment on a cell that findings concern, as people read it: for each finding its severity and kind, the
 * message, both values (and the figure it weighs them against, when that is neither), and the file, sheet and cell it
 * was read from; neutralised, since it quotes inputs.
 */
final class FindingComment {

    private FindingComment() {
    }

    static String text(List<Finding> findings) {
        return FormulaText.neutralise(findings.stream().map(FindingComment::explain)
                .collect(Collectors.joining("\n\n")));
    }

    private static String explain(Finding f) {
        StringBuilder text = new StringBuilder("【").append(f.severity().label()).append("·").append(f.rule().title())
                .append("】").append(f.message());
        List<String> figures = new ArrayList<>();
        if (f.officialValue() != null || f.submittedValue() != null) {
            figures.add("官方值：" + orNone(f.officialValue()));
            // the official tables' own findings weigh no submitted figure: "报送值：无" would only puzzle
            if (!f.rule().official()) {
                figures.add("报送值：" + orNone(f.submittedValue()));
            }
        }
        if (f.comparedValue() != null) {
            figures.add(f.comparedWith() + "：" + Decimals.plain(f.comparedValue()));
        }
        if (!figures.isEmpty()) {
            text.append("\n").append(String.join("；", figures));
        }
        if (!f.source().file().isEmpty()) {
            text.append("\n来源：").append(f.source().file());
            if (!f.source().cell().isEmpty()) {
                text.append(" / ").append(f.source().sheet()).append(" / ").append(f.source().cell());
            }
        }
        return text.toString();
    }

    private static String orNone(BigDecimal value) {
        return value == null ? "无" : Decimals.plain(value);
    }
}
