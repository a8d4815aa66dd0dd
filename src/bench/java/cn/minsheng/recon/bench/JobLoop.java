package cn.minsheng.recon.bench;

import cn.minsheng.recon.corpus.CountyFolder;
import cn.minsheng.recon.corpus.QuietLogging;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * One job variant ({@link JobVariant.Outputs}: NONE is J_read, WORKBOOK_AND_CSV is J) run again and again on a corpus
 * in one JVM, printing each round's wall time and the process's CPU time: what a profiler attached to it (JFR,
 * docs/performance.md) sees is the job warm, without the benchmark's other tasks. Ends with the step times of the
 * last round, summed over the counties. Not a benchmark: no floor, no medians.
 *
 * <p>Usage: {@code JobLoop <corpus> [NONE|WORKBOOK_AND_CSV|WITH_FEEDBACK] [rounds] [name=value …]}, the properties set
 * as on the command line (e.g. {@code recon.ingest.threads=1}).
 */
final class JobLoop {

    private static final Path BASE = Path.of("target", "bench", "loop");

    private JobLoop() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        Path corpus = Path.of(args[0]);
        JobVariant.Outputs outputs = JobVariant.Outputs.valueOf(args.length > 1 ? args[1] : "NONE");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int counties = ReconBenchmark.counties(corpus).size();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ReconBenchmark.clean(BASE);
        String[] properties = args.length > 3 ? Arrays.copyOfRange(args, 3, args.length) : new String[0];
        try (JobVariant variant = new JobVariant(outputs, BASE.resolve("db"), properties)) {
            for (int round = 1; round <= rounds; round++) {
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                variant.run(corpus, counties, CountyFolder.PERIOD, BASE.resolve("out"));
                System.out.printf(Locale.ROOT, "round %d: %.3f s, CPU %.3f s%n", round,
                        (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
            }
            System.out.println("steps of the last round, summed over counties: " + variant.stepTimes());
        }
    }
}
