package cn.minsheng.recon.domain.submission;

import java.math.BigDecimal;

/** What one data cell of a submission says, before it is compared with anything. */
public sealed interface Reading permits Reading.Number, Reading.Blank, Reading.Text, Reading.FormulaWithoutValue {

    /**
     * A number, whether stored as a number or typed as text (全角, 千分位, {@code 3个} in a 个 column).
     *
     * @param percent whether the cell showed it as a percentage (a percent number format), {@code value} being
     *                what it showed: 50 for 50%
     */
    record Number(BigDecimal value, boolean percent) implements Reading {

        /** A number not shown as a percentage. */
        public Number(BigDecimal value) {
            this(value, false);
        }
    }

    /** Nothing, or a placeholder that means nothing ({@code —}, {@code /}). */
    record Blank() implements Reading {
    }

    /** Text where a number is due ({@code 待定}, {@code 约10}). */
    record Text(String text) implements Reading {
    }

    /** A formula whose result was never computed and saved: its value is unknown, never 0. */
    record FormulaWithoutValue(String formula) implements Reading {
    }

    static Reading blank() {
        return new Blank();
    }
}
