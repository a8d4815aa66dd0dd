package cn.minsheng.recon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, read from the compiled classes (buckpal's dependency-rule test is
 * the model): the domain is plain Java and free of cycles, no two packages depend on each other round a circle, and
 * each library stays in the packages that own it.
 */
class ArchitectureTests {

    private static final String BASE = "cn.minsheng.recon";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theDomainUsesJavaAndItselfOnly() {
        classes().that().resideInAPackage(BASE + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BASE + ".domain..")
                .check(MAIN);
    }

    @Test
    void noTwoDomainPackagesDependOnEachOther() {
        slices().matching(BASE + ".domain.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void layoutRecognitionSeesGridsNeverTheSpreadsheetLibraries() {
        noClasses().that().resideInAPackage(BASE + ".layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.dhatim..",
                        "org.springframework..", "java.sql..", BASE + ".batch..", BASE + ".run..", BASE + ".cli..",
                        BASE + ".report..", BASE + ".staging..")
                .check(MAIN);
    }

    @Test
    void spreadsheetLibrariesStayInWorkbookAndReport() {
        noClasses().that().resideOutsideOfPackages(BASE + ".workbook..", BASE + ".report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.dhatim..")
                .check(MAIN);
    }

    @Test
    void springBatchStaysInBatchAndRun() {
        noClasses().that().resideOutsideOfPackages(BASE + ".batch..", BASE + ".run..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..")
                .check(MAIN);
    }

    @Test
    void jdbcStaysInStaging() {
        noClasses().that().resideOutsideOfPackages(BASE + ".staging..", BASE + ".configuration..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "org.springframework.jdbc..")
                .check(MAIN);
    }

    @Test
    void commonsCsvStaysInConfigurationWorkbookAndReport() {
        noClasses().that().resideOutsideOfPackages(BASE + ".configuration..", BASE + ".workbook..", BASE + ".report..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
                .check(MAIN);
    }

    @Test
    void theCommandLineIsUsedByNothingButTheApplication() {
        noClasses().that().resideOutsideOfPackages(BASE + ".cli..").and().doNotHaveFullyQualifiedName(
                        BASE + ".ReconApplication")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".cli..")
                .check(MAIN);
    }

    @Test
    void workbookDecodingIsReachedThroughItsFacade() {
        classes().that().resideInAPackage(BASE + ".workbook..").and().areTopLevelClasses().and().arePublic()
                .should().haveSimpleNameEndingWith("WorkbookReader")
                .orShould().haveSimpleName("SheetGrid").orShould().haveSimpleName("SheetCell")
                .orShould().haveSimpleName("MergedRegion").orShould().haveSimpleName("ReadLimits")
                .orShould().haveSimpleName("UnreadableWorkbookException").orShould().haveSimpleName("InputFile")
                .orShould().haveSimpleName("WorkbookFiles")
                .check(MAIN);
    }
}
