package cn.minsheng.recon.zoo;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.cli.CommandLineApplication;
import cn.minsheng.recon.corpus.QuietLogging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the zoo, reconciles every county of it with the real application ({@code --input}) and prints what each
 * county's run missed, raised falsely and left unread:
 * {@code java -cp … cn.minsheng.recon.zoo.ZooReport <work folder>}.
 */
public final class ZooReport {

    private ZooReport() {
    }

    public static void main(String[] args) throws IOException {
        QuietLogging.apply();
        Path work = Path.of(args.length > 0 ? args[0] : "target/zoo");
        List<ZooVerdict> verdicts = run(work);
        int holds = 0;
        int read = 0;
        int reconciled = 0;
        int files = 0;
        int fullyRead = 0;
        int missed = 0;
        int falseOnes = 0;
        for (ZooVerdict verdict : verdicts) {
            System.out.println("== " + verdict.county());
            verdict.missed().forEach(line -> System.out.println("  missed: " + line));
            verdict.falseOnes().forEach(line -> System.out.println("  false:  " + line));
            for (ZooVerdict.FileCount file : verdict.files()) {
                if (!file.fullyRead()) {
                    System.out.printf("  unread: %s holds %d, read %d (%s)%n", file.file(), file.holds(),
                            file.read(), file.status());
                }
                holds += file.holds();
                read += Math.min(file.read(), file.holds());
                reconciled += file.reconciled();
                files++;
                fullyRead += file.fullyRead() ? 1 : 0;
            }
            missed += verdict.missed().size();
            falseOnes += verdict.falseOnes().size();
        }
        System.out.printf("files fully read %d of %d; values held %d, read %d, reconciled %d; false findings %d; "
                + "missed findings %d%n", fullyRead, files, holds, read, reconciled, falseOnes, missed);
    }

    /** Writes the zoo under {@code work/zoo}, reconciles it into {@code work/output}; the verdict per county. */
    public static List<ZooVerdict> run(Path work) throws IOException {
        Path zoo = work.resolve("zoo");
        Path output = work.resolve("output");
        ZooWriter.writeAll(zoo);
        CommandLineApplication.run(new String[] {"--input=" + zoo, "--period=2026-03", "--output=" + output,
            "--force", "--logging.level.minsheng-recon=WARN"}, ReconApplication.class);
        try (Stream<Path> counties = Files.list(zoo)) {
            return counties.filter(Files::isDirectory).sorted().map(county -> ZooVerdict.of(county, output))
                    .toList();
        }
    }
}
