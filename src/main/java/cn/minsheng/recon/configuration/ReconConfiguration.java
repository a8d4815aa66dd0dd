package cn.minsheng.recon.configuration;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.OfficialConsistencyChecks;
import cn.minsheng.recon.sheet.OfficialTablesLoader;
import cn.minsheng.recon.sheet.OfficialTablesParser;
import cn.minsheng.recon.sheet.PoiSheetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the plain domain and sheet services from the settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconProperties.class)
class ReconConfiguration {

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
    OfficialTablesLoader officialTablesLoader(ReconProperties properties, UnitDirectory units,
            HeadlineParser headlines) {
        OfficialTablesParser parser = new OfficialTablesParser(units, headlines, new DirectiveClassifier(headlines));
        return new OfficialTablesLoader(new PoiSheetReader(properties.maxFileBytes()), parser);
    }

    @Bean
    OfficialConsistencyChecks officialConsistencyChecks(HeadlineParser headlines) {
        return new OfficialConsistencyChecks(headlines);
    }
}
