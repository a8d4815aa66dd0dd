package cn.minsheng.recon.run;

import cn.minsheng.recon.domain.model.Period;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.ApplicationContext;

/**
 * A run of {@code --input} for the benchmark outside this package: the application's {@link CountiesReconciliation}
 * taken from its context, as the command line calls it, with {@code --force} so that each call really reconciles
 * every county again instead of answering "already reconciled" from the job repository.
 */
public final class CountiesRun {

    private CountiesRun() {
    }

    /**
     * Reconciles the period of every county folder under {@code input} into {@code output/<period>/<county>/} and
     * writes the summary workbook; returns how the worst county ended.
     */
    public static RunStatus forced(ApplicationContext context, Path input, String period, Path output)
            throws IOException, InterruptedException {
        return context.getBean(CountiesReconciliation.class).run(input, Period.parse(period), output, Optional.empty(), true);
    }
}
