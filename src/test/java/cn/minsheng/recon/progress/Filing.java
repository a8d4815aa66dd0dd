package cn.minsheng.recon.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One file a unit sends for one month: writes its targets, completions, 完成率 and 进展情况 cells from the month's
 * figures and records each cell, with its file, sheet and A1 name, in the answer key.
 */
final class Filing {

    final String department;
    final YearMonth month;
    final String file;
    private final MonthlyFigures figures;
    private final AnswerKey key;

    Filing(String department, YearMonth month, String file, MonthlyFigures figures, AnswerKey key) {
        this.department = department;
        this.month = month;
        this.file = file;
        this.figures = figures;
        this.key = key;
    }

    String write(Measure measure, Grid g, int r, int c, Indicator ind, Town town) {
        return measure == Measure.TARGET ? target(g, r, c, ind, town) : done(g, r, c, ind, town);
    }

    String target(Grid g, int r, int c, Indicator ind, Town town) {
        BigDecimal value = figures.target(month, ind, town);
        String a1 = g.put(r, c, value, g.book.number);
        key.target(place(g, a1, ind, town), value);
        return a1;
    }

    String done(Grid g, int r, int c, Indicator ind, Town town) {
        Figure figure = figures.done(month, ind, town);
        String a1 = switch (figure.form()) {
            case NUMBER -> g.put(r, c, figure.value(), g.book.number);
            case PERCENT -> g.put(r, c, figure.value(), g.book.percent);
            case TEXT -> g.put(r, c, figure.text(), g.book.center);
            case BLANK -> g.put(r, c, null, g.book.center);
        };
        key.completion(place(g, a1, ind, town), figure);
        return a1;
    }

    /** 完成率 as the clerk's formula (completion / target), unless the clerk typed a figure over it. */
    void rate(Grid g, int r, int c, Indicator ind, Town town, String targetA1, String doneA1) {
        Figure figure = figures.done(month, ind, town);
        if (figure.form() != Figure.Form.NUMBER) {
            throw new IllegalStateException(ind + " " + town.name() + ": no 完成率 of a figure that is no number");
        }
        BigDecimal recomputed = figure.value().divide(ind.target(town), 10, RoundingMode.HALF_UP);
        Optional<BigDecimal> typed = figures.rateSlip(month, ind, town);
        String a1 = typed.isPresent() ? g.put(r, c, typed.get(), g.book.rate)
                : g.formula(r, c, doneA1 + "/" + targetA1, g.book.rate);
        key.statedRate(place(g, a1, ind, town), typed.orElse(recomputed), recomputed);
    }

    /** The 进展情况 cell: the clerk's words when there are any, else an empty box. */
    void note(Grid g, int r, int c, Indicator ind, Town town) {
        Optional<String> words = figures.note(month, ind, town);
        String a1 = g.put(r, c, words.orElse(null), g.book.text);
        words.ifPresent(w -> key.note(place(g, a1, ind, town), w));
    }

    private AnswerKey.Place place(Grid g, String a1, Indicator ind, Town town) {
        return new AnswerKey.Place(department, ind, town, month, file, g.name(), a1);
    }
}
