package cn.minsheng.recon.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every cell the units wrote that a run must read, collected while the files are written: completions, targets,
 * stated 完成率 and 进展情况 notes, each with its file, sheet and A1 name. Written as {@code answers.csv}.
 */
final class AnswerKey {

    static final String[] HEADER = {"kind", "department", "indicator_no", "township", "month", "value", "file", "sheet",
        "cell", "status", "expected"};

    /** Where a cell is and what it is about; {@code file} is relative to the month's submissions folder. */
    record Place(String department, Indicator indicator, Town town, YearMonth month, String file, String sheet,
            String cell) {
    }

    record Completion(Place place, Figure figure) {
    }

    record Target(Place place, BigDecimal submitted) {
    }

    record StatedRate(Place place, BigDecimal stated, BigDecimal recomputed) {
    }

    record Note(Place place, String words) {
    }

    final List<Completion> completions = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<StatedRate> rates = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();

    void completion(Place place, Figure figure) {
        completions.add(new Completion(place, figure));
    }

    void target(Place place, BigDecimal submitted) {
        targets.add(new Target(place, submitted));
    }

    void statedRate(Place place, BigDecimal stated, BigDecimal recomputed) {
        rates.add(new StatedRate(place, stated, recomputed));
    }

    void note(Place place, String words) {
        notes.add(new Note(place, words));
    }

    /**
     * One row per cell. {@code value} is what the cell holds (a plain decimal, or the text it shows: 「正在推进」,
     * {@code 50%}, {@code 52.78%}); {@code status} says how the SPEC judges it and {@code expected} what it should be:
     * completion ok / invalid / missing; target ok / mismatch with the official target; rate ok / wrong with the
     * recomputed rate; note kept.
     */
    void write(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Completion c : completions) {
                Indicator ind = c.place().indicator();
                print(printer, "completion", c.place(), c.figure().shown(),
                        ProgressRules.status(c.figure(), ind, ind.target(c.place().town())).name().toLowerCase(), "");
            }
            for (Target t : targets) {
                BigDecimal official = t.place().indicator().target(t.place().town());
                print(printer, "target", t.place(), Figure.plain(t.submitted()),
                        t.submitted().compareTo(official) == 0 ? "ok" : "mismatch", Figure.plain(official));
            }
            for (StatedRate r : rates) {
                boolean right = r.stated().subtract(r.recomputed()).abs().compareTo(new BigDecimal("0.00005")) < 0;
                print(printer, "rate", r.place(), percent(r.stated()), right ? "ok" : "wrong", percent(r.recomputed()));
            }
            for (Note n : notes) {
                print(printer, "note", n.place(), n.words(), "kept", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** A fraction as a {@code 0.00%} cell shows it: 0.527777… → 52.78%. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static void print(CSVPrinter printer, String kind, Place p, String value, String status, String expected)
            throws IOException {
        printer.printRecord(kind, p.department(), p.indicator().no, p.town().township(), p.month(), value, p.file(),
                p.sheet(), p.cell(), status, expected);
    }
}
