package cn.minsheng.recon.bench;

import cn.minsheng.recon.corpus.CountyFolder;
import cn.minsheng.recon.corpus.QuietLogging;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.layout.OfficialTablesLoader;
import cn.minsheng.recon.layout.OfficialTablesParser;
import cn.minsheng.recon.layout.SubmissionParser;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.SheetGrid;
import cn.minsheng.recon.workbook.UnreadableWorkbookException;
import cn.minsheng.recon.workbook.WorkbookFiles;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where one thread's time goes per cell while ingesting a corpus, outside Spring: the floor (inflate + StAX), the
 * safe read into grids, and the parse of the grids into values, each over every submission file, after a warm-up.
 * {@code java -cp … cn.minsheng.recon.bench.IngestPhases <corpus folder> [rounds]}.
 */
public final class IngestPhases {

    private IngestPhases() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        UnitDirectory units = UnitDirectory.defaults();
        HeadlineParser headlines = new HeadlineParser(units);
        WorkbookReader reader = new WorkbookReader(ReadLimits.defaults());
        OfficialTablesLoader loader = new OfficialTablesLoader(reader,
                new OfficialTablesParser(units, headlines, new DirectiveClassifier(headlines)));
        List<Path> counties;
        try (Stream<Path> listing = Files.list(corpus)) {
            counties = listing.filter(Files::isDirectory).sorted().toList();
        }
        for (int round = 0; round <= rounds; round++) {
            long floor = 0;
            long read = 0;
            long parse = 0;
            long cells = 0;
            long readXls = 0;
            long floorXls = 0;
            long values = 0;
            for (Path county : counties) {
                OfficialTables tables = loader.load(county.resolve("official")).tables();
                TownshipDirectory townships = new TownshipDirectory(tables.breakdown().townships(), Map.of());
                for (Path file : WorkbookFiles.list(county.resolve("submissions").resolve(CountyFolder.PERIOD))) {
                    long t0 = System.nanoTime();
                    cells += FloorReader.read(file);
                    long t1 = System.nanoTime();
                    List<SheetGrid> grids;
                    try {
                        grids = reader.read(file);
                    } catch (UnreadableWorkbookException e) {
                        continue;
                    }
                    long t2 = System.nanoTime();
                    values += new SubmissionParser(townships::isTownship).parse(file.getFileName().toString(), grids)
                            .valueCount();
                    long t3 = System.nanoTime();
                    if (file.toString().endsWith(".xls")) {
                        readXls += t2 - t1;
                        floorXls += t1 - t0;
                    }
                    floor += t1 - t0;
                    read += t2 - t1;
                    parse += t3 - t2;
                }
            }
            System.out.printf(Locale.ROOT, "%s: %,d cells, %,d values; floor %.2f s, read %.2f s (%.1f× floor), "
                            + "parse %.2f s (%.1f× floor); of which .xls: floor %.2f s, read %.2f s%n", round == 0 ? "warm-up" : "round " + round, cells, values,
                    floor / 1e9, read / 1e9, (double) read / floor, parse / 1e9, (double) parse / floor,
                    floorXls / 1e9, readXls / 1e9);
        }
    }
}
