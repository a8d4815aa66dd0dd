package cn.minsheng.recon.bench;

import cn.minsheng.recon.sheet.SafeWorkbookReader;
import cn.minsheng.recon.sheet.UnreadableWorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A measurement, not a test: reads every .xlsx of a corpus on one thread with {@link SafeWorkbookReader} and with
 * the floor ({@link FloorReader}), the two in turn in every round so that a busy machine slows both alike, and
 * prints the medians, cells per second and the reader's ratio to the floor. Run from the project folder:
 * {@code java -cp target/test-classes:target/classes:<test classpath> cn.minsheng.recon.bench.XlsxReadTiming <corpus>
 * [rounds]}.
 */
final class XlsxReadTiming {

    private XlsxReadTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<Path> files;
        try (Stream<Path> all = Files.walk(corpus)) {
            files = all.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        SafeWorkbookReader reader = new SafeWorkbookReader(SafeWorkbookReader.Limits.defaults());
        long cells = FloorReader.read(files, 1);
        List<Double> floor = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = -3; round < rounds; round++) {
            long start = System.nanoTime();
            FloorReader.read(files, 1);
            double f = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            for (Path file : files) {
                try {
                    reader.read(file);
                } catch (UnreadableWorkbookException e) {
                    // a planted unreadable file: read as far as the reader goes
                }
            }
            double r = (System.nanoTime() - start) / 1e9;
            if (round >= 0) {
                floor.add(f);
                read.add(r);
                ratios.add(r / f);
            }
        }
        double f = median(floor);
        double r = median(read);
        System.out.printf("%d .xlsx files, %d cells (<c>)%n", files.size(), cells);
        System.out.printf("floor               median %.3f s  %,.0f cells/s%n", f, cells / f);
        System.out.printf("SafeWorkbookReader  median %.3f s  %,.0f cells/s  %.2f x floor (median of the rounds' "
                + "ratios %.2f)%n", r, cells / r, r / f, median(ratios));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
