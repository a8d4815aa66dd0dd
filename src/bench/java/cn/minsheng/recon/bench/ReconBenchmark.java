package cn.minsheng.recon.bench;

import cn.minsheng.recon.bench.HeapSampler.Measured;
import cn.minsheng.recon.bench.JobVariant.Outputs;
import cn.minsheng.recon.corpus.AnswerFile;
import cn.minsheng.recon.corpus.CorpusGenerator;
import cn.minsheng.recon.corpus.CountyFolder;
import cn.minsheng.recon.corpus.QuietLogging;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark of issue 6, run by {@code scripts/benchmark.sh [size] [rounds]}: on one corpus, in one JVM, a warm-up
 * until the JIT has settled and then {@code rounds} rounds in which every task runs once, in an order that rotates from round to round, and
 * the medians and ratios of
 * <ul>
 *   <li>F — the floor ({@link FloorReader}) on as many threads as the job's ingest, and F1 on one thread;</li>
 *   <li>J_read — one run of every county ({@code --input}, {@link JobVariant}) with its outputs switched off;</li>
 *   <li>J — the run writing the consolidated workbooks and findings.csv; J+fb — and the feedback files;</li>
 *   <li>J1 — J on one thread: {@code recon.counties.threads=1} and {@code recon.ingest.threads=1};</li>
 *   <li>P — the naive POI usermodel + XSSF way ({@link NaiveReconciliation});</li>
 * </ul>
 * with the peak heap of each ({@link HeapSampler}); J's findings against the answer file and against each county
 * reconciled alone. Then J alone in a child JVM under {@code -Xmx256m} on the corpus, on one with 4× the counties
 * and on one with files 4× as long, with the peaks.
 */
public final class ReconBenchmark {

    static final String LIMITED_RUN = "--job-under-heap-limit";
    static final String LIVE_SET_RUN = "--live-set-under-heap-limit";
    static final String ALONE_RUN = "--job-alone";
    private static final int ALONE_ROUNDS = 5;
    /** How often the live-set run forces a full collection to see what is reachable. */
    private static final long LIVE_SET_EVERY_MILLIS = 50;
    /**
     * Live-set runs per corpus, their median taken: where the forced collections fall against a run's peak moves
     * the figure by a megabyte or two from run to run (31–33 MB on 9x18x320), as much as the target's margin.
     */
    private static final int LIVE_SET_RUNS = 3;
    private static final String RESULT = "RESULT ";
    private static final String HEAP_LIMIT = "-Xmx256m";
    private static final Path BASE = Path.of("target", "bench");
    private static final String WRITE_REPORTS = "writeReportsStep";
    private static final int WARM_UP_ROUNDS = 12;
    private static final String FINDINGS = "findings.csv";

    private ReconBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        if (args.length > 2 && args[0].equals(ALONE_RUN)) {
            aloneRun(Path.of(args[1]), args[2].equals("one-thread"));
            return;
        }
        if (args.length > 1 && (args[0].equals(LIMITED_RUN) || args[0].equals(LIVE_SET_RUN))) {
            limitedRun(Path.of(args[1]), args[0].equals(LIVE_SET_RUN));
            return;
        }
        CorpusGenerator.Size size = CorpusGenerator.Size.parse(args.length > 0 ? args[0] : "sample", 2026);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean heapRuns = args.length <= 2 || !args[2].equals("--no-heap-limit-runs");
        machine();
        Path corpus = corpus(size);
        List<Path> counties = counties(corpus);
        List<Path> files = workbooks(counties);
        System.out.printf(Locale.ROOT, "corpus %s: %d counties, %d workbooks (official tables included), %,d bytes%n",
                corpus, counties.size(), files.size(), bytes(files));

