package cn.minsheng.recon.run;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.domain.model.Period;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code --schedule}: stays up and, at each firing of the configured cron, reconciles the month before the firing.
 * <p>
 * Firings run one after another on the calling thread, so two never overlap. The wait is cut into short pauses and
 * the time read again after each, so a computer that slept through a firing (or whose clock was set) reconciles as
 * soon as it notices, once, instead of waiting for the month after.
 */
public final class ScheduledReconciliation {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

    private final RunLauncher launcher;
    private final CronExpression cron;
    private final Function<Period, ReconcileRequest> requests;
    private final Clock clock;
    private final StopSignal stop;

    /**
     * @param requests the reconciliation of a period ({@code 2026-03})
     * @param clock    the time source; its zone is the zone of the cron
     */
    public ScheduledReconciliation(RunLauncher launcher, CronExpression cron,
            Function<Period, ReconcileRequest> requests, Clock clock, StopSignal stop) {
        this.launcher = launcher;
        this.cron = cron;
        this.requests = requests;
        this.clock = clock;
        this.stop = stop;
    }

    /** Fires until a stop is asked for; a firing that fails is logged and the schedule goes on. */
    public void run() throws InterruptedException {
        stop.runUntilStopped(() -> {
            ZonedDateTime next = next();
            CONSOLE.info("定时对账已启动（{}）：每次对账上一个月。下次对账：{}，期间 {}", cron, Console.TIME.format(next),
                    period(next));
            while (stop.pause(until(next))) {
                if (ZonedDateTime.now(clock).isBefore(next)) {
                    continue;
                }
                fire(next);
                next = next();
                if (!stop.stopping()) {
                    CONSOLE.info("下次对账：{}，期间 {}", Console.TIME.format(next), period(next));
                }
            }
        });
    }

    private void fire(ZonedDateTime firing) {
        Period period = period(firing);
        CONSOLE.info("定时对账（{}）：期间 {}", Console.TIME.format(firing), period);
        try {
            launcher.launch(requests.apply(period), Optional.empty());
        } catch (Exception e) {
            CONSOLE.error("定时对账失败（期间 {}）：{}；到下次对账时间再试", period, e, e);
        }
    }

    private ZonedDateTime next() {
        return cron.next(ZonedDateTime.now(clock));
    }

    private Duration until(ZonedDateTime next) {
        Duration left = Duration.between(ZonedDateTime.now(clock), next);
        return left.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : left;
    }

    /** The month before the firing: the 5 April firing reconciles March. */
    private static Period period(ZonedDateTime firing) {
        return Period.of(YearMonth.from(firing)).previous();
    }
}
