package cn.minsheng.recon.corpus;

import cn.minsheng.recon.sample.SampleSubmissions.Planted;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a benchmark corpus: {@code counties} invented counties of {@code departments} lead departments each, one
 * folder per county holding {@code official/} and {@code submissions/2026-03/}, and the answer file
 * {@value #ANSWER_FILE} listing every defect planted ({@code county} first, then the columns of
 * {@code expected-findings-2026-03.csv}). The same arguments give the same corpus, byte for byte in content: each
 * county draws from its own random generator seeded from the seed and its position, so the counties may be written
 * side by side.
 *
 * <p>Run through {@code scripts/generate-corpus.sh}.
 */
public final class CorpusGenerator {

    public static final String ANSWER_FILE = "answers-" + CountyFolder.PERIOD + ".csv";
    static final String ANSWER_HEADER = "county,rule,department,indicator_no,township,file,cell";

    /**
     * The size of a corpus.
     *
     * @param counties    county folders
     * @param departments lead departments per county (4 to 24), one file each
     * @param villages    villages per township: the rows of a long file are indicators × townships × villages
     * @param seed        the seed
     */
    public record Size(int counties, int departments, int villages, long seed) {

        /** {@code sample} (one county), {@code prefecture} (9), {@code province} (122), or {@code counties×departments×villages}. */
        public static Size parse(String text, long seed) {
            return switch (text) {
                case "sample" -> new Size(1, 18, 20, seed);
                case "prefecture" -> new Size(9, 18, 20, seed);
                case "province" -> new Size(122, 18, 280, seed);
                default -> {
                    String[] parts = text.split("x");
                    if (parts.length != 3) {
                        throw new IllegalArgumentException("size: sample, prefecture, province or CxDxV, not " + text);
                    }
                    yield new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                            Integer.parseInt(parts[2]), seed);
                }
            };
        }

        public Size timesCounties(int factor) {
            return new Size(counties * factor, departments, villages, seed);
        }

        public Size timesLength(int factor) {
            return new Size(counties, departments, villages * factor, seed);
        }

        @Override
        public String toString() {
            return counties + "x" + departments + "x" + villages;
        }
    }

    /** What was written: files (submissions, unreadable ones included), non-blank cells of the submissions. */
    public record Corpus(Path folder, Size size, int files, long cells, List<String> counties) {
    }

    private CorpusGenerator() {
    }

    /** {@code <folder> [size] [seed]}: size as {@link Size#parse}, seed 2026 unless given. */
    public static void main(String[] args) {
        QuietLogging.apply();
        if (args.length < 1) {
            System.err.println("用法：generate-corpus.sh <目录> [sample|prefecture|province|县数x部门数x每乡村数] [种子]");
            System.exit(2);
        }
        Size size = Size.parse(args.length > 1 ? args[1] : "sample", args.length > 2 ? Long.parseLong(args[2]) : 2026);
        long started = System.nanoTime();
        Corpus corpus = write(Path.of(args[0]), size);
        System.out.printf("语料 %s：%d 个县，报送文件 %d 个，非空单元格 %,d 个，用时 %.1f 秒；答案文件 %s%n", size,
                corpus.counties().size(), corpus.files(), corpus.cells(), (System.nanoTime() - started) / 1e9,
                corpus.folder().resolve(ANSWER_FILE));
    }

    /** Writes the corpus into {@code folder} (which should be empty) and its answer file. */
    public static Corpus write(Path folder, Size size) {
        List<String> names = InventedCounty.countyNames(new Random(size.seed()), size.counties());
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CountyFolder.Contents>> futures = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    Random random = new Random(size.seed() * 1_000_003L + index);
                    InventedCounty county = InventedCounty.invent(random, names.get(index), size.departments(),
                            size.villages());
                    return CountyFolder.write(county, index, random, folder.resolve(county.name()));
                }));
            }
            List<CountyFolder.Contents> written = new ArrayList<>();
            for (Future<CountyFolder.Contents> future : futures) {
                written.add(future.get());
            }
            Files.writeString(folder.resolve(ANSWER_FILE), answerCsv(written), StandardCharsets.UTF_8);
            return new Corpus(folder, size, written.stream().mapToInt(CountyFolder.Contents::files).sum(),
                    written.stream().mapToLong(CountyFolder.Contents::cells).sum(), names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answerCsv(List<CountyFolder.Contents> counties) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(ANSWER_HEADER.split(",")).setRecordSeparator("\n")
                .get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (CountyFolder.Contents county : counties) {
                for (Planted each : county.planted()) {
                    printer.printRecord(county.county(), each.rule(), each.department(), each.indicatorNo(),
                            each.township(), each.file(), each.cell());
                }
            }
        }
        return out.toString();
    }
}