        Map<String, List<Measured<?>>> results = new LinkedHashMap<>();
        Map<String, List<Duration>> reportSteps = new LinkedHashMap<>();
        clean(BASE.resolve("db"));
        clean(BASE.resolve("out"));
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> differingFromAlone;
        try (JobVariant read = new JobVariant(Outputs.NONE, BASE.resolve("db").resolve("read"));
                JobVariant full = new JobVariant(Outputs.WORKBOOK_AND_CSV, BASE.resolve("db").resolve("full"));
                JobVariant feedback = new JobVariant(Outputs.WITH_FEEDBACK, BASE.resolve("db").resolve("feedback"));
                JobVariant oneThread = new JobVariant(Outputs.WORKBOOK_AND_CSV, BASE.resolve("db").resolve("one"),
                        "recon.counties.threads=1", "recon.ingest.threads=1")) {
            Map<String, Supplier<Long>> tasks = new LinkedHashMap<>();
            tasks.put("F", () -> FloorReader.read(files, threads));
            tasks.put("F1", () -> FloorReader.read(files, 1));
            tasks.put("J_read", () -> (long) read.run(corpus, counties.size(), CountyFolder.PERIOD, out("read")));
            tasks.put("J", () -> (long) full.run(corpus, counties.size(), CountyFolder.PERIOD, out("full")));
            tasks.put("J+fb", () -> (long) feedback.run(corpus, counties.size(), CountyFolder.PERIOD,
                    out("feedback")));
            tasks.put("J1", () -> (long) oneThread.run(corpus, counties.size(), CountyFolder.PERIOD, out("one")));
            tasks.put("P", () -> {
                long cells = 0;
                for (Path county : counties) {
                    cells += NaiveReconciliation.county(county, CountyFolder.PERIOD,
                            out("naive").resolve(county.getFileName().toString()));
                }
                return cells;
            });
            List<String> names = new ArrayList<>(tasks.keySet());
            warmUp(tasks);
            for (int round = 1; round <= rounds; round++) {
                List<String> order = new ArrayList<>(names);
                Collections.rotate(order, round);
                System.out.printf("round %d: %s%n", round, order);
                for (String name : order) {
                    Measured<Long> measured = HeapSampler.measure(tasks.get(name));
                    System.out.printf(Locale.ROOT, "  %-7s %8.2f s  -> %d%n", name, measured.nanos() / 1e9,
                            measured.result());
                    results.computeIfAbsent(name, n -> new ArrayList<>()).add(measured);
                    JobVariant variant = name.equals("J") ? full : name.equals("J+fb") ? feedback : null;
                    if (variant != null) {
                        reportSteps.computeIfAbsent(name, n -> new ArrayList<>())
                                .add(variant.stepTimes().getOrDefault(WRITE_REPORTS, Duration.ZERO));
                    }
                }
            }
            System.out.println();
            steps("J_read", read);
            steps("J", full);
            steps("J+fb", feedback);
            steps("J1", oneThread);
            differingFromAlone = differingFromAlone(full, counties);
        }
        report(results, rounds);
        // timing the feedback files inside J+fb is steadier than J+fb − J on a busy machine
        double withFeedback = medianSeconds(reportSteps.get("J+fb"));
        double without = medianSeconds(reportSteps.get("J"));
        System.out.printf(Locale.ROOT, "writeReportsStep: %.2f s with the feedback files, %.2f s without: feedback "
                + "files ≈ %.2f s (medians, summed over counties)%n", withFeedback, without, withFeedback - without);
        recall(corpus, counties);
        partitioningAlone(corpus);
        System.out.printf("findings of J against each county reconciled alone (one job launch each): %s%n",
                differingFromAlone.isEmpty() ? "the same in every county, so J's are their union"
                        : "differing in " + differingFromAlone);
        if (heapRuns) {
            heapLimitRuns(size);
        }
    }

    /**
     * Reconciles every county alone, one job launch after the other, and compares findings.csv with J's for the
     * county (it holds no run time); returns the counties whose findings differ.
     */
    private static List<String> differingFromAlone(JobVariant full, List<Path> counties) {
        int failed = full.runEachAlone(counties, CountyFolder.PERIOD, out("alone"));
        if (failed > 0) {
            System.out.printf("%d of the counties reconciled alone did not complete%n", failed);
        }
        List<String> differing = new ArrayList<>();
        for (Path county : counties) {
            String name = county.getFileName().toString();
            Path alone = out("alone").resolve(name).resolve(CountyFolder.PERIOD).resolve(FINDINGS);
            if (!Files.exists(alone) || !readString(alone).equals(readString(findings(name)))) {
                differing.add(name);
            }
        }
        return differing;
    }

    /** The findings.csv of J's last run for {@code county}: {@code output/<period>/<county>/}, as --input writes. */
    private static Path findings(String county) {
        return out("full").resolve(CountyFolder.PERIOD).resolve(county).resolve(FINDINGS);
    }

    /**
     * Every task once, again and again until the JIT has settled: on 2 cores its C2 compilations of POI, H2, Spring
     * and our code take a whole core for the first tens of seconds, which would fall on whatever task ran then and
     * hide any parallel speed-up. Settled: the round's compilation time is under 5 % of its wall time (at most 12
     * rounds).
     */
    private static int warmUp(Map<String, Supplier<Long>> tasks) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            long compiled = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            tasks.values().forEach(Supplier::get);
            double seconds = (System.nanoTime() - started) / 1e9;
            double compiling = (jit.getTotalCompilationTime() - compiled) / 1e3;
            System.out.printf(Locale.ROOT, "warm-up %d: every task once in %.2f s, the JIT compiling for %.2f s of it; "
                    + "%,d classes loaded so far%n", round, seconds, compiling,
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
            if (compiling < 0.05 * seconds) {
                return round;
            }
        }
        return WARM_UP_ROUNDS;
    }

    /** J's findings against the answer file, county by county. */
    private static void recall(Path corpus, List<Path> counties) {
        System.out.println("findings of J against the answer file: "
                + AnswerFile.recall(corpus, counties, ReconBenchmark::findings));
    }

    /** Where a job's time went in the last round, step by step. */
    private static void steps(String name, JobVariant variant) {
        System.out.printf("steps of %s in the last round (summed over counties):", name);
        new TreeMap<>(variant.stepTimes()).forEach((step, time) -> System.out.printf(Locale.ROOT,
                " %s %.2f s;", step, time.toMillis() / 1e3));
        System.out.println();
    }

    private static void report(Map<String, List<Measured<?>>> results, int rounds) {
        // the floor is the faster of F and F1: on tiny corpora the thread pool costs more than it gains
        double floor = Math.min(median(results.get("F")), median(results.get("F1")));
        System.out.printf("%nmedians of %d rounds (wall time; heap in MB: baseline after full GC before the task, "
                + "peak sampled used, peak occupied after a GC during the task)%n", rounds);
        System.out.printf("%-7s %9s %9s %9s %8s %9s %9s %9s%n", "task", "median s", "min s", "max s", "×floor",
                "baseline", "peakUsed", "peakLive");
        for (Map.Entry<String, List<Measured<?>>> entry : results.entrySet()) {
            List<Measured<?>> runs = entry.getValue();
            double median = median(runs);
            System.out.printf(Locale.ROOT, "%-7s %9.2f %9.2f %9.2f %8.2f %9d %9d %9d%n", entry.getKey(), median,
                    runs.stream().mapToLong(Measured::nanos).min().orElse(0) / 1e9,
                    runs.stream().mapToLong(Measured::nanos).max().orElse(0) / 1e9, median / floor,
                    mb(runs.stream().mapToLong(m -> m.peak().baseline()).min().orElse(0)),
                    mb(runs.stream().mapToLong(m -> m.peak().peakUsed()).max().orElse(0)),
                    mb(runs.stream().mapToLong(m -> m.peak().peakLive()).max().orElse(0)));
        }
        double read = median(results.get("J_read"));
        double job = median(results.get("J"));
        double withFeedback = median(results.get("J+fb"));
        double naive = median(results.get("P"));
        System.out.printf(Locale.ROOT, "%nJ_read / F = %.2f (target ≤ 2.5, stretch 2.0): %s%n", read / floor,
                read / floor <= 2.5 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "P / J = %.2f (target ≥ 8): %s%n", naive / job, naive / job >= 8 ? "met"
                : "NOT met");
        System.out.printf(Locale.ROOT, "J / J_read = %.2f (the workbook and CSV)%n", job / read);
        double oneThread = median(results.get("J1"));
        System.out.printf(Locale.ROOT, "partitioning: J1 / J = %.2f (target ≥ 1.6 on %d processors): %s%n",
                oneThread / job, Runtime.getRuntime().availableProcessors(), oneThread / job >= 1.6 ? "met"
                        : "NOT met");
        System.out.printf(Locale.ROOT, "J+fb − J = %.2f s (J+fb / J = %.2f)%n", withFeedback - job,
                withFeedback / job);
    }

    // ---- J under -Xmx256m, each in a child JVM

    private static void heapLimitRuns(CorpusGenerator.Size size) throws IOException, InterruptedException {
        Map<String, CorpusGenerator.Size> sizes = new LinkedHashMap<>();
        sizes.put("1×", size);
        sizes.put("4× counties", size.timesCounties(4));
        sizes.put("4× length", size.timesLength(4));
        System.out.printf("%nJ (workbook + CSV) in a child JVM under %s, one run of every county; then the same run "
                + "again with a full GC forced every %d ms for the live set%n", HEAP_LIMIT, LIVE_SET_EVERY_MILLIS);
        System.out.printf("%-12s %-14s %8s %11s %8s %9s %9s %8s %-20s %s%n", "corpus", "size", "files", "cells",
                "wall s", "peakUsed", "peakLive", "liveSet", "(each live-set run)", "result");
        Map<String, Map<String, String>> figures = new LinkedHashMap<>();
        for (Map.Entry<String, CorpusGenerator.Size> entry : sizes.entrySet()) {
            Path corpus = corpus(entry.getValue());
            Map<String, String> result = child(corpus, LIMITED_RUN);
            List<Double> liveSets = new ArrayList<>();
            for (int run = 0; run < LIVE_SET_RUNS; run++) {
                Map<String, String> liveSet = child(corpus, LIVE_SET_RUN);
                if (!"completed".equals(liveSet.get("status"))) {
                    result.put("status", result.get("status") + ", live-set run " + liveSet.get("status"));
                    break;
                }
                liveSets.add(Double.parseDouble(liveSet.get("liveSetMb")));
            }
            result.put("liveSetMb", liveSets.size() < LIVE_SET_RUNS ? "-" : String.format(Locale.ROOT, "%.1f",
                    liveSets.stream().sorted().toList().get(LIVE_SET_RUNS / 2)));
            result.put("liveSetRuns", liveSets.stream().map(mb -> String.format(Locale.ROOT, "%.1f", mb))
                    .collect(Collectors.joining(" / ")));
            figures.put(entry.getKey(), result);
            System.out.printf(Locale.ROOT, "%-12s %-14s %8s %,11d %8s %9s %9s %8s %-20s %s%n", entry.getKey(),
                    entry.getValue(), workbooks(counties(corpus)).size(),
                    Long.parseLong(result.getOrDefault("cells", "0")), result.getOrDefault("seconds", "-"),
                    result.getOrDefault("peakUsedMb", "-"), result.getOrDefault("peakLiveMb", "-"),
                    result.get("liveSetMb"), result.get("liveSetRuns"), result.getOrDefault("status", "?"));
        }
        for (String figure : List.of("liveSetMb", "peakLiveMb")) {
            String base = figures.get("1×").getOrDefault(figure, "-");
            for (String bigger : List.of("4× counties", "4× length")) {
                Map<String, String> result = figures.get(bigger);
                if (base.equals("-") || result.getOrDefault(figure, "-").equals("-")) {
                    continue;
                }
                double ratio = Double.parseDouble(result.get(figure)) / Double.parseDouble(base);
                System.out.printf(Locale.ROOT, "%s %s / 1× = %.2f (target ≤ 1.1, completed): %s%n",
                        figure.equals("liveSetMb") ? "live set" : "peak after the collector's own GCs", bigger, ratio,
                        ratio <= 1.1 && "completed".equals(result.get("status")) ? "met" : "NOT met");
            }
        }
    }

    private static Map<String, String> child(Path corpus, String mode) throws IOException, InterruptedException {
        return child(List.of(HEAP_LIMIT), mode, corpus.toString());
    }

    private static Map<String, String> child(List<String> options, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReconBenchmark.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> result = new LinkedHashMap<>();
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    for (String pair : line.substring(RESULT.length()).split(" ")) {
                        String[] kv = pair.split("=", 2);
                        result.put(kv[0], kv[1]);
                    }
                } else {
                    tail.add(line);
                }
            }
        }
        int exit = process.waitFor();
        if (!result.containsKey("status")) {
            result.put("status", "died (exit " + exit + ")");
            tail.stream().skip(Math.max(0, tail.size() - 5)).forEach(line -> System.out.println("    " + line));
        }
        return result;
    }

    /**
     * Partitioning measured apart: J on its own in a child JVM with the JVM options of the README's command
     * ({@code scripts/run.sh}: the JIT's first tier only, the default heap), once on one thread and once as
     * configured by default, each after its own warm-up until the JIT has settled, then {@value #ALONE_ROUNDS}
     * rounds. In the benchmark's own JVM two things hide the speed-up: the JIT's second tier is still recompiling
     * the job's code (Spring, POI, H2 …) minutes in and takes one of the two cores throughout (J alone with it: 1.01 s
     * on two threads against 0.99 s on one, on the prefecture), and the 32 MB young generation fixed there for the
     * heap figures makes collections, which stop every thread, twice as frequent when two threads allocate.
     */
    private static void partitioningAlone(Path corpus) throws IOException, InterruptedException {
        List<String> options = List.of("-XX:TieredStopAtLevel=1");
        Map<String, String> one = child(options, ALONE_RUN, corpus.toString(), "one-thread");
        Map<String, String> both = child(options, ALONE_RUN, corpus.toString(), "default");
        if (!one.containsKey("seconds") || !both.containsKey("seconds")) {
            System.out.println("partitioning, each alone: a child run failed: " + one + " " + both);
            return;
        }
        double ratio = Double.parseDouble(one.get("seconds")) / Double.parseDouble(both.get("seconds"));
        System.out.printf(Locale.ROOT, "partitioning, J alone in its own JVM (median of %d rounds after %s / %s "
                        + "warm-up rounds): one thread %s s, default %s s: J1 / J = %.2f (target ≥ 1.6 on %d "
                        + "processors): %s%n", ALONE_ROUNDS, one.get("warmups"), both.get("warmups"),
                one.get("seconds"), both.get("seconds"), ratio, Runtime.getRuntime().availableProcessors(),
                ratio >= 1.6 ? "met" : "NOT met");
    }

    /** The child's side of {@link #partitioningAlone}: J repeated, then one RESULT line. */
    private static void aloneRun(Path corpus, boolean oneThread) {
        int counties = counties(corpus).size();
        clean(BASE.resolve("db-alone"));
        String[] properties = oneThread ? new String[] {"recon.counties.threads=1", "recon.ingest.threads=1"}
                : new String[0];
        try (JobVariant job = new JobVariant(Outputs.WORKBOOK_AND_CSV, BASE.resolve("db-alone").resolve("j"),
                properties)) {
            Supplier<Long> run = () -> (long) job.run(corpus, counties, CountyFolder.PERIOD, out("alone-run"));
            int warmups = warmUp(Map.of("J", run));
            List<Measured<?>> rounds = new ArrayList<>();
            for (int round = 0; round < ALONE_ROUNDS; round++) {
                rounds.add(HeapSampler.measure(run));
            }
            System.out.printf(Locale.ROOT, RESULT + "seconds=%.2f warmups=%d%n", median(rounds), warmups);
        }
    }

    /** The child's side: J, one run of every county, then one RESULT line. */
    private static void limitedRun(Path corpus, boolean liveSet) {
        List<Path> counties = counties(corpus);
        long cells = workbooks(counties).stream().mapToLong(FloorReader::read).sum();
        clean(BASE.resolve("db-limited"));
        try (JobVariant full = new JobVariant(Outputs.WORKBOOK_AND_CSV, BASE.resolve("db-limited").resolve("full"))) {
            Supplier<Integer> run = () -> full.run(corpus, counties.size(), CountyFolder.PERIOD, out("limited"));
            if (liveSet) {
                LiveSetSampler.LiveSet<Integer> measured = LiveSetSampler.measure(run, LIVE_SET_EVERY_MILLIS);
                System.out.printf(Locale.ROOT, RESULT + "status=%s cells=%d liveSetMb=%.1f samples=%d%n",
                        status(measured.result()), cells, measured.peak() / (double) (1 << 20), measured.samples());
            } else {
                Measured<Integer> measured = HeapSampler.measure(run);
                System.out.printf(Locale.ROOT, RESULT + "status=%s cells=%d seconds=%.2f peakUsedMb=%d peakLiveMb=%d "
                                + "gcs=%d%n", status(measured.result()), cells, measured.nanos() / 1e9,
                        mb(measured.peak().peakUsed()), mb(measured.peak().peakLive()), measured.peak().collections());
            }
        } catch (OutOfMemoryError e) {
            System.out.println(RESULT + "status=OutOfMemoryError cells=" + cells);
        }
    }

    private static String status(int exit) {
        return exit == 0 ? "completed" : "exit-" + exit;
    }

    // ---- corpus and machine

    /** The corpus of {@code size} under target/bench, written the first time it is asked for. */
    private static Path corpus(CorpusGenerator.Size size) {
        Path folder = BASE.resolve("corpus-" + size + "-" + size.seed());
        if (!Files.exists(folder.resolve(CorpusGenerator.ANSWER_FILE))) {
            clean(folder);
            long started = System.nanoTime();
            CorpusGenerator.Corpus corpus = CorpusGenerator.write(folder, size);
            System.out.printf(Locale.ROOT, "generated %s: %d files, %,d non-blank cells in %.1f s%n", folder,
                    corpus.files(), corpus.cells(), (System.nanoTime() - started) / 1e9);
        }
        return folder;
    }

    static List<Path> counties(Path corpus) {
        try (Stream<Path> listing = Files.list(corpus)) {
            return listing.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> workbooks(List<Path> counties) {
        List<Path> files = new ArrayList<>();
        for (Path county : counties) {
            try (Stream<Path> walk = Files.walk(county)) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".xlsx")
                        || p.toString().endsWith(".xls")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long bytes(List<Path> files) {
        return files.stream().mapToLong(file -> {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }

    private static void machine() throws IOException {
        System.out.printf("machine: %d processors, max heap %d MB, java %s (%s), load average %s%n",
                Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "?");
    }

    private static Path out(String variant) {
        return BASE.resolve("out").resolve(variant);
    }

    static void clean(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(List<Measured<?>> runs) {
        double[] seconds = runs.stream().mapToDouble(m -> m.nanos() / 1e9).sorted().toArray();
        int n = seconds.length;
        return n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    }

    private static double medianSeconds(List<Duration> times) {
        double[] seconds = times.stream().mapToDouble(t -> t.toMillis() / 1e3).sorted().toArray();
        int n = seconds.length;
        return n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }
}
