package cn.minsheng.recon.configuration;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the job keeps its state, read from the raw command line before Spring starts: {@code <output>/.recon/}, with
 * one H2 database and one lock file per period, so that runs of different periods never share a database file.
 *
 * @param folder the {@code <output>/.recon} folder, absolute
 * @param period the {@code --period} given, when it is a valid one ({@code YYYY-MM})
 */
public record StateFolder(Path folder, Optional<String> period) {

    /** A period, {@code 2026-03}: also how the command line checks {@code --period}. */
    public static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    public static StateFolder of(String[] args) {
        String output = "output";
        String period = null;
        for (String arg : args) {
            if (arg.startsWith("--output=") && arg.length() > "--output=".length()) {
                output = arg.substring("--output=".length());
            } else if (arg.startsWith("--period=")) {
                period = arg.substring("--period=".length()).strip();
            }
        }
        return new StateFolder(Path.of(output).toAbsolutePath().normalize().resolve(".recon"),
                Optional.ofNullable(period).filter(p -> PERIOD.matcher(p).matches()));
    }

    /** The period's own database, {@code <output>/.recon/<period>/recon-db}; a shared one when no period is given. */
    public Path database() {
        return period.map(p -> folder.resolve(p).resolve("recon-db")).orElse(folder.resolve("recon-db"));
    }

    /** The file locked while a run of the period is in progress, {@code <output>/.recon/<period>.lock}. */
    public Optional<Path> periodLock() {
        return period.map(p -> folder.resolve(p + ".lock"));
    }
}
