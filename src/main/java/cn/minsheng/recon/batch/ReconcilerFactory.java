package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.CountyAliases;
import cn.minsheng.recon.configuration.ScheduleFile;
import cn.minsheng.recon.domain.matching.DepartmentDirectory;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.progress.ProgressHistory;
import cn.minsheng.recon.domain.progress.ProgressJudge;
import cn.minsheng.recon.domain.progress.ProgressThresholds;
import cn.minsheng.recon.domain.reconcile.Reconciler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The county's directories, built from its official tables and its alias tables: township names and the
 * departments that lead or share its indicators; and the reconciler over them.
 */
class ReconcilerFactory {

    private final UnitDirectory units;
    private final CountyAliases aliases;
    private final ScheduleFile schedule;
    private final ProgressThresholds thresholds;

    ReconcilerFactory(UnitDirectory units, CountyAliases aliases, ScheduleFile schedule,
            ProgressThresholds thresholds) {
        this.units = units;
        this.aliases = aliases;
        this.schedule = schedule;
        this.thresholds = thresholds;
    }

    TownshipDirectory townships(OfficialTables tables) {
        return new TownshipDirectory(tables.breakdown().townships(), aliases.townships());
    }

    /**
     * The reconciler of {@code period}, its completion judged by the schedule as the file says it now and against
     * the {@code history} of earlier periods.
     */
    Reconciler create(OfficialTables tables, Period period, ProgressHistory history) {
        try {
            return new Reconciler(tables, townships(tables),
                    new DepartmentDirectory(tables.departments(), aliases.departments()), units,
                    new ProgressJudge(schedule.read(), thresholds), period, history);
        } catch (IOException e) {
            throw new UncheckedIOException("进度计划表无法读取：" + e.getMessage(), e);
        }
    }
}
