package cn.minsheng.recon.configuration;

import cn.minsheng.recon.domain.model.Period;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the job keeps its state: {@code <output>/.recon/}, with the H2 database shared by every period and a lock
 * file per period (per county of a period, in a run of several).
 *
 * @param folder the {@code <output>/.recon} folder, absolute
 */
public record StateFolder(Path folder) {

    /** The output folder when neither the command line nor config names one. */
    public static final String DEFAULT_OUTPUT = "output";

    /**
     * The output folder of a process, the one rule every user of it follows (the command line, the database, the
     * locks): {@code --output} when given, else {@code recon.output}.
     */
    public static Path output(Optional<String> commandLine, Path configured) {
        return commandLine.filter(given -> !given.isBlank()).map(Path::of).orElse(configured);
    }

    public static StateFolder of(Path output) {
        return new StateFolder(output.toAbsolutePath().normalize().resolve(".recon"));
    }

    public Path database() {
        return folder.resolve("recon-db");
    }

    /** The file locked while a run of the period is in progress, {@code <output>/.recon/<period>.lock}. */
    public Path periodLock(Period period) {
        return folder.resolve(period + ".lock");
    }

    /**
     * The file locked while a run of one county of the period is in progress ({@code --input}),
     * {@code <output>/.recon/<period>/<county>.lock}: the counties of a period run side by side.
     */
    public Path periodLock(Period period, String county) {
        return county.isEmpty() ? periodLock(period) : folder.resolve(period.toString()).resolve(county + ".lock");
    }
}
