package cn.minsheng.recon.cli;

import cn.minsheng.recon.cli.CommandLine.InvalidException;
import cn.minsheng.recon.configuration.ReconProperties;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import org.springframework.scheduling.support.CronExpression;

/**
 * The rules of the command line for the modes that stay up: {@code --schedule} and {@code --watch} exclude each
 * other; {@code --schedule} reconciles the month before each firing, so it takes neither a period nor a period's
 * folder; neither mode has an exit status to fail on; and the configured cron and watch times must make sense.
 */
final class KeepRunningOptions {

    private KeepRunningOptions() {
    }

    /** Refuses what the modes that stay up cannot go with, and settings they cannot run on. */
    static void check(Map<String, String> given, ReconProperties settings) throws InvalidException {
        boolean schedule = given.containsKey("schedule");
        boolean watch = given.containsKey("watch");
        if (schedule && watch) {
            throw new InvalidException("参数错误：--schedule（定时对账）和 --watch（监视报送目录）不能同时使用，请分别启动");
        }
        if (schedule) {
            for (String option : new String[] {"period", "submissions"}) {
                if (given.containsKey(option)) {
                    throw new InvalidException("参数错误：--schedule 每次对账触发时刻的上一个月，不能指定 --" + option
                            + "（报送目录按 recon.submissions/<期间> 查找）");
                }
            }
            cron(settings.schedule().cron());
        }
        if ((schedule || watch) && given.containsKey("fail-on")) {
            throw new InvalidException("参数错误：--fail-on 只用于单次对账，不能与 --schedule 或 --watch 同时使用");
        }
        if (watch && (!positive(settings.watch().quiet()) || !positive(settings.watch().poll()))) {
            throw new InvalidException("配置错误：recon.watch.quiet 和 recon.watch.poll 必须大于 0");
        }
    }

    /** The configured cron, parsed; one that is malformed or never fires is a config error. */
    static CronExpression cron(String expression) throws InvalidException {
        CronExpression cron;
        try {
            cron = CronExpression.parse(expression);
        } catch (IllegalArgumentException e) {
            throw new InvalidException("配置错误：recon.schedule.cron“" + expression + "”不是有效的 cron 表达式（六项：秒 分 时 日 月 "
                    + "星期，例如每月5日8点为 0 0 8 5 * *）：" + e.getMessage());
        }
        if (cron.next(ZonedDateTime.now()) == null) {
            throw new InvalidException("配置错误：recon.schedule.cron“" + expression + "”永远不会触发");
        }
        return cron;
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
