package cn.minsheng.recon.configuration;

import cn.minsheng.recon.domain.finding.SeverityPolicy;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.OfficialConsistencyChecks;
import cn.minsheng.recon.domain.progress.ProgressThresholds;
import cn.minsheng.recon.layout.OfficialTablesLoader;
import cn.minsheng.recon.layout.OfficialTablesParser;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the plain domain and sheet services from the settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconProperties.class)
class ReconConfiguration {

    /** The time of day everything that waits for a time or tells one reads: the computer's, in its zone. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    UnitDirectory unitDirectory(ReconProperties properties) {
        try {
            return new UnitDirectory(AliasFiles.read(properties.unitAliases()));
        } catch (IOException e) {
            throw new UncheckedIOException("单位别名表 " + properties.unitAliases() + " 无法读取", e);
        }
    }

    @Bean
    HeadlineParser headlineParser(UnitDirectory units) {
        return new HeadlineParser(units);
    }

    @Bean
    OfficialTablesLoader officialTablesLoader(WorkbookReader reader, UnitDirectory units,
            HeadlineParser headlines) {
        OfficialTablesParser parser = new OfficialTablesParser(units, headlines, new DirectiveClassifier(headlines));
        return new OfficialTablesLoader(reader, parser);
    }

    /** How much one input file may cost to read: every reader of a file is given these. */
    @Bean
    ReadLimits readLimits(ReconProperties properties) {
        return new ReadLimits(properties.maxFileBytes(), properties.maxUncompressedBytes(),
                properties.maxCompressionRatio(), properties.maxCells(), properties.readTimeout());
    }

    @Bean
    WorkbookReader workbookReader(ReadLimits limits) {
        return new WorkbookReader(limits);
    }

    /** The severities the office configured per rule. */
    @Bean
    SeverityPolicy severityPolicy(ReconProperties properties) {
        return new SeverityPolicy(properties.severities());
    }

    /** The county's own township and department spellings, from its alias tables. */
    @Bean
    CountyAliases countyAliases(ReconProperties properties) {
        try {
            return new CountyAliases(AliasFiles.read(properties.townshipAliases()),
                    AliasFiles.read(properties.departmentAliases()));
        } catch (IOException e) {
            throw new UncheckedIOException("别名表无法读取：" + e.getMessage(), e);
        }
    }

    /** How far behind the schedule is yellow or red, and how many red months propose supervision. */
    @Bean
    ProgressThresholds progressThresholds(ReconProperties properties) {
        return properties.progress().thresholds();
    }

    /**
     * The office's schedule milestones: a run reads them when it starts ({@link ScheduleFile#read()}), so an edit
     * counts from the next run on, in a process that keeps running ({@code --schedule}, {@code --watch}) too.
     */
    @Bean
    ScheduleFile scheduleFile(ReconProperties properties) {
        return new ScheduleFile(properties.scheduleFile());
    }

    @Bean
    OfficialConsistencyChecks officialConsistencyChecks(HeadlineParser headlines) {
        return new OfficialConsistencyChecks(headlines);
    }
}
