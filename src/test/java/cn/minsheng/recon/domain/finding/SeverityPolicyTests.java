package cn.minsheng.recon.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The severities an office configures per rule override SPEC §4's defaults, and only those. */
class SeverityPolicyTests {

    private final Finding duplicate = Finding.of(RuleCode.SUB_DUPLICATE).department("县卫健局").build();

    @Test
    void theDefaultsChangeNothing() {
        assertThat(SeverityPolicy.defaults().apply(duplicate)).isSameAs(duplicate);
    }

    @Test
    void aConfiguredSeverityReplacesTheFindingsOwn() {
        SeverityPolicy policy = new SeverityPolicy(Map.of(RuleCode.SUB_DUPLICATE, Severity.WARNING));

        Finding applied = policy.apply(duplicate);

        assertThat(applied.severity()).isEqualTo(Severity.WARNING);
        assertThat(applied.withSeverity(Severity.ERROR)).isEqualTo(duplicate);
    }

    @Test
    void aRuleConfiguredAtItsDefaultKeepsAFindingsOwnSeverity() {
        // a related unit's SUB_NOT_LEAD_UNIT is INFO though the rule's default is WARNING
        Finding related = Finding.of(RuleCode.SUB_NOT_LEAD_UNIT).build().withSeverity(Severity.INFO);
        SeverityPolicy policy = new SeverityPolicy(Map.of(RuleCode.SUB_NOT_LEAD_UNIT, Severity.WARNING));

        assertThat(policy.apply(related).severity()).isEqualTo(Severity.INFO);
        assertThat(new SeverityPolicy(Map.of(RuleCode.SUB_NOT_LEAD_UNIT, Severity.ERROR)).apply(related).severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void aLaggingFindingKeepsItsTrafficLightWhateverIsConfigured() {
        // SPEC §7: PRG_LAGGING's level is the traffic light, yellow WARNING or red ERROR
        Finding yellow = Finding.of(RuleCode.PRG_LAGGING).department("县人社局").build();
        Finding red = yellow.withSeverity(Severity.ERROR);
        SeverityPolicy toInfo = new SeverityPolicy(Map.of(RuleCode.PRG_LAGGING, Severity.INFO));
        SeverityPolicy toError = new SeverityPolicy(Map.of(RuleCode.PRG_LAGGING, Severity.ERROR));

        assertThat(toInfo.apply(yellow)).isSameAs(yellow);
        assertThat(toInfo.apply(red)).isSameAs(red);
        assertThat(toError.apply(yellow).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void theOtherProgressRulesTakeAConfiguredSeverity() {
        Finding supervised = Finding.of(RuleCode.PRG_SUPERVISED).build();

        assertThat(new SeverityPolicy(Map.of(RuleCode.PRG_SUPERVISED, Severity.WARNING)).apply(supervised)
                .severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void otherRulesAreLeftAlone() {
        SeverityPolicy policy = new SeverityPolicy(Map.of(RuleCode.SUB_UNIT_CONVERTED, Severity.ERROR));

        assertThat(policy.apply(duplicate)).isSameAs(duplicate);
    }

    @Test
    void laterChangesToTheMapItWasMadeFromDoNotReachIt() {
        Map<RuleCode, Severity> configured = new HashMap<>(Map.of(RuleCode.SUB_DUPLICATE, Severity.INFO));
        SeverityPolicy policy = new SeverityPolicy(configured);

        configured.put(RuleCode.SUB_DUPLICATE, Severity.WARNING);

        assertThat(policy.apply(duplicate).severity()).isEqualTo(Severity.INFO);
    }
}
