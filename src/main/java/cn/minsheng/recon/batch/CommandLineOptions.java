package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.configuration.StateFolder;
import cn.minsheng.recon.domain.reconcile.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command line of SPEC §6, validated: {@code --period=YYYY-MM [--official=…] [--submissions=…] [--output=…]
 * [--fail-on=ERROR|WARNING] [--force]}, or one of the modes that stay up: {@code --schedule [--official=…] [--output=…]}
 * (each firing reconciles the month before it, so no period is given) and {@code --watch [--period=…] […]} (the
 * current month by default). Spring's own {@code --spring.*}, {@code --logging.*} and {@code --recon.*} settings
 * pass through.
 */
record CommandLineOptions(ReconcileRequest request, Optional<Severity> failOn, Mode mode, boolean force) {

    /**
     * Reconcile once and exit, or stay up and reconcile on the configured cron, or on changes of the folder; or
     * print the recorded runs ({@code --history [--period=…]}).
     */
    enum Mode {
        ONCE, SCHEDULE, WATCH, HISTORY
    }

    private static final Pattern PERIOD = StateFolder.PERIOD;
    private static final Set<String> OPTIONS = Set.of("period", "official", "submissions", "output", "fail-on");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("schedule", "watch", "history", "force");
    private static final Set<String> PASS_THROUGH = Set.of("spring.", "logging.", "recon.", "debug", "trace");

    /** A command line that cannot run; the message is for the user. */
    static final class InvalidException extends Exception {
        InvalidException(String message) {
            super(message);
        }
    }

    static CommandLineOptions parse(String[] args, ReconProperties defaults) throws InvalidException {
        return parse(args, defaults, Clock.systemDefaultZone());
    }

    /** As {@link #parse(String[], ReconProperties)}, {@code clock} telling the current month. */
    static CommandLineOptions parse(String[] args, ReconProperties defaults, Clock clock) throws InvalidException {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new InvalidException("参数错误：无法识别的参数“" + arg + "”，选项应写成 --名称=值");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            if (PASS_THROUGH.stream().anyMatch(name::startsWith)) {
                continue;
            }
            if (FLAGS.contains(name)) {
                if (eq >= 0) {
                    throw new InvalidException("参数错误：选项 --" + name + " 不带取值，直接写 --" + name);
                }
                given.put(name, "");
                continue;
            }
            if (!OPTIONS.contains(name)) {
                throw new InvalidException("参数错误：不支持的选项 --" + name + "（可用：--period、--official、--submissions、"
                        + "--output、--fail-on、--force、--schedule、--watch、--history）");
            }
            if (eq < 0 || body.substring(eq + 1).isBlank()) {
                throw new InvalidException("参数错误：选项 --" + name + " 缺少取值，应写成 --" + name + "=…");
            }
            given.put(name, body.substring(eq + 1).strip());
        }
        if (given.containsKey("history")) {
            return history(given, defaults);
        }
        Mode mode = KeepRunningOptions.mode(given, defaults);
        String period = KeepRunningOptions.period(mode, given, clock);
        if (period == null) {
            throw new InvalidException("参数错误：缺少 --period=YYYY-MM（对账期间，例如 --period=2026-03）");
        }
        if (!PERIOD.matcher(period).matches()) {
            throw new InvalidException("参数错误：期间“" + period + "”格式不对，应为 YYYY-MM，例如 2026-03");
        }
        Path official = Optional.ofNullable(given.get("official")).map(Path::of).orElse(defaults.official());
        if (!Files.exists(official)) {
            throw new InvalidException("参数错误：官方表路径不存在：" + official.toAbsolutePath().normalize());
        }
        Path submissions = Optional.ofNullable(given.get("submissions")).map(Path::of)
                .orElse(defaults.submissions().resolve(period));
        Path output = Optional.ofNullable(given.get("output")).map(Path::of).orElse(defaults.output());
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InvalidException("参数错误：输出路径不是目录：" + output.toAbsolutePath().normalize());
        }
        return new CommandLineOptions(new ReconcileRequest(period, official, submissions, output),
                failOn(given.get("fail-on")), mode, given.containsKey("force"));
    }

    /** The period whose runs {@code --history} prints; empty for every period. */
    Optional<String> historyPeriod() {
        return Optional.of(request.period()).filter(p -> !p.isEmpty());
    }

    /** {@code --history [--period=…] [--output=…]}: nothing else goes with it. */
    private static CommandLineOptions history(Map<String, String> given, ReconProperties defaults)
            throws InvalidException {
        for (String option : given.keySet()) {
            if (!Set.of("history", "period", "output").contains(option)) {
                throw new InvalidException("参数错误：--history 只能与 --period、--output 同用，不能与 --" + option + " 同用");
            }
        }
        String period = given.getOrDefault("period", "");
        if (!period.isEmpty() && !PERIOD.matcher(period).matches()) {
            throw new InvalidException("参数错误：期间“" + period + "”格式不对，应为 YYYY-MM，例如 2026-03");
        }
        Path output = Optional.ofNullable(given.get("output")).map(Path::of).orElse(defaults.output());
        return new CommandLineOptions(new ReconcileRequest(period, defaults.official(), defaults.submissions(), output),
                Optional.empty(), Mode.HISTORY, false);
    }

    private static Optional<Severity> failOn(String value) throws InvalidException {
        if (value == null) {
            return Optional.empty();
        }
        if (value.equals("ERROR") || value.equals("WARNING")) {
            return Optional.of(Severity.valueOf(value));
        }
        throw new InvalidException("参数错误：--fail-on 只能是 ERROR 或 WARNING，实际为“" + value + "”");
    }
}
