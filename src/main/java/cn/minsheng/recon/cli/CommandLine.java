package cn.minsheng.recon.cli;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.configuration.StateFolder;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of SPEC §6, validated into a {@link Command}: {@code --period=YYYY-MM [--official=…]
 * [--submissions=…] [--output=…] [--fail-on=ERROR|WARNING] [--force]}, or one of the modes that stay up:
 * {@code --schedule [--official=…] [--output=…]} (each firing reconciles the month before it, so no period is given)
 * and {@code --watch [--period=…] […]} (the current month by default); or {@code --input=DIR --period=YYYY-MM
 * [--output=…]} for every county folder under DIR, each with its own {@code official/} and
 * {@code submissions/<period>/}; or {@code --history [--period=…] [--output=…]}. Spring's own {@code --spring.*},
 * {@code --logging.*} and {@code --recon.*} settings pass through.
 */
final class CommandLine {

    private static final Set<String> OPTIONS = Set.of("period", "official", "submissions", "output", "fail-on",
            "input");
    /** What {@code --input} replaces (each county has its own) or cannot stay up for. */
    private static final List<String> NOT_WITH_INPUT = List.of("official", "submissions", "schedule", "watch",
            "history");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("schedule", "watch", "history", "force");
    private static final Set<String> PASS_THROUGH = Set.of("spring.", "logging.", "recon.", "debug", "trace");

    /** A command line that cannot run; the message is for the user. */
    static final class InvalidException extends Exception {
        InvalidException(String message) {
            super(message);
        }
    }

    private final Map<String, String> given;
    private final ReconProperties defaults;

    private CommandLine(Map<String, String> given, ReconProperties defaults) {
        this.given = given;
        this.defaults = defaults;
    }

    /** The command of {@code args}; {@code clock} tells the current month, which {@code --watch} defaults to. */
    static Command parse(String[] args, ReconProperties defaults, Clock clock) throws InvalidException {
        return new CommandLine(options(args), defaults).command(clock);
    }

    /** The options given, by name without the dashes; a flag maps to an empty text. */
    private static Map<String, String> options(String[] args) throws InvalidException {
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
                throw new InvalidException("参数错误：不支持的选项 --" + name + Usage.available());
            }
            if (eq < 0 || body.substring(eq + 1).isBlank()) {
                throw new InvalidException("参数错误：选项 --" + name + " 缺少取值，应写成 --" + name + "=…");
            }
            given.put(name, body.substring(eq + 1).strip());
        }
        return given;
    }

    private Command command(Clock clock) throws InvalidException {
        if (given.containsKey("input")) {
            return counties();
        }
        if (given.containsKey("history")) {
            return history();
        }
        KeepRunningOptions.check(given, defaults);
        if (given.containsKey("schedule")) {
            // the period comes from each firing
            return new Command.Schedule(official(), output());
        }
        Optional<Period> period = period();
        if (given.containsKey("watch")) {
            return new Command.Watch(request(period.orElse(Period.of(YearMonth.now(clock)))));
        }
        if (period.isEmpty()) {
            throw new InvalidException("参数错误：缺少 --period=YYYY-MM（对账期间，例如 --period=2026-03）");
        }
        return new Command.Once(request(period.get()), failOn(), given.containsKey("force"));
    }

    private ReconcileRequest request(Period period) throws InvalidException {
        Path official = official();
        Optional<Path> named = Optional.ofNullable(given.get("submissions")).map(Path::of);
        // a typo must not report every department 未报送; only the default folder may be missing (nothing sent yet)
        if (named.isPresent() && !Files.isDirectory(named.get())) {
            throw new InvalidException("参数错误：报送目录不存在：" + named.get().toAbsolutePath().normalize()
                    + "（请检查 --submissions；不指定时使用 " + defaults.submissions().resolve(period.toString()) + "）");
        }
        Path submissions = named.orElse(defaults.submissions().resolve(period.toString()));
        return new ReconcileRequest(period, official, submissions, output());
    }

    private Path official() throws InvalidException {
        Path official = Optional.ofNullable(given.get("official")).map(Path::of).orElse(defaults.official());
        if (!Files.exists(official)) {
            throw new InvalidException("参数错误：官方表路径不存在：" + official.toAbsolutePath().normalize());
        }
        return official;
    }

    /**
     * {@code --input=DIR --period=YYYY-MM [--output=…] [--fail-on=…] [--force]}: each county brings its own official
     * tables and submissions, and the run ends when every county has been reconciled.
     */
    private Command counties() throws InvalidException {
        for (String option : NOT_WITH_INPUT) {
            if (given.containsKey(option)) {
                throw new InvalidException("参数错误：--input（多县对账）不能与 --" + option + " 同用："
                        + (FLAGS.contains(option) ? "多县对账只对账一次 --period 指定的期间"
                                : "每个县的官方表和报送分别在 <县文件夹>/official 和 <县文件夹>/submissions/<期间> 下"));
            }
        }
        Period period = period().orElseThrow(() -> new InvalidException(
                "参数错误：--input 需要 --period=YYYY-MM（对账期间，例如 --period=2026-03）"));
        Path input = Path.of(given.get("input"));
        if (!Files.isDirectory(input)) {
            throw new InvalidException("参数错误：--input 应是存放各县文件夹的目录，该目录不存在："
                    + input.toAbsolutePath().normalize());
        }
        return new Command.Counties(input, period, output(), failOn(), given.containsKey("force"));
    }

    /** {@code --history [--period=…] [--output=…]}: nothing else goes with it. */
    private Command history() throws InvalidException {
        for (String option : given.keySet()) {
            if (!Set.of("history", "period", "output").contains(option)) {
                throw new InvalidException("参数错误：--history 只能与 --period、--output 同用，不能与 --" + option + " 同用");
            }
        }
        Optional<Period> period = period();
        return new Command.History(period, StateFolder.output(Optional.ofNullable(given.get("output")),
                defaults.output()));
    }

    /** {@code --period}, parsed: the one place a period enters from the command line. */
    private Optional<Period> period() throws InvalidException {
        String text = given.get("period");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Period.parse(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidException("参数错误：" + e.getMessage());
        }
    }

    private Path output() throws InvalidException {
        Path output = StateFolder.output(Optional.ofNullable(given.get("output")), defaults.output());
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InvalidException("参数错误：输出路径不是目录：" + output.toAbsolutePath().normalize());
        }
        return output;
    }

    private Optional<Severity> failOn() throws InvalidException {
        String value = given.get("fail-on");
        if (value == null) {
            return Optional.empty();
        }
        if (value.equals("ERROR") || value.equals("WARNING")) {
            return Optional.of(Severity.valueOf(value));
        }
        throw new InvalidException("参数错误：--fail-on 只能是 ERROR 或 WARNING，实际为“" + value + "”");
    }
}
