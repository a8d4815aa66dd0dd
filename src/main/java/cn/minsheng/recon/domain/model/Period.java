package cn.minsheng.recon.domain.model;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The month a reconciliation is about, {@code 2026-03}: parsed once where it enters (the command line, a job's
 * parameters, a scheduled firing), a {@link YearMonth} from then on. Its text is the folder name of its submissions
 * and outputs.
 */
public record Period(YearMonth month) implements Comparable<Period> {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    public Period {
        if (month == null) {
            throw new IllegalArgumentException("period: no month");
        }
    }

    /**
     * {@code 2026-03}; anything else is refused with the one message the user reads.
     *
     * @throws IllegalArgumentException in Chinese: what was given and what is expected
     */
    public static Period parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("期间“" + text + "”格式不对，应为 YYYY-MM，例如 2026-03");
        }
        return new Period(YearMonth.parse(text));
    }

    public static Period of(YearMonth month) {
        return new Period(month);
    }

    /** The month before. */
    public Period previous() {
        return new Period(month.minusMonths(1));
    }

    @Override
    public int compareTo(Period other) {
        return month.compareTo(other.month);
    }

    /** The month as people write it: {@code 2026年3月}. */
    public String label() {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** {@code 2026-03}. */
    @Override
    public String toString() {
        return month.toString();
    }
}
