package cn.minsheng.recon.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule codes are SPEC §4's stable contract: every code of its table, at the table's default severity. */
class RuleCodeTests {

    /** SPEC §4's table, code → default (PRG_LAGGING's WARNING/ERROR starts at WARNING). */
    private static Map<String, Severity> specified() {
        Map<String, Severity> table = new LinkedHashMap<>();
        table.put("OFF_MISSING_TOWNSHIP", Severity.WARNING);
        table.put("OFF_SUM_MISMATCH", Severity.ERROR);
        table.put("OFF_CROSS_TABLE_MISMATCH", Severity.ERROR);
        table.put("OFF_NO_LEAD_UNIT", Severity.WARNING);
        table.put("SUB_VALUE_MISMATCH", Severity.ERROR);
        table.put("SUB_MISSING_TOWNSHIP", Severity.ERROR);
        table.put("SUB_EXTRA_TOWNSHIP", Severity.ERROR);
        table.put("SUB_UNKNOWN_TOWNSHIP", Severity.ERROR);
        table.put("SUB_UNKNOWN_INDICATOR", Severity.ERROR);
        table.put("SUB_SUM_MISMATCH", Severity.ERROR);
        table.put("SUB_TOTAL_ROW_MISMATCH", Severity.WARNING);
        table.put("SUB_UNIT_MISMATCH", Severity.ERROR);
        table.put("SUB_UNIT_CONVERTED", Severity.INFO);
        table.put("SUB_INVALID_VALUE", Severity.ERROR);
        table.put("SUB_FORMULA_NO_VALUE", Severity.ERROR);
        table.put("SUB_DUPLICATE", Severity.ERROR);
        table.put("SUB_BELOW_STANDARD", Severity.ERROR);
        table.put("SUB_NOT_LEAD_UNIT", Severity.WARNING);
        table.put("SUB_UPPER_LEVEL_REPORTED", Severity.INFO);
        table.put("SUB_MISSING_SUBMISSION", Severity.WARNING);
        table.put("FILE_UNKNOWN_DEPARTMENT", Severity.ERROR);
        table.put("SUB_TEMPLATE_MISMATCH", Severity.ERROR);
        table.put("FILE_UNREADABLE", Severity.ERROR);
        table.put("FILE_SUPERSEDED", Severity.INFO);
        table.put("PRG_LAGGING", Severity.WARNING);
        table.put("PRG_REGRESSION", Severity.ERROR);
        table.put("PRG_OVER_TARGET", Severity.INFO);
        table.put("PRG_MISSING_PROGRESS", Severity.WARNING);
        table.put("PRG_INVALID_PROGRESS", Severity.ERROR);
        table.put("PRG_SUPERVISED", Severity.ERROR);
        table.put("OFF_UNMATCHED_RESPONSIBILITY", Severity.WARNING);
        return table;
    }

    @Test
    void everyCodeOfTheSpecificationHasItsDefaultSeverity() {
        specified().forEach((code, severity) ->
                assertThat(RuleCode.valueOf(code).defaultSeverity()).as(code).isEqualTo(severity));
    }

    @Test
    void everyCodeButTheTrafficLightsHasAConfigurableSeverity() {
        assertThat(Arrays.stream(RuleCode.values()).filter(rule -> !rule.severityConfigurable()))
                .containsExactly(RuleCode.PRG_LAGGING);
    }

    @Test
    void theProgressCodesAreNamedInChinese() {
        assertThat(RuleCode.PRG_MISSING_PROGRESS.title()).isEqualTo("进度漏报");
        assertThat(RuleCode.PRG_INVALID_PROGRESS.title()).isEqualTo("进度数值无效");
        assertThat(RuleCode.PRG_SUPERVISED.title()).isEqualTo("建议挂牌督办");
    }

    @Test
    void onlyTheCodesAboutTheOfficialTablesAreOfficial() {
        assertThat(Arrays.stream(RuleCode.values()).filter(RuleCode::official).map(Enum::name))
                .containsExactlyInAnyOrder("OFF_MISSING_TOWNSHIP", "OFF_SUM_MISMATCH", "OFF_CROSS_TABLE_MISMATCH",
                        "OFF_NO_LEAD_UNIT", "OFF_UNMATCHED_RESPONSIBILITY");
    }

    @Test
    void everyCodeHasAChineseTitleOfItsOwn() {
        assertThat(Arrays.stream(RuleCode.values()).map(RuleCode::title))
                .allMatch(title -> title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN))
                .doesNotHaveDuplicates();
        assertThat(RuleCode.SUB_MISSING_TOWNSHIP.title()).isEqualTo("乡镇漏报");
    }
}
