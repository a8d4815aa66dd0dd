package cn.minsheng.recon.bench;

import cn.minsheng.recon.corpus.QuietLogging;
import cn.minsheng.recon.workbook.PoiSheetReader;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.SheetGrid;
import cn.minsheng.recon.workbook.UnreadableWorkbookException;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A measurement, not a test: reads every .xlsx (or every .xls) of a corpus on one thread with
 * {@link WorkbookReader} and with the floor ({@link FloorReader}), in turn in every round so that a busy machine
 * slows all alike, and prints the medians, cells per second and each reader's ratio to the floor. For .xls it also
 * times {@link PoiSheetReader} alone, the usermodel read the submissions went through before. Run from the project
 * folder: {@code java -cp target/test-classes:target/classes:<test classpath> cn.minsheng.recon.bench.ReadTiming
 * <corpus> [rounds] [xlsx|xls]}.
 */
final class ReadTiming {

    private interface Reader {
        List<SheetGrid> read(Path file) throws UnreadableWorkbookException;
    }

    private ReadTiming() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String extension = "." + (args.length > 2 ? args[2] : "xlsx");
        List<Path> files;
        try (Stream<Path> all = Files.walk(corpus)) {
            files = all.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
        WorkbookReader safe = new WorkbookReader(ReadLimits.defaults());
        Map<String, Reader> readers = new LinkedHashMap<>();
        readers.put("WorkbookReader", safe::read);
        if (extension.equals(".xls")) {
            PoiSheetReader poi = new PoiSheetReader(ReadLimits.defaults().maxFileBytes());
            readers.put("PoiSheetReader", poi::read);
        }
        long cells = FloorReader.read(files, 1);
        List<Double> floor = new ArrayList<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        readers.keySet().forEach(name -> {
            times.put(name, new ArrayList<>());
            ratios.put(name, new ArrayList<>());
        });
        for (int round = -3; round < rounds; round++) {
            long start = System.nanoTime();
            FloorReader.read(files, 1);
            double f = (System.nanoTime() - start) / 1e9;
            if (round >= 0) {
                floor.add(f);
            }
            for (Map.Entry<String, Reader> reader : readers.entrySet()) {
                start = System.nanoTime();
                for (Path file : files) {
                    try {
                        reader.getValue().read(file);
                    } catch (UnreadableWorkbookException e) {
                        // a planted unreadable file: read as far as the reader goes
                    }
                }
                double r = (System.nanoTime() - start) / 1e9;
                if (round >= 0) {
                    times.get(reader.getKey()).add(r);
                    ratios.get(reader.getKey()).add(r / f);
                }
            }
        }
        double f = median(floor);
        System.out.printf("%d %s files, %d cells%n", files.size(), extension, cells);
        System.out.printf("%-19s median %.3f s  %,.0f cells/s%n", "floor", f, cells / f);
        for (String name : readers.keySet()) {
            double r = median(times.get(name));
            System.out.printf("%-19s median %.3f s  %,.0f cells/s  %.2f x floor (median of the rounds' ratios %.2f)%n",
                    name, r, cells / r, r / f, median(ratios.get(name)));
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
