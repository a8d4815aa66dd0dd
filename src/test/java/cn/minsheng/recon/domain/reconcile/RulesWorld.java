package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.progress.ProgressHistory;
import cn.minsheng.recon.domain.progress.ProgressJudge;
import cn.minsheng.recon.domain.progress.ProgressThresholds;
import cn.minsheng.recon.domain.progress.Schedule;
import cn.minsheng.recon.domain.matching.DepartmentDirectory;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.layout.OfficialTablesLoader;
import cn.minsheng.recon.layout.OfficialTablesParser;
import cn.minsheng.recon.layout.SubmissionParser;
import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.UnreadableWorkbookException;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipeline of a reconciliation run without the batch job: official tables of a plan written with POI and loaded,
 * the county's directories built as {@code ReconcilerFactory} builds them, and department files read with the safe
 * reader and the layout parser, then reconciled.
 */
final class RulesWorld {

    /**
     * Each plan's world, loaded once per JVM: writing and reading the printed official workbooks takes a second, and
     * many tests share a plan. The one static state of these tests, and safe to share because nothing in it changes
     * once loaded: the official tables are records no one alters, the township and department directories only
     * memoise a pure function of the name they are asked about, and the reader keeps nothing between files. No test
     * can see what another did.
     */
    private static final Map<PlanFixture, RulesWorld> LOADED = new ConcurrentHashMap<>();
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The period the rules' files are reconciled for, and their completion judged at. */
    static final Period PERIOD = Period.parse("2026-03");

    final PlanFixture plan;
    final OfficialTables tables;
    final TownshipDirectory townships;
    final DepartmentDirectory departments;
    final UnitDirectory units = UnitDirectory.defaults();
    private final WorkbookReader reader = new WorkbookReader(ReadLimits.defaults());

    private RulesWorld(PlanFixture plan, OfficialTables tables) {
        this.plan = plan;
        this.tables = tables;
        this.townships = new TownshipDirectory(tables.breakdown().townships(), Map.of());
        this.departments = new DepartmentDirectory(tables.departments(), Map.of());
    }

    static RulesWorld of(PlanFixture plan) {
        return LOADED.computeIfAbsent(plan, RulesWorld::load);
    }

    static RulesWorld county() {
        return of(PlanFixture.sampleCounty());
    }

    static RulesWorld miluo() {
        return of(PlanFixture.miluo());
    }

    private static RulesWorld load(PlanFixture plan) {
        try {
            Path dir = Files.createTempDirectory("rules-official");
            dir.toFile().deleteOnExit();
            OfficialWorkbooks.writeSeparate(dir, plan, OfficialLayout.PRINTED, false);
            UnitDirectory units = UnitDirectory.defaults();
            HeadlineParser headlines = new HeadlineParser(units);
            OfficialTables tables = new OfficialTablesLoader(new WorkbookReader(ReadLimits.defaults()),
                    new OfficialTablesParser(units, headlines, new DirectiveClassifier(headlines))).load(dir).tables();
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().deleteOnExit());
            }
            return new RulesWorld(plan, tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Reconciler reconciler() {
        return new Reconciler(tables, townships, departments, units,
                new ProgressJudge(Schedule.linear(), ProgressThresholds.defaults()), PERIOD,
                ProgressHistory.none());
    }

    /** The file as the job receives it: read and parsed, or unreadable with the reader's reason. */
    ReceivedFile receive(Path file) {
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        try {
            Submission submission = new SubmissionParser(townships::isTownship).parse(name, reader.read(file));
            return ReceivedFile.read(name, modified, submission);
        } catch (UnreadableWorkbookException e) {
            return ReceivedFile.unreadable(name, modified, String.valueOf(e.getMessage()));
        }
    }

    Reconciliation reconcile(Path... files) {
        List<ReceivedFile> received = new ArrayList<>();
        for (Path file : files) {
            received.add(receive(file));
        }
        return reconciler().reconcile(received);
    }

    static void touch(Path file, LocalDateTime saved) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(saved.atZone(CHINA).toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
