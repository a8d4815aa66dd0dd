package cn.minsheng.recon.configuration;

import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.progress.ProgressThresholds;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code recon.*} in {@code config/application.yml}.
 *
 * @param official     the official tables: a workbook or a folder (overridden by {@code --official})
 * @param submissions  the folder holding one sub-folder per period (overridden by {@code --submissions})
 * @param output       where {@code <period>/} outputs go (overridden by {@code --output})
 * @param unitAliases  a CSV of extra unit spellings ({@code alias,unit}); absent means none
 * @param townshipAliases a CSV of this county's township spellings ({@code alias,township})
 * @param departmentAliases a CSV of this county's department spellings ({@code alias,department})
 * @param scheduleFile the schedule's milestones per indicator ({@code indicator_no,month,share}); absent means m/12
 *                     for every indicator
 * @param severities   rule code → severity, overriding the defaults of SPEC §4
 * @param maxFileBytes the largest workbook read (submissions, official tables, and the copies feedback files are
 *                     made from)
 * @param readTimeout  the longest one workbook may take to read
 * @param maxCells     the most cells one workbook may hold
 * @param maxUncompressedBytes the most an .xlsx package may inflate to, all its parts together
 * @param maxCompressionRatio  the most a part larger than 1 MB may inflate per compressed byte
 * @param schedule     when {@code --schedule} reconciles
 * @param watch        how {@code --watch} decides that the submissions folder has settled
 * @param counties     how many counties of {@code --input} are reconciled side by side
 * @param ingest       how many submission files are read side by side
 * @param office       the office's name and contact, printed on 首页 and in every feedback file
 * @param feedback     when corrections are due back
 * @param progress     how far behind the schedule is yellow or red, and when red months propose supervision
 * @param commandLine  whether the application runs the command it was started with (false: it only starts, as
 *                     the tests start it to drive the job themselves)
 */
@ConfigurationProperties("recon")
public record ReconProperties(
        @DefaultValue("input/official") Path official,
        @DefaultValue("input/submissions") Path submissions,
        @DefaultValue("output") Path output,
        @DefaultValue("config/unit-aliases.csv") Path unitAliases,
        @DefaultValue("config/township-aliases.csv") Path townshipAliases,
        @DefaultValue("config/department-aliases.csv") Path departmentAliases,
        @DefaultValue("config/schedule.csv") Path scheduleFile,
        Map<RuleCode, Severity> severities,
        @DefaultValue("52428800") long maxFileBytes,
        @DefaultValue("60s") java.time.Duration readTimeout,
        @DefaultValue("1000000") long maxCells,
        @DefaultValue("524288000") long maxUncompressedBytes,
        @DefaultValue("100") double maxCompressionRatio,
        @DefaultValue Schedule schedule,
        @DefaultValue Watch watch,
        @DefaultValue Counties counties,
        @DefaultValue Ingest ingest,
        @DefaultValue Office office,
        @DefaultValue Feedback feedback,
        @DefaultValue Progress progress,
        @DefaultValue CommandLine commandLine) {

    public ReconProperties {
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }

    /**
     * Settings of {@code --schedule}.
     *
     * @param cron when to reconcile the month before the firing, as a Spring cron expression of six fields
     *             (second minute hour day-of-month month day-of-week) in the computer's time zone
     */
    public record Schedule(@DefaultValue("0 0 8 5 * *") String cron) {
    }

    /**
     * Settings of {@code --watch}.
     *
     * @param quiet how long the folder's files must stay unchanged (names, sizes, modification times) before a run
     * @param poll  how often the folder is looked at
     */
    public record Watch(@DefaultValue("30s") java.time.Duration quiet, @DefaultValue("2s") java.time.Duration poll) {
    }

    /**
     * Settings of {@code --input}.
     *
     * @param threads how many counties are reconciled at once; 0 (the default) for one per available processor
     */
    public record Counties(@DefaultValue("0") int threads) {

        /** The size of the counties' thread pool: at least one. */
        public int poolSize() {
            return threadsOrProcessors(threads);
        }
    }

    /**
     * Reading the submissions. The pool is shared by every job of the process, so in a run of several counties it
     * bounds the files read at once across all of them.
     *
     * @param threads how many files are read at once; 0 (the default) for one per available processor
     */
    public record Ingest(@DefaultValue("0") int threads) {

        /** The size of the ingest thread pool: at least one. */
        public int poolSize() {
            return threadsOrProcessors(threads);
        }
    }

    /**
     * The office that runs the reconciliation, as units see it in their feedback.
     *
     * @param name    the office's name
     * @param contact how to reach it (a person and a telephone); empty leaves it out
     */
    public record Office(@DefaultValue("民生实事工作专班办公室") String name, @DefaultValue("") String contact) {
    }

    /**
     * Feedback to units.
     *
     * @param dueDays how many days after the run corrections are due back
     */
    public record Feedback(@DefaultValue("7") int dueDays) {
    }

    /**
     * Progress against the schedule (SPEC §7).
     *
     * @param yellow         percentage points behind the schedule beyond which a completion is yellow (PRG_LAGGING
     *                       WARNING)
     * @param red            percentage points behind the schedule beyond which it is red (PRG_LAGGING ERROR)
     * @param superviseAfter consecutive calendar months in red that propose an item for 挂牌督办 (PRG_SUPERVISED)
     */
    public record Progress(@DefaultValue("10") BigDecimal yellow, @DefaultValue("20") BigDecimal red,
            @DefaultValue("2") int superviseAfter) {

        /** The thresholds as the domain holds them. */
        public ProgressThresholds thresholds() {
            return new ProgressThresholds(yellow, red, superviseAfter);
        }
    }

    /**
     * Settings of the command line.
     *
     * @param enabled whether the command the application was started with is run
     */
    public record CommandLine(@DefaultValue("true") boolean enabled) {
    }

    /** {@code threads}, or one per available processor when it is 0 or less. */
    private static int threadsOrProcessors(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
