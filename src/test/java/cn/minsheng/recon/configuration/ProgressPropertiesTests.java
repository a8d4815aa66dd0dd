package cn.minsheng.recon.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressThresholds;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code recon.progress.*} and {@code recon.schedule-file} (SPEC §3.3, §7) bound as an office writes them. */
class ProgressPropertiesTests {

    private static ReconProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("recon", ReconProperties.class);
    }

    @Test
    void theDefaultsAreTenAndTwentyPointsTwoMonthsAndConfigScheduleCsv() {
        ReconProperties properties = bind(Map.of());

        ProgressThresholds thresholds = properties.progress().thresholds();
        assertThat(thresholds.yellow()).isEqualByComparingTo("10");
        assertThat(thresholds.red()).isEqualByComparingTo("20");
        assertThat(thresholds.superviseAfter()).isEqualTo(2);
        assertThat(properties.scheduleFile()).isEqualTo(Path.of("config/schedule.csv"));
    }

    @Test
    void anOfficeSetsItsOwnThresholdsAndFile() {
        ReconProperties properties = bind(Map.of("recon.progress.yellow", "5", "recon.progress.red", "12.5",
                "recon.progress.supervise-after", "3", "recon.schedule-file", "county/进度节点.csv"));

        ProgressThresholds thresholds = properties.progress().thresholds();
        assertThat(thresholds.light(new BigDecimal("12.5"))).isEqualTo(Light.YELLOW);
        assertThat(thresholds.light(new BigDecimal("12.6"))).isEqualTo(Light.RED);
        assertThat(thresholds.superviseAfter()).isEqualTo(3);
        assertThat(properties.scheduleFile()).isEqualTo(Path.of("county/进度节点.csv"));
    }
}
