package cn.minsheng.recon.configuration;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the job keeps its state, read from the raw command line before Spring starts: {@code <output>/.recon/},
 * with the H2 database shared by every period and a lock file per period.
 *
 * @param folder the {@code <output>/.recon} folder, absolute
 */
public record StateFolder(Path folder) {

    /** A period, {@code 2026-03}: also how the command line checks {@code --period}. */
    public static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    public static StateFolder of(String[] args) {
        String output = "output";
        for (String arg : args) {
            if (arg.startsWith("--output=") && arg.length() > "--output=".length()) {
                output = arg.substring("--output=".length());
            }
        }
        return of(Path.of(output));
    }

    public static StateFolder of(Path output) {
        return new StateFolder(output.toAbsolutePath().normalize().resolve(".recon"));
    }

    public Path database() {
        return folder.resolve("recon-db");
    }

    /** The file locked while a run of the period is in progress, {@code <output>/.recon/<period>.lock}. */
    public Path periodLock(String period) {
        return folder.resolve(period + ".lock");
    }
}
