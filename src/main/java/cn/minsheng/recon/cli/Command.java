package cn.minsheng.recon.cli;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import java.nio.file.Path;
import java.util.Optional;

/** What one command line asks for (SPEC §6), each case with only the fields it uses. */
public sealed interface Command {

    /**
     * {@code --period=YYYY-MM [--official=…] [--submissions=…] [--output=…] [--fail-on=…] [--force]}: one
     * reconciliation, then exit.
     */
    record Once(ReconcileRequest request, Optional<Severity> failOn, boolean force) implements Command {
    }

    /**
     * {@code --schedule [--official=…] [--output=…]}: stay up and, at each firing, reconcile the month before it from
     * its folder under {@code recon.submissions}.
     */
    record Schedule(Path official, Path output) implements Command {
    }

    /** {@code --watch [--period=…] [--official=…] [--submissions=…] [--output=…]}: stay up, reconcile on change. */
    record Watch(ReconcileRequest request) implements Command {
    }

    /** {@code --history [--period=…] [--output=…]}: print the recorded runs, of one period or all. */
    record History(Optional<Period> period, Path output) implements Command {
    }

    /**
     * {@code --input=DIR --period=YYYY-MM [--output=…] [--fail-on=…] [--force]}: every county folder under DIR, each
     * with its own {@code official/} and {@code submissions/<period>/}.
     */
    record Counties(Path input, Period period, Path output, Optional<Severity> failOn, boolean force)
            implements Command {
    }
}
